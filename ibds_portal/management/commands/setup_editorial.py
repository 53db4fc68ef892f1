"""Groups, permissions and the "Redactie" workflow on a real (non-demo) site."""

from django.core.management.base import BaseCommand

from community.editorial import ensure_community_permissions
from knowledge.editorial import ensure_groups, ensure_redactie_workflow
from knowledge.models import KnowledgeIndexPage, PracticeCaseIndexPage
from newsletter.editorial import ensure_newsletter_permissions
from trainings.editorial import ensure_training_permissions
from trainings.models import TrainingIndexPage


class Command(BaseCommand):
    help = (
        "Give Editors and Moderators their taxonomy permissions and put the "
        "kennisbank, praktijkvoorbeelden and opleidingen under the 'Redactie' "
        "workflow. "
        "Safe to run again."
    )

    def handle(self, *args, **options):
        ensure_groups()
        ensure_training_permissions()
        ensure_community_permissions()
        ensure_newsletter_permissions()
        sections = [
            *KnowledgeIndexPage.objects.all(),
            *PracticeCaseIndexPage.objects.all(),
            *TrainingIndexPage.objects.all(),
        ]
        workflow = ensure_redactie_workflow(sections)
        self.stdout.write(
            self.style.SUCCESS(
                f"Workflow '{workflow.name}' on {len(sections)} section(s)."
            )
        )
