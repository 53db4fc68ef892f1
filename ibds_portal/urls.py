from django.conf import settings
from django.urls import include, path, re_path, register_converter
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from community import case_views
from community import views as community_views
from core import views
from core.api_views import urlpatterns as api_urlpatterns
from core.calendar import page_calendar
from trainings import views as training_views


class UrlSafeToken:
    """What `secrets.token_urlsafe` makes. Anything else in its place is no
    link of ours and gets a 404 before any query: PostgreSQL refuses a NUL
    byte in a text parameter (a 500 at /vraagbaak/%00/)."""

    regex = "[A-Za-z0-9_-]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(UrlSafeToken, "urlsafe")

urlpatterns = [
    # The public API (/api/v1, no trailing slashes): core/api.py.
    *api_urlpatterns,
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("zoeken/", views.search, name="search"),
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)+)agenda\.ics$",
        page_calendar,
        name="page-calendar",
    ),
    # Public forms are plain Django views (no CSRF cookie; see core/forms.py).
    path("opleidingen/voorstellen/", training_views.propose, name="training-propose"),
    path(
        "opleidingen/voorstellen/bedankt/",
        training_views.proposed,
        name="training-proposed",
    ),
    path("praktijkvoorbeelden/delen/", case_views.share_case, name="case-share"),
    path(
        "praktijkvoorbeelden/delen/bedankt/",
        case_views.case_shared,
        name="case-shared",
    ),
    path("account/", include("community.urls")),
    path("nieuwsbrief/", include("newsletter.urls")),
    path("feedback/", include("feedback.urls")),
    path("vraagbaak/", community_views.ask, name="enquiry-ask"),
    path(
        "vraagbaak/<urlsafe:token>/",
        community_views.enquiry_status,
        name="enquiry-status",
    ),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path(".well-known/security.txt", views.security_txt, name="security-txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Everything else is a Wagtail page.
urlpatterns += [path("", include(wagtail_urls))]
