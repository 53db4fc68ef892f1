from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    """The Data-nieuwsbrief: subscribers, issues and their delivery."""

    name = "newsletter"
    verbose_name = _("Data-nieuwsbrief")
