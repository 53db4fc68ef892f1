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
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class SecurityHeadersMiddleware:
    """Adds a strict CSP to public pages and a Permissions-Policy to all.

    The Wagtail admin relies on inline scripts and styles, so it keeps its own
    defaults; the public site never needs them.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/admin/"

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if not request.path.startswith(self.admin_prefix) and not settings.DEBUG:
            response.setdefault("Content-Security-Policy", PUBLIC_CSP)
        elif not request.path.startswith(self.admin_prefix):
            # In development the same policy is reported, not enforced, so the
            # Django debug page (which uses inline styles) still renders.
            response.setdefault("Content-Security-Policy-Report-Only", PUBLIC_CSP)
        return response
