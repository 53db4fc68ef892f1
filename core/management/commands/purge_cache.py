"""Start a new content generation: every stored page and kept value is
computed again on its next request.

Publishing, moving, restricting and the like do this by themselves (Django's
signals). Run it after changing content around them: a restore from a
backup, SQL by hand, a bulk import.
"""

from django.core.management.base import BaseCommand

from core.page_cache import current_generation, purge


class Command(BaseCommand):
    help = (
        "Forget every cached page and kept value (after a restore, SQL by "
        "hand or a bulk import that bypassed Django's signals)."
    )

    def handle(self, *args, **options):
        before = current_generation()
        purge("manage.py purge_cache")
        self.stdout.write(
            self.style.SUCCESS(
                f"Cache purged: generation {before} replaced by {current_generation()}."
            )
        )
