"""The taxonomy every piece of content shares: type, bestuurslaag, perspectief,
organisatie and the free themes (django-taggit tags)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class TaxonomyTerm(models.Model):
    """A named term with a URL-safe slug, ordered by editors."""

    name = models.CharField(_("naam"), max_length=80, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_("Het deel van het webadres in filters, bijv. 'gemeente'."),
    )
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class KnowledgeType(TaxonomyTerm):
    """Leidraad, handreiking, instrument, ... (editors manage the list)."""

    name_plural = models.CharField(
        _("meervoud"),
        max_length=80,
        help_text=_("Voor koppen zoals 'Leidraden (3)'."),
    )

    panels = [*TaxonomyTerm.panels, FieldPanel("name_plural")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("type kennisproduct")
        verbose_name_plural = _("typen kennisproduct")


class GovernmentLayer(TaxonomyTerm):
    """Bestuurslaag: gemeente, provincie, waterschap, Rijk, uitvoeringsorganisatie."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("bestuurslaag")
        verbose_name_plural = _("bestuurslagen")


class Perspective(TaxonomyTerm):
    """The IBDS looks at every data question as: kan het, mag het, is het wenselijk?"""

    question = models.CharField(
        _("kernvraag"), max_length=80, help_text=_("Bijv. 'Mag het?'")
    )

    panels = [*TaxonomyTerm.panels, FieldPanel("question")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("perspectief")
        verbose_name_plural = _("perspectieven")


class Organisation(index.Indexed, models.Model):
    """Source organisations, providers and members' employers."""

    name = models.CharField(_("naam"), max_length=160, unique=True)
    short_name = models.CharField(
        _("afkorting"), max_length=40, blank=True, help_text=_("Bijv. 'VNG'.")
    )
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    government_layer = models.ForeignKey(
        GovernmentLayer,
        verbose_name=_("bestuurslaag"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("government_layer"),
        FieldPanel("website"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def __str__(self):
        return self.name
