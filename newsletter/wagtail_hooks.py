"""The newsletter in the admin: the send page per edition, and the
subscribers (read only: they manage their own subscription)."""

from django.contrib.auth import get_user_model
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.editorial import may_edit_pages
from newsletter import admin_views
from newsletter.dashboard import NewsletterPanel
from newsletter.editorial import ensure_newsletter_permissions
from newsletter.models import NewsletterIssuePage, Subscriber


class NoAddOrChangePolicy(ModelPermissionPolicy):
    """Subscribers sign up and change their subscription themselves, with
    their consent on record: nobody adds or edits one in the admin (viewing
    and deleting stay with the model permissions)."""

    REFUSED = ("add", "change")

    def user_has_permission(self, user, action):
        return action not in self.REFUSED and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action not in self.REFUSED]
        if not allowed:
            return get_user_model().objects.none()
        return super().users_with_any_permission(allowed)


# Before any view asks for the model's policy (see Wagtail's docs).
register_permission_policy(Subscriber, NoAddOrChangePolicy(Subscriber))


@hooks.register("register_admin_urls")
def urls():
    return [
        path("nieuwsbrief/", admin_views.index, name="newsletter_admin"),
        path(
            "nieuwsbrief/<int:page_id>/",
            admin_views.issue,
            name="newsletter_admin_issue",
        ),
        path(
            "nieuwsbrief/<int:page_id>/testmail/",
            admin_views.test_mail,
            name="newsletter_admin_test",
        ),
        path(
            "nieuwsbrief/<int:page_id>/versturen/",
            admin_views.send,
            name="newsletter_admin_send",
        ),
        path(
            "nieuwsbrief/<int:page_id>/stoppen/",
            admin_views.cancel,
            name="newsletter_admin_cancel",
        ),
    ]


@hooks.register("register_admin_menu_item")
def menu_item():
    return MenuItem(
        "Nieuwsbrief versturen",
        reverse("newsletter_admin"),
        icon_name="mail",
        order=340,
    )


@hooks.register("register_page_header_buttons")
def send_button(page, user, view_name=None, next_url=None):
    if isinstance(page.specific_deferred, NewsletterIssuePage) and page.live:
        yield Button(
            "Testmail en versturen",
            reverse("newsletter_admin_issue", args=[page.pk]),
            icon_name="mail",
            priority=5,
        )


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = "Abonnees"
    add_to_admin_menu = True
    menu_order = 350
    list_display = ["email", "status", "consented_at", "confirmed_at"]
    list_filter = ["status", "consent_form"]
    search_fields = ["email", "name"]
    ordering = ["-consented_at"]
    inspect_view_enabled = True


register_snippet(SubscriberViewSet)


@hooks.register("setup_editorial")
def newsletter_editorial():
    ensure_newsletter_permissions()
    return []


@hooks.register("construct_homepage_panels")
def newsletter_panel(request, panels):
    if may_edit_pages(request.user):
        panels.append(NewsletterPanel())
