"""What visitors search for, counted without personal data: per normalised
query per day, the number of searches and the number of results the last
one had (`SearchCount`). The editors read it in two reports (the most
searched queries, and those without results) and a dashboard panel
(core.search_admin_views).

Counting is one statement per search (`record_search`), an upsert that
SQLite and PostgreSQL both know. It never breaks a search: a count that
fails is logged and dropped. On PostgreSQL the statement turns off
`synchronous_commit` for its own transaction (a count lost in a crash
costs nothing); on SQLite it waits at most COUNT_BUSY_MS for another
writer instead of SQLite's usual five seconds.

No address, user, session or time of day is stored; the query itself goes
through core.privacy.strip_personal_data (e-mail addresses, telephone
numbers) and loses any number of nine digits or more (a BSN, an account
number) before it is stored. Counts are kept for RETENTION_MONTHS months
(`manage.py purge_search_counts`, daily).
"""

import calendar
import logging
import re
from datetime import date

from django.db import connections, router, transaction
from django.db.models import Max, OuterRef, Subquery, Sum
from django.utils import timezone

from core.models import SearchCount
from core.privacy import EMAIL_REPLACEMENT, PHONE_REPLACEMENT, strip_personal_data
from core.search import MAX_QUERY_LENGTH, _clean, words

logger = logging.getLogger(__name__)

RETENTION_MONTHS = 13
COUNT_BUSY_MS = 100
NUMBER_REPLACEMENT = "[nummer verwijderd]"
# A run of this many digits names a person or an account more often than a
# subject (a BSN has nine).
_LONG_NUMBER = re.compile(r"^\d{9,}$")
_MARKERS = (EMAIL_REPLACEMENT, PHONE_REPLACEMENT)
_SPLIT_MARKERS = re.compile("(" + "|".join(re.escape(m) for m in _MARKERS) + ")")


def normalise(typed: str) -> str:
    """The query as it is counted: lower case, words only (punctuation and
    extra spaces gone), personal data replaced. "Wet  Open-Overheid!" and
    "wet open overheid" count as one."""
    # Personal data goes first, while the text still has its @ and dots.
    text = strip_personal_data(_clean(typed))
    parts = []
    for piece in _SPLIT_MARKERS.split(text):
        if piece in _MARKERS:
            parts.append(piece)
            continue
        for word in words(piece):
            parts.append(NUMBER_REPLACEMENT if _LONG_NUMBER.match(word) else word)
    normal = strip_personal_data(" ".join(parts))
    if len(normal) > MAX_QUERY_LENGTH:
        normal = normal[: MAX_QUERY_LENGTH + 1].rsplit(" ", 1)[0][:MAX_QUERY_LENGTH]
    return normal


def record_search(typed: str, results: int, day: date | None = None) -> None:
    """Count one search of `typed` (what the visitor typed, cleaned) with
    `results` results. Never raises: a count is not worth a failed search."""
    try:
        query = normalise(typed)
        if query:
            _count(day or timezone.localdate(), query, max(0, int(results)))
    except Exception:
        logger.warning("A search was not counted", exc_info=True)


def _upsert(source: str) -> str:
    """The count as one statement: a new (query, day) is inserted; a known
    one counts one more search and takes this search's number of results.
    `source` gives the row's values."""
    table = SearchCount._meta.db_table
    return (
        f"INSERT INTO {table} (day, query, searches, results, handled) {source} "  # noqa: S608 - the table's name only
        f"ON CONFLICT (query, day) DO UPDATE SET "
        f"searches = {table}.searches + 1, results = excluded.results"
    )


PLAIN = _upsert("VALUES (%s, %s, 1, %s, %s)")
# The statement's own transaction commits without waiting for the disk:
# set_config(..., true) lasts until that commit. One statement, so one
# round trip (SET LOCAL would need a transaction around it: three).
RELAXED = _upsert(
    "SELECT %s::date, %s, 1, %s, %s"
    " FROM (SELECT set_config('synchronous_commit', 'off', true)) AS relaxed"
)


def _count(day: date, query: str, results: int) -> None:
    params = [day, query, results, False]
    connection = connections[router.db_for_write(SearchCount)]
    if connection.in_atomic_block:
        # Inside someone's transaction (tests, a shell): a savepoint keeps a
        # failed count from breaking it, and its commit is theirs to make.
        with transaction.atomic(using=connection.alias):
            with connection.cursor() as cursor:
                cursor.execute(PLAIN, params)
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(RELAXED, params)
        elif connection.vendor == "sqlite":
            cursor.execute("PRAGMA busy_timeout")
            (waited,) = cursor.fetchone()
            cursor.execute(f"PRAGMA busy_timeout = {COUNT_BUSY_MS}")
            try:
                cursor.execute(PLAIN, params)
            finally:
                cursor.execute(f"PRAGMA busy_timeout = {int(waited)}")
        else:
            cursor.execute(PLAIN, params)


# The reports


def per_query(start: date, end: date):
    """Per query searched from `start` to `end` (both included): how often
    (`searches`), when last (`last_searched`), and how many results and
    whether handled on that last day. One query, however many rows."""
    rows = SearchCount.objects.filter(day__gte=start, day__lte=end)
    last = rows.filter(query=OuterRef("query")).order_by("-day")
    return (
        rows.values("query")
        .annotate(
            searches=Sum("searches"),
            last_searched=Max("day"),
            results=Subquery(last.values("results")[:1]),
            handled=Subquery(last.values("handled")[:1]),
        )
        .order_by("-searches", "query")
    )


def without_results(start: date, end: date, *, status: str = "open"):
    """The queries whose last search in the period found nothing: those no
    editor marked handled ("open"), those marked ("afgehandeld"), or all."""
    found = per_query(start, end).filter(results=0)
    if status == "open":
        return found.filter(handled=False)
    if status == "afgehandeld":
        return found.filter(handled=True)
    return found


def mark_handled(query: str) -> int:
    """Mark every day of `query` handled; the number of days marked (0 for
    a query that is not counted)."""
    return SearchCount.objects.filter(query=query).update(handled=True)


# Retention


def months_before(day: date, months: int) -> date:
    """The same day `months` months earlier (the month's last day when it
    is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def purge_old_counts(today: date | None = None) -> int:
    """Delete the counts of days more than RETENTION_MONTHS months ago;
    the number of rows deleted."""
    cutoff = months_before(today or timezone.localdate(), RETENTION_MONTHS)
    deleted, _by_model = SearchCount.objects.filter(day__lt=cutoff).delete()
    return deleted
