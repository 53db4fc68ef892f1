"""The newsletter in the admin: the send page per edition, and the
subscribers (read only: they manage their own subscription)."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from newsletter import admin_views
from newsletter.models import NewsletterIssuePage, Subscriber


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
