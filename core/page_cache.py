"""The anonymous page cache: whole responses for visitors without a session.

Most visitors read without logging in, and what they see depends only on the
URL. `PageCacheMiddleware` keeps such responses for PAGE_CACHE_SECONDS in the
`pages` cache (local memory per process by default; Redis, shared by every
process and machine, when REDIS_URL is set) and serves repeats without
running the view, the templates or a single query.

What is never stored or served (the rules are in `_may_serve` and
`_may_store`; tests/test_page_cache.py holds them to it):
- requests other than GET, the admin, and requests that carry a session or
  messages cookie (logged in, or with something just for them);
- responses other than 200, streamed ones, ones that set a cookie, ones
  marked private or no-store (logged-in views, personal links), and any
  response that rendered a CSRF token: that token belongs to one visitor;
- pages whose URL has a query parameter the page did not read (?x=1, ?x=2,
  ...: the same page under endless keys).

Purging: every key contains a *generation*. Publishing, unpublishing, moving
or deleting a page, creating one that is live at once (an alias), and
changing anything that pages list (taxonomy, training
runs, registrations, memberships, images, documents, view restrictions),
starts a new generation, so every page is rebuilt on its next visit. One
publication typically changes several listings (question pages, the
kennisbank, home, search), so purging everything is both the simple and the
correct choice; publications are rare next to page views.

The generation lives where every process sees it: in Redis beside the pages
when the cache is shared, otherwise in a small file under VAR_DIR (local
memory is per process; gunicorn's workers on one machine share the file).
"""

import logging
import os
import re
import secrets
import tempfile
import time
from contextlib import contextmanager
from contextvars import ContextVar
from hashlib import blake2b
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.http import HttpResponse, QueryDict
from django.utils.cache import cc_delim_re

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pages"
GENERATION_KEY = "generation"
HEADER = "X-Page-Cache"
GZIP_RE = re.compile(r"\bgzip\b")
# Not kept with a stored response: they are set again on every hit.
UNSTORED_HEADERS = {"content-length", HEADER.lower()}
PRIVATE_DIRECTIVES = {"private", "no-store", "no-cache"}
# The generation as read at the start of the current request: one read (a
# file or a Redis round trip) per request, however many figures it looks up.
# A purge within the request forgets it.
_request_generation: ContextVar[str | None] = ContextVar(
    "page_cache_generation", default=None
)


# What the current request has read from the database once (read_once); a
# purge within the request forgets it.
_request_reads: ContextVar[dict | None] = ContextVar("page_cache_reads", default=None)


@contextmanager
def reading_once():
    """The span of one request for read_once (the middleware opens it)."""
    reads = _request_reads.set({})
    try:
        yield
    finally:
        _request_reads.reset(reads)


def read_once(name: str, compute):
    """`compute()`, once per request (outside a request: every call). For
    what a request consults many times and must read fresh, such as the view
    restrictions: never kept beyond the request."""
    memo = _request_reads.get()
    if memo is None:
        return compute()
    if name not in memo:
        memo[name] = compute()
    return memo[name]


def access_state() -> str:
    """A digest of every path under a view restriction, as this request read
    them from the database (core.pages.restricted_paths). What is kept is
    keyed by it, so a restriction that no purge announced (a bulk insert, a
    restored backup) still gives values computed with it."""
    from core.pages import restricted_paths

    paths = "|".join(restricted_paths()).encode()
    return blake2b(paths, digest_size=8).hexdigest()


def _cache():
    return caches[CACHE_ALIAS]


def _shared() -> bool:
    """True when every process uses the same cache (Redis)."""
    return not isinstance(_cache(), LocMemCache)


def _generation_file() -> Path:
    return Path(settings.PAGE_CACHE_GENERATION_FILE)


def current_generation() -> str:
    generation = _request_generation.get()
    if generation is not None:
        return generation
    return _read_generation()


def _read_generation() -> str:
    if _shared():
        generation = _cache().get(GENERATION_KEY)
        if generation is None:
            # Never set, or lost (a Redis restart or eviction): start a new
            # one, so that nothing stored under an earlier one can return.
            # add() is atomic: every process adopts the first one written.
            _cache().add(GENERATION_KEY, _token(), timeout=None)
            generation = _cache().get(GENERATION_KEY) or "0"
        return generation
    try:
        return _generation_file().read_text() or "0"
    except FileNotFoundError:
        return "0"


