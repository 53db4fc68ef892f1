"""Delete signups never confirmed within the 7 days their link works.

Schedule it daily (cron, a systemd timer or the platform's scheduler):
    python manage.py purge_newsletter_signups
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from newsletter.models import Subscriber
from newsletter.tokens import CONFIRM_MAX_AGE


def purge_unconfirmed(now=None) -> int:
    cutoff = (now or timezone.now()) - CONFIRM_MAX_AGE
    _total, per_model = Subscriber.objects.filter(
        status=Subscriber.Status.PENDING, consented_at__lt=cutoff
    ).delete()
    return per_model.get("newsletter.Subscriber", 0)


class Command(BaseCommand):
    help = (
        "Verwijder aanmeldingen voor de nieuwsbrief die na 7 dagen niet zijn bevestigd."
    )

    def handle(self, *args, **options):
        count = purge_unconfirmed()
        self.stdout.write(f"{count} onbevestigde aanmelding(en) verwijderd.")
