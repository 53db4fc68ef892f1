from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every feature uses and that names no feature: rate limits, the
    visitor's address, login throttling and session limits (more moves here
    over time; see docs/architecture.md)."""

    name = "core"
    verbose_name = "Kern"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # security registers the deploy checks by being imported.
        from django.core.signals import request_finished

        from core import (  # noqa: F401
            logins,
            page_cache,
            search_insights,
            security,
            sessions,
            synonyms,
        )

        logins.connect_signals()
        sessions.connect_signals()
        page_cache.connect_signals()
        synonyms.connect_signals()
        request_finished.connect(
            search_insights.flush_if_due, dispatch_uid="search-counts-due"
        )
