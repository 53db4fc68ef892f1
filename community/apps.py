from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    """Members, groups, meetups and contributions."""

    name = "community"
    verbose_name = _("Community")
