"""Meetups (bijeenkomsten): /community/bijeenkomsten/ lists the coming ones,
`archief/` the past ones (a meetup moves there by itself once it has ended,
with room for slides, a recording and a report).

Members sign up in the portal (`aanmelden/`, up to the capacity) or via an
external link. Every meetup has an .ics, and so has the list of coming ones.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.calendar import Event, calendar_uid, page_url
from core.pages import SectionIndexMixin, SitePage
from core.search import SearchKind, StemmedSearchMixin, with_stemming

ARCHIVE_PAGE_SIZE = 12


class Registration(models.TextChoices):
    PORTAL = "portaal", _("Aanmelden via dit portaal (alleen met een account)")
    EXTERNAL = "extern", _("Aanmelden via een externe link")
    NONE = "geen", _("Geen aanmelding nodig")


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.CharBlock(label=_("tijd"), max_length=20, help_text="Bijv. 13.30")
    subject = blocks.CharBlock(label=_("onderdeel"), max_length=200)
    speaker = blocks.CharBlock(label=_("door"), max_length=200, required=False)

    class Meta:
        icon = "time"
        label = _("Agendapunt")


def upcoming(events, now=None):
    """Meetups that have not ended, the soonest first."""
    return events.filter(end__gte=now or timezone.now()).order_by("start", "pk")


def past(events, now=None):
    """Meetups that have ended, the most recent first."""
    return events.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")


def signed_up_for(request, events) -> set[int]:
    """The ids of `events` the visitor is signed up for (one query; none for
    an anonymous visitor). Read from the database on every request."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not events:
        return set()
    return set(
        EventRegistration.objects.filter(
            user=user, event__in=[event.pk for event in events]
        ).values_list("event_id", flat=True)
    )


