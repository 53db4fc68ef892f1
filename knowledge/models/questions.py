"""The questions civil servants ask: the spine of the site."""

from collections import Counter
from urllib.parse import urlencode

from django.db import models
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from core.blocks import BodyStreamBlock, StepsStreamBlock
from core.page_cache import remember
from core.pages import SectionIndexMixin, SitePage, site_sections, visible
from core.search import SearchKind, StemmedSearchMixin, with_stemming
from knowledge.models.cases import PracticeCaseIndexPage
from knowledge.models.products import KnowledgeIndexPage, KnowledgeProductPage

MAX_RELATED_QUESTIONS = 3
# A question page shows this many items of each kind; the rest are one link
# away, in the kennisbank filtered on the question.
GROUP_SIZE = 6


def site_listings(page) -> dict:
    """The kennisbank and the practice case listing of `page`'s site, by
    class, each able to answer from its facet index."""
    return {
        kind: section
        for kind, section in site_sections(page).items()
        if issubclass(kind, KnowledgeIndexPage | PracticeCaseIndexPage)
    }


def _filtered(url: str, **params) -> str:
    """The listing at `url` with these filters ("" without a listing)."""
    return f"{url}?{urlencode(params)}" if url else ""


def with_item_counts(questions, listings: dict) -> list:
    """The questions, each with `item_count`: its live, public products and
    cases, as its site's listings count them (bit counts of their facet
    indexes, whatever the number of items)."""
    questions = list(questions)
    counts = Counter()
    for listing in listings.values():
        for slug, mask in listing.listing_index().bits["vraag"].items():
            counts[slug] += mask.bit_count()
    for question in questions:
        question.item_count = counts[question.slug]
    return questions


class QuestionIndexPage(SectionIndexMixin, SitePage):
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
            QuestionPage.objects.child_of(self).live().public().order_by("path"),
            site_listings(self),
        )
        return context


class QuestionPage(StemmedSearchMixin, SitePage):
    """One question, its short answer and everything that helps answer it."""

    asks_feedback = True

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
        of them in the filtered kennisbank. Read from the facet indexes of
        the site's listings, so the counts are the listings' own; then the
        few items shown are fetched, whatever the number linked."""
        if self.pk is None:  # a new page in preview: nothing links to it yet
            return []
        listings = site_listings(self)
        groups = []
        kennisbank = listings.get(KnowledgeIndexPage)
        if kennisbank is not None:
            index = kennisbank.listing_index()
            mine = index.bits["vraag"].get(self.slug, 0)
            per_type = [
                (choice, mine & index.bits["type"][choice.value])
                for choice in index.choices["type"]
            ]
            # The newest few of each type, in the kennisbank's order.
            chosen = {
                choice.value: [
                    index.ids[at] for at in index.positions(mask, 0, GROUP_SIZE)
                ]
                for choice, mask in per_type
                if mask
            }
            found = {
                product.pk: product
                for product in KnowledgeProductPage.objects.live()
                .public()
                .filter(pk__in=[pk for ids in chosen.values() for pk in ids])
                .for_cards()
                .select_related("knowledge_type", "organisation")
            }
            for choice, mask in per_type:
                items = [
                    found[pk] for pk in chosen.get(choice.value, []) if pk in found
                ]
                if items:
                    groups.append(
                        {
                            "label": items[0].knowledge_type.name_plural,
                            "slug": choice.value,
                            "items": items,
                            "count": mask.bit_count(),
                            "all_url": _filtered(
                                kennisbank.url, vraag=self.slug, type=choice.value
                            ),
                        }
                    )
        cases = listings.get(PracticeCaseIndexPage)
        if cases is not None:
            index = cases.listing_index()
            mask = index.bits["vraag"].get(self.slug, 0)
            items = list(cases.listing_items(index, mask)[:GROUP_SIZE])
            if items:
                groups.append(
                    {
                        "label": _("Praktijkvoorbeelden"),
                        "slug": "",
                        "items": items,
                        "count": mask.bit_count(),
                        "all_url": _filtered(cases.url, vraag=self.slug),
                    }
                )
        return groups

    def get_context(self, request, *args, **kwargs):
        from knowledge.structured_data import question_json_ld

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
        context["json_ld"] = question_json_ld(self, request, context)
        return context

    def listed(self, request) -> dict:
        """What the question links to: the groups of products and cases
        rendered (components/question_linked.html; a SafeString, which stays
        one when kept), the same items as schema.org data, the related
        questions."""
        from knowledge.structured_data import linked_items

        groups = self.linked_item_groups()
        return {
            "linked_html": render_to_string(
                "components/question_linked.html",
                # The request only for {% pageurl %}: no context processors, so
                # nothing of the visitor (user, messages, CSRF token) is at hand.
                {"item_groups": groups, "request": request},
            ),
            "linked_items": linked_items(groups, request),
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
