"""Editors manage the taxonomy as snippets, grouped under "Ordening"."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.editorial import may_edit_pages
from knowledge.api import api_resources
from knowledge.editorial import ensure_taxonomy_permissions
from knowledge.models import (
    GovernmentLayer,
    KnowledgeIndexPage,
    KnowledgeType,
    Organisation,
    Perspective,
    PracticeCaseIndexPage,
)
from knowledge.review import REVIEWED_ACTION
from knowledge.review_admin_views import (
    MarkReviewedButton,
    MarkReviewedView,
    ReviewPanel,
    ReviewReportView,
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


# The review cycle ("Te herzien"): report, marking checked, dashboard panel.


@hooks.register("register_admin_urls")
def review_urls():
    return [
        path("te-herzien/", ReviewReportView.as_view(), name="review_report"),
        path(
            "te-herzien/resultaten/",
            ReviewReportView.as_view(results_only=True),
            name="review_report_results",
        ),
        path(
            "te-herzien/<int:page_id>/gecontroleerd/",
            MarkReviewedView.as_view(),
            name="mark_reviewed",
        ),
    ]


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return may_edit_pages(request.user)


@hooks.register("register_reports_menu_item")
def review_report_menu_item():
    return ReviewMenuItem(
        _("Te herzien"),
        reverse("review_report"),
        name="te-herzien",
        icon_name="time",
        order=50,
    )


@hooks.register("register_page_header_buttons")
def mark_reviewed_header_button(page, user, view_name, next_url=None):
    yield MarkReviewedButton(page=page, next_url=next_url, priority=62)


@hooks.register("register_page_listing_more_buttons")
def mark_reviewed_listing_button(page, user, next_url=None):
    yield MarkReviewedButton(page=page, next_url=next_url, priority=45)


@hooks.register("register_log_actions")
def review_log_actions(actions):
    actions.register_action(
        REVIEWED_ACTION,
        _("Gecontroleerd"),
        _("Gemarkeerd als gecontroleerd (inhoud klopt nog)"),
    )


@hooks.register("construct_homepage_panels")
def review_panel(request, panels):
    if may_edit_pages(request.user):
        panels.append(ReviewPanel())


@hooks.register("register_api_resources")
def register_api_resources():
    return api_resources()
