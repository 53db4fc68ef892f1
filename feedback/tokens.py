"""The link to the comment page after a Nee: a signed answer id.

It lets the comment join the answer it belongs to without a cookie or a
session. Only the reader who answered gets it (in the redirect after the
Nee); it works for a day, and once.
"""

from django.core import signing

SALT = "feedback.comment"
MAX_AGE = 24 * 3600


def comment_token(feedback) -> str:
    return signing.dumps(feedback.pk, salt=SALT)


def answer_id(token: str) -> int | None:
    """The answer's id, or None for a link that is forged, changed or older
    than MAX_AGE."""
    try:
        value = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:  # SignatureExpired is one
        return None
    return value if type(value) is int else None
