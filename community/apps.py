from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    """Members, groups, meetups, contributions, newsletter; filled by its issues."""

    name = "community"
    verbose_name = _("Community")
