"""The vraagbaak in the admin: editors triage and answer the questions."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from community.models import Enquiry


class EnquiryViewSet(SnippetViewSet):
    model = Enquiry
    icon = "help"
    menu_label = "Vraagbaak"
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["__str__", "status", "created_at", "answered_at"]
    list_filter = ["status"]
    search_fields = ["question", "context", "organisation"]
    ordering = ["-created_at"]


register_snippet(EnquiryViewSet)
