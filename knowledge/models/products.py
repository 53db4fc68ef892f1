"""Knowledge products (leidraden, handreikingen, ...) and their listing."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.documents import is_pdf, pdf_page_count
from core.facets import TermFacet
from core.feeds import ListingFeedMixin, ReservedSlugMixin
from core.listing import FilteredListingMixin
from core.pages import SectionIndexMixin, SitePage
from core.search import SearchKind
from knowledge.filters import knowledge_item_filters
from knowledge.models.base import KnowledgeItemForm, KnowledgeItemPage


class KnowledgeIndexPage(
    SectionIndexMixin, ListingFeedMixin, FilteredListingMixin, SitePage
):
    """/kennisbank/: every knowledge product, with filters."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = ["knowledge.KnowledgeProductPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("kennisbank")

    card_facets = ("perspectief", "bestuurslaag")
    # The listing is newest first already: the feed reads it in its order.
    feed_categories = ("type", "bestuurslaag", "perspectief", "thema")
    feed_noun = _("kennisproducten")

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


class DocumentLanguage(models.TextChoices):
    DUTCH = "nl", _("Nederlands")
    ENGLISH = "en", _("Engels")


# How a document's language is named beside it when it is not Dutch.
LANGUAGE_NOTE = {"en": _("Engelstalig")}


def describe_document(facts: dict) -> str:
    """One document in a card: "PDF, 24 pagina's", "Engelstalig" when so."""
    parts = [facts["format"]]
    if facts.get("language") in LANGUAGE_NOTE:
        parts.append(str(LANGUAGE_NOTE[facts["language"]]))
    if facts.get("pages"):
        parts.append(
            ngettext("%(count)d pagina", "%(count)d pagina's", facts["pages"])
            % {"count": facts["pages"]}
        )
    return ", ".join(parts)


