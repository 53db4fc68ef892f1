"""What visitors search for, counted without personal data: per normalised
query per day, the number of searches and the number of results the last
one had (`SearchCount`). The editors read it in two reports (the most
searched queries, and those without results) and a dashboard panel
(core.search_admin_views).

Counting is one statement per batch of searches (`record_search`,
`flush`), an upsert that SQLite and PostgreSQL both know. It never breaks a
search: a count that fails is logged and dropped. On PostgreSQL the statement turns off
`synchronous_commit` for its own transaction (a count lost in a crash
costs nothing); on SQLite it waits at most COUNT_BUSY_MS for another
writer instead of SQLite's usual five seconds.

No address, user, session or time of day is stored; the query itself goes
through core.privacy.strip_personal_data (e-mail addresses, telephone
numbers, IBANs and numbers of nine digits or more, such as a BSN) before
it is stored. Counts are kept for RETENTION_MONTHS months
(`manage.py purge_search_counts`, daily).
"""

import atexit
import calendar
import logging
import re
import threading
import time
from datetime import date

from django.conf import settings
from django.db import connections, router, transaction
from django.db.models import Max, OuterRef, Subquery, Sum
from django.utils import timezone

from core.models import SearchCount
from core.privacy import (
    ACCOUNT_REPLACEMENT,
    EMAIL_REPLACEMENT,
    NUMBER_REPLACEMENT,
    PHONE_REPLACEMENT,
    strip_personal_data,
)
from core.search import MAX_QUERY_LENGTH, _clean, words

logger = logging.getLogger(__name__)

RETENTION_MONTHS = 13
COUNT_BUSY_MS = 100
_MARKERS = (
    EMAIL_REPLACEMENT,
    PHONE_REPLACEMENT,
    ACCOUNT_REPLACEMENT,
    NUMBER_REPLACEMENT,
)
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
        parts.extend(words(piece))
    normal = strip_personal_data(" ".join(parts))
    if len(normal) > MAX_QUERY_LENGTH:
        normal = normal[: MAX_QUERY_LENGTH + 1].rsplit(" ", 1)[0][:MAX_QUERY_LENGTH]
    return normal


def record_search(typed: str, results: int, day: date | None = None) -> None:
    """Count one search of `typed` (what the visitor typed, cleaned) with
    `results` results. Never raises: a count is not worth a failed search.

    The count waits in the process with others and is written with them
    (`flush`): when `SEARCH_COUNT_BATCH` searches wait (1: at once), when
    the oldest has waited BATCH_SECONDS, when a report is read in this
    process, or when the process ends. One statement for the lot instead
    of one per search (a long-tail search on PostgreSQL spent 0.7 ms of its
    21 on its own count); a process that is killed loses what waited."""
    try:
        query = normalise(typed)
        if not query:
            return
        key = (day or timezone.localdate(), query)
        with _lock:
            entry = _waiting.setdefault(key, [0, 0])
            entry[0] += 1
            entry[1] = max(0, int(results))
            global _since
            _since = _since or time.monotonic()
            due = (
                sum(searches for searches, _results in _waiting.values())
                >= settings.SEARCH_COUNT_BATCH
                or time.monotonic() - _since >= BATCH_SECONDS
            )
        if due:
            flush()
    except Exception:
        logger.warning("A search was not counted", exc_info=True)


# Searches counted in this process and not yet written:
# (day, query) -> [searches, results of the last one].
_waiting: dict[tuple[date, str], list[int]] = {}
_lock = threading.Lock()
_since = 0.0
# The longest a count waits (once another search comes by).
BATCH_SECONDS = 60


def flush() -> None:
    """Write the counts that wait in this process (one statement). What
    fails is logged and dropped."""
    global _since
    with _lock:
        rows = [
            (day, query, searches, results)
            for (day, query), (searches, results) in _waiting.items()
        ]
        _waiting.clear()
        _since = 0.0
    if not rows:
        return
    try:
        _count(rows)
    except Exception:
        logger.warning("%d searches were not counted", len(rows), exc_info=True)


def flush_if_due(**kwargs) -> None:
    """After each request (`request_finished`): write what has waited
    BATCH_SECONDS, so that a worker that gets no more searches does not
    hold its counts until it ends."""
    if _since and time.monotonic() - _since >= BATCH_SECONDS:
        flush()


atexit.register(flush)


def _upsert(rows: int, relaxed: bool = False) -> str:
    """The counts as one statement: a new (query, day) is inserted; a known
    one adds its searches and takes the latest number of results. With
    `relaxed` (PostgreSQL) the statement's own transaction commits without
    waiting for the disk: set_config(..., true) lasts until that commit,
    and one statement is one round trip (SET LOCAL would need three)."""
    table = SearchCount._meta.db_table
    if relaxed:
        values = ", ".join(["(%s::date, %s, %s::int, %s::int, %s)"] * rows)
        source = (
            f"SELECT v.* FROM (VALUES {values}) AS v, "  # noqa: S608 - placeholders only
            "(SELECT set_config('synchronous_commit', 'off', true)) AS relaxed"
        )
    else:
        source = "VALUES " + ", ".join(["(%s, %s, %s, %s, %s)"] * rows)
    return (
        f"INSERT INTO {table} (day, query, searches, results, handled) {source} "  # noqa: S608 - the table's name and placeholders only
        f"ON CONFLICT (query, day) DO UPDATE SET "
        f"searches = {table}.searches + excluded.searches, "
        f"results = excluded.results"
    )


def _count(rows: list[tuple[date, str, int, int]]) -> None:
    params = [value for row in rows for value in (*row, False)]
    connection = connections[router.db_for_write(SearchCount)]
    if connection.in_atomic_block:
        # Inside someone's transaction (tests, a shell): a savepoint keeps a
        # failed count from breaking it, and its commit is theirs to make.
        with transaction.atomic(using=connection.alias):
            with connection.cursor() as cursor:
                cursor.execute(_upsert(len(rows)), params)
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(_upsert(len(rows), relaxed=True), params)
        elif connection.vendor == "sqlite":
            cursor.execute("PRAGMA busy_timeout")
            (waited,) = cursor.fetchone()
            cursor.execute(f"PRAGMA busy_timeout = {COUNT_BUSY_MS}")
            try:
                cursor.execute(_upsert(len(rows)), params)
            finally:
                cursor.execute(f"PRAGMA busy_timeout = {int(waited)}")
        else:
            cursor.execute(_upsert(len(rows)), params)


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
