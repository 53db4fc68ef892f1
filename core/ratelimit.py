"""Rate limits per visitor address or per value (a mail recipient, a member,
an account), kept in the database (core.models.RateLimitSlot).

Not in a cache: a limit decides who may do something, so it must hold for
every process (gunicorn's workers, the newsletter worker) and every machine,
and survive an evicted key. A limit of N per window is N slots; an attempt
takes a free slot with one INSERT (a unique key) or a conditional UPDATE of an
expired one, so parallel attempts never share a slot.
"""

import hashlib
import hmac
import math
import secrets
import time
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, connections, router, transaction
from django.utils import timezone

from core.clients import client_key
from core.models import RateLimitCounter, RateLimitSlot


def allow(request, scope: str, limit: int, window_seconds: int) -> bool:
    """Count one attempt for this visitor in `scope`; False once `limit`
    attempts fall within their windows of `window_seconds`."""
    return allow_key(scope, client_key(request), limit, window_seconds)


def _keys(scope: str, value: str, limit: int) -> list[str]:
    # Keyed with the site's secret: a plain hash of an IPv4 address is
    # reversed by trying all four billion of them.
    digest = hmac.new(
        settings.SECRET_KEY.encode(), value.strip().lower().encode(), hashlib.sha256
    ).hexdigest()[:32]
    return [f"{scope[:60]}:{digest}:{n}" for n in range(limit)]


def allow_key(scope: str, value: str, limit: int, window_seconds: int) -> bool:
    """The same for any value, e.g. a mail recipient (stored as a hash)."""
    now = timezone.now()
    expires = now + timedelta(seconds=window_seconds)
    keys = _keys(scope, value, limit)
    taken = dict(
        RateLimitSlot.objects.filter(key__in=keys).values_list("key", "expires")
    )
    if secrets.randbelow(200) == 0:
        # Now and then, forget slots long past (visitors who never came back).
        RateLimitSlot.objects.filter(expires__lt=now - timedelta(days=1)).delete()
    for key in keys:
        if key not in taken:
            try:
                with transaction.atomic():
                    RateLimitSlot.objects.create(key=key, expires=expires)
            except IntegrityError:  # a parallel attempt took it first
                continue
            return True
        if taken[key] <= now and RateLimitSlot.objects.filter(
            key=key, expires__lte=now
        ).update(expires=expires):
            return True
    return False


def count(scope: str, value: str, window_seconds: int) -> tuple[int, int]:
    """Count one request of `value` in `scope`, for limits of hundreds per
    window (a slot each would be hundreds of rows to read): how many it
    made in the current fixed window, this one included, and the seconds
    until that window ends. One statement (an upsert, on PostgreSQL and on
    SQLite), so parallel requests never lose a count."""
    now = time.time()
    ends = (math.floor(now / window_seconds) + 1) * window_seconds
    key = _keys(scope, value, 1)[0]
    connection = connections[router.db_for_write(RateLimitCounter)]
    quote = connection.ops.quote_name
    table = quote(RateLimitCounter._meta.db_table)
    key_column, ends_column, count_column = map(quote, ("key", "ends", "count"))
    # Only quoted names are formatted in; the values are parameters.
    sql = (
        f"INSERT INTO {table} ({key_column}, {ends_column}, {count_column}) "  # noqa: S608
        f"VALUES (%s, %s, 1) ON CONFLICT ({key_column}) DO UPDATE SET "
        f"{count_column} = CASE WHEN {table}.{ends_column} = excluded.{ends_column} "
        f"THEN {table}.{count_column} + 1 ELSE 1 END, "
        f"{ends_column} = excluded.{ends_column} RETURNING {count_column}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [key, ends])
        (counted,) = cursor.fetchone()
    if secrets.randbelow(500) == 0:
        # Now and then, forget clients long gone.
        RateLimitCounter.objects.filter(ends__lt=now - 86400).delete()
    return counted, max(1, math.ceil(ends - now))


def exhausted(scope: str, value: str, limit: int) -> bool:
    """Whether every slot of `value` in `scope` is taken now (without taking one)."""
    keys = _keys(scope, value, limit)
    return (
        RateLimitSlot.objects.filter(key__in=keys, expires__gt=timezone.now()).count()
        >= limit
    )


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
