"""How long a login lasts (ASVS 3.3).

Whoever may use the admin is logged out after ADMIN_SESSION_IDLE_MINUTES
without a request and ADMIN_SESSION_MAX_HOURS after logging in, wherever
they are on the site. Members stay logged in on their device for at most
MEMBER_SESSION_MAX_DAYS (the login page says so). Both are checked on the
server, from times kept in the session since the login; a session without
them (from before this check) counts as expired.
"""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in

STARTED = "login_started"
SEEN = "login_seen"
# The last-seen time is written at most this often, not on every request.
SEEN_RESOLUTION_SECONDS = 60


def may_use_admin(user) -> bool:
    return user.is_staff or user.has_perm("wagtailadmin.access_admin")


def limits(user) -> tuple[float | None, float]:
    """(idle limit or None, total limit) in seconds for this user's session."""
    if may_use_admin(user):
        return (
            settings.ADMIN_SESSION_IDLE_MINUTES * 60,
            settings.ADMIN_SESSION_MAX_HOURS * 3600,
        )
    return None, settings.MEMBER_SESSION_MAX_DAYS * 86400


def start(sender, request, user, **kwargs) -> None:
    if request is not None and hasattr(request, "session"):
        now = time.time()
        request.session[STARTED] = now
        request.session[SEEN] = now


def connect_signals() -> None:
    user_logged_in.connect(start, dispatch_uid="core.sessions.start")


class SessionLimitsMiddleware:
    """After authentication: ends a session past its limits (the request
    goes on as an anonymous visitor; the admin then asks for a login)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated:
            session = request.session
            now = time.time()
            idle, total = limits(user)
            started, seen = session.get(STARTED), session.get(SEEN)
            if (
                started is None
                or seen is None
                or now - started > total
                or (idle is not None and now - seen > idle)
            ):
                logout(request)
            elif now - seen > SEEN_RESOLUTION_SECONDS:
                session[SEEN] = now
        return self.get_response(request)
