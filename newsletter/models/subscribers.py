"""Subscribers of the Data-nieuwsbrief and the record of their consent.

No account and no password: a subscriber proves to own the address by the
links mailed to it (confirm, manage). Unsubscribing erases the subscriber;
nothing about them is kept.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The consent checkbox's text, and its version as recorded with each consent.
# Change the version whenever the text changes.
CONSENT_VERSION = "2026-12"
CONSENT_TEXT = (
    "Ja, stuur mij de Data-nieuwsbrief: één keer per maand nieuws, beleid, "
    "instrumenten en nieuwe kennisproducten over verantwoord datagebruik. We "
    "gebruiken je gegevens alleen voor deze nieuwsbrief; afmelden kan altijd, "
    "met één klik onder elke nieuwsbrief."
)


class SignupSource(models.TextChoices):
    """Where someone signed up (part of the consent record)."""

    PAGE = "pagina", _("Nieuwsbriefpagina")
    FOOTER = "voettekst", _("Voettekst van de site")


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "wacht", _("Wacht op bevestiging")
        ACTIVE = "actief", _("Actief")
        PAUSED = "gepauzeerd", _("Gepauzeerd")

    email = models.EmailField(_("e-mailadres"), max_length=254, unique=True)
    name = models.CharField(_("naam"), max_length=120, blank=True)
    government_layer = models.ForeignKey(
        "knowledge.GovernmentLayer",
        verbose_name=_("bestuurslaag"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    questions = models.ManyToManyField(
        "knowledge.QuestionPage",
        verbose_name=_("vragen die interesseren"),
        related_name="+",
        blank=True,
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PENDING
    )
    # The consent record: when, which text, from which form, when confirmed.
    consented_at = models.DateTimeField(
        _("toestemming gegeven op"), default=timezone.now
    )
    consent_version = models.CharField(_("versie toestemmingstekst"), max_length=20)
    consent_form = models.CharField(
        _("aangemeld via"), max_length=12, choices=SignupSource.choices
    )
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    # Bumped when a confirm or manage link is used: each works only once.
    link_version = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("abonnee")
        verbose_name_plural = _("abonnees")
        indexes = [models.Index(fields=["status", "consented_at"])]

    def __str__(self):
        # Not the address: Wagtail's history labels entries with this, and
        # that history outlives an unsubscribed (erased) subscriber.
        return f"Abonnee {self.pk}"

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE


class UnsubscribeCount(models.Model):
    """How many subscribers left on a day: all that is kept of them (the
    subscriber is erased), for the editors' dashboard."""

    day = models.DateField(_("dag"), unique=True)
    count = models.PositiveIntegerField(_("afmeldingen"), default=0)

    class Meta:
        verbose_name = _("afmeldingen op een dag")
        verbose_name_plural = _("afmeldingen per dag")

    def __str__(self):
        return f"{self.day}: {self.count}"

    @classmethod
    def erase(cls, subscriber_pk) -> bool:
        """Erase the subscriber and count the departure, once: a second
        unsubscribe of the same subscriber finds nobody and counts nothing."""
        deleted, _per_model = Subscriber.objects.filter(pk=subscriber_pk).delete()
        if deleted:
            day = timezone.localdate()
            updated = cls.objects.filter(day=day).update(count=models.F("count") + 1)
            if not updated:
                _row, created = cls.objects.get_or_create(
                    day=day, defaults={"count": 1}
                )
                if not created:
                    cls.objects.filter(day=day).update(count=models.F("count") + 1)
        return bool(deleted)
