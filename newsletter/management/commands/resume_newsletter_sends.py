"""Queue every unfinished newsletter sending again: after the worker was
stopped or crashed mid-task (its task then never finishes by itself). Safe to
run at any time, e.g. at every worker start or every 15 minutes: a delivery
is only ever claimed by one run, and a sent one is never sent again.

    python manage.py resume_newsletter_sends
"""

from django.core.management.base import BaseCommand

from newsletter.admin_views import start
from newsletter.models import Sending


class Command(BaseCommand):
    help = "Zet onafgemaakte verzendingen van de nieuwsbrief opnieuw in de wachtrij."

    def handle(self, *args, **options):
        count = 0
        for sending in Sending.objects.filter(finished_at=None):
            start(sending)
            count += 1
        self.stdout.write(f"{count} verzending(en) opnieuw in de wachtrij gezet.")
