"""Partner sources and what was harvested from them.

A `PartnerSource` is a partner portal's API (of this portal's own shape) or
an Atom/RSS feed, registered by editors. `harvest_partner_sources` turns
its items into knowledge products kept at their source (summary and link,
never the full text); a `HarvestedItem` ties each remote item to the page it
became, so that the next harvest updates that page in place.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from federation.clean import safe_url


class SourceKind(models.TextChoices):
    API = "api", _("Portaal-API (zelfde opbouw als dit portaal)")
    FEED = "feed", _("Atom- of RSS-feed")


class PartnerSource(ClusterableModel):
    name = models.CharField(
        _("naam"),
        max_length=120,
        unique=True,
        help_text=_("Zo heet de bron op de pagina's: 'Bron: …'."),
    )
    organisation = models.ForeignKey(
        "knowledge.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Wordt de uitgever van de overgenomen producten."),
    )
    kind = models.CharField(_("soort bron"), max_length=4, choices=SourceKind.choices)
    url = models.URLField(
        _("webadres"),
        max_length=200,
        help_text=_(
            "Bij een portaal-API: het adres van /api/v1/kennisproducten (of "
            "alleen het adres van het portaal). Bij een feed: het adres van de "
            "feed."
        ),
    )
    active = models.BooleanField(
        _("actief"),
        default=True,
        help_text=_(
            "Alleen actieve bronnen worden opgehaald. Wat eerder is "
            "overgenomen blijft staan."
        ),
    )
    default_type = models.ForeignKey(
        "knowledge.KnowledgeType",
        verbose_name=_("standaardtype"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "Voor items uit een feed, en voor items waarvan het type hier niet bestaat."
        ),
    )
    default_questions = ParentalManyToManyField(
        "knowledge.QuestionPage",
        verbose_name=_("vragen voor alle items"),
        related_name="+",
        blank=True,
    )

    # Status of the harvests, shown to editors (read-only).
    last_attempt = models.DateTimeField(_("laatste poging"), null=True, blank=True)
    last_success = models.DateTimeField(_("laatst gelukt"), null=True, blank=True)
    last_error = models.TextField(_("laatste melding"), blank=True)
    item_count = models.PositiveIntegerField(_("aantal items"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("kind"),
        FieldPanel("url"),
        FieldPanel("active"),
        FieldPanel("default_type"),
        FieldPanel("default_questions"),
        InlinePanel(
            "question_mappings",
            heading=_("Vragen van de bron koppelen"),
            label=_("koppeling"),
            help_text=_(
                "Welke vraag hier hoort bij een vraag (waarde) van het "
                "partnerportaal of een categorie in de feed."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("last_attempt", read_only=True),
                FieldPanel("last_success", read_only=True),
                FieldPanel("last_error", read_only=True),
                FieldPanel("item_count", read_only=True),
            ],
            heading=_("Laatste keer opgehaald"),
        ),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("partnerbron")
        verbose_name_plural = _("partnerbronnen")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.url and not safe_url(self.url):
            raise ValidationError({"url": _("Alleen een http(s)-adres.")})


class QuestionMapping(Orderable):
    """A partner's question (its `vragen[].waarde`) or feed category, and the
    question of ours it answers. One remote value may map to several."""

    source = ParentalKey(
        PartnerSource, on_delete=models.CASCADE, related_name="question_mappings"
    )
    remote_value = models.CharField(
        _("vraag of categorie bij de bron"),
        max_length=200,
        help_text=_("Precies zoals de bron hem noemt, bijv. 'datadelen'."),
    )
    question = models.ForeignKey(
        "knowledge.QuestionPage",
        verbose_name=_("vraag hier"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("remote_value"), FieldPanel("question")]

    class Meta(Orderable.Meta):
        verbose_name = _("koppeling")
        verbose_name_plural = _("koppelingen")


class HarvestedItem(models.Model):
    """One remote item and the page it became. `page` is empty when an
    editor deleted the page: the item is then not taken over again."""

    source = models.ForeignKey(
        PartnerSource, on_delete=models.CASCADE, related_name="items"
    )
    remote_id = models.CharField(max_length=500)
    page = models.OneToOneField(
        "knowledge.KnowledgeProductPage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # A digest of what was taken over: the same digest, nothing to update.
    content_hash = models.CharField(max_length=64)
    last_seen = models.DateTimeField()
    # Unpublished because the source no longer has it.
    withdrawn = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source", "remote_id"], name="unique_remote_item"
            )
        ]
        verbose_name = _("overgenomen item")
        verbose_name_plural = _("overgenomen items")

    def __str__(self):
        return f"{self.source}: {self.remote_id}"
