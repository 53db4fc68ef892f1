"""Who is asking: the visitor's address, for rate limits and login lockouts."""

import ipaddress

from django.conf import settings


def client_key(request) -> str:
    """Who is asking, for a rate limit: the IPv4 address, or the /64 network
    of an IPv6 address (one subscriber's line holds a whole /64), written
    the one way `ipaddress` writes it."""
    address = client_ip(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped is not None:
        return str(parsed.ipv4_mapped)
    return str(ipaddress.ip_network(f"{parsed}/64", strict=False))


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
