"""Daily: each owner gets one mail with the kennisbank items that are due
for review and were not yet reminded of in their current interval."""

from django.core.management.base import BaseCommand
from django.db import transaction

from knowledge.review import send_review_reminders


class Command(BaseCommand):
    help = (
        "Stuur elke eigenaar één e-mail met de kennisbankitems die te herzien "
        "zijn (dagelijks; nooit twee keer voor hetzelfde item in dezelfde periode)."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            sent = send_review_reminders()
        self.stdout.write(
            f"{sent['mails']} herinnering(en) verstuurd over {sent['items']} item(s); "
            f"{sent['without_address']} item(s) zonder e-mailadres van de eigenaar "
            "(zie het rapport 'Te herzien')."
        )
