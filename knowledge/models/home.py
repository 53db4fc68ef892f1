"""The home page and plain content pages (over, toegankelijkheid, privacy)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.page_cache import remember
from core.pages import SitePage
from core.search import SearchKind, StemmedSearchMixin, with_stemming
from knowledge.models.cases import PracticeCaseIndexPage, PracticeCasePage
from knowledge.models.products import KnowledgeIndexPage, KnowledgeProductPage
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
        """The questions with their counts, what is new and the sections."""
        return {
            "questions": with_item_counts(
                QuestionPage.objects.descendant_of(self)
                .live()
                .public()
                .order_by("path")
            ),
            "newest_products": list(
                KnowledgeProductPage.objects.descendant_of(self)
                .live()
                .public()
                .for_cards()
                .select_related("knowledge_type", "organisation")
                .order_by("-first_published_at")[:NEWEST_COUNT]
            ),
            "newest_cases": list(
                PracticeCasePage.objects.descendant_of(self)
                .live()
                .public()
                .for_cards()
                .select_related("organisation")
                .order_by("-first_published_at")[: NEWEST_COUNT // 2]
            ),
            "sections": self.sections(),
        }

    def sections(self) -> dict:
        """The section index pages by short name, for links (one query)."""
        names = {
            QuestionIndexPage: "questions",
            KnowledgeIndexPage: "knowledge",
            PracticeCaseIndexPage: "cases",
        }
        return {
            names[page.specific_class]: page
            for page in self.get_children().live().type(*names)
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

    class Meta:
        verbose_name = _("standaardpagina")

    @property
    def summary(self):
        return self.intro
