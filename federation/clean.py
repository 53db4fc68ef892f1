"""A partner's text and links made safe to keep: plain text only, within our
field lengths; links only http(s). The templates escape whatever they show
as well; this makes sure no markup, script or control character is stored
in the first place."""

import html
import re
import unicodedata
from urllib.parse import urlsplit

from django.utils.html import strip_tags
from django.utils.text import Truncator

# Script and style elements go with their content (strip_tags keeps text).
HIDDEN_ELEMENTS = re.compile(r"(?is)<(script|style)\b.*?(</\1\s*>|$)")
MAX_URL_LENGTH = 200  # Django's URLField, as KnowledgeProductPage.external_url


def plain_text(value, max_length: int) -> str:
    """Text without tags, entities, control characters or runs of
    whitespace, cut at a word to at most `max_length` characters."""
    if not isinstance(value, str):
        return ""
    text = HIDDEN_ELEMENTS.sub(" ", value)
    # Entities are decoded once, after the tags are gone; what the entities
    # spelled as tags ("&lt;script&gt;") goes too.
    text = html.unescape(strip_tags(text))
    text = strip_tags(HIDDEN_ELEMENTS.sub(" ", text))
    text = "".join(
        " " if unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} else char
        for char in text
    )
    text = " ".join(text.split())
    if len(text) <= max_length:
        return text
    # Truncator counts a combining mark with its letter; the field does not.
    return Truncator(text).chars(max_length)[:max_length]


def safe_url(value) -> str:
    """`value` if it is an absolute http(s) URL of a sane length, else ""."""
    if not isinstance(value, str):
        return ""
    url = value.strip()
    if len(url) > MAX_URL_LENGTH or any(
        char.isspace() or unicodedata.category(char) == "Cc" for char in url
    ):
        return ""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError:
        return ""
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return ""
    return url
