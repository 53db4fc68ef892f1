"""Security headers that Django 5.2 does not set itself, and the two-factor
step of the admin login."""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django_otp import user_has_device

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
# The admin needs inline scripts and styles, but not to be framed elsewhere,
# plugins or a changed base URL.
ADMIN_CSP = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class SecurityHeadersMiddleware:
    """Adds a strict CSP to public pages, a looser one to the Wagtail admin
    (which relies on inline scripts and styles) and a Permissions-Policy to all.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if request.path_info.startswith(ADMIN_PREFIX):
            # Replaced, not kept: Wagtail's preview runs the page's own request
            # through this middleware too, and that got the public policy,
            # whose frame-ancestors 'none' kept the preview out of its panel.
            del response["Content-Security-Policy-Report-Only"]
            response["Content-Security-Policy"] = ADMIN_CSP
        elif settings.DEBUG:
            # In development the policy is reported, not enforced, so that the
            # Django debug page (which uses inline styles) still renders.
            response.setdefault("Content-Security-Policy-Report-Only", PUBLIC_CSP)
        else:
            response.setdefault("Content-Security-Policy", PUBLIC_CSP)
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
