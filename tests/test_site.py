"""Site-wide behaviour: settings, security headers, error pages, machine files."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error

from tests.html_checks import problems

BASE_DIR = Path(__file__).resolve().parent.parent


def start_production(**env):
    """Import the production settings in a clean process; return the result."""
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
        [sys.executable, "-c", "import django; django.setup()"],
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


def test_production_starts_with_them():
    result = start_production(
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="example.nl, www.example.nl, ",
        WAGTAILADMIN_BASE_URL="https://example.nl",
    )
    assert result.returncode == 0, result.stderr


def test_base_settings_are_secure_by_default():
    from ibds_portal.settings import base

    assert base.DEBUG is False
    assert base.ALLOWED_HOSTS == [] or os.environ.get("ALLOWED_HOSTS")
    assert base.X_FRAME_OPTIONS == "DENY"


@pytest.mark.django_db
def test_public_pages_send_strict_security_headers(client, site_tree):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_admin_gets_a_policy_that_lets_it_work(client):
    csp = client.get("/admin/login/")["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in csp
    assert "object-src 'none'" in csp
    assert "script-src" not in csp  # Wagtail's admin uses inline scripts


def test_server_error_page_is_dutch_and_standalone():
    # Rendered without a database or context processors, as Django does.
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Er ging iets mis" in html
    assert problems(html) == []


@pytest.mark.django_db
def test_security_txt(client, settings):
    settings.SECURITY_TXT_EXPIRES = "2027-11-30T00:00:00Z"
    response = client.get("/.well-known/security.txt?x=<b>")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    body = response.content.decode()
    assert body.startswith("Contact: mailto:")
    assert "Expires: 2027-11-30T00:00:00Z\n" in body
    assert "Canonical: http://testserver/.well-known/security.txt\n" in body


@pytest.mark.django_db
def test_sitemap_lists_pages(client, site_tree):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert b"/kennisbank/" in response.content
