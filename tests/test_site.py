"""Site-wide behaviour: settings, security headers, error pages, machine files."""

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error
from wagtail.models import Page, PageViewRestriction

from core.security import check_proxy_count, check_security_txt_expires
from tests.factories import StandardPageFactory
from tests.html_checks import problems

BASE_DIR = Path(__file__).resolve().parent.parent


PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 60,
    "ALLOWED_HOSTS": "example.nl",
    "WAGTAILADMIN_BASE_URL": "https://example.nl",
}


def start_production(code="", **env):
    """Import the production settings in a clean process, then run `code`."""
    clean = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "WAGTAILADMIN_BASE_URL",
            "DJANGO_SETTINGS_MODULE",
        }
    }
    clean.update(env, DJANGO_SETTINGS_MODULE="ibds_portal.settings.production")
    return subprocess.run(  # noqa: S603 - fixed arguments, our own interpreter
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 60}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": "  ", "ALLOWED_HOSTS": "example.nl"}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": ", ,"}, "ALLOWED_HOSTS"),
        (
            {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "example.nl"},
            "WAGTAILADMIN_BASE_URL",
        ),
    ],
)
def test_production_refuses_to_start_without_its_secrets(env, missing):
    result = start_production(**env)
    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


def test_production_refuses_links_in_mails_over_http():
    result = start_production(
        **PRODUCTION_ENV | {"WAGTAILADMIN_BASE_URL": "http://a.nl"}
    )
    assert result.returncode != 0
    assert "must start with https://" in result.stderr


def test_production_starts_with_them():
    result = start_production(**PRODUCTION_ENV | {"ALLOWED_HOSTS": "a.nl, b.nl, "})
    assert result.returncode == 0, result.stderr


def test_base_settings_are_secure_by_default():
    from ibds_portal.settings import base

    assert base.DEBUG is False
    assert base.ALLOWED_HOSTS == [] or os.environ.get("ALLOWED_HOSTS")
    assert base.X_FRAME_OPTIONS == "DENY"


def test_production_enforces_hsts_secure_cookies_and_two_factor():
    names = [
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_SSL_REDIRECT",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "TWO_FACTOR_REQUIRED",
        "DEBUG",
    ]
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {names!r}}}))"
    )
    result = start_production(code, **PRODUCTION_ENV)
    values = json.loads(result.stdout)
    assert values["SECURE_HSTS_SECONDS"] >= 365 * 24 * 3600
    assert values == values | {
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_SSL_REDIRECT": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "TWO_FACTOR_REQUIRED": True,
        "DEBUG": False,
    }


@pytest.mark.django_db
def test_hsts_header_over_https(client, site_tree, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains"
    )


@pytest.mark.django_db
def test_public_pages_send_strict_security_headers(client, site_tree):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ):
        assert directive in csp
    assert "unsafe" not in csp
    assert not response.cookies
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


def test_server_error_page_is_dutch_and_standalone():
    # Rendered without a database or context processors, as Django does.
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Er ging iets mis" in html
    assert problems(html) == []


@pytest.mark.django_db
def test_security_txt_follows_rfc_9116(client):
    response = client.get("/.well-known/security.txt?x=<b>")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = dict(
        line.split(": ", 1) for line in response.content.decode().splitlines()
    )
    assert fields["Contact"].startswith("mailto:")
    assert fields["Preferred-Languages"] == "nl, en"
    assert fields["Canonical"] == "http://testserver/.well-known/security.txt"
    expires = datetime.fromisoformat(fields["Expires"])
    assert timedelta(days=30) < expires - datetime.now(UTC) < timedelta(days=365)


@pytest.mark.django_db
def test_security_txt_takes_the_configured_date(client, settings):
    settings.SECURITY_TXT_EXPIRES = "2027-06-30T00:00:00Z"
    body = client.get("/.well-known/security.txt").content.decode()
    assert "Expires: 2027-06-30T00:00:00Z\n" in body


@pytest.mark.parametrize(
    ("days", "expected"),
    [(-1, ["ibds_portal.W001"]), (400, ["ibds_portal.W001"]), (90, [])],
)
def test_deploy_check_warns_about_a_stale_security_txt(settings, days, expected):
    when = datetime.now(UTC) + timedelta(days=days)
    settings.SECURITY_TXT_EXPIRES = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert [m.id for m in check_security_txt_expires()] == expected
    settings.SECURITY_TXT_EXPIRES = "volgend jaar"
    assert [m.id for m in check_security_txt_expires()] == ["ibds_portal.E001"]


@pytest.mark.django_db
def test_a_malformed_expiry_date_still_serves_security_txt(client, settings):
    settings.SECURITY_TXT_EXPIRES = "volgend jaar"
    assert "Expires: " in client.get("/.well-known/security.txt").content.decode()


def test_deploy_check_warns_when_behind_a_proxy_without_its_count(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.TRUSTED_PROXY_COUNT = 0
    assert [m.id for m in check_proxy_count()] == ["ibds_portal.W002"]
    settings.TRUSTED_PROXY_COUNT = 1
    assert check_proxy_count() == []


@pytest.mark.django_db
def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


@pytest.mark.django_db
def test_sitemap_lists_every_public_page_and_nothing_else(
    client, site_tree, sample_pages
):
    draft = StandardPageFactory(parent=site_tree.home, slug="concept")
    draft.unpublish()
    secret = StandardPageFactory(parent=site_tree.home, slug="besloten")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    listed = {
        element.text
        # Our own sitemap, not untrusted input.
        for element in ElementTree.fromstring(response.content).iter(  # noqa: S314
            "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"
        )
    }
    public = {
        page.full_url for page in Page.objects.live().public().filter(depth__gt=1)
    }
    assert listed == public
    assert len(listed) >= 10
    assert not {url for url in listed if "concept" in url or "besloten" in url}
