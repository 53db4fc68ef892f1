"""The trainings' own lists in the admin: audiences, and the proposals sent
in through the public form (for the editors to follow up)."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from trainings.api import api_resources
from trainings.editorial import ensure_training_permissions
from trainings.models import Audience, TrainingIndexPage, TrainingProposal


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "user"
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]


class TrainingProposalViewSet(SnippetViewSet):
    model = TrainingProposal
    icon = "mail"
    list_display = ["title", "provider_name", "contact_name", "created_at", "page"]
    ordering = ["-created_at"]
    inspect_view_enabled = True


class TrainingViewSetGroup(SnippetViewSetGroup):
    menu_label = "Opleidingen"
    menu_icon = "doc-full"
    menu_order = 310
    items = (TrainingProposalViewSet, AudienceViewSet)


register_snippet(TrainingViewSetGroup)


@hooks.register("setup_editorial")
def trainings_editorial():
    """Audiences and proposals; the catalogue goes under the workflow."""
    ensure_training_permissions()
    return list(TrainingIndexPage.objects.all())


@hooks.register("register_api_resources")
def register_api_resources():
    return api_resources()
