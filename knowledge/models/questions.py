"""The questions civil servants ask: the spine of the site."""

from collections import Counter, defaultdict
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from core.blocks import BodyStreamBlock, StepsStreamBlock
from core.page_cache import remember
from core.pages import SitePage, visible
from core.search import SearchKind, StemmedSearchMixin, with_stemming
from knowledge.models.cases import PracticeCaseIndexPage, PracticeCasePage
from knowledge.models.products import KnowledgeIndexPage, KnowledgeProductPage

MAX_RELATED_QUESTIONS = 3
# A question page shows this many items of each kind; the rest are one link
# away, in the kennisbank filtered on the question.
GROUP_SIZE = 6


def _listing_urls() -> dict:
    """The URLs of the kennisbank and the practice case listing, one query."""
    pages = (
        Page.objects.live()
        .public()
        .type(KnowledgeIndexPage, PracticeCaseIndexPage)
        .order_by("-path")
    )
    return {page.content_type_id: page.url for page in pages}


def _content_type_id(model) -> int:
    return ContentType.objects.get_for_model(model).pk


def _filtered(url: str, **params) -> str:
    """The listing at `url` with these filters ("" without a listing)."""
    return f"{url}?{urlencode(params)}" if url else ""


def item_counts() -> Counter:
    """Question id -> its live, public products and cases. Two queries that
    group every item, so kept until the content changes."""

    def count():
        counts = Counter()
        for model in (KnowledgeProductPage, PracticeCasePage):
            rows = (
                model.objects.live()
                .public()
                .order_by()
                .values_list("questions")
                .annotate(count=Count("pk"))
            )
            counts.update(dict(rows))
        return counts

    return remember("question-item-counts", "", count)


def with_item_counts(questions) -> list:
    """The questions, each with `item_count`: its live products and cases.

    One query for the questions however many items there are.
    """
    questions = list(questions)
    counts = item_counts()
    for question in questions:
        question.item_count = counts[question.pk]
    return questions


