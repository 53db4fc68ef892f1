from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DecisionsConfig(AppConfig):
    """Beslishulpen: decision trees that editors build in the admin."""

    name = "decisions"
    verbose_name = _("Beslishulpen")
