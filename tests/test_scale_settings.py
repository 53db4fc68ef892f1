"""Running at scale (README): each environment variable switches its piece on,
and the replica router keeps everyone but anonymous readers on the primary."""

import runpy
import time
from importlib import import_module
from pathlib import Path

import pytest
import time_machine
from django.http import HttpResponse
from django.test import RequestFactory

from core import page_cache
from core.db_router import ReplicaReadsMiddleware, ReplicaRouter
from ibds_portal.settings import base


def base_settings(monkeypatch, **env):
    for name in (
        "REDIS_URL",
        "DATABASE_REPLICA_URL",
        "MEDIA_S3_BUCKET",
        "OPENSEARCH_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(Path(base.__file__)), run_name="settings_check")


def test_nothing_set_means_one_machine(monkeypatch):
    settings = base_settings(monkeypatch)
    assert set(settings["DATABASES"]) == {"default"}
    assert "DATABASE_ROUTERS" not in settings
    assert all("LocMem" in cache["BACKEND"] for cache in settings["CACHES"].values())
    assert "FileSystem" in settings["STORAGES"]["default"]["BACKEND"]
    assert "database" in settings["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"]


def test_redis_holds_the_cache_and_the_pages(monkeypatch):
    settings = base_settings(monkeypatch, REDIS_URL="redis://redis.intern:6379/0")
    for alias in ("default", "pages"):
        cache = settings["CACHES"][alias]
        assert cache["BACKEND"].endswith("RedisCache")
        assert cache["LOCATION"] == "redis://redis.intern:6379/0"
    assert settings["CACHES"]["pages"]["KEY_PREFIX"] != settings["CACHES"][
        "default"
    ].get("KEY_PREFIX")


def test_a_replica_serves_anonymous_reads(monkeypatch):
    settings = base_settings(
        monkeypatch,
        DATABASE_URL="postgres://portal@primary.intern/portal",
        DATABASE_REPLICA_URL="postgres://portal@replica.intern/portal",
    )
    assert settings["DATABASES"]["replica"]["HOST"] == "replica.intern"
    assert settings["DATABASE_ROUTERS"] == ["core.db_router.ReplicaRouter"]
    middleware = settings["MIDDLEWARE"]
    # Right inside the page cache, which reads the generation it looks at.
    assert middleware.index("core.db_router.ReplicaReadsMiddleware") == (
        middleware.index("core.page_cache.PageCacheMiddleware") + 1
    )


def test_s3_media_and_opensearch_switch_on_and_are_installed(monkeypatch):
    settings = base_settings(
        monkeypatch,
        MEDIA_S3_BUCKET="kenniscentrum-media",
        MEDIA_S3_ENDPOINT_URL="https://s3.example.nl",
        OPENSEARCH_URL="https://zoek.intern:9200",
    )
    storage = settings["STORAGES"]["default"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "kenniscentrum-media"
    assert storage["OPTIONS"]["endpoint_url"] == "https://s3.example.nl"
    search = settings["WAGTAILSEARCH_BACKENDS"]["default"]
    assert search["URLS"] == ["https://zoek.intern:9200"]
    # The packages they need are locked and installed.
    import_module("storages.backends.s3")
    import_module(search["BACKEND"])


@pytest.mark.parametrize(
    ("method", "cookies", "path", "expected"),
    [
        ("get", {}, "/kennisbank/", "replica"),
        ("get", {"sessionid": "x"}, "/kennisbank/", "default"),
        ("post", {}, "/vraagbaak/", "default"),
        ("get", {}, "/admin/pages/", "default"),
    ],
)
def test_the_router_sends_only_anonymous_reads_to_the_replica(
    settings, method, cookies, path, expected
):
    settings.DATABASE_REPLICA_LAG_SECONDS = 0  # no purge just now (below)
    router = ReplicaRouter()
    seen = {}

    def view(request):
        seen["read"] = router.db_for_read(None)
        seen["write"] = router.db_for_write(None)
        return HttpResponse()

    request = getattr(RequestFactory(), method)(path)
    request.COOKIES.update(cookies)
    ReplicaReadsMiddleware(view)(request)
    assert seen == {"read": expected, "write": "default"}
    # Outside a request (workers, commands) everything is the primary.
    assert router.db_for_read(None) == "default"
    assert router.allow_migrate("replica", "knowledge") is False


def read_database_of(request) -> str:
    seen = {}

    def view(request):
        seen["read"] = ReplicaRouter().db_for_read(None)
        return HttpResponse()

    ReplicaReadsMiddleware(view)(request)
    return seen["read"]


@pytest.mark.django_db
def test_just_after_a_change_anonymous_reads_use_the_primary(settings):
    """What the first visitor after a change computes is kept under the new
    generation: it must not come from a replica that lags behind."""
    settings.DATABASE_REPLICA_LAG_SECONDS = 5
    request = RequestFactory().get("/kennisbank/")
    page_cache.purge("a product published")
    assert read_database_of(request) == "default"
    with time_machine.travel(time.time() + 6):
        assert read_database_of(request) == "replica"
    page_cache.purge("and another")
    assert read_database_of(request) == "default"


def test_mail_links_follow_the_port_make_run_serves_on(monkeypatch):
    monkeypatch.delenv("WAGTAILADMIN_BASE_URL", raising=False)
    monkeypatch.delenv("PORT", raising=False)
    assert base_settings(monkeypatch)["WAGTAILADMIN_BASE_URL"].endswith(":8000")
    settings = base_settings(monkeypatch, PORT="8080")
    assert settings["WAGTAILADMIN_BASE_URL"] == "http://127.0.0.1:8080"
    configured = base_settings(
        monkeypatch, PORT="8080", WAGTAILADMIN_BASE_URL="https://kc.example"
    )
    assert configured["WAGTAILADMIN_BASE_URL"] == "https://kc.example"
