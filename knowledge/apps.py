from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    """The kennisbank: home, questions, knowledge products, practice cases."""

    name = "knowledge"
    verbose_name = _("Kennisbank")

    def ready(self):
        from knowledge import signals

        signals.connect()
