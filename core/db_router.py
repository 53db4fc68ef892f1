"""Reads of anonymous page views from the PostgreSQL replica.

With DATABASE_REPLICA_URL set, a visitor without a session reading a page
(GET) is served from the replica. Everything else (editors, members, forms,
the workers, and every write) uses the primary, so that nobody misses their
own change.

Replication lag would matter right after a change: the change starts a new
page-cache generation at once, and what the next visitor's request computes
is kept under it (the page, counts, listings, who may see a section). So for
DATABASE_REPLICA_LAG_SECONDS after every purge, anonymous reads use the
primary too, and nothing older than the change is kept.
"""

from contextvars import ContextVar

from core.page_cache import seconds_since_purge

_anonymous_read = ContextVar("anonymous_read", default=False)


def _just_purged(lag_seconds: float) -> bool:
    since = seconds_since_purge()
    return since is not None and since < lag_seconds


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return "replica" if _anonymous_read.get() else "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # one database, two copies

    def allow_migrate(self, db, app_label, **hints):
        return db == "default"


class ReplicaReadsMiddleware:
    """Marks anonymous GET requests, whose reads the router sends to the
    replica, except just after a purge. Only in MIDDLEWARE when
    DATABASE_REPLICA_URL is set, right inside PageCacheMiddleware (which
    reads the generation once per request)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.conf import settings

        anonymous = (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path_info.startswith("/admin/")
            and not _just_purged(settings.DATABASE_REPLICA_LAG_SECONDS)
        )
        token = _anonymous_read.set(anonymous)
        try:
            return self.get_response(request)
        finally:
            _anonymous_read.reset(token)