class EventIndexPage(SectionIndexMixin, RoutablePageMixin, SitePage):
    """/community/bijeenkomsten/: coming meetups; `archief/`: past ones."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["community.CommunityIndexPage"]
    subpage_types = ["community.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("bijeenkomsten")

    def events(self):
        return EventPage.objects.child_of(self).live().public().select_related("group")

    @path("", name="upcoming")
    def upcoming_view(self, request):
        return self.render(
            request,
            context_overrides={
                "events": list(upcoming(self.events())),
                "archive": False,
            },
        )

    @path("archief/", name="archive")
    def archive_view(self, request):
        page = Paginator(past(self.events()), ARCHIVE_PAGE_SIZE).get_page(
            request.GET.get("page")
        )
        return self.render(
            request,
            context_overrides={"events": page, "items": page, "archive": True},
        )

    calendar_name = _("Bijeenkomsten van het Kenniscentrum Data")

    def calendar_events(self, request):
        events = list(upcoming(self.events()))
        mine = signed_up_for(request, events)
        return [event.as_event(event.pk in mine) for event in events]


class EventPage(StemmedSearchMixin, RoutablePageMixin, SitePage):
    """One meetup: when, where, the agenda, and afterwards what came of it."""

    search_kind = SearchKind(
        "bijeenkomst",
        _("Bijeenkomsten"),
        60,
        words=("bijeenkomst", "bijeenkomsten", "meetup", "evenement"),
    )
    search_result_fields = ("summary", "start")

    summary = models.TextField(
        _("samenvatting"),
        max_length=300,
        help_text=_("Eén of twee zinnen voor het overzicht."),
    )
    start = models.DateTimeField(_("begint"))
    end = models.DateTimeField(_("eindigt"))
    location = models.CharField(
        _("locatie"),
        max_length=200,
        blank=True,
        help_text=_(
            "Adres of gebouw en plaats. Leeg als de bijeenkomst alleen online is."
        ),
    )
    online_url = models.URLField(
        _("link om online mee te doen"),
        blank=True,
        help_text=_(
            "Bij aanmelden via dit portaal zien alleen aangemelde deelnemers de link."
        ),
    )
    group = models.ForeignKey(
        "community.CommunityGroupPage",
        verbose_name=_("groep"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("De groep die de bijeenkomst organiseert, als er een is."),
    )
    description = RichTextField(
        _("beschrijving"), features=RICH_TEXT_FEATURES, blank=True
    )
    agenda = StreamField(
        [("item", AgendaItemBlock())], verbose_name=_("programma"), blank=True
    )
    registration = models.CharField(
        _("aanmelden"),
        max_length=10,
        choices=Registration.choices,
        default=Registration.PORTAL,
    )
    registration_url = models.URLField(_("externe aanmeldlink"), blank=True)
    capacity = models.PositiveIntegerField(
        _("maximum aantal deelnemers"),
        null=True,
        blank=True,
        help_text=_("Leeg: geen maximum. Geldt voor aanmelden via dit portaal."),
    )
    report = RichTextField(
        _("verslag"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Na afloop: wat er besproken is en wat eruit kwam."),
    )
    slides = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("presentatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recording_url = models.URLField(_("link naar de opname"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("location"),
                FieldPanel("online_url"),
                FieldPanel("group"),
            ],
            heading=_("Wanneer en waar"),
        ),
        FieldPanel("description"),
        FieldPanel("agenda"),
        MultiFieldPanel(
            [
                FieldPanel("registration"),
                FieldPanel("registration_url"),
                FieldPanel("capacity"),
            ],
            heading=_("Aanmelden"),
        ),
        MultiFieldPanel(
            [FieldPanel("report"), FieldPanel("slides"), FieldPanel("recording_url")],
            heading=_("Na afloop"),
        ),
    ]
    search_fields = with_stemming(
        [
            *Page.search_fields,
            index.SearchField("summary", boost=2),
            index.SearchField("description"),
            index.FilterField("start"),
            index.FilterField("end"),
        ]
    )
    parent_page_types = ["community.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("Het einde moet na het begin liggen.")
        if not self.location and not self.online_url:
            errors["location"] = _("Vul een locatie in, een online link, of allebei.")
        if self.registration == Registration.EXTERNAL and not self.registration_url:
            errors["registration_url"] = _("Vul de externe aanmeldlink in.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @property
    def card_label(self) -> str:
        return _("Bijeenkomst")

    @property
    def where(self) -> str:
        if self.location and self.online_url:
            return f"{self.location} en online"
        return self.location or "Online"

    @property
    def same_day(self) -> bool:
        return timezone.localdate(self.start) == timezone.localdate(self.end)

    def registered_count(self) -> int:
        return self.registrations.count()

    def serve(self, request, *args, **kwargs):
        from community.models.groups import private_when_logged_in

        return private_when_logged_in(request, super().serve(request, *args, **kwargs))

    def get_context(self, request, *args, **kwargs):
        from community.event_views import event_context
        from community.structured_data import event_json_ld

        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(self, request))
        context["json_ld"] = event_json_ld(self, request, context)
        return context

    @path("aanmelden/", name="sign-up")
    def sign_up_view(self, request):
        from community.event_views import sign_up

        return sign_up(request, self)

    @path("afmelden/", name="cancel")
    def cancel_view(self, request):
        from community.event_views import cancel

        return cancel(request, self)

    calendar_name = property(lambda self: self.title)

    @property
    def search_label(self) -> str:
        """ "Bijeenkomst, 12 maart 2027" above its title in search results."""
        when = date_format(timezone.localtime(self.start), "j F Y")
        return f"{self._meta.verbose_name}, {when}"

    def calendar_events(self, request):
        return [self.as_event(self.pk in signed_up_for(request, [self]))]

    def as_event(self, signed_up: bool = False) -> Event:
        """The meetup in a calendar. The online link only where everyone may
        see it, or for a member signed up for it (their own download)."""
        link = self.online_url and (
            self.registration != Registration.PORTAL or signed_up
        )
        location = self.location
        description = self.summary
        if self.online_url:
            online = self.online_url if link else "online"
            location = f"{location} en {online}" if location else online
        if link:
            description = f"{description}\n\nOnline meedoen: {self.online_url}"
        return Event(
            uid=calendar_uid(f"bijeenkomst-{self.pk}"),
            start=self.start,
            end=self.end,
            summary=self.title,
            description=description,
            location=location,
            url=page_url(self),
        )


class EventRegistration(models.Model):
    """A member signed up for a meetup."""

    event = models.ForeignKey(
        EventPage,
        verbose_name=_("bijeenkomst"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lid"),
        on_delete=models.CASCADE,
        related_name="event_registrations",
    )
    created_at = models.DateTimeField(_("aangemeld op"), default=timezone.now)

    class Meta:
        ordering = ["event", "created_at"]
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"], name="one_registration_per_event"
            )
        ]

    def __str__(self):
        from community.models.groups import member_name

        return f"{member_name(self.user)}: {self.event.title}"
