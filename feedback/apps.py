from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    """ "Heeft deze informatie je geholpen?" under the pages that answer
    something: the answers, the comments without personal data, and the
    editors' report of them."""

    name = "feedback"
    verbose_name = "Feedback"
    default_auto_field = "django.db.models.BigAutoField"
