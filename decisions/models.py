"""Beslishulpen: /beslishulpen/ lists them; a DecisionAidPage holds an intro
and a tree that editors build in the admin (decisions.blocks), checked on
every save and publish (decisions.tree).

Visitors answer one question at a time. Their answers live in the URL
(`?antwoorden=1-2-1&versie=<revision>`), so a result can be bookmarked and
shared; `versie` is the published revision the path was made with, so a
shared URL keeps working after the tree is edited (decisions.views).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.pages import SectionIndexMixin, SitePage
from core.search import SearchKind, StemmedSearchMixin, with_stemming
from decisions.blocks import TreeBlock
from decisions.tree import Tree


class DecisionAidIndexPage(SectionIndexMixin, SitePage):
    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = ["decisions.DecisionAidPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("beslishulpen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["aids"] = list(
            DecisionAidPage.objects.child_of(self).live().public().order_by("title")
        )
        return context


class DecisionAidPage(StemmedSearchMixin, SitePage):
    asks_feedback = True

    search_kind = SearchKind(
        "beslishulp", _("Beslishulpen"), 50, words=("beslishulp", "beslisboom")
    )

    summary = models.TextField(
        _("samenvatting"),
        max_length=300,
        help_text=_("Welke vraag beantwoordt deze beslishulp? Eén of twee zinnen."),
    )
    intro = RichTextField(
        _("inleiding"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Voor wie, wat je nodig hebt, hoe lang het duurt."),
    )
    tree = StreamField(
        TreeBlock(),
        verbose_name=_("beslisboom"),
        help_text=_(
            "De eerste vraag is het begin. Elk antwoord verwijst met een sleutel "
            "naar de volgende vraag of naar een uitkomst."
        ),
    )
    questions = ParentalManyToManyField(
        "knowledge.QuestionPage",
        verbose_name=_("vragen"),
        related_name="+",
        blank=True,
        help_text=_("Bij welke vragen hoort deze beslishulp?"),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("tree"),
        FieldPanel("questions", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = with_stemming(
        [
            *Page.search_fields,
            index.SearchField("summary", boost=2),
            index.SearchField("intro"),
        ]
    )
    parent_page_types = ["decisions.DecisionAidIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("beslishulp")
        verbose_name_plural = _("beslishulpen")

    # What components/item_card.html reads of the kennisbank's items and a
    # beslishulp does not have: present, so that the template engine does
    # not search the page's attributes for them (0.2 ms a card).
    card_offer = ""
    organisation = None

    @property
    def card_label(self) -> str:
        return _("Beslishulp")

    def clean(self):
        super().clean()
        problems = Tree(self.tree).problems()
        if not problems:
            return
        # Each problem beside its node in the editor, and all of them on top.
        by_block: dict[int, list[str]] = {}
        for position, message in problems:
            if position is not None:
                by_block.setdefault(position, []).append(message)
        raise ValidationError(
            {
                "tree": StreamBlockValidationError(
                    block_errors={
                        position: ValidationError(messages)
                        for position, messages in by_block.items()
                    },
                    non_block_errors=[message for _key, message in problems],
                )
            }
        )

    def serve(self, request, *args, **kwargs):
        from decisions.views import serve_aid

        return serve_aid(self, request)

    def serve_preview(self, request, mode_name):
        """The editor's preview: the whole tree at a glance, as it is in the
        editor (answers cannot be followed inside the preview)."""
        from decisions.views import preview_tree

        return preview_tree(self, request)
