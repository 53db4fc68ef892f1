"""Groups, permissions and the "Redactie" workflow on a real (non-demo) site."""

from django.core.management.base import BaseCommand

from core.editorial import setup_editorial


class Command(BaseCommand):
    help = (
        "Give Editors and Moderators the permissions every feature asks for "
        "and put the sections they name (kennisbank, praktijkvoorbeelden, "
        "opleidingen) under the 'Redactie' workflow. Safe to run again."
    )

    def handle(self, *args, **options):
        workflow, sections = setup_editorial()
        self.stdout.write(
            self.style.SUCCESS(
                f"Workflow '{workflow.name}' on {len(sections)} section(s)."
            )
        )
