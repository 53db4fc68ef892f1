"""Opleidingen: which trainings exist, for which question and which audience.

A TrainingPage has dated runs (an inline). The catalogue shows trainings with
a run still to come, or without fixed dates (self-paced), sorted by the next
start; past runs stay on the page under "eerder gegeven" but never make a
training show up in the catalogue.
"""

import datetime
from operator import attrgetter

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Prefetch, Q, Subquery
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.calendar import Event, calendar_uid, page_url
from core.facets import (
    ChoiceFacet,
    FlagFacet,
    GroupedChoiceFacet,
    ListingFilters,
    PageMultiFacet,
    TermFacet,
)
from core.feeds import ListingFeedMixin, ReservedSlugMixin
from core.listing import FilteredListingMixin
from core.pages import SectionIndexMixin, SitePage, SitePageQuerySet, visible
from core.search import SearchKind, StemmedSearchMixin, with_stemming
from knowledge.models.taxonomy import TaxonomyTerm

# "Start binnen 3 maanden" looks this far ahead.
SOON = datetime.timedelta(days=91)


class Audience(TaxonomyTerm):
    """Doelgroep: bestuurder, beleidsmedewerker, data-analist, ..."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")


class Level(models.TextChoices):
    BASIS = "basis", _("Basis")
    GEVORDERD = "gevorderd", _("Gevorderd")
    EXPERT = "expert", _("Expert")


class Format(models.TextChoices):
    ONLINE = "online", _("Online")
    KLASSIKAAL = "klassikaal", _("Klassikaal")
    HYBRIDE = "hybride", _("Hybride")
    ZELFSTUDIE = "zelfstudie", _("Zelfstudie")


class Cost(models.TextChoices):
    GRATIS = "gratis", _("Gratis")
    CERTIFICAAT = "gratis-certificaat", _("Gratis, certificaat betaald")
    BETAALD = "betaald", _("Betaald")


class Language(models.TextChoices):
    NL = "nl", _("Nederlands")
    EN = "en", _("Engels")


class RunStatus(models.TextChoices):
    OPEN = "open", _("Aanmelden mogelijk")
    VOL = "vol", _("Vol")
    GEANNULEERD = "geannuleerd", _("Geannuleerd")


def euros(amount) -> str:
    """€ 450 or € 1.249,50, the Dutch way."""
    places = 0 if amount == int(amount) else 2
    return "€ " + number_format(amount, places, use_l10n=True, force_grouping=True)


def coming_runs(today: datetime.date):
    """Runs that have not ended yet (a run without an end date ends the day
    it starts), cancelled ones included."""
    return TrainingRun.objects.filter(
        Q(end__gte=today) | Q(end__isnull=True, start__gte=today)
    )


def upcoming_runs(today: datetime.date):
    """Coming runs that one can still take part in (not cancelled)."""
    return coming_runs(today).exclude(status=RunStatus.GEANNULEERD)


def starts_soon(today: datetime.date):
    """Condition on trainings: a run starts within three months."""
    return Exists(
        upcoming_runs(today).filter(
            page=OuterRef("pk"), start__gte=today, start__lte=today + SOON
        )
    )


class TrainingQuerySet(SitePageQuerySet):
    def current(self, today: datetime.date | None = None):
        """Trainings with a run still to come, or without any dates: what the
        catalogue shows by default."""
        today = today or timezone.localdate()
        coming = upcoming_runs(today).filter(page=OuterRef("pk"))
        dated = TrainingRun.objects.filter(page=OuterRef("pk"))
        return self.filter(Exists(coming) | ~Exists(dated))

    def with_runs(self, today: datetime.date | None = None):
        """What a training's card shows: each has `next_start`, the start of
        its next run, and `upcoming`, its coming runs (under way ones
        included) in order."""
        today = today or timezone.localdate()
        coming = upcoming_runs(today)
        first = (
            coming.filter(page=OuterRef("pk"), start__gte=today)
            .order_by("start")
            .values("start")
        )
        return self.annotate(next_start=Subquery(first[:1])).prefetch_related(
            Prefetch("runs", coming.order_by("start"), to_attr="upcoming")
        )

    def by_next_start(self, today: datetime.date | None = None):
        """With their runs (`with_runs`), sorted by the next run to start;
        then those with only a run under way; then the undated ones."""
        today = today or timezone.localdate()
        under_way = upcoming_runs(today).filter(page=OuterRef("pk"), start__lt=today)
        return (
            self.with_runs(today)
            .annotate(under_way=Exists(under_way))
            .order_by(
                F("next_start").asc(nulls_last=True), F("under_way").desc(), "title"
            )
        )


class TrainingPage(ReservedSlugMixin, StemmedSearchMixin, SitePage):
    """One training (opleiding), with its dated runs."""

    asks_feedback = True

    search_kind = SearchKind(
        "opleiding",
        _("Opleidingen"),
        40,
        words=("opleiding", "opleidingen", "cursus", "training"),
    )

    provider = models.ForeignKey(
        "knowledge.Organisation",
        verbose_name=_("aanbieder"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Left out of cards (SitePageQuerySet.for_cards).
    long_fields = ("description",)
    summary = models.TextField(
        _("samenvatting"),
        max_length=300,
        help_text=_("Eén of twee zinnen voor het overzicht en zoekresultaten."),
    )
    description = RichTextField(
        _("beschrijving"), features=RICH_TEXT_FEATURES, blank=True
    )
    level = models.CharField(_("niveau"), max_length=20, choices=Level.choices)
    format = models.CharField(_("vorm"), max_length=20, choices=Format.choices)
    workload_hours = models.PositiveSmallIntegerField(
        _("studiebelasting (uren)"), null=True, blank=True
    )
    duration = models.CharField(
        _("doorlooptijd"), max_length=60, blank=True, help_text=_("Bijv. '6 weken'.")
    )
    cost = models.CharField(
        _("kosten"), max_length=20, choices=Cost.choices, default=Cost.GRATIS
    )
    price = models.DecimalField(
        _("prijs in euro's"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_(
            "Bij 'betaald' de prijs; bij een betaald certificaat de prijs daarvan."
        ),
    )
    language = models.CharField(
        _("taal"), max_length=2, choices=Language.choices, default=Language.NL
    )
    audiences = ParentalManyToManyField(
        Audience, verbose_name=_("doelgroepen"), related_name="+", blank=True
    )
    government_layers = ParentalManyToManyField(
        "knowledge.GovernmentLayer",
        verbose_name=_("bestuurslagen"),
        related_name="+",
        blank=True,
    )
    questions = ParentalManyToManyField(
        "knowledge.QuestionPage",
        verbose_name=_("vragen"),
        related_name="+",
        blank=True,
        help_text=_("Bij welke vragen helpt deze opleiding?"),
    )
    registration_url = models.URLField(_("aanmelden via"), blank=True)

    objects = PageManager.from_queryset(TrainingQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("provider"),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("level"), FieldPanel("format")]),
                FieldRowPanel([FieldPanel("workload_hours"), FieldPanel("duration")]),
                FieldRowPanel([FieldPanel("cost"), FieldPanel("price")]),
                FieldPanel("language"),
                FieldPanel("registration_url"),
            ],
            heading=_("Opzet"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("questions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("government_layers", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Ordening"),
        ),
        InlinePanel("runs", label=_("Data (uitvoeringen)")),
    ]
    search_fields = with_stemming(
        [
            *Page.search_fields,
            index.SearchField("summary", boost=2),
            index.SearchField("description"),
        ]
    )
    parent_page_types = ["trainings.TrainingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("opleiding")
        verbose_name_plural = _("opleidingen")

    def clean(self):
        super().clean()
        if self.cost == Cost.GRATIS and self.price:
            raise ValidationError(
                {"price": _("Een gratis opleiding heeft geen prijs.")}
            )
        if self.cost != Cost.GRATIS and self.price is None:
            raise ValidationError(
                {"price": _("Vul de prijs in (bij een certificaat: de prijs daarvan).")}
            )

    @property
    def next_run(self):
        """The next run to start, else the one under way (from `upcoming`,
        which with_runs() prefetches)."""
        runs = getattr(self, "upcoming", [])
        today = timezone.localdate()
        starting = [run for run in runs if run.start >= today]
        return starting[0] if starting else (runs[0] if runs else None)

    @property
    def cost_label(self) -> str:
        if self.cost == Cost.GRATIS or self.price is None:
            return "Gratis"
        if self.cost == Cost.CERTIFICAAT:
            return f"Gratis (certificaat {euros(self.price)})"
        return euros(self.price)

    @property
    def is_free(self) -> bool:
        return self.cost in (Cost.GRATIS, Cost.CERTIFICAAT)

    def runs_split(self, today: datetime.date | None = None):
        """(coming, past) runs; cancelled coming runs are shown as such."""
        today = today or timezone.localdate()
        runs = sorted(
            self.runs.all().prefetch_related("sessions"), key=lambda run: run.start
        )
        coming = [run for run in runs if run.last_day >= today]
        past = [run for run in runs if run.last_day < today]
        return coming, list(reversed(past))

    def get_context(self, request, *args, **kwargs):
        from trainings.structured_data import course_json_ld

        context = super().get_context(request, *args, **kwargs)
        coming, past = self.runs_split()
        context.update(
            {
                "coming_runs": coming,
                "past_runs": past,
                "questions": sorted(
                    visible(self.questions.all()), key=attrgetter("path")
                ),
                "json_ld": course_json_ld(self, request, coming),
            }
        )
        return context

    @property
    def calendar_name(self) -> str:
        return self.title

    def calendar_events(self, request):
        coming, _past = self.runs_split()
        return [event for run in coming for event in run.as_events(self)]


class TrainingRun(Orderable, ClusterableModel):
    """One run of a training: its dates, place and whether one can still join;
    a run that meets at set times (two online afternoons, say) lists them as
    its sessions."""

    page = ParentalKey(TrainingPage, on_delete=models.CASCADE, related_name="runs")
    start = models.DateField(_("startdatum"))
    end = models.DateField(_("einddatum"), null=True, blank=True)
    location = models.CharField(
        _("plaats"), max_length=120, blank=True, help_text=_("Leeg bij online.")
    )
    online = models.BooleanField(_("online"), default=False)
    status = models.CharField(
        _("status"), max_length=12, choices=RunStatus.choices, default=RunStatus.OPEN
    )

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldRowPanel([FieldPanel("location"), FieldPanel("online")]),
        FieldPanel("status"),
        InlinePanel(
            "sessions",
            label=_("Bijeenkomsten"),
            help_text=_(
                "Komt de groep op vaste momenten bij elkaar? Zet ze hier, met "
                "de tijden: dan komen ze zo in de agenda van de deelnemers."
            ),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("uitvoering")
        verbose_name_plural = _("uitvoeringen")

    def clean(self):
        if self.end and self.start and self.end < self.start:
            raise ValidationError({"end": _("De einddatum ligt vóór de startdatum.")})
        if not self.online and not self.location:
            raise ValidationError(
                {"location": _("Vul de plaats in, of vink 'online' aan.")}
            )

    def as_events(self, page) -> list[Event]:
        """The run in a calendar: one event per session, with its times, or
        the run's days as one block when it has no sessions."""
        uid = f"opleiding-{page.pk}-uitvoering-{self.pk}"
        common = {
            "description": page.summary,
            "location": self.where,
            "url": page_url(page),
            "cancelled": self.status == RunStatus.GEANNULEERD,
        }
        sessions = self.session_list
        if not sessions:
            return [
                Event(
                    uid=calendar_uid(uid),
                    start=self.start,
                    end=self.last_day,
                    summary=page.title,
                    **common,
                )
            ]
        return [
            Event(
                uid=calendar_uid(f"{uid}-bijeenkomst-{session.pk}"),
                start=session.starts,
                end=session.ends,
                summary=f"{page.title} ({number} van {len(sessions)})",
                **common,
            )
            for number, session in enumerate(sessions, start=1)
        ]

    @property
    def session_list(self) -> list["TrainingSession"]:
        """The sessions in time order (prefetched where many runs are read)."""
        return sorted(
            self.sessions.all(), key=lambda session: (session.date, session.start_time)
        )

    @property
    def last_day(self) -> datetime.date:
        return self.end or self.start

    @property
    def where(self) -> str:
        if self.online and self.location:
            return f"{self.location} en online"
        return self.location or "Online"


