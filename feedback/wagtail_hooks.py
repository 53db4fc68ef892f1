"""Feedback in the admin: two reports (per page, and the comments), the
actions on a comment, the dashboard panel and the editors' permissions."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from feedback import admin_views as reports
from feedback.editorial import ensure_feedback_permissions
from feedback.panels import FeedbackPanel

READ = ["view", "change", "delete"]


def may_read(user) -> bool:
    return reports.permission_policy.user_has_any_permission(user, READ)


@hooks.register("register_admin_urls")
def feedback_urls():
    return [
        path(
            "feedback/", reports.FeedbackPagesReport.as_view(), name="feedback_report"
        ),
        path(
            "feedback/resultaten/",
            reports.FeedbackPagesReport.as_view(results_only=True),
            name="feedback_report_results",
        ),
        path(
            "feedback/opmerkingen/",
            reports.FeedbackCommentsReport.as_view(),
            name="feedback_comments",
        ),
        path(
            "feedback/opmerkingen/resultaten/",
            reports.FeedbackCommentsReport.as_view(results_only=True),
            name="feedback_comments_results",
        ),
        path(
            "feedback/opmerkingen/<int:pk>/afgehandeld/",
            reports.set_handled,
            name="feedback_set_handled",
        ),
        path(
            "feedback/opmerkingen/<int:pk>/verwijderen/",
            reports.delete_comment,
            name="feedback_delete",
        ),
    ]


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read(request.user)


@hooks.register("register_reports_menu_item")
def feedback_pages_menu_item():
    return FeedbackMenuItem(
        "Feedback per pagina",
        reverse("feedback_report"),
        name="feedback-per-pagina",
        icon_name="comment",
        order=1320,
    )


@hooks.register("register_reports_menu_item")
def feedback_comments_menu_item():
    return FeedbackMenuItem(
        "Feedback: opmerkingen",
        reverse("feedback_comments"),
        name="feedback-opmerkingen",
        icon_name="comment",
        order=1330,
    )


@hooks.register("construct_homepage_panels")
def feedback_panel(request, panels):
    if may_read(request.user):
        panels.append(FeedbackPanel())


@hooks.register("register_log_actions")
def feedback_log_actions(actions):
    actions.register_action(
        "feedback.handled", "Afgehandeld", "Opmerking gemarkeerd als afgehandeld"
    )
    actions.register_action(
        "feedback.reopened", "Weer open", "Opmerking weer open gezet"
    )


@hooks.register("setup_editorial")
def feedback_editorial():
    ensure_feedback_permissions()
    return []
