from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FederationConfig(AppConfig):
    """Knowledge kept at its source: partner portals' APIs and feeds,
    harvested into the kennisbank as summaries that link to the source."""

    name = "federation"
    verbose_name = _("Partnerbronnen")
    default_auto_field = "django.db.models.BigAutoField"
