"""What readers answer to "Heeft deze informatie je geholpen?".

One row per answer: the page, Ja or Nee, and after a Nee an optional comment
from which e-mail addresses and telephone numbers were removed before it was
stored. Nothing about the reader is kept: no address, browser, account or
cookie. Rows older than RETENTION_DAYS are deleted by `manage.py
purge_feedback` (daily).
"""

from datetime import datetime, time, timedelta

from django.db import models
from django.db.models import Count, Q
from django.utils import timezone

from core.privacy import strip_personal_data

COMMENT_MAX_LENGTH = 1000
# "12 maanden", as the privacy statement says; counted in days so that the
# daily purge moves one day at a time.
RETENTION_DAYS = 365


class FeedbackQuerySet(models.QuerySet):
    def between(self, start, end):
        """Answers given from `start` up to (not including) `end`
        (datetimes; either may be None)."""
        queryset = self
        if start is not None:
            queryset = queryset.filter(created_at__gte=start)
        if end is not None:
            queryset = queryset.filter(created_at__lt=end)
        return queryset

    def with_comment(self):
        return self.exclude(comment="")

    def open_comments(self):
        return self.with_comment().filter(handled_at__isnull=True)

    def expired(self, now=None):
        """Everything the purge deletes: given more than RETENTION_DAYS ago."""
        now = now or timezone.now()
        return self.filter(created_at__lt=now - timedelta(days=RETENTION_DAYS))


def start_of(day) -> datetime:
    """The first moment of `day`, in the site's time zone."""
    return timezone.make_aware(datetime.combine(day, time.min))


def start_of_today() -> datetime:
    """When an answer was given, as far as it is kept: the day. A moment
    could be matched with the time of another record of the same request
    (a rate-limit slot, a server log)."""
    return start_of(timezone.localdate())


def counts(prefix: str = "", start=None, end=None) -> dict:
    """Ja, Nee and open comments given from `start` up to `end`, as
    aggregates for `annotate()` or `aggregate()` over the answers reached
    through `prefix` ("" from Feedback, "feedback_answers__" from a page)."""
    period = Q()
    if start is not None:
        period &= Q(**{f"{prefix}created_at__gte": start})
    if end is not None:
        period &= Q(**{f"{prefix}created_at__lt": end})
    key = f"{prefix}pk"
    return {
        "helped_count": Count(key, filter=period & Q(**{f"{prefix}helped": True})),
        "not_helped_count": Count(key, filter=period & Q(**{f"{prefix}helped": False})),
        "open_count": Count(
            key,
            filter=period
            & ~Q(**{f"{prefix}comment": ""})
            & Q(**{f"{prefix}handled_at__isnull": True}),
        ),
    }


class Feedback(models.Model):
    # Pages of any type (`page.specific` for its own): the feature names no
    # other. A deleted page takes its answers with it.
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="feedback_answers",
        verbose_name="pagina",
    )
    helped = models.BooleanField("geholpen")
    comment = models.TextField(
        "opmerking",
        blank=True,
        max_length=COMMENT_MAX_LENGTH,
        help_text="Wat de lezer miste, zonder e-mailadressen en telefoonnummers.",
    )
    created_at = models.DateTimeField("gegeven op", default=start_of_today)
    handled_at = models.DateTimeField("afgehandeld op", null=True, blank=True)

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = "feedback"
        verbose_name_plural = "feedback"
        ordering = ["-created_at"]
        indexes = [
            # The reports and the dashboard read a period; the purge its end.
            models.Index(fields=["created_at"], name="feedback_created_idx"),
            models.Index(fields=["page", "created_at"], name="feedback_page_idx"),
        ]

    def __str__(self):
        answer = "Ja" if self.helped else "Nee"
        return f"{answer} op {self.page_id} ({self.created_at:%d-%m-%Y})"

    def save(self, *args, **kwargs):
        # Whatever path a comment takes (the form, the admin, a script), it is
        # stored without the personal data a rule can recognise.
        self.comment = strip_personal_data(self.comment)
        super().save(*args, **kwargs)

    @property
    def handled(self) -> bool:
        return self.handled_at is not None
