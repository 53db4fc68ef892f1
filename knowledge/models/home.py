"""The home page and plain content pages (over, toegankelijkheid, privacy)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.page_cache import remember
from core.pages import SitePage, site_sections
from core.search import SearchKind, StemmedSearchMixin, with_stemming
from knowledge.models.cases import PracticeCaseIndexPage
from knowledge.models.products import KnowledgeIndexPage
from knowledge.models.questions import (
    QuestionIndexPage,
    QuestionPage,
    with_item_counts,
)

NEWEST_COUNT = 6


class HomePage(SitePage):
    """The questions as entry points, and what is new."""

    intro = models.TextField(_("inleiding"), max_length=400)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    # No subpage_types: each section says itself that it lives under home
    # (parent_page_types), so the home page names no other app's page types.

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The same for every visitor until something is published: finding
        # the question counts and the newest items is most of the page's
        # time at 10,000 products (docs/performance.md).
        context.update(remember("home-page", str(self.pk), self.listed))
        return context

    def listed(self) -> dict:
        """The questions with their counts, what is new and the sections:
        read from the listings' facet indexes, so no query scans the items."""
        sections = self.sections()
        listings = {
            type(page): page
            for page in sections.values()
            if isinstance(page, KnowledgeIndexPage | PracticeCaseIndexPage)
        }
        return {
            "questions": with_item_counts(
                QuestionPage.objects.descendant_of(self)
                .live()
                .public()
                .order_by("path"),
                listings,
            ),
            "newest_products": self.newest(sections.get("knowledge"), NEWEST_COUNT),
            "newest_cases": self.newest(sections.get("cases"), NEWEST_COUNT // 2),
            "sections": sections,
        }

    @staticmethod
    def newest(listing, count: int) -> list:
        """The first `count` items of a listing (newest first)."""
        if listing is None:
            return []
        index = listing.listing_index()
        return list(listing.listing_items(index, index.all)[:count])

    def sections(self) -> dict:
        """The section index pages below this page by short name, for links
        and their listings."""
        names = {
            QuestionIndexPage: "questions",
            KnowledgeIndexPage: "knowledge",
            PracticeCaseIndexPage: "cases",
        }
        return {
            names[kind]: section
            for kind, section in site_sections(self).items()
            if kind in names
        }


class StandardPage(StemmedSearchMixin, SitePage):
    """A plain page: over, toegankelijkheid, privacy."""

    search_kind = SearchKind("pagina", _("Overige pagina's"), 90)

    intro = models.TextField(_("inleiding"), blank=True, max_length=400)
    body = StreamField(BodyStreamBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = with_stemming(
        [
            *Page.search_fields,
            index.SearchField("intro", boost=2),
            index.SearchField("body"),
        ]
    )
    parent_page_types = ["knowledge.HomePage", "knowledge.StandardPage"]
    subpage_types = ["knowledge.StandardPage"]
    search_result_fields = ("intro",)

    class Meta:
        verbose_name = _("standaardpagina")

    @property
    def summary(self):
        return self.intro
