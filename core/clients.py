"""Who is asking: the visitor's address, for rate limits and login lockouts."""

from django.conf import settings


def client_ip(request) -> str:
    """The visitor's IP address.

    Behind TRUSTED_PROXY_COUNT proxies that each append to X-Forwarded-For, it
    is that many entries from the right (what the outermost proxy saw); the
    entries further left are whatever the client claimed and are ignored.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        hops = [hop.strip() for hop in forwarded if hop.strip()]
        if len(hops) >= count:
            return hops[-count]
    return request.META.get("REMOTE_ADDR", "")
