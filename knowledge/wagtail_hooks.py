"""Editors manage the taxonomy as snippets, grouped under "Ordening"."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from knowledge.editorial import ensure_taxonomy_permissions
from knowledge.models import (
    GovernmentLayer,
    KnowledgeIndexPage,
    KnowledgeType,
    Organisation,
    Perspective,
    PracticeCaseIndexPage,
)


class KnowledgeTypeViewSet(SnippetViewSet):
    model = KnowledgeType
    icon = "tag"
    list_display = ["name", "name_plural", "slug", "sort_order"]
    ordering = ["sort_order", "name"]


class GovernmentLayerViewSet(SnippetViewSet):
    model = GovernmentLayer
    icon = "site"
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]


class PerspectiveViewSet(SnippetViewSet):
    model = Perspective
    icon = "view"
    list_display = ["name", "question", "slug", "sort_order"]
    ordering = ["sort_order", "name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "short_name", "government_layer"]
    list_filter = ["government_layer"]
    search_fields = ["name", "short_name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Ordening")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (
        KnowledgeTypeViewSet,
        GovernmentLayerViewSet,
        PerspectiveViewSet,
        OrganisationViewSet,
    )


register_snippet(TaxonomyViewSetGroup)


@hooks.register("setup_editorial")
def knowledge_editorial():
    """The taxonomy's permissions; the kennisbank and the practice cases go
    under the "Redactie" workflow."""
    ensure_taxonomy_permissions()
    return [*KnowledgeIndexPage.objects.all(), *PracticeCaseIndexPage.objects.all()]
