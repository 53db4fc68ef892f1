from newsletter.models.deliveries import Delivery, Sending
from newsletter.models.issues import NewsletterIndexPage, NewsletterIssuePage
from newsletter.models.subscribers import (
    CONSENT_TEXT,
    CONSENT_VERSION,
    SignupSource,
    Subscriber,
    UnsubscribeCount,
)

__all__ = [
    "CONSENT_TEXT",
    "CONSENT_VERSION",
    "Delivery",
    "NewsletterIndexPage",
    "NewsletterIssuePage",
    "Sending",
    "SignupSource",
    "Subscriber",
    "UnsubscribeCount",
]
