"""The links mailed to subscribers. Signed (so they cannot be guessed or
altered) and, where they change something, single use and time limited.

- confirm: 7 days, once; - manage: 1 hour, for as many changes as the
  subscriber makes in it (saving, pausing, then leaving after all); both
  carry the subscriber's `link_version`, which confirming bumps.
- unsubscribe: no expiry, so that the link under an old issue still works.
"""

import datetime

from django.core import signing

CONFIRM_MAX_AGE = datetime.timedelta(days=7)
MANAGE_MAX_AGE = datetime.timedelta(hours=1)


def _make(kind: str, subscriber) -> str:
    return signing.dumps(
        [subscriber.pk, subscriber.link_version],
        salt=f"newsletter.{kind}",
        compress=True,
    )


def _read(kind: str, token: str, max_age):
    """(subscriber id, link version), or None when tampered or expired."""
    try:
        value = signing.loads(token, salt=f"newsletter.{kind}", max_age=max_age)
    except signing.BadSignature:  # also SignatureExpired
        return None
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(part, int) for part in value)
    ):
        return None
    return value


def confirm_token(subscriber) -> str:
    return _make("confirm", subscriber)


def manage_token(subscriber) -> str:
    return _make("manage", subscriber)


def unsubscribe_token(subscriber) -> str:
    return signing.dumps(subscriber.pk, salt="newsletter.unsubscribe")


def read_confirm(token: str):
    return _read("confirm", token, CONFIRM_MAX_AGE)


def read_manage(token: str):
    return _read("manage", token, MANAGE_MAX_AGE)


def read_unsubscribe(token: str) -> int | None:
    try:
        value = signing.loads(token, salt="newsletter.unsubscribe")
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None
