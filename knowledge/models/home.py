"""The home page and plain content pages (over, toegankelijkheid, privacy)."""

from django.db import models
from django.http import Http404
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

    def route(self, request, path_components):
        """Find the page at the path in two queries at any depth.

        Wagtail walks down one level at a time, two queries per level (the
        child by slug, then its specific object). Here one query takes every
        candidate on the path by slug (an indexed column) and the chain is
        put together in Python; then the last page found routes the rest of
        the path, as Wagtail would. When a page on the way routes its own
        sub-paths (RoutablePageMixin), Wagtail's walk decides instead.
        """
        if not path_components:
            return super().route(request, path_components)
        candidates = Page.objects.filter(
            path__startswith=self.path,
            depth__gt=self.depth,
            depth__lte=self.depth + len(path_components),
            slug__in=path_components,
        )
        # (parent's path, slug) -> page: unique, as siblings have different
        # slugs.
        children = {
            (page.path[: -Page.steplen], page.slug): page for page in candidates
        }
        chain = [self]
        for slug in path_components:
            child = children.get((chain[-1].path, slug))
            if child is None:
                break
            if len(chain) > 1 and not self._routes_like_a_page(chain[-1]):
                return super().route(request, path_components)
            chain.append(child)
        used = len(chain) - 1
        if not used:
            raise Http404
        model = chain[-1].specific_class
        if model is None:  # a page type whose code is gone
            raise Http404
        serving = model.for_serving() if issubclass(model, SitePage) else model.objects
        page = serving.get(pk=chain[-1].pk)
        # As Wagtail's walk does, so that get_parent() costs no query.
        page._cached_parent_obj = chain[-2]
        return page.route(request, path_components[used:])

    @staticmethod
    def _routes_like_a_page(page) -> bool:
        model = page.specific_class
        return model is not None and model.route is Page.route

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The same for every visitor until something is published.
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
