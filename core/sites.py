"""The Wagtail site of a request, found once while the content is unchanged.

Wagtail looks the site up with a query on every request, then its root page
with two more. The site and its home page change only with the content, so
`KnownSiteMiddleware` keeps them (page_cache.remember) and hands the site to
Wagtail the way Wagtail caches it on the request itself.
"""

from wagtail.models import Site

from core.page_cache import remember


def _find(request):
    site = Site.find_for_request(request)
    if site is not None:
        # Loaded now, and kept with the site: the home page routes requests.
        site.root_page.specific  # noqa: B018
    return site


class KnownSiteMiddleware:
    """After CommonMiddleware, so that the host is already one of
    ALLOWED_HOSTS (a key per forged Host header would fill the cache)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith("/admin/"):
            host = f"{request.get_host()}|{request.get_port()}"
            # Wagtail's Site.find_for_request reads it from here.
            request._wagtail_site = remember("site", host, lambda: _find(request))
        return self.get_response(request)
