from django.apps import AppConfig


class PortalConfig(AppConfig):
    """Site-wide pieces: search, error pages, security headers, navigation."""

    name = "ibds_portal"
    verbose_name = "Portal"

    def ready(self):
        # security registers the deploy check by being imported.
        from ibds_portal import page_cache, security  # noqa: F401

        page_cache.connect_signals()
