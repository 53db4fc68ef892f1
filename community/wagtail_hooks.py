"""The community in the admin: the vraagbaak (editors triage and answer),
group memberships (make someone a moderator, admit or remove a member) and
who signed up for which meetup."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from community.api import api_resources
from community.dashboard import EnquiryPanel
from community.editorial import ensure_community_permissions
from community.enquiry_admin_views import ToProductView, ToQuestionPageView
from community.enquiry_content import TO_PRODUCT, TO_QUESTION_PAGE
from community.group_views import tell_decision
from community.models import Enquiry, EventRegistration, Membership


class EnquiryViewSet(SnippetViewSet):
    model = Enquiry
    icon = "help"
    menu_label = "Vraagbaak"
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["__str__", "status", "created_at", "answered_at", "helped"]
    list_filter = ["status", "helped"]
    search_fields = ["question", "context", "organisation", "reply"]
    ordering = ["-created_at"]


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "group"
    menu_label = "Groepsleden"
    list_display = ["__str__", "status", "is_moderator", "created_at"]
    list_filter = ["status", "is_moderator", "group"]
    ordering = ["group__path", "created_at"]

    def get_queryset(self, request):
        return Membership.objects.select_related("group", "user__member_profile")


class EventRegistrationViewSet(SnippetViewSet):
    model = EventRegistration
    icon = "date"
    menu_label = "Aanmeldingen"
    list_display = ["__str__", "created_at"]
    list_filter = ["event"]
    ordering = ["event", "created_at"]
    inspect_view_enabled = True

    def get_queryset(self, request):
        return EventRegistration.objects.select_related("event", "user__member_profile")


class CommunityViewSetGroup(SnippetViewSetGroup):
    menu_label = "Community"
    menu_icon = "group"
    menu_order = 330
    items = (MembershipViewSet, EventRegistrationViewSet)


register_snippet(EnquiryViewSet)
register_snippet(CommunityViewSetGroup)


# Editors decide on requests to join in the admin: the asker hears of it by
# mail, as when a moderator decides on the group page.
@hooks.register("after_edit_snippet")
def tell_admitted(request, instance):
    if (
        isinstance(instance, Membership)
        and getattr(instance, "status_when_loaded", None) == Membership.Status.REQUESTED
        and instance.is_active
    ):
        tell_decision(instance, admitted=True)


@hooks.register("after_delete_snippet")
def tell_declined(request, instances):
    for instance in instances:
        if (
            isinstance(instance, Membership)
            and instance.status == Membership.Status.REQUESTED
        ):
            tell_decision(instance, admitted=False)


@hooks.register("setup_editorial")
def community_editorial():
    ensure_community_permissions()
    return []


@hooks.register("construct_homepage_panels")
def enquiry_panel(request, panels):
    if request.user.has_perm("community.view_enquiry"):
        panels.append(EnquiryPanel())


# From vraagbaak question to content (community/enquiry_content.py).


@hooks.register("register_admin_urls")
def enquiry_content_urls():
    return [
        path(
            "vraagbaak/<int:pk>/naar-kennisproduct/",
            ToProductView.as_view(),
            name="enquiry_to_product",
        ),
        path(
            "vraagbaak/<int:pk>/naar-vraag/",
            ToQuestionPageView.as_view(),
            name="enquiry_to_question",
        ),
    ]


@hooks.register("register_log_actions")
def enquiry_content_log_actions(actions):
    actions.register_action(
        TO_PRODUCT,
        _("Omgezet in kennisproduct"),
        _("Omgezet in een concept-kennisproduct"),
    )
    actions.register_action(
        TO_QUESTION_PAGE,
        _("Toegevoegd aan vraagpagina"),
        _("Toegevoegd aan een concept van de vraagpagina"),
    )


@hooks.register("register_api_resources")
def register_api_resources():
    return api_resources()
