"""A fixed-window rate limit per visitor address, kept in the cache (shared
by all processes when REDIS_URL is set)."""

import hashlib

from django.core.cache import cache

from ibds_portal.security import client_ip


def allow(request, scope: str, limit: int, window_seconds: int) -> bool:
    """Count one attempt for this visitor in `scope`; False once over `limit`
    within the window (the window starts at the first attempt)."""
    return allow_key(scope, client_ip(request), limit, window_seconds)


def allow_key(scope: str, value: str, limit: int, window_seconds: int) -> bool:
    """The same for any value, e.g. a mail recipient (stored as a hash)."""
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    key = f"ratelimit:{scope}:{digest}"
    if cache.add(key, 1, timeout=window_seconds):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window_seconds)
        return True
    return count <= limit


def refuse_form(
    request, form, scope: str, per_hour: int, message: str, key: str | None = None
) -> int | None:
    """For a submitted form: None when it may be processed (under the limit
    and valid); otherwise the status to answer with, 429 when this visitor
    sent too many (`message` shown above the form) or 400 when it has errors.
    Either way the form keeps what was typed. Counted per visitor address,
    or per `key` (e.g. a member's id) when given."""
    allowed = (
        allow(request, scope, per_hour, 3600)
        if key is None
        else allow_key(scope, key, per_hour, 3600)
    )
    if not allowed:
        form.is_valid()
        form.add_error(None, message)
        return 429
    return None if form.is_valid() else 400
