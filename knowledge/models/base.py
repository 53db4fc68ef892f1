"""What knowledge products and practice cases have in common."""

from operator import attrgetter

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from core.page_cache import remember
from core.pages import SitePage, visible
from core.search import StemmedSearchMixin, with_stemming


class KnowledgeItemPage(StemmedSearchMixin, SitePage):
    """A page in the kennisbank that answers one or more questions.

    The relations point from the item to the taxonomy (related_name "+"):
    listings and question pages query them from this side, so no reverse
    accessors are needed on the taxonomy or the question pages.
    """

    asks_feedback = True

    summary = models.TextField(
        _("samenvatting"),
        max_length=300,
        help_text=_("Eén of twee zinnen voor overzichten en zoekresultaten."),
    )
    questions = ParentalManyToManyField(
        "knowledge.QuestionPage",
        verbose_name=_("vragen"),
        related_name="+",
        help_text=_("Op welke vragen geeft dit (een deel van het) antwoord?"),
    )
    government_layers = ParentalManyToManyField(
        "knowledge.GovernmentLayer",
        verbose_name=_("bestuurslagen"),
        related_name="+",
        blank=True,
    )
    perspectives = ParentalManyToManyField(
        "knowledge.Perspective",
        verbose_name=_("perspectieven"),
        related_name="+",
        blank=True,
    )

    taxonomy_panels = [
        MultiFieldPanel(
            [
                FieldPanel("questions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("government_layers", widget=forms.CheckboxSelectMultiple),
                FieldPanel("perspectives", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Ordening"),
        ),
    ]

    search_fields = with_stemming(
        [
            *Page.search_fields,
            index.SearchField("summary", boost=2),
            index.SearchField("tags"),
        ]
    )

    class Meta:
        abstract = True

    def live_questions(self):
        # .all() rather than a filtered query: in preview the relation is
        # still in memory, and only .all() sees it there.
        return sorted(visible(self.questions.all()), key=attrgetter("path"))

    def facts(self) -> dict:
        """What the page shows beside its body: the questions it helps with
        and its taxonomy (components/item_meta.html)."""
        return {
            "questions": self.live_questions(),
            "layers": list(self.government_layers.all()),
            "perspectives": list(self.perspectives.all()),
            "tags": list(self.tags.all()),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.pk and not getattr(request, "is_preview", False):
            # The same for every visitor until something is published.
            context.update(remember("item-facts", str(self.pk), self.facts))
        else:
            # The editor's unsaved choices show; nothing is kept.
            context.update(self.facts())
        return context