class TrainingSession(Orderable):
    """One meeting of a run, on a day between set times (Dutch time)."""

    run = ParentalKey(TrainingRun, on_delete=models.CASCADE, related_name="sessions")
    date = models.DateField(_("datum"))
    start_time = models.TimeField(_("begint om"))
    end_time = models.TimeField(_("eindigt om"))

    panels = [FieldRowPanel(["date", "start_time", "end_time"])]

    class Meta(Orderable.Meta):
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")

    def clean(self):
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError(
                {"end_time": _("De eindtijd ligt niet na de begintijd.")}
            )

    def _at(self, time) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(self.date, time))

    @property
    def starts(self) -> datetime.datetime:
        return self._at(self.start_time)

    @property
    def ends(self) -> datetime.datetime:
        return self._at(self.end_time)


class TrainingIndexPage(
    SectionIndexMixin, ListingFeedMixin, FilteredListingMixin, SitePage
):
    """/opleidingen/: the catalogue, its calendar and the proposal form."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = ["trainings.TrainingPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("opleidingen")

    def listed_trainings(self):
        """The catalogue's live, public trainings, with what a card needs."""
        return (
            TrainingPage.objects.child_of(self)
            .live()
            .public()
            .for_cards()
            .select_related("provider")
        )

    def listing_queryset(self):
        return self.listed_trainings().current()

    def listing_key(self):
        # What is current, and starts within three months, moves by the day.
        key = super().listing_key()
        return key and f"{key}:{timezone.localdate()}"

    default_sort_label = _("Eerstvolgende start")
    # Newest first is an order of the index too (one more query of ids when
    # it is built): the feed reads the newest trainings of any selection in
    # it, and visitors may choose it.
    other_sorts = {
        **FilteredListingMixin.other_sorts,
        "nieuwste": (
            _("Nieuwste eerst"),
            (F("first_published_at").desc(nulls_last=True), "title", "pk"),
        ),
    }
    feed_sort = "nieuwste"
    feed_categories = ("niveau", "vorm", "doelgroep", "bestuurslaag")
    feed_author_field = "provider"
    feed_noun = _("opleidingen")

    def listing_order(self, items):
        return items.by_next_start()

    def listing_cards(self):
        # The index chose the current trainings and put them in order: a
        # page of them needs only what the cards show (a third of the time).
        return self.listed_trainings().with_runs()

    def listing_filters(self, data):
        today = timezone.localdate()
        return ListingFilters(
            data,
            [
                PageMultiFacet("vraag", _("Vraag"), "questions"),
                ChoiceFacet("niveau", _("Niveau"), "level", Level.choices),
                ChoiceFacet("vorm", _("Vorm"), "format", Format.choices),
                GroupedChoiceFacet(
                    "kosten",
                    _("Kosten"),
                    "cost",
                    {
                        "gratis": (_("Gratis"), [Cost.GRATIS, Cost.CERTIFICAAT]),
                        "betaald": (_("Betaald"), [Cost.BETAALD]),
                    },
                ),
                TermFacet("doelgroep", _("Doelgroep"), "audiences"),
                TermFacet("bestuurslaag", _("Bestuurslaag"), "government_layers"),
                TermFacet("aanbieder", _("Aanbieder"), "provider", order_attr="name"),
                FlagFacet(
                    "start",
                    _("Start"),
                    "binnen-3-maanden",
                    _("Binnen 3 maanden"),
                    starts_soon(today),
                ),
            ],
        )

    calendar_name = _("Opleidingen van het Kenniscentrum Data")

    def calendar_events(self, request):
        """Every coming run (each session, where a run has them) of every
        published training here that the filters in the query string
        select, as the catalogue shows them; cancelled ones marked so
        (calendars that imported them then drop them)."""
        selection = self.listing_selection(request.GET)
        filters, index = selection.filters, selection.index
        today = timezone.localdate()
        runs = coming_runs(today).filter(
            page__in=TrainingPage.objects.child_of(self).live().public()
        )
        if filters.active:
            chosen = index.positions(selection.matching, 0, len(index.ids))
            runs = runs.filter(page__in=[index.ids[at] for at in chosen])
        runs = (
            runs.select_related("page")
            .prefetch_related("sessions")
            .order_by("start", "pk")
        )
        return [event for run in runs for event in run.as_events(run.page)]


class TrainingProposal(models.Model):
    """Who proposed a training through the public form, for the editors."""

    page = models.ForeignKey(
        TrainingPage,
        verbose_name=_("opleiding (concept)"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("voorgestelde opleiding"), max_length=120)
    provider_name = models.CharField(_("aanbieder"), max_length=160)
    contact_name = models.CharField(_("naam"), max_length=120)
    contact_email = models.EmailField(_("e-mailadres"))
    created_at = models.DateTimeField(_("ingestuurd op"), auto_now_add=True)

    panels = [
        FieldPanel("title", read_only=True),
        FieldPanel("provider_name", read_only=True),
        FieldPanel("contact_name", read_only=True),
        FieldPanel("contact_email", read_only=True),
        FieldPanel("page", read_only=True),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("voorstel voor een opleiding")
        verbose_name_plural = _("voorstellen voor opleidingen")

    def __str__(self):
        return f"{self.title} ({self.provider_name})"
