"""A fixed-window rate limit per visitor address, kept in the cache (shared
by all processes when REDIS_URL is set)."""

from django.core.cache import cache

from ibds_portal.security import client_ip


def allow(request, scope: str, limit: int, window_seconds: int) -> bool:
    """Count one attempt for this visitor in `scope`; False once over `limit`
    within the window (the window starts at the first attempt)."""
    key = f"ratelimit:{scope}:{client_ip(request)}"
    if cache.add(key, 1, timeout=window_seconds):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window_seconds)
        return True
    return count <= limit
