"""Reads of anonymous page views from the PostgreSQL replica.

With DATABASE_REPLICA_URL set, a visitor without a session reading a page
(GET) is served from the replica: a second or so of replication lag does not
matter there. Everything else (editors, members, forms, the workers, and
every write) uses the primary, so that nobody misses their own change.
"""

from contextvars import ContextVar

_anonymous_read = ContextVar("anonymous_read", default=False)


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
    replica. Only in MIDDLEWARE when DATABASE_REPLICA_URL is set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.conf import settings

        anonymous = (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path_info.startswith("/admin/")
        )
        token = _anonymous_read.set(anonymous)
        try:
            return self.get_response(request)
        finally:
            _anonymous_read.reset(token)
