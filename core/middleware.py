"""Security headers that Django 5.2 does not set itself, and the two-factor
step of the admin login."""

import secrets
from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django_otp import user_has_device

from core.admin_scripts import add_nonce

ADMIN_PREFIX = "/admin/"

# Everything comes from our own origin: no inline script or style, no CDN.
PUBLIC_CSP = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:",
        "script-src 'self'",
        "style-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
# The Wagtail admin: everything under /admin/, our own admin views included.
# As strict as Wagtail 8 allows, measured in chromium with the policy enforced
# (tests/browser/test_admin_csp.py; what needed what: docs/architecture.md).
# `{nonce}` is new for every response (admin_policy below).
ADMIN_CSP_DIRECTIVES = [
    # Whatever is not named below: our own origin only (fonts, media, workers).
    "default-src 'self'",
    # Wagtail's static files, and its inline initialisers (date pickers,
    # choosers, inline panels) that carry this response's nonce
    # (core/admin_scripts.py); any other inline script, or eval, is
    # refused.
    "script-src 'self' 'nonce-{nonce}'",
    # No event-handler attributes, except one: jquery.Jcrop (the focal point on
    # an image's edit page) tests for touch support by setting
    # ontouchstart="return;" on a detached element. This hash is that text.
    "script-src-attr 'unsafe-hashes'"
    " 'sha256-i+qr4lq34KgNHiW62lWi9aInEBwiEOrfCzaNPCvkqD8='",
    # Draftail, the rich-text editor, adds <style> elements for its
    # placeholder text and nested list numbers (React, without a nonce), and
    # the newsletter's e-mail preview is styled inline, as e-mail has to be.
    # Styles reach no other origin: img-src and font-src stay our own.
    "style-src 'self' 'unsafe-inline'",
    # data: the QR code on /admin/2fa/instellen/ (the key never leaves the
    # page), and an image in the CSS of the tag suggestions (jQuery UI's
    # menu); blob: the previews of images chosen for upload.
    "img-src 'self' data: blob:",
    # Wagtail's choosers, autosave and previews fetch from the admin only.
    "connect-src 'self'",
    # The preview panel and the content checks load the page in an iframe.
    "frame-src 'self'",
    # ...and so the admin may be framed by itself, but by no other site.
    "frame-ancestors 'self'",
    # Forms post to us only: an injected form cannot send a password away.
    "form-action 'self'",
    # No plugins, and no injected <base> to move the admin's relative URLs.
    "object-src 'none'",
    "base-uri 'self'",
]
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


def admin_policy(nonce: str) -> str:
    return "; ".join(ADMIN_CSP_DIRECTIVES).replace("{nonce}", nonce)


def _is_admin(request) -> bool:
    return request.path_info.startswith(ADMIN_PREFIX)


def _csp_nonce(request) -> str:
    """This request's nonce for the admin policy (made on first use)."""
    if not hasattr(request, "_csp_nonce"):
        request._csp_nonce = secrets.token_urlsafe(18)
    return request._csp_nonce


class CookielessApiMiddleware:
    """The API (core/api.py) answers everyone alike and reads no cookie: its
    requests come without them, so no session is loaded, kept alive or
    sent back (a response with a member's session cookie must never be a
    public, cacheable one). Placed before the session middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/api/"):
            request.COOKIES = {}
        return self.get_response(request)


class SecurityHeadersMiddleware:
    """Adds a strict CSP to public pages, its own to the Wagtail admin, and a
    Permissions-Policy to all.
    """

    CSP_HEADERS = ("Content-Security-Policy", "Content-Security-Policy-Report-Only")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        # In development the policies are reported, not enforced, so that the
        # Django debug page (which uses inline script and styles) still works.
        header = self.CSP_HEADERS[1] if settings.DEBUG else self.CSP_HEADERS[0]
        if _is_admin(request):
            # Replaced, not kept: Wagtail's preview runs the page's own request
            # through this middleware too, and that got the public policy,
            # whose frame-ancestors 'none' kept the preview out of its panel.
            for name in self.CSP_HEADERS:
                del response[name]
            response[header] = admin_policy(_csp_nonce(request))
        else:
            response.setdefault(header, PUBLIC_CSP)
        return response

    def process_template_response(self, request, response):
        """Wagtail's inline initialisers get the nonce once the page is
        rendered (and before GZipMiddleware compresses it)."""
        if _is_admin(request):
            nonce = _csp_nonce(request)

            def nonce_scripts(rendered):
                if rendered.get("Content-Type", "").startswith("text/html"):
                    html = rendered.content.decode(rendered.charset)
                    rendered.content = add_nonce(html, nonce)

            response.add_post_render_callback(nonce_scripts)
        return response


class TwoFactorMiddleware:
    """The second step of the admin login (after django-otp's OTPMiddleware).

    A user who may use the admin and has set up an authenticator app must
    enter its code before any admin page; with TWO_FACTOR_REQUIRED
    (production) a user without one must set it up first. The login, logout
    and the two-factor pages themselves stay reachable.
    """

    EXEMPT = {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
        "two_factor_verify",
        "two_factor_setup",
    }

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(ADMIN_PREFIX):
            step = self.missing_step(request)
            if step:
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse(step)}?{query}")
        return self.get_response(request)

    def missing_step(self, request) -> str | None:
        """The URL name of the two-factor page this request must go to first."""
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if not user.has_perm("wagtailadmin.access_admin"):
            return None
        try:
            if resolve(request.path_info).url_name in self.EXEMPT:
                return None
        except Resolver404:
            return None
        if user_has_device(user, confirmed=True):
            return "two_factor_verify"
        return "two_factor_setup" if settings.TWO_FACTOR_REQUIRED else None
