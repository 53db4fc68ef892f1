"""Who may do what with the newsletter: moderators (eindredacteuren) send
editions and see the subscribers; editors compose and test."""

from core.editorial import ensure_groups, model_permissions
from newsletter.models import NewsletterIssuePage, Subscriber


def ensure_newsletter_permissions():
    _editors, moderators = ensure_groups()
    moderators.permissions.add(
        *model_permissions([Subscriber], ["view", "delete"]),
        *model_permissions([NewsletterIssuePage], ["send"]),
    )