def _token() -> str:
    """A new generation: when it started (ms, hex) and a random part."""
    return f"{time.time_ns() // 1_000_000:x}.{secrets.token_hex(6)}"


def seconds_since_purge(generation: str | None = None) -> float | None:
    """How long ago the current generation started; None when unknown (the
    first generation, or one written before generations had a time)."""
    started, dot, _random = (generation or current_generation()).partition(".")
    try:
        return time.time() - int(started, 16) / 1000 if dot else None
    except ValueError:
        return None


def _new_generation() -> None:
    token = _token()
    if _shared():
        _cache().set(GENERATION_KEY, token, timeout=None)
        return
    path = _generation_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Write beside it and rename: readers see the old or the new token whole.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".page-cache-")
    with os.fdopen(fd, "w") as handle:
        handle.write(token)
    os.replace(tmp, path)


def purge(reason: str = "") -> None:
    """Forget every cached page and listing count: now, and again when the
    transaction that made the change commits (a request in between could
    have stored the old content)."""
    logger.debug("page cache purged: %s", reason)
    _request_generation.set(None)
    memo = _request_reads.get()
    if memo is not None:
        memo.clear()
    _new_generation()
    transaction.on_commit(_new_generation)


def remember(name: str, key: str, compute, *, refresh: bool = False):
    """`compute()`, kept until the content changes (the same generation as
    the pages) or LISTING_CACHE_SECONDS pass; for what costs a scan of many
    items but changes only with the content (docs/performance.md names each
    use and what it saves). `refresh` computes it again and keeps the new
    value (for what goes stale with time rather than with the content).

    What is kept may list only public pages, and who may see what is never
    read from it: the view restrictions are read from the database (access_state) and
    are part of the key, so a restriction that no purge
    announced still gives a value computed with it."""
    if not settings.LISTING_CACHE_SECONDS:
        return compute()
    digest = blake2b(key.encode(), digest_size=16).hexdigest()
    cache_key = f"{name}:{current_generation()}:{access_state()}:{digest}"
    value = None if refresh else _cache().get(cache_key)
    if value is None:
        value = compute()
        _cache().set(cache_key, value, timeout=settings.LISTING_CACHE_SECONDS)
    return value


def _key(request, generation: str, gzip: bool) -> str:
    # The scheme too: a page rendered for http (its links, robots.txt's
    # sitemap address) is not the page for https.
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = blake2b(url.encode(), digest_size=16).hexdigest()
    return f"page:{generation}:{'gz' if gzip else 'id'}:{digest}"


def _may_serve(request) -> bool:
    if request.method != "GET" or not settings.PAGE_CACHE_SECONDS:
        return False
    # The API counts every request against its rate limit (core/api.py).
    if request.path_info.startswith(("/admin/", "/api/")):
        return False
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME not in cookies
        and "messages" not in cookies
        and "HTTP_AUTHORIZATION" not in request.META
    )


class _ReadQueryDict(QueryDict):
    """request.GET that notes which parameters the view looked at."""

    def __init__(self, query_string=None, mutable=False, encoding=None):
        self.read = set()
        super().__init__(query_string, mutable=mutable, encoding=encoding)
        self.read.clear()  # building it looked at every key

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self.read.add(key)
        return super().__contains__(key)

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        self.read.add(key)
        return super().getlist(key, default)


def _only_read_parameters(request) -> bool:
    """False when the URL has a parameter the page never looked at: the
    same page under endless URLs (?x=1, ?x=2, ...) would fill the cache."""
    query = request.GET
    return not query or (
        isinstance(query, _ReadQueryDict) and set(query.keys()) <= query.read
    )


