"""Settings shared by every environment.

Secure by default: no DEBUG, no secret key, no hosts. `dev`, `test` and
`production` build on this; every deployment value comes from the environment
(see the table in README.md).
"""

import hashlib
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# Everything the portal writes at run time (database, media, mail) lives here.
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_list(name: str, default: str = "") -> list[str]:
    """A comma-separated environment variable as a list without empty items."""
    items = os.environ.get(name, default).split(",")
    return [item.strip() for item in items if item.strip()]


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "knowledge",
    "trainings",
    "community",
    "newsletter",
    "decisions",
    "feedback",
    "federation",
    "core",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above GZip, so that it keeps compressed pages (core/page_cache.py).
    "core.page_cache.PageCacheMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "core.middleware.CookielessApiMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # Ends admin sessions idle or old, and members' after their maximum.
    "core.sessions.SessionLimitsMiddleware",
    "core.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a lockout into its response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ibds_portal.urls"
WSGI_APPLICATION = "ibds_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite under var/ unless DATABASE_URL points elsewhere (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and the one writer work side by side; IMMEDIATE avoids
    # "database is locked" when two requests start writing at once.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }

# A read replica (PostgreSQL streaming replication) for anonymous page views:
# see core/db_router.py.
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"],
        conn_max_age=DATABASES["default"]["CONN_MAX_AGE"],
        conn_health_checks=True,
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["core.db_router.ReplicaRouter"]
    MIDDLEWARE.insert(
        MIDDLEWARE.index("core.page_cache.PageCacheMiddleware") + 1,
        "core.db_router.ReplicaReadsMiddleware",
    )
# For this long after a change, anonymous reads use the primary as well, so
# that what is kept under the new page-cache generation includes the change.
DATABASE_REPLICA_LAG_SECONDS = float(
    os.environ.get("DATABASE_REPLICA_LAG_SECONDS", "5")
)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Long passphrases are welcome (no maximum, spaces allowed, paste allowed);
# short, common, all-digit or name-like passwords are refused.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
] + [
    {
        "NAME": "core.passwords.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    }
]

# django-axes counts failed logins per username and address and locks that
# pair out for a while; it must see every authentication, so it comes first.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",  # editors: username
    "community.auth.EmailBackend",  # members: e-mail address
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "account"
LOGOUT_REDIRECT_URL = "/"
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(
    minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15"))
)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
AXES_CLIENT_IP_CALLABLE = "core.clients.client_ip"
# Counted under the account the attempt names, whether by username (admin) or
# by e-mail address (members), in any case (core/logins.py).
AXES_USERNAME_CALLABLE = "core.logins.login_name"
# And per account from every address together, per hour: against guesses
# spread over many addresses (higher, since anyone can spend it).
LOGIN_ACCOUNT_FAILURE_LIMIT = int(os.environ.get("LOGIN_ACCOUNT_FAILURE_LIMIT", "20"))
WAGTAILADMIN_USER_LOGIN_FORM = "core.logins.AdminLoginForm"
# Keep no log of successful logins: failures (until they expire) are enough.
AXES_DISABLE_ACCESS_LOG = True
# Behind N reverse proxies that each append to X-Forwarded-For, the visitor's
# address is the N-th from the right; 0 means: use the connection's address.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Two-factor authentication (TOTP) for everyone who can use the Wagtail admin.
# Enforced unless switched off here; dev and test make it optional (a user
# who has set up a device is still asked for a code). Production enforces it.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", True)
OTP_TOTP_ISSUER = "Kenniscentrum Data"  # the name shown in the authenticator app

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands"))]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Media (uploaded images and documents) in S3-compatible object storage when
# MEDIA_S3_BUCKET is set, so that every app server sees the same files.
if os.environ.get("MEDIA_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["MEDIA_S3_BUCKET"],
            # e.g. https://s3.example.nl for a non-AWS provider
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("MEDIA_S3_REGION") or None,
            # Credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY
            # (read by boto3 from the environment), never in this file.
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
            "custom_domain": os.environ.get("MEDIA_S3_CUSTOM_DOMAIN") or None,
            "object_parameters": {"CacheControl": "public, max-age=31536000"},
        },
    }


# The code that runs, for cache keys: RELEASE from the environment (a
# version or commit the deployment sets), else a digest of the code, the
# templates and the locked dependencies. Whatever one release kept (pages,
# values, the content generation) is never read by another.
CODE_PARTS = [
    "community",
    "core",
    "decisions",
    "federation",
    "ibds_portal",
    "knowledge",
    "newsletter",
    "templates",
    "trainings",
    "requirements.lock",
]