class QuestionIndexPage(SitePage):
    """/vragen/: every question, as an entry point."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = ["knowledge.QuestionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("overzicht van vragen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["questions"] = with_item_counts(
            QuestionPage.objects.child_of(self).live().public().order_by("path")
        )
        return context


class QuestionPage(StemmedSearchMixin, SitePage):
    """One question, its short answer and everything that helps answer it."""

    search_kind = SearchKind("vraag", _("Vragen"), 10)

    summary = models.CharField(
        _("korte omschrijving"),
        max_length=160,
        help_text=_("Eén zin voor overzichten en zoekresultaten."),
    )
    short_answer = models.TextField(
        _("kort antwoord"),
        max_length=500,
        help_text=_("Het directe antwoord in twee of drie zinnen."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("toelichting"), blank=True)
    steps = StreamField(
        StepsStreamBlock(),
        verbose_name=_("stappenplan"),
        blank=True,
        help_text=_("Optioneel: de stappen in volgorde."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("short_answer"),
        FieldPanel("body"),
        FieldPanel("steps"),
        InlinePanel(
            "related_question_links",
            label=_("Gerelateerde vragen"),
            max_num=MAX_RELATED_QUESTIONS,
        ),
    ]
    search_fields = with_stemming(
        [
            *Page.search_fields,
            index.SearchField("summary", boost=2),
            index.SearchField("short_answer", boost=2),
            index.SearchField("body"),
            index.SearchField("steps"),
        ]
    )
    parent_page_types = ["knowledge.QuestionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")

    def related_questions(self):
        """Up to three related questions: the editors' choice, else siblings."""
        # Through the child relation, so that preview shows unsaved choices.
        chosen = visible(
            link.question
            for link in self.related_question_links.select_related("question")
            if link.question_id != self.pk
        )
        if chosen:
            return list(dict.fromkeys(chosen))[:MAX_RELATED_QUESTIONS]
        if self.pk is None:  # a new page in preview has no siblings yet
            return []
        return list(
            QuestionPage.objects.sibling_of(self, inclusive=False)
            .live()
            .public()
            .for_cards()
            .order_by("path")[:MAX_RELATED_QUESTIONS]
        )

    def linked_item_groups(self):
        """Products grouped by type, then practice cases: per group its count,
        the newest GROUP_SIZE items and, when there are more, a link to all
        of them in the filtered kennisbank. Four queries, however many items
        link to the question."""
        if self.pk is None:  # a new page in preview: nothing links to it yet
            return []
        products = KnowledgeProductPage.objects.live().public().filter(questions=self)
        # The newest few of each type and each type's count, in one pass
        # over a question's hundreds of items (ids only); then just those
        # few fetched for their cards.
        chosen = list(
            products.order_by()
            .annotate(
                place=Window(
                    RowNumber(),
                    partition_by=F("knowledge_type"),
                    order_by=[F("first_published_at").desc(), F("title").asc()],
                ),
                of_type=Window(Count("pk"), partition_by=F("knowledge_type")),
            )
            .filter(place__lte=GROUP_SIZE)
            .values_list("pk", "place", "knowledge_type", "of_type")
        )
        places = {pk: place for pk, place, _type, _count in chosen}
        counts = {type_id: count for _pk, _place, type_id, count in chosen}
        newest = sorted(
            products.filter(pk__in=list(places))
            .for_cards()
            .select_related("knowledge_type", "organisation"),
            key=lambda product: (
                product.knowledge_type.sort_order,
                product.knowledge_type.name,
                places[product.pk],
            ),
        )
        by_type = defaultdict(list)
        for product in newest:
            by_type[product.knowledge_type].append(product)
        listings = _listing_urls()
        kennisbank = listings.get(_content_type_id(KnowledgeIndexPage), "")
        groups = [
            {
                "label": kind.name_plural,
                "slug": kind.slug,
                "items": items,
                "count": counts.get(kind.pk, len(items)),
                "all_url": _filtered(kennisbank, vraag=self.slug, type=kind.slug),
            }
            for kind, items in by_type.items()
        ]
        cases = PracticeCasePage.objects.live().public().filter(questions=self)
        newest_cases = list(
            cases.for_cards()
            .select_related("organisation")
            .order_by("-first_published_at", "title")[:GROUP_SIZE]
        )
        if newest_cases:
            index = listings.get(_content_type_id(PracticeCaseIndexPage), "")
            groups.append(
                {
                    "label": _("Praktijkvoorbeelden"),
                    "slug": "",
                    "items": newest_cases,
                    "count": cases.count(),
                    "all_url": _filtered(index, vraag=self.slug),
                }
            )
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            # The editor's unsaved choices show; nothing is kept.
            listed = self.listed(request)
        else:
            # The same for every visitor until something is published: kept
            # as HTML, since finding and rendering a question's hundreds of
            # items is most of the page's time (docs/performance.md). Keyed
            # by site too, as a card's link is relative on its own site.
            site = Site.find_for_request(request)
            key = f"{self.pk}:{self.slug}:{getattr(site, 'pk', '')}"
            listed = remember("question-page", key, lambda: self.listed(request))
        context.update(listed)
        return context

    def listed(self, request) -> dict:
        """What the question links to: the groups of products and cases
        rendered (components/question_linked.html; a SafeString, which stays
        one when kept), the related questions."""
        return {
            "linked_html": render_to_string(
                "components/question_linked.html",
                # The request only for {% pageurl %}: no context processors, so
                # nothing of the visitor (user, messages, CSRF token) is at hand.
                {"item_groups": self.linked_item_groups(), "request": request},
            ),
            "related_questions": self.related_questions(),
        }


class QuestionRelation(Orderable):
    """An editor's pick of a related question (at most three per question)."""

    page = ParentalKey(
        QuestionPage, on_delete=models.CASCADE, related_name="related_question_links"
    )
    question = models.ForeignKey(
        QuestionPage,
        verbose_name=_("vraag"),
        on_delete=models.CASCADE,
        related_name="related_from_links",
    )

    panels = [PageChooserPanel("question", page_type="knowledge.QuestionPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("gerelateerde vraag")
        verbose_name_plural = _("gerelateerde vragen")
