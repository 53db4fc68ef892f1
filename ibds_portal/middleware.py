"""Security headers that Django 5.2 does not set itself."""

from django.conf import settings

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
        self.admin_prefix = "/admin/"

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if request.path.startswith(self.admin_prefix):
            response.setdefault("Content-Security-Policy", ADMIN_CSP)
        elif settings.DEBUG:
            # In development the policy is reported, not enforced, so that the
            # Django debug page (which uses inline styles) still renders.
            response.setdefault("Content-Security-Policy-Report-Only", PUBLIC_CSP)
        else:
            response.setdefault("Content-Security-Policy", PUBLIC_CSP)
        return response
