"""The questions civil servants ask: the spine of the site."""

from collections import Counter, defaultdict

from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from knowledge.blocks import BodyStreamBlock, StepsStreamBlock
from knowledge.models.base import visible
from knowledge.models.cases import PracticeCasePage
from knowledge.models.products import KnowledgeProductPage
from knowledge.search import StemmedSearchMixin, with_stemming

MAX_RELATED_QUESTIONS = 3


def with_item_counts(questions) -> list:
    """The questions, each with `item_count`: its live products and cases.

    Three queries however many questions and items there are.
    """
    questions = list(questions)
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
    for question in questions:
        question.item_count = counts[question.pk]
    return questions


class QuestionIndexPage(Page):
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


class QuestionPage(StemmedSearchMixin, Page):
    """One question, its short answer and everything that helps answer it."""

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
            .order_by("path")[:MAX_RELATED_QUESTIONS]
        )

    def linked_item_groups(self):
        """Products grouped by type, then practice cases, each with its count."""
        if self.pk is None:  # a new page in preview: nothing links to it yet
            return []
        products = (
            KnowledgeProductPage.objects.live()
            .public()
            .filter(questions=self)
            .select_related("knowledge_type", "organisation")
            .order_by("knowledge_type__sort_order", "knowledge_type__name", "title")
        )
        by_type = defaultdict(list)
        for product in products:
            by_type[product.knowledge_type].append(product)
        groups = [
            {"label": kind.name_plural, "slug": kind.slug, "items": items}
            for kind, items in by_type.items()
        ]
        cases = list(
            PracticeCasePage.objects.live()
            .public()
            .filter(questions=self)
            .select_related("organisation")
            .order_by("title")
        )
        if cases:
            groups.append(
                {"label": _("Praktijkvoorbeelden"), "slug": "", "items": cases}
            )
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["item_groups"] = self.linked_item_groups()
        context["related_questions"] = self.related_questions()
        return context


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
