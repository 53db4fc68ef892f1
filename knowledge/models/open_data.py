"""/open-data/: the kennisbank's metadata as open data (CSV and JSON), with
its licence and the data dictionary (knowledge/open_data.py)."""

import time

from django.db import models
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import http_date
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from core.mail import public_url
from core.page_cache import seconds_since_purge
from core.pages import SitePage

FILENAME = "kennisbank"


class OpenDataPage(RoutablePageMixin, SitePage):
    """Says what the downloads hold and under which licence; serves them at
    `csv/` and `json/` below its own address, saved as kennisbank.csv and
    kennisbank.json (Wagtail's page URLs end in a slash and have no dots)."""

    intro = models.TextField(
        _("inleiding"),
        max_length=600,
        help_text=_(
            "Wat je hier kunt downloaden en waarvoor. De licentie, de formaten en "
            "de beschrijving van de kolommen zet het portaal er zelf onder."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("open data")
        verbose_name_plural = _("open data")

    def get_context(self, request, *args, **kwargs):
        from knowledge import open_data
        from knowledge.structured_data import dataset_json_ld

        context = super().get_context(request, *args, **kwargs)
        context.update(
            {
                "columns": open_data.COLUMNS,
                "licence_url": open_data.LICENCE_URL,
                "licence_name": open_data.LICENCE_NAME,
                "list_separator": open_data.LIST_SEPARATOR,
                "csv_url": self.download_url("csv"),
                "json_url": self.download_url("json"),
                "json_ld": dataset_json_ld(self, request),
            }
        )
        return context

    def download_url(self, kind: str, request=None) -> str:
        """The address of a download, relative like the page's own URL (or
        absolute with `request`)."""
        base = public_url(self, request) if request else self.url
        return f"{base}{self.reverse_subpage(kind)}" if base else ""

    @path("csv/", name="csv")
    def csv_view(self, request):
        from knowledge.open_data import as_csv, kennisbank_data

        data = kennisbank_data(self, request)
        return self.download(as_csv(data["rows"]), "text/csv", "csv")

    @path("json/", name="json")
    def json_view(self, request):
        from knowledge.open_data import as_json, kennisbank_data

        data = kennisbank_data(self, request)
        body = as_json(data, description_url=public_url(self, request))
        return self.download(body, "application/json", "json")

    @staticmethod
    def download(body: bytes, content_type: str, extension: str) -> HttpResponse:
        response = HttpResponse(body, content_type=f"{content_type}; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="{FILENAME}.{extension}"'
        )
        # When the content last changed (a publication, unpublication or
        # move starts a new generation): known without a query.
        ago = seconds_since_purge()
        if ago is not None:
            response["Last-Modified"] = http_date(time.time() - ago)
        # "Altijd actueel": a browser or proxy asks again every time.
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        return response