def _may_store(request, response) -> bool:
    # A rendered CSRF token is tied to this visitor's cookie, and Django sets
    # that cookie on every response that used a token: no cookies, no token.
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not _only_read_parameters(request):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    directives = {
        part.split("=", 1)[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return not directives & PRIVATE_DIRECTIVES


class PageCacheMiddleware:
    """Serves and stores anonymous GET responses (see the module docstring).

    Sits above GZipMiddleware, so that it keeps the compressed body and a
    hit costs no compression; a visitor without gzip gets its own copy.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_generation.set(_read_generation())
        try:
            with reading_once():
                return self._respond(request)
        finally:
            _request_generation.reset(token)

    def _respond(self, request):
        if not _may_serve(request):
            return self.get_response(request)
        gzip = bool(GZIP_RE.search(request.headers.get("Accept-Encoding", "")))
        key = _key(request, current_generation(), gzip)
        cached = _cache().get(key)
        if cached is not None:
            return self._rebuild(cached)
        if request.META.get("QUERY_STRING"):
            request.GET = _ReadQueryDict(
                request.META["QUERY_STRING"], encoding=request.encoding
            )
        response = self.get_response(request)
        if _may_store(request, response):
            # The headers set so far, by the view and the inner middleware;
            # the outer middleware (security headers, CSP) adds its own to
            # every response, hit or miss.
            headers = {
                name: value
                for name, value in response.items()
                if name.lower() not in UNSTORED_HEADERS
            }
            _cache().set(
                key,
                (response.content, headers),
                timeout=settings.PAGE_CACHE_SECONDS,
            )
            response[HEADER] = "miss"
        return response

    @staticmethod
    def _rebuild(cached):
        content, headers = cached
        response = HttpResponse(content, headers=headers)
        response["Content-Length"] = str(len(content))
        response[HEADER] = "hit"
        return response


# Besides pages: what public pages show or list (names, counts, files, who may
# see a page). Saving one of these starts a new generation.
LISTED_MODELS = (
    "knowledge.KnowledgeType",
    "knowledge.GovernmentLayer",
    "knowledge.Perspective",
    "knowledge.Organisation",
    "trainings.Audience",
    "community.EventRegistration",  # "Aanmeldingen 12 van 30"
    "community.Membership",  # a group's member count
    "taggit.Tag",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.Site",
)


def _purge_on_page_signal(sender, instance, **kwargs):
    purge(f"{type(instance).__name__} {instance.pk}")


def _purge_on_page_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        _purge_on_page_signal(sender, instance)


def _purge_on_live_page_created(sender, instance, created, **kwargs):
    """A page that is live from the start sends no page_published: an alias
    (Wagtail's copy as alias), or one made in code."""
    from wagtail.models import Page

    if created and isinstance(instance, Page) and instance.live:
        _purge_on_page_signal(sender, instance)


def _purge_on_contributor_change(sender, instance, update_fields=None, **kwargs):
    """A shared case names its member: purge when such a member's name may
    have changed (not on a login, which saves last_login alone) or the
    account goes (SET_NULL on the cases is an update, without signals)."""
    names = {"first_name", "last_name"}
    if update_fields is not None and not names & set(update_fields):
        return
    if instance.contributed_cases.exists():
        purge(f"contributor {instance.pk}")


def _purge_on_change(sender, instance, **kwargs):
    purge(f"{sender._meta.label} {instance.pk}")


def connect_signals():
    """Called from the app's ready(): purge on every change visitors can see."""
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save, pre_delete
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for name, signal in (
        ("published", page_published),
        ("unpublished", page_unpublished),
        ("moved", post_page_move),
    ):
        signal.connect(_purge_on_page_signal, dispatch_uid=f"page-cache-{name}")
    # Pages of every type are deleted one by one (Wagtail deletes descendants
    # first), so one receiver without a sender sees them all.
    post_delete.connect(_purge_on_page_delete, dispatch_uid="page-cache-page-delete")
    post_save.connect(_purge_on_live_page_created, dispatch_uid="page-cache-page-new")
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    for signal in (post_save, pre_delete):
        signal.connect(
            _purge_on_contributor_change,
            sender=user_model,
            dispatch_uid=f"page-cache-contributor-{signal is pre_delete}",
        )
    models = [apps.get_model(label) for label in LISTED_MODELS]
    for model in [*models, get_image_model(), get_document_model()]:
        uid = f"page-cache-{model._meta.label}"
        post_save.connect(_purge_on_change, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_purge_on_change, sender=model, dispatch_uid=f"{uid}-del")
