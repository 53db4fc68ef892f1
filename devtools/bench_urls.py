"""The project's URLs plus a minimal view, for the load benchmark only.

Used only by ibds_portal.settings.bench (ROOT_URLCONF). The minimal view goes
through the whole middleware stack but does no database or template work, so
its throughput is the ceiling of the machine the benchmark runs on: every
page's figures are read as a share of it.
"""

from django.http import HttpResponse
from django.urls import path

from ibds_portal.urls import urlpatterns as site_urlpatterns

MINIMAL_PATH = "bench/minimaal/"


def minimal(request):
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")


# Before the project's own: Wagtail's catch-all for pages comes last there.
urlpatterns = [path(MINIMAL_PATH, minimal, name="bench-minimal"), *site_urlpatterns]
