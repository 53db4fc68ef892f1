"""/nieuwsbrief/: the signup and the archive of issues (with an Atom feed);
each NewsletterIssuePage is one monthly edition, also sent as an e-mail."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.pages import SectionIndexMixin, SitePage
from core.search import StemmedSearchMixin, with_stemming
from knowledge.models import KnowledgeProductPage
from newsletter.blocks import SectionsBlock

# Addresses under /nieuwsbrief/ that are Django views, never an issue's slug.
RESERVED_SLUGS = {"aanmelden", "bevestigen", "beheren", "afmelden", "feed"}
# Without an earlier issue, "new in the kennisbank" looks back this far.
FIRST_ISSUE_LOOKBACK = datetime.timedelta(days=31)
NEW_PRODUCTS_MAX = 12


class NewsletterIndexPage(SectionIndexMixin, RoutablePageMixin, SitePage):
    """/nieuwsbrief/: sign up, and every issue sent so far."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = ["newsletter.NewsletterIssuePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("nieuwsbrief")

    def issues(self):
        return (
            NewsletterIssuePage.objects.child_of(self)
            .live()
            .public()
            .order_by("-issue_date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        from newsletter.forms import SignupForm

        context = super().get_context(request, *args, **kwargs)
        context["issues"] = list(self.issues())
        context["form"] = SignupForm()
        return context

    @path("feed/", name="feed")
    def feed_view(self, request):
        from newsletter.feeds import IssueFeed

        return IssueFeed(self)(request)


class NewsletterIssuePage(StemmedSearchMixin, SitePage):
    """One edition: an intro, sections of short items, and what is new in the
    kennisbank since the previous edition (filled in automatically)."""

    issue_date = models.DateField(
        _("datum van deze editie"),
        default=timezone.localdate,
        help_text=_(
            "'Nieuw in de kennisbank' toont wat sinds de vorige editie is "
            "gepubliceerd, tot en met deze datum."
        ),
    )
    intro = models.TextField(_("inleiding"), max_length=1200)
    sections = StreamField(SectionsBlock(), verbose_name=_("rubrieken"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("issue_date"),
        FieldPanel("intro"),
        FieldPanel("sections"),
    ]
    search_fields = with_stemming(
        [
            *Page.search_fields,
            index.SearchField("intro", boost=2),
            index.SearchField("sections"),
        ]
    )
    parent_page_types = ["newsletter.NewsletterIndexPage"]
    subpage_types = []
    preview_modes = [
        ("", _("Webpagina")),
        ("email", _("E-mail")),
        ("tekst", _("E-mail, alleen tekst")),
    ]

    class Meta:
        verbose_name = _("nieuwsbrief-editie")
        verbose_name_plural = _("nieuwsbrief-edities")
        permissions = [("send_newsletterissuepage", "Mag een nieuwsbrief versturen")]

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {"slug": _("Dit adres is al in gebruik op de site; kies een ander.")}
            )

    def previous_issue(self):
        siblings = NewsletterIssuePage.objects.live().exclude(pk=self.pk)
        parent = self.get_parent() if self.pk else None
        if parent is not None:
            siblings = siblings.child_of(parent)
        return (
            siblings.filter(issue_date__lt=self.issue_date)
            .order_by("-issue_date")
            .first()
        )

    def sent_at(self):
        """When sending this edition began (None: not sent)."""
        from newsletter.models.deliveries import Sending

        if self.pk is None:
            return None
        return (
            Sending.objects.filter(issue=self, cancelled_at=None)
            .values_list("started_at", flat=True)
            .first()
        )

    def new_products(self):
        """Knowledge products published since the previous edition went out
        (or, unsent, the day after its date) until this one went out (or the
        end of its date): the newest first. Once sent, the list stays put."""
        tz = timezone.get_current_timezone()

        def day_start(day):
            return datetime.datetime.combine(day, datetime.time.min, tz)

        previous = self.previous_issue()
        if previous is None:
            start = day_start(self.issue_date - FIRST_ISSUE_LOOKBACK)
        else:
            start = previous.sent_at() or day_start(
                previous.issue_date + datetime.timedelta(days=1)
            )
        end = self.sent_at() or day_start(self.issue_date + datetime.timedelta(days=1))
        return list(
            KnowledgeProductPage.objects.live()
            .public()
            .filter(first_published_at__gte=start, first_published_at__lt=end)
            .select_related("knowledge_type", "organisation")
            .order_by("-first_published_at")[:NEW_PRODUCTS_MAX]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["new_products"] = self.new_products()
        context["signup"] = self.get_parent().specific if self.pk else None
        return context

    def serve_preview(self, request, mode_name):
        if mode_name in ("email", "tekst"):
            from newsletter.mailing import preview_response

            return preview_response(self, request, text=mode_name == "tekst")
        return super().serve_preview(request, mode_name)
