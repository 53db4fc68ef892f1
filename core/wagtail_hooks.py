from django.urls import path, reverse
from wagtail import hooks

from core import two_factor


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
