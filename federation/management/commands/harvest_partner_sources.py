"""Harvest the active partner sources into the kennisbank (scheduled, e.g.
every night; see README). One failing source does not stop the others, and
the command ends normally: the reason is logged and kept on the source."""

from django.core.management.base import BaseCommand, CommandError

from federation.harvest import harvest
from federation.models import PartnerSource


class Command(BaseCommand):
    help = "Haal de items van de actieve partnerbronnen op (of van één: --source)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--source",
            type=int,
            help="Alleen deze bron (id), ook als hij niet actief is.",
        )

    def handle(self, *args, **options):
        if options["source"] is not None:
            sources = PartnerSource.objects.filter(pk=options["source"])
            if not sources:
                raise CommandError(f"Geen partnerbron met id {options['source']}.")
        else:
            sources = PartnerSource.objects.filter(active=True)
        for source in sources.select_related("default_type"):
            outcome = harvest(source)
            if outcome.ok:
                self.stdout.write(
                    f"{source}: {outcome.created} nieuw, {outcome.updated} "
                    f"bijgewerkt, {outcome.withdrawn} ingetrokken, "
                    f"{outcome.returned} teruggekeerd"
                    + (f" ({outcome.message})" if outcome.message else "")
                )
            else:
                self.stdout.write(f"{source}: mislukt: {outcome.message}")
