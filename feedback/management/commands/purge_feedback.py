"""Delete the feedback older than twelve months: run daily (README, scheduled
commands)."""

from django.core.management.base import BaseCommand
from django.db.models import Q

from feedback.models import RETENTION_DAYS, Feedback


class Command(BaseCommand):
    help = (
        f"Delete answers to 'Heeft deze informatie je geholpen?' given more than "
        f"{RETENTION_DAYS} days ago, with their comments. Run daily."
    )

    def handle(self, *args, **options):
        # The whole answer goes, not only its comment: the counts of a year
        # ago say little about the page as it is now, and the table stays
        # as large as one year of answers.
        expired = Feedback.objects.expired()
        comments = expired.filter(~Q(comment="")).count()
        deleted, _ = expired.delete()
        self.stdout.write(
            f"{deleted} antwoorden ouder dan {RETENTION_DAYS} dagen verwijderd "
            f"(waarvan {comments} met een opmerking)."
        )
