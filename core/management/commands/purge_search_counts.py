"""Delete the search counts of days more than 13 months ago
(core.search_insights.RETENTION_MONTHS). Run it daily, from cron or a
systemd timer; it is idempotent and deletes only whole days."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from core.search_insights import RETENTION_MONTHS, months_before, purge_old_counts


class Command(BaseCommand):
    help = f"Delete the search counts older than {RETENTION_MONTHS} months (run daily)."

    def handle(self, *args, **options):
        today = timezone.localdate()
        deleted = purge_old_counts(today)
        cutoff = months_before(today, RETENTION_MONTHS)
        self.stdout.write(
            self.style.SUCCESS(
                f"{deleted} search counts from before {cutoff:%Y-%m-%d} deleted."
            )
        )
