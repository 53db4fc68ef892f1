"""The home page and plain content pages (over, toegankelijkheid, privacy)."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from knowledge.blocks import BodyStreamBlock
from knowledge.models.base import SitePage
from knowledge.models.cases import PracticeCaseIndexPage, PracticeCasePage
from knowledge.models.products import KnowledgeIndexPage, KnowledgeProductPage
from knowledge.models.questions import (
    QuestionIndexPage,
    QuestionPage,
    with_item_counts,
)
from knowledge.search import StemmedSearchMixin, with_stemming

NEWEST_COUNT = 6


class HomePage(SitePage):
    """The questions as entry points, and what is new."""

    intro = models.TextField(_("inleiding"), max_length=400)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "knowledge.QuestionIndexPage",
        "knowledge.KnowledgeIndexPage",
        "knowledge.PracticeCaseIndexPage",
        "trainings.TrainingIndexPage",
        "community.CommunityIndexPage",
        "newsletter.NewsletterIndexPage",
        "decisions.DecisionAidIndexPage",
        "knowledge.StandardPage",
    ]

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
        rows = Page.objects.filter(
            path__startswith=self.path,
            depth__gt=self.depth,
            depth__lte=self.depth + len(path_components),
            slug__in=path_components,
        ).values_list("pk", "path", "slug", "content_type_id")
        # (parent's path, slug) -> (id, path, content type): unique, as
        # siblings have different slugs.
        children = {
            (path[: -Page.steplen], slug): (pk, path, content_type)
            for pk, path, slug, content_type in rows
        }
        parent_path, found, used = self.path, None, 0
        for slug in path_components:
            child = children.get((parent_path, slug))
            if child is None:
                break
            if found is not None and not self._routes_like_a_page(found[2]):
                return super().route(request, path_components)
            found, parent_path, used = child, child[1], used + 1
        if found is None:
            raise Http404
        model = ContentType.objects.get_for_id(found[2]).model_class()
        if model is None:  # a page type whose code is gone
            raise Http404
        page = model.objects.get(pk=found[0])
        return page.route(request, path_components[used:])

    @staticmethod
    def _routes_like_a_page(content_type_id) -> bool:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        return model is not None and model.route is Page.route

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["questions"] = with_item_counts(
            QuestionPage.objects.descendant_of(self).live().public().order_by("path")
        )
        context["newest_products"] = list(
            KnowledgeProductPage.objects.descendant_of(self)
            .live()
            .public()
            .select_related("knowledge_type", "organisation")
            .order_by("-first_published_at")[:NEWEST_COUNT]
        )
        context["newest_cases"] = list(
            PracticeCasePage.objects.descendant_of(self)
            .live()
            .public()
            .select_related("organisation")
            .order_by("-first_published_at")[: NEWEST_COUNT // 2]
        )
        context["sections"] = self.sections()
        return context

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
