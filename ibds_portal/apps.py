from django.apps import AppConfig


class PortalConfig(AppConfig):
    """Site-wide pieces: search, error pages, security headers, navigation."""

    name = "ibds_portal"
    verbose_name = "Portal"

    def ready(self):
        from ibds_portal import security  # noqa: F401 - registers the deploy check