def code_release(root: Path = BASE_DIR, parts=CODE_PARTS) -> str:
    """A digest of the files under `parts` of `root` (names and contents,
    in a fixed order; about 20 ms)."""
    digest = hashlib.blake2b(digest_size=8)
    for part in parts:
        top = root / part
        files = [top] if top.is_file() else sorted(top.rglob("*"))
        for path in files:
            if path.is_file() and path.suffix not in {".pyc", ".mo"}:
                digest.update(str(path.relative_to(root)).encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


RELEASE = os.environ.get("RELEASE", "").strip() or code_release()


def cache_settings(redis_url: str, prefix: str = "", release: str = RELEASE) -> dict:
    """Local memory by default; Redis when REDIS_URL is set (shared by all
    processes and machines). `pages` holds the anonymous page cache. Every
    key carries the release."""
    prefix = f"{prefix}{release}:"
    if redis_url:
        backend = {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
        }
        return {
            "default": {**backend, "KEY_PREFIX": prefix},
            "pages": {**backend, "KEY_PREFIX": f"{prefix}pages"},
        }
    locmem = "django.core.cache.backends.locmem.LocMemCache"
    return {
        "default": {"BACKEND": locmem, "KEY_PREFIX": prefix},
        # Each process keeps up to this many pages (the oldest third goes first).
        "pages": {
            "BACKEND": locmem,
            "LOCATION": "pages",
            "KEY_PREFIX": f"{prefix}pages",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
    }


CACHES = cache_settings(os.environ.get("REDIS_URL", ""))
# The anonymous page cache (core/page_cache.py): how long a page is
# kept at most, in seconds; 0 switches it off. Publishing purges it at once;
# the limit bounds what time alone changes ("upcoming" meetups and runs).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))

# The public API (core/api.py): requests per client address per window,
# counted in the database. Enough to harvest 10,000 items at 100 a page.
API_RATE_LIMIT = int(os.environ.get("API_RATE_LIMIT", "600"))
API_RATE_WINDOW = int(os.environ.get("API_RATE_WINDOW", "60"))
# Harvesting partner sources (federation/fetch.py): per response a connect
# and read timeout and a total deadline (seconds), a maximum size, and at
# most this many redirects (same host only); at most this many pages of a
# partner's API. Private and loopback addresses only where allowed (a
# partner on the same machine or network: development and tests).
FEDERATION_TIMEOUT = float(os.environ.get("FEDERATION_TIMEOUT", "10"))
FEDERATION_DEADLINE = float(os.environ.get("FEDERATION_DEADLINE", "30"))
FEDERATION_MAX_BYTES = int(os.environ.get("FEDERATION_MAX_BYTES", str(2 * 1024**2)))
FEDERATION_MAX_REDIRECTS = 3
FEDERATION_MAX_PAGES = 200
FEDERATION_ALLOW_PRIVATE_ADDRESSES = env_bool(
    "FEDERATION_ALLOW_PRIVATE_ADDRESSES", False
)
# Facet counts of the listings (knowledge/filters.py), kept until the content
# changes; 0 computes them on every request.
LISTING_CACHE_SECONDS = int(os.environ.get("LISTING_CACHE_SECONDS", "3600"))
# The vraagbaak's promise: an answer within this many working days (shown
# to the asker with the question's reference number).
ENQUIRY_ANSWER_WORKDAYS = int(os.environ.get("ENQUIRY_ANSWER_WORKDAYS", "10"))
# Searches counted per process before they are written together
# (core.search_insights); 1 writes each search at once.
SEARCH_COUNT_BATCH = int(os.environ.get("SEARCH_COUNT_BATCH", "20"))
# Where processes sharing local-memory caches keep the cache's generation.
PAGE_CACHE_GENERATION_FILE = VAR_DIR / "page-cache-generation"

EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Kenniscentrum Data <noreply@kenniscentrum.example>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

SESSION_COOKIE_HTTPONLY = True
# How long a login lasts (core/sessions.py, ASVS 3.3): whoever may use the
# admin is logged out after 30 minutes without a request and 12 hours after
# logging in; members stay logged in on their device for up to 14 days.
ADMIN_SESSION_IDLE_MINUTES = 30
ADMIN_SESSION_MAX_HOURS = 12
MEMBER_SESSION_MAX_DAYS = 14
SESSION_COOKIE_AGE = MEMBER_SESSION_MAX_DAYS * 86400
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Wagtail's page editor posts many fields for large StreamFields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Every save runs an indexing task; their start/finish lines are noise.
    # django-axes logs every failed login at INFO; lockouts come at WARNING.
    "loggers": {"django_tasks": {"level": "WARNING"}, "axes": {"level": "WARNING"}},
}

# Background work (django-tasks). Wagtail's own tasks (search index, references)
# run at once, as before; the newsletter is sent by a worker
# (`manage.py db_worker --backend newsletter`, started by `make run`).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "newsletter": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Kenniscentrum Data"
# Links in mail point here. Without it, the address `make run` serves on
# (PORT=8080 make run mails links to port 8080); production requires it.
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
)
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_DATE_FORMAT = "%d-%m-%Y"
WAGTAIL_DATETIME_FORMAT = "%d-%m-%Y %H:%M"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "core.widgets.DraftailRichTextArea"}
}
# The database backend picks PostgreSQL full-text search (with the Dutch
# configuration) or SQLite FTS5 from the default database; on SQLite the
# portal feeds it stemmed text itself (core/search.py).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "dutch",
    }
}
# Optional: OpenSearch for search (OPENSEARCH_URL, e.g. https://search:9200);
# fill it with `manage.py update_index` once.
if os.environ.get("OPENSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "wagtail.search.backends.opensearch2",
        "URLS": [os.environ["OPENSEARCH_URL"]],
        "INDEX_PREFIX": os.environ.get("OPENSEARCH_INDEX_PREFIX", "kenniscentrum_"),
        "TIMEOUT": 5,
    }

# /.well-known/security.txt: where to report a vulnerability, and until when
# that holds. SECURITY_TXT_EXPIRES (ISO 8601, e.g. 2027-06-30T00:00:00Z) is the
# team's promise; without it the file says 180 days from today. The deploy
# check warns when the date has passed or lies more than a year ahead.
SECURITY_CONTACT = os.environ.get(
    "SECURITY_CONTACT", "mailto:security@kenniscentrum.example"
)
SECURITY_TXT_EXPIRES = os.environ.get("SECURITY_TXT_EXPIRES", "")

# No request may leave our origin, not even from the admin: no version check
# against wagtail.org, no Gravatar images, no "what's new" banner.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
