"""Sending an issue: one `Sending` per issue (when, by whom) and one
`Delivery` per subscriber and issue, which is how a send survives a crash or
restart: it resumes with the deliveries not yet sent, and the unique pair
(issue, subscriber) means nobody is queued twice."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Sending(models.Model):
    issue = models.OneToOneField(
        "newsletter.NewsletterIssuePage",
        verbose_name=_("editie"),
        on_delete=models.CASCADE,
        related_name="sending",
    )
    scheduled_for = models.DateTimeField(_("versturen vanaf"), default=timezone.now)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aangevraagd door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    requested_at = models.DateTimeField(_("aangevraagd op"), default=timezone.now)
    started_at = models.DateTimeField(_("begonnen op"), null=True, blank=True)
    finished_at = models.DateTimeField(_("klaar op"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("gestopt op"), null=True, blank=True)

    class Meta:
        verbose_name = _("verzending")
        verbose_name_plural = _("verzendingen")

    def __str__(self):
        return f"Verzending van {self.issue.title}"


class Delivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "wacht", _("Wacht")
        SENDING = "bezig", _("Wordt verstuurd")
        SENT = "verstuurd", _("Verstuurd")
        FAILED = "mislukt", _("Mislukt")

    issue = models.ForeignKey(
        "newsletter.NewsletterIssuePage",
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    subscriber = models.ForeignKey(
        "newsletter.Subscriber", on_delete=models.CASCADE, related_name="deliveries"
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    # When a worker took it on: a claim left by a crashed worker expires.
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("bezorging")
        verbose_name_plural = _("bezorgingen")
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "subscriber"], name="one_delivery_per_subscriber"
            )
        ]
        indexes = [models.Index(fields=["issue", "status", "next_attempt_at"])]

    def __str__(self):
        return f"{self.issue_id} → {self.subscriber_id}: {self.status}"
