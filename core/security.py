"""Small security helpers of the site: the expiry date that
/.well-known/security.txt announces, the deploy checks, private-link pages.
(The visitor's address and login counting live in core.clients and
core.logins.)"""

from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core import checks

DEFAULT_EXPIRY = timedelta(days=180)


def parse_expiry(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def security_txt_expires(now: datetime | None = None) -> datetime:
    """SECURITY_TXT_EXPIRES when set, else 180 days from today (midnight UTC)."""
    if settings.SECURITY_TXT_EXPIRES:
        try:
            return parse_expiry(settings.SECURITY_TXT_EXPIRES)
        except ValueError:
            pass  # the deploy check reports it; serve the default meanwhile
    now = now or datetime.now(UTC)
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return today + DEFAULT_EXPIRY


@checks.register(checks.Tags.security, deploy=True)
def check_security_txt_expires(app_configs=None, **kwargs):
    """RFC 9116: Expires must not have passed and should lie within a year."""
    value = settings.SECURITY_TXT_EXPIRES
    if not value:
        return []
    try:
        expires = parse_expiry(value)
    except ValueError:
        return [
            checks.Error(
                f"SECURITY_TXT_EXPIRES is not an ISO 8601 date-time: {value!r}.",
                id="ibds_portal.E001",
            )
        ]
    now = datetime.now(UTC)
    if expires <= now or expires > now + timedelta(days=365):
        return [
            checks.Warning(
                "SECURITY_TXT_EXPIRES has passed or lies more than a year ahead.",
                hint="Check the security contact and set a date within a year.",
                id="ibds_portal.W001",
            )
        ]
    return []


@checks.register(checks.Tags.security, deploy=True)
def check_proxy_count(app_configs=None, **kwargs):
    """Behind a proxy every visitor shares its address, unless we know how
    many proxies append to X-Forwarded-For: then anyone could lock any editor
    out by failing their login five times."""
    if settings.SECURE_PROXY_SSL_HEADER and settings.TRUSTED_PROXY_COUNT == 0:
        return [
            checks.Warning(
                "Behind a TLS proxy, but TRUSTED_PROXY_COUNT is 0: login "
                "lockouts and rate limits would count the proxy's address.",
                hint="Set TRUSTED_PROXY_COUNT to the number of proxies in front.",
                id="ibds_portal.W002",
            )
        ]
    return []


def private_link_page(response):
    """For a page reached by a personal link (vraagbaak answer, newsletter
    links): its address stays out of Referer headers and search engines.
    The views themselves are `never_cache`."""
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
