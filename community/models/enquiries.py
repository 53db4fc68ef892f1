"""The vraagbaak: anyone may ask the Kenniscentrum a question and follow its
answer through a private link."""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel

from core.mail import send_after_commit, site_url

# What a deleted member's vraagbaak questions keep as their address.
ANONYMOUS_EMAIL = "verwijderd@example.invalid"


def new_token() -> str:
    return secrets.token_urlsafe(24)


def answer_date(asked_on: datetime.date) -> datetime.date:
    """The working day by which a question asked on `asked_on` is answered."""
    day = asked_on
    left = settings.ENQUIRY_ANSWER_WORKDAYS
    while left:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def last_late_day(today: datetime.date) -> datetime.date:
    """The last day on which a question could be asked and be past its
    answer date today (a question asked later is not late yet)."""
    day = today
    while answer_date(day) >= today:
        day -= datetime.timedelta(days=1)
    return day


class EnquiryStatus(models.TextChoices):
    NIEUW = "nieuw", _("Nieuw")
    IN_BEHANDELING = "in-behandeling", _("In behandeling")
    BEANTWOORD = "beantwoord", _("Beantwoord")
    DOORVERWEZEN = "doorverwezen", _("Doorverwezen")
    GESLOTEN = "gesloten", _("Gesloten")


class Enquiry(models.Model):
    """A question put to the vraagbaak. The asker follows it through the
    private link in `token`; editors triage and answer it in the admin."""

    question = models.TextField(_("vraag"), max_length=2000)
    context = models.TextField(_("toelichting"), max_length=4000, blank=True)
    organisation = models.CharField(_("organisatie"), max_length=160, blank=True)
    government_layer = models.ForeignKey(
        "knowledge.GovernmentLayer",
        verbose_name=_("bestuurslaag"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    name = models.CharField(_("naam"), max_length=120, blank=True)
    email = models.EmailField(_("e-mailadres"))
    # The member who asked while logged in (their Mijn Kenniscentrum lists it).
    asker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gesteld door (lid)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enquiries",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=EnquiryStatus.choices,
        default=EnquiryStatus.NIEUW,
    )
    answer = models.TextField(
        _("antwoord"),
        blank=True,
        help_text=_(
            "De vraagsteller ziet dit via de persoonlijke link en krijgt een "
            "e-mail zodra de status 'Beantwoord' of 'Doorverwezen' wordt."
        ),
    )
    related_question = models.ForeignKey(
        "knowledge.QuestionPage",
        verbose_name=_("bijbehorende vraag op de website"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    token = models.CharField(
        max_length=64, unique=True, default=new_token, editable=False
    )
    # After the answer the asker may react once: a reply, and whether the
    # answer helped (each kept once, never overwritten).
    reply = models.TextField(_("reactie van de vraagsteller"), blank=True)
    replied_at = models.DateTimeField(_("gereageerd op"), null=True, blank=True)
    helped = models.BooleanField(_("antwoord geholpen"), null=True, blank=True)
    created_at = models.DateTimeField(_("gesteld op"), default=timezone.now)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)
    answered_at = models.DateTimeField(_("beantwoord op"), null=True, blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("question", read_only=True),
                FieldPanel("context", read_only=True),
                FieldPanel("organisation", read_only=True),
                FieldPanel("government_layer", read_only=True),
                FieldPanel("name", read_only=True),
                FieldPanel("email", read_only=True),
            ],
            heading=_("De vraag"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("answer"),
                FieldPanel("related_question"),
            ],
            heading=_("Afhandeling"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("helped", read_only=True),
                FieldPanel("reply", read_only=True),
                FieldPanel("replied_at", read_only=True),
            ],
            heading=_("Reactie op het antwoord"),
        ),
        HelpPanel(
            template="community/admin/enquiry_content_panel.html",
            heading=_("Van vraag naar inhoud"),
        ),
    ]

    # Statuses that close the loop: the asker gets a mail about them.
    FINAL = {EnquiryStatus.BEANTWOORD, EnquiryStatus.DOORVERWEZEN}

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("vraag aan de vraagbaak")
        verbose_name_plural = _("vraagbaak")

    def __str__(self):
        return Truncator(self.question).chars(80)

    def save(self, *args, **kwargs):
        notify = self.pk is not None and self.became_final
        if self.status in self.FINAL and self.answered_at is None:
            self.answered_at = timezone.now()
        super().save(*args, **kwargs)
        self._loaded_status = self.status
        if notify and self.email != ANONYMOUS_EMAIL:
            send_after_commit(
                "community/email/enquiry_answered",
                # Nothing the asker typed: the address was never confirmed.
                {
                    "status": self.get_status_display().lower(),
                    "status_url": self.status_url(),
                },
                to=self.email,
            )

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_status = instance.status
        return instance

    @property
    def became_final(self) -> bool:
        """True when this save moves it into a final status (answered,
        referred): the moment to tell the asker."""
        return (
            self.status in self.FINAL
            and getattr(self, "_loaded_status", None) not in self.FINAL
        )

    @property
    def has_asker(self) -> bool:
        """False once the asker deleted their account."""
        return self.email != ANONYMOUS_EMAIL

    @property
    def answer_visible(self) -> bool:
        return bool(self.answer) and (
            self.status in self.FINAL or self.status == EnquiryStatus.GESLOTEN
        )

    @property
    def reference(self) -> str:
        """What the asker and the editors call it by: VB-2026-00042."""
        return f"VB-{self.created_at:%Y}-{self.pk:05d}"

    @property
    def expected_by(self) -> datetime.date:
        """The working day by which the asker may expect an answer."""
        return answer_date(timezone.localdate(self.created_at))

    @property
    def may_react(self) -> bool:
        """The asker can react once the answer is there (and has an account
        or address still: a deleted member's questions take no reactions)."""
        return self.answer_visible and self.has_asker

    def status_url(self) -> str:
        """The asker's private link (absolute, for mail)."""
        return site_url(reverse("enquiry-status", args=[self.token]))
