"""Load benchmark (`make bench`, scripts/bench.py): production-like, on loopback.

Like production: DEBUG off, WhiteNoise with the compressed manifest,
persistent database connections, two-factor login enforced, no demo
accounts. Unlike production: plain http on 127.0.0.1 (no SSL redirect, no
secure-only cookies, since nothing here crosses a network), a fixed key, and
mail goes nowhere.

The database comes from DATABASE_URL and must be a benchmark database (its
name contains "bench", e.g. postgres://postgres@127.0.0.1:5432/ibds_bench_1000
or sqlite:///var/bench/ibds_bench_1000.sqlite3), so these settings can never
point at the developer's var/db.sqlite3. The search index is not updated on
save: generate_bench_content fills the pages in bulk and rebuilds the index
once at the end.
"""

import os
from pathlib import PurePath

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, VAR_DIR, WAGTAILSEARCH_BACKENDS

# The demo content and the load benchmark (production does not install them).
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]

_url = os.environ.get("DATABASE_URL", "").strip()
if not _url:
    raise ImproperlyConfigured(
        "Set DATABASE_URL to a benchmark database (scripts/bench.py does)."
    )
DATABASES = {
    "default": dj_database_url.parse(
        _url,
        # Persistent connections, as a production server keeps them.
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
if "bench" not in PurePath(str(DATABASES["default"]["NAME"])).name:
    raise ImproperlyConfigured(
        "The benchmark settings only use a database whose name contains "
        f"'bench', not {DATABASES['default']['NAME']!r}."
    )
# One database: no read replica, even when DATABASE_REPLICA_URL is set.
DATABASE_ROUTERS = []
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # As in base: WAL and immediate transactions.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY") or (
    "bench-only-key-never-used-on-a-server-0123456789abcdefghijklmnopqrstuvwxyz"
)
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
# The project's URLs plus a minimal view, the ceiling of this machine.
ROOT_URLCONF = "devtools.bench_urls"

IBDS_DEMO_ACCOUNTS = False
TWO_FACTOR_REQUIRED = True
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SILENCED_SYSTEM_CHECKS = ["security.W008", "security.W012", "security.W016"]

BENCH_DIR = VAR_DIR / "bench"
STATIC_ROOT = BENCH_DIR / "static"
MEDIA_ROOT = BENCH_DIR / "media"
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
# The page cache's generation file: not the one a local runserver uses.
PAGE_CACHE_GENERATION_FILE = BENCH_DIR / "page-cache-generation"

LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "WARNING")  # noqa: F405

# Generation saves thousands of pages; the index is rebuilt once afterwards.
WAGTAILSEARCH_BACKENDS = {
    name: {**backend, "AUTO_UPDATE": False}
    for name, backend in WAGTAILSEARCH_BACKENDS.items()
}

# wrk asks from one address far faster than any client may: the limit is
# counted (its query is part of every API figure) but never reached.
API_RATE_LIMIT = 10**9