class KnowledgeProductForm(KnowledgeItemForm):
    """The page's check that it offers its content (KnowledgeProductPage.clean)
    runs before the attachments in the form reach the page: tell it how many
    documents the form holds."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("attachments")
        if formset is not None and formset.is_valid():
            self.instance.submitted_documents = sum(
                1
                for form in formset.forms
                if form.cleaned_data.get("document")
                and not form.cleaned_data.get("DELETE")
            )
        return cleaned_data


class KnowledgeProductTag(TaggedItemBase):
    content_object = ParentalKey(
        "knowledge.KnowledgeProductPage",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )


class KnowledgeProductPage(ReservedSlugMixin, KnowledgeItemPage):
    """A leidraad, handreiking, instrument, ...; possibly kept at its source."""

    search_kind = SearchKind(
        "kennisproduct", _("Kennisproducten"), 20, words=("kennisproduct",)
    )

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
    # Set by a harvest (the federation app) to the partner portal or feed the
    # product was taken from; the page says "Bron: ..." then. Not for editors:
    # the next harvest would overwrite it.
    harvested_from = models.CharField(
        _("overgenomen van"), max_length=120, blank=True, editable=False
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("inhoud"), blank=True)
    # What cards say about the documents (format, pages, language, in the
    # order shown), kept from the attachments whenever the page is cleaned
    # (every save and revision): a list shows it without a query per card.
    document_facts = models.JSONField(default=list, editable=False)
    tags = ClusterTaggableManager(
        through=KnowledgeProductTag, blank=True, verbose_name=_("thema's")
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
        *KnowledgeItemPage.review_panels,
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
    base_form_class = KnowledgeProductForm

    class Meta:
        verbose_name = _("kennisproduct")
        verbose_name_plural = _("kennisproducten")

    def full_clean(self, *args, **kwargs):
        self.refresh_document_facts()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        # A draft saved without full validation keeps its cards right too.
        self.refresh_document_facts()
        super().minimal_clean()

    def current_attachments(self) -> list:
        """The attachments as they stand, also those not saved yet (in an
        editor's form or a revision), in the order shown."""
        return sorted(
            (item for item in self.attachments.all() if item.document_id),
            key=lambda item: item.sort_order or 0,
        )

    def refresh_document_facts(self):
        facts = []
        for attachment in self.current_attachments():
            attachment.refresh_facts()
            facts.append(attachment.card_facts())
        self.document_facts = facts

    def document_count(self) -> int:
        submitted = getattr(self, "submitted_documents", None)
        return len(self.current_attachments()) if submitted is None else submitted

    def content_errors(self):
        if not self.external_url and not self.body and not self.document_count():
            return {
                "body": _(
                    "Bied de inhoud aan: schrijf hem op deze pagina, voeg een "
                    "document toe, of vul het webadres bij de bron in als het "
                    "product elders staat."
                )
            }
        return {}

    @property
    def card_label(self):
        return self.knowledge_type.name

    @property
    def source_name(self) -> str:
        """Who keeps the product at its source: "VNG", "ICTU", "de bron"."""
        if self.organisation is None:
            return str(_("de bron"))
        return self.organisation.short_name or self.organisation.name

    @property
    def card_offer(self) -> str:
        """What you get, in one short line for a card: "PDF, 24 pagina's",
        "Bij VNG (externe website)" or "Tekst op de pagina". Read from
        `document_facts`, `external_url` and the organisation (which lists
        select), so never a query. The text is on the page only when there is
        nothing else: with documents or a link, it introduces them."""
        parts = []
        documents = self.document_facts or []
        if len(documents) == 1:
            parts.append(describe_document(documents[0]))
        elif documents:
            formats = ", ".join(dict.fromkeys(facts["format"] for facts in documents))
            parts.append(
                _("%(count)d documenten (%(formats)s)")
                % {"count": len(documents), "formats": formats}
            )
        if self.external_url:
            parts.append(
                _("Bij %(source)s (externe website)") % {"source": self.source_name}
            )
        return " · ".join(str(part) for part in parts) or str(_("Tekst op de pagina"))

    search_result_fields = ("summary", "knowledge_type__name")

    @classmethod
    def search_results(cls, ids):
        return super().search_results(ids).select_related("knowledge_type")

    @property
    def search_label(self) -> str:
        """Its own type (Leidraad, Toolbox) rather than "kennisproduct"."""
        return self.card_label

    def facts(self):
        """Besides the taxonomy: its documents, its type and who publishes
        it (kept with the rest: two queries a view fewer)."""
        return {
            **super().facts(),
            "attachments": list(self.attachments.select_related("document")),
            "knowledge_type": self.knowledge_type,
            "publisher": self.organisation,
        }

    def get_context(self, request, *args, **kwargs):
        from knowledge.structured_data import product_json_ld

        context = super().get_context(request, *args, **kwargs)
        # schema.org data from the facts just read: no query of its own.
        context["json_ld"] = product_json_ld(self, request, context)
        return context


class KnowledgeProductAttachment(Orderable):
    """A document that holds (part of) the product, with what a visitor wants
    to know before downloading it: format and size (from the document),
    language and, for a PDF, the number of pages (counted on saving)."""

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
    language = models.CharField(
        _("taal"),
        max_length=2,
        choices=DocumentLanguage.choices,
        default=DocumentLanguage.DUTCH,
    )
    page_count = models.PositiveIntegerField(
        _("aantal pagina's"),
        null=True,
        blank=True,
        help_text=_(
            "Bij een PDF telt het portaal de pagina's zelf bij het opslaan. Vul "
            "het alleen in bij een ander document, of als de telling niet klopt."
        ),
    )
    # The file the page count was read from: a new file is counted again.
    counted_file = models.CharField(max_length=255, blank=True, editable=False)

    panels = [
        FieldPanel("document"),
        FieldPanel("title"),
        FieldPanel("language"),
        FieldPanel("page_count"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("bijlage")
        verbose_name_plural = _("bijlagen")

    def clean(self):
        super().clean()
        # In the editor's form already, so that a preview shows the count.
        if self.document_id:
            self.refresh_facts()

    def refresh_facts(self):
        """Count the pages of a PDF attached (or replaced) since the last
        count; a count made from another file no longer holds."""
        name = self.document.file.name
        if self.counted_file and self.counted_file != name:
            self.page_count = None
            self.counted_file = ""
        if not self.counted_file and is_pdf(self.document):
            self.page_count = pdf_page_count(self.document.file) or self.page_count
            self.counted_file = name

    @property
    def language_note(self) -> str:
        return str(LANGUAGE_NOTE.get(self.language, ""))

    def card_facts(self) -> dict:
        return {
            "format": self.document.file_extension.upper(),
            "pages": self.page_count,
            "language": self.language,
        }
