"""Editors manage the taxonomy as snippets, grouped under "Ordening"."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from knowledge.models import GovernmentLayer, KnowledgeType, Organisation, Perspective


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
