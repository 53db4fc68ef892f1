from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingsConfig(AppConfig):
    """Training catalogue (opleidingen); filled by its own issue."""

    name = "trainings"
    verbose_name = _("Opleidingen")
