from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import GroupApprovalTask
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import register_snippet

from core import two_factor
from core.dashboard import MyWorkPanel, ProposalsPanel, ReviewQueuePanel
from core.editorial import may_edit_pages
from core.search_admin_views import (
    SearchesWithoutResultsPanel,
    SynonymGroupViewSet,
    TopSearchesReport,
    WithoutResultsReport,
    ensure_search_permissions,
    set_handled,
)


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("2fa/code/", two_factor.verify, name="two_factor_verify"),
        path("2fa/instellen/", two_factor.setup, name="two_factor_setup"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": "Tweestapsverificatie",
        "help_text": "Koppel een authenticator-app aan je account, of vervang die.",
    }


# Search: the editors' synonyms, what visitors search for (two reports and
# a dashboard panel), and who may see and change them
# (core.search_admin_views).


register_snippet(SynonymGroupViewSet)


@hooks.register("register_admin_urls")
def search_insights_urls():
    return [
        path(
            "zoekopdrachten/",
            TopSearchesReport.as_view(),
            name="search_insights_top",
        ),
        path(
            "zoekopdrachten/resultaten/",
            TopSearchesReport.as_view(results_only=True),
            name="search_insights_top_results",
        ),
        path(
            "zoekopdrachten/zonder-resultaat/",
            WithoutResultsReport.as_view(),
            name="search_insights_zero",
        ),
        path(
            "zoekopdrachten/zonder-resultaat/resultaten/",
            WithoutResultsReport.as_view(results_only=True),
            name="search_insights_zero_results",
        ),
        path(
            "zoekopdrachten/afgehandeld/",
            set_handled,
            name="search_insights_handle",
        ),
    ]


class SearchCountsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("core.view_searchcount")


@hooks.register("register_reports_menu_item")
def top_searches_menu_item():
    return SearchCountsMenuItem(
        "Zoekopdrachten",
        reverse("search_insights_top"),
        name="search-insights-top",
        icon_name="search",
        order=1300,
    )


@hooks.register("register_reports_menu_item")
def searches_without_results_menu_item():
    return SearchCountsMenuItem(
        "Zoekopdrachten zonder resultaat",
        reverse("search_insights_zero"),
        name="search-insights-zero",
        icon_name="search",
        order=1310,
    )


@hooks.register("construct_homepage_panels")
def searches_without_results_panel(request, panels):
    if request.user.has_perm("core.view_searchcount"):
        panels.append(SearchesWithoutResultsPanel())


@hooks.register("setup_editorial")
def search_editorial():
    ensure_search_permissions()
    return []


# The dashboard panels that name no feature (core/dashboard.py).


@hooks.register("construct_homepage_panels")
def editorial_panels(request, panels):
    # Wagtail's own review panel makes queries per waiting page; ours counts.
    panels[:] = [panel for panel in panels if panel.name != ReviewQueuePanel.replaces]
    if (
        page_permission_policy.user_has_permission(request.user, "publish")
        or GroupApprovalTask.objects.filter(
            active=True, groups__in=request.user.groups.all()
        ).exists()
    ):
        panels.append(ReviewQueuePanel())
    if may_edit_pages(request.user):
        panels.extend([MyWorkPanel(), ProposalsPanel()])
