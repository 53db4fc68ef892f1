"""Partner sources in the admin, with how their last harvest went."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from federation.editorial import ensure_source_permissions
from federation.models import PartnerSource


class PartnerSourceViewSet(SnippetViewSet):
    model = PartnerSource
    icon = "link-external"
    menu_label = _("Partnerbronnen")
    menu_order = 305
    add_to_admin_menu = True
    list_display = ["name", "kind", "active", "last_success", "item_count"]
    list_filter = ["kind", "active"]
    search_fields = ["name"]
    ordering = ["name"]
    inspect_view_enabled = True


register_snippet(PartnerSourceViewSet)


@hooks.register("setup_editorial")
def federation_editorial():
    """The sources' permissions; no section of its own (harvested products
    live in the kennisbank and are published there without review)."""
    ensure_source_permissions()
    return []
