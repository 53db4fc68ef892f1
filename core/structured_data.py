"""schema.org JSON-LD in a page: a feature builds the data (a dict), this
module writes it as a `<script type="application/ld+json">` element that no
text inside the data can close or break out of.

A data block, not a script: browsers run nothing in it and the CSP does not
apply. Only what anyone may see goes in (the features' builders read the
visible relations of a page, never a member's link).
"""

import datetime
import json

from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

SCHEMA_CONTEXT = "https://schema.org"

# "<", ">" and "&" as JSON escapes: "</script>" or "<!--" in a title cannot
# end the element early, and the JSON still decodes to the original text.
# U+2028/U+2029 are valid in JSON but end a line in older JavaScript parsers.
ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def compact(value):
    """`value` without the empty: None, "", [] and {} are left out at any
    depth (schema.org has no use for an empty property), False and 0 stay."""
    if isinstance(value, dict):
        kept = {key: compact(item) for key, item in value.items()}
        return {key: item for key, item in kept.items() if not _empty(item)}
    if isinstance(value, list | tuple):
        kept = [compact(item) for item in value]
        return [item for item in kept if not _empty(item)]
    return value


def _empty(value) -> bool:
    return value is None or value == "" or value == [] or value == {}


def iso(value) -> str | None:
    """A schema.org Date ("2026-03-10") or DateTime with its offset
    ("2026-03-10T13:30:00+01:00", in the site's time zone); None stays."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def json_ld_script(data: dict) -> SafeString:
    """The data (with "@context" added, empty values left out) as a
    `<script type="application/ld+json">` element."""
    document = compact({"@context": SCHEMA_CONTEXT, **data})
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(ESCAPES)),  # noqa: S308 - escaped above
    )
