"""Test settings: fast and isolated. DATABASE_URL switches to PostgreSQL."""

import os
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, cache_settings

# The demo content and the load benchmark (production does not install them).
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]

# pytest-xdist runs the suite in several processes ("gw0", "gw1", ...).
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)


def _redis_for_worker(url: str) -> str:
    """REDIS_URL's database plus the worker's number: tests empty their cache
    (FLUSHDB), which must not touch another worker's keys."""
    if not url:
        return url
    parts = urlsplit(url)
    database = int(parts.path.strip("/") or 0) + _WORKER
    return urlunsplit(parts._replace(path=f"/{database}"))


SECRET_KEY = "test-only-not-secret"  # noqa: S105 - a fixed key for tests
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Local memory, or the Redis at REDIS_URL (CI sets it) under a prefix of its
# own; each worker process in a database of its own (REDIS_URL's and the next).
CACHES = cache_settings(
    _redis_for_worker(os.environ.get("REDIS_URL", "")), prefix=f"test{os.getpid()}"
)
# Off: tests look at each response's context. tests/test_page_cache.py
# switches it on (and starts each of its tests with an empty cache).
PAGE_CACHE_SECONDS = 0
LISTING_CACHE_SECONDS = 0
# Per process, not only per worker: two test runs in one checkout at the
# same time would purge each other's pages and listing indexes mid-test.
PAGE_CACHE_GENERATION_FILE = (
    VAR_DIR / "test-generations" / f"{_WORKER}-{os.getpid()}"  # noqa: F405
)
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
IBDS_DEMO_ACCOUNTS = False
TWO_FACTOR_REQUIRED = False  # tests of the enforced flow switch it on
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Tests never collect static files; WhiteNoise would warn about STATIC_ROOT.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405
# Tasks run at once (the sending tests call the steps themselves).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "newsletter": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
# Every search counted at once, so that a test reads what it searched
# (tests/test_search_insights.py sets a batch where it tests one).
SEARCH_COUNT_BATCH = 1
