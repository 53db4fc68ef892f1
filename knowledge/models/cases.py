"""Praktijkvoorbeelden: how a government organisation actually did it."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from core.facets import ChoiceFacet
from core.feeds import ListingFeedMixin, ReservedSlugMixin
from core.listing import FilteredListingMixin
from core.pages import SectionIndexMixin, SitePage, visible
from core.search import SearchKind
from knowledge.filters import knowledge_item_filters
from knowledge.models.base import KnowledgeItemPage


class Phase(models.TextChoices):
    EXPLORATION = "verkenning", _("Verkenning")
    PILOT = "pilot", _("Pilot")
    PRODUCTION = "productie", _("In productie")


class PracticeCaseIndexPage(
    SectionIndexMixin, ListingFeedMixin, FilteredListingMixin, SitePage
):
    """/praktijkvoorbeelden/: every case, with filters."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = ["knowledge.PracticeCasePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("overzicht van praktijkvoorbeelden")

    card_facets = ("perspectief", "bestuurslaag")
    # The listing is newest first already: the feed reads it in its order.
    feed_categories = ("fase", "bestuurslaag", "perspectief", "thema")
    feed_noun = _("praktijkvoorbeelden")

    def listing_filters(self, data):
        return knowledge_item_filters(
            data, ChoiceFacet("fase", _("Fase"), "phase", Phase.choices)
        )

    def listing_queryset(self):
        return (
            PracticeCasePage.objects.child_of(self)
            .live()
            .public()
            .for_cards()
            .select_related("organisation")
            .order_by("-first_published_at", "title")
        )


class PracticeCaseTag(TaggedItemBase):
    content_object = ParentalKey(
        "knowledge.PracticeCasePage",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )


class ContributorPanel(FieldPanel):
    """Who shared the case, for the editors: name and address."""

    def format_value_for_display(self, value):
        if value is None:
            return _("De redactie (niet door een lid ingestuurd)")
        name = value.get_full_name() or value.get_username()
        return f"{name} <{value.email}>"


class PracticeCasePage(ReservedSlugMixin, KnowledgeItemPage):
    """The challenge, the approach, the result and the lessons learned."""

    search_kind = SearchKind(
        "praktijkvoorbeeld",
        _("Praktijkvoorbeelden"),
        30,
        words=("praktijkvoorbeeld", "voorbeeld", "casus"),
    )

    organisation = models.ForeignKey(
        "knowledge.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    phase = models.CharField(
        _("fase"), max_length=20, choices=Phase.choices, default=Phase.PILOT
    )
    # Left out of cards (SitePageQuerySet.for_cards).
    long_fields = ("challenge", "approach", "result", "lessons")
    challenge = RichTextField(_("de uitdaging"), features=RICH_TEXT_FEATURES)
    approach = RichTextField(_("de aanpak"), features=RICH_TEXT_FEATURES)
    result = RichTextField(_("het resultaat"), features=RICH_TEXT_FEATURES)
    lessons = RichTextField(
        _("lessen"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Wat zou je een collega meegeven? Eerlijk, ook wat misging."),
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name=_("verder"),
        blank=True,
        help_text=_("Optioneel: citaten, afbeeldingen, documenten."),
    )
    products_used = ParentalManyToManyField(
        "knowledge.KnowledgeProductPage",
        verbose_name=_("gebruikte kennisproducten"),
        related_name="+",
        blank=True,
    )
    tags = ClusterTaggableManager(
        through=PracticeCaseTag, blank=True, verbose_name=_("thema's")
    )
    # A member who shared this case through the portal: named on the page
    # while their account exists (deleting it leaves the case, unnamed).
    contributor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gedeeld door"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="contributed_cases",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("organisation"), FieldPanel("phase")],
            heading=_("Wie en hoe ver"),
        ),
        FieldPanel("challenge"),
        FieldPanel("approach"),
        FieldPanel("result"),
        FieldPanel("lessons"),
        FieldPanel("body"),
        FieldPanel("products_used", widget=forms.CheckboxSelectMultiple),
        *KnowledgeItemPage.taxonomy_panels,
        *KnowledgeItemPage.review_panels,
        ContributorPanel("contributor", read_only=True),
    ]
    search_fields = [
        *KnowledgeItemPage.search_fields,
        index.SearchField("challenge"),
        index.SearchField("approach"),
        index.SearchField("result"),
        index.SearchField("lessons"),
        index.SearchField("body"),
        index.RelatedFields(
            "organisation", [index.SearchField("name"), index.SearchField("short_name")]
        ),
    ]
    parent_page_types = ["knowledge.PracticeCaseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("praktijkvoorbeeld")
        verbose_name_plural = _("praktijkvoorbeelden")

    # A case's card offers nothing to download (products say what they
    # offer); present, so that the card template's lookup of it does not
    # search the page's attributes (0.2 ms a card).
    card_offer = ""

    @property
    def card_label(self):
        return f"{_('Praktijkvoorbeeld')} · {self.get_phase_display()}"

    def facts(self):
        return {**super().facts(), "products_used": visible(self.products_used.all())}

    def get_context(self, request, *args, **kwargs):
        from knowledge.structured_data import case_json_ld

        context = super().get_context(request, *args, **kwargs)
        # schema.org data from the facts just read: no query of its own.
        context["json_ld"] = case_json_ld(self, request, context)
        return context
