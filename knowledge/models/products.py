"""Knowledge products (leidraden, handreikingen, ...) and their listing."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.facets import TermFacet
from core.listing import FilteredListingMixin
from core.pages import SitePage
from core.search import SearchKind
from knowledge.filters import knowledge_item_filters
from knowledge.models.base import KnowledgeItemPage

# A product not checked for this long gets a visible notice on its page.
REVIEW_INTERVAL = datetime.timedelta(days=365)


class KnowledgeIndexPage(FilteredListingMixin, SitePage):
    """/kennisbank/: every knowledge product, with filters."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = ["knowledge.KnowledgeProductPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("kennisbank")

    card_facets = ("perspectief", "bestuurslaag")

    def listing_filters(self, data):
        return knowledge_item_filters(
            data, TermFacet("type", _("Type"), "knowledge_type")
        )

    def listing_queryset(self):
        return (
            KnowledgeProductPage.objects.child_of(self)
            .live()
            .public()
            .for_cards()
            .select_related("knowledge_type", "organisation")
            .order_by("-first_published_at", "title")
        )


class KnowledgeProductTag(TaggedItemBase):
    content_object = ParentalKey(
        "knowledge.KnowledgeProductPage",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )


class KnowledgeProductPage(KnowledgeItemPage):
    """A leidraad, handreiking, instrument, ...; possibly kept at its source."""

    search_kind = SearchKind("kennisproduct", _("Kennisproducten"), 20)

    knowledge_type = models.ForeignKey(
        "knowledge.KnowledgeType",
        verbose_name=_("type"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "knowledge.Organisation",
        verbose_name=_("uitgever"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De organisatie die het product maakte of uitgeeft."),
    )
    external_url = models.URLField(
        _("webadres bij de bron"),
        blank=True,
        help_text=_(
            "Staat het product elders (bijv. bij VNG of een ministerie)? Vul dan "
            "het adres in; deze pagina vat het samen en verwijst ernaartoe."
        ),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("inhoud"), blank=True)
    tags = ClusterTaggableManager(
        through=KnowledgeProductTag, blank=True, verbose_name=_("thema's")
    )
    content_owner = models.CharField(
        _("eigenaar"),
        max_length=160,
        help_text=_("Wie houdt dit product actueel? Bijv. 'Redactie Kennisbank'."),
    )
    last_reviewed = models.DateField(
        _("laatst gecontroleerd"),
        default=timezone.localdate,
        help_text=_("Wanneer is gecontroleerd dat de inhoud nog klopt?"),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("knowledge_type"),
        FieldPanel("summary"),
        FieldPanel("organisation"),
        FieldPanel("external_url"),
        FieldPanel("body"),
        InlinePanel("attachments", label=_("Bijlagen")),
        *KnowledgeItemPage.taxonomy_panels,
        MultiFieldPanel(
            [FieldPanel("content_owner"), FieldPanel("last_reviewed")],
            heading=_("Beheer"),
        ),
    ]
    search_fields = [
        *KnowledgeItemPage.search_fields,
        index.SearchField("body"),
        index.RelatedFields(
            "knowledge_type", [index.SearchField("name"), index.FilterField("slug")]
        ),
        index.RelatedFields(
            "organisation", [index.SearchField("name"), index.SearchField("short_name")]
        ),
    ]
    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("kennisproduct")
        verbose_name_plural = _("kennisproducten")

    def clean(self):
        super().clean()
        errors = {}
        if not self.external_url and not self.body:
            errors["body"] = _(
                "Geef de inhoud, of vul het webadres bij de bron in als het "
                "product elders staat."
            )
        if self.last_reviewed and self.last_reviewed > timezone.localdate():
            errors["last_reviewed"] = _("Deze datum ligt in de toekomst.")
        if errors:
            raise ValidationError(errors)

    @property
    def card_label(self):
        return self.knowledge_type.name

    @classmethod
    def search_results(cls, ids):
        return super().search_results(ids).select_related("knowledge_type")

    @property
    def search_label(self) -> str:
        """Its own type (Leidraad, Toolbox) rather than "kennisproduct"."""
        return self.card_label

    @property
    def review_overdue(self) -> bool:
        return timezone.localdate() - self.last_reviewed > REVIEW_INTERVAL

    def facts(self):
        return {
            **super().facts(),
            "attachments": list(self.attachments.select_related("document")),
        }


class KnowledgeProductAttachment(Orderable):
    page = ParentalKey(
        KnowledgeProductPage, on_delete=models.CASCADE, related_name="attachments"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("titel"),
        max_length=160,
        blank=True,
        help_text=_("Laat leeg om de titel van het document te gebruiken."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("bijlage")
        verbose_name_plural = _("bijlagen")
