"""Production: everything comes from the environment; refuse to start without it."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list

_required = {
    "SECRET_KEY": os.environ.get("SECRET_KEY", "").strip(),
    "ALLOWED_HOSTS": env_list("ALLOWED_HOSTS"),
    "WAGTAILADMIN_BASE_URL": os.environ.get("WAGTAILADMIN_BASE_URL", "").strip(),
}
for _name, _value in _required.items():
    if not _value:
        raise ImproperlyConfigured(
            f"Set the {_name} environment variable: production refuses to start "
            "without it (see README.md)."
        )

SECRET_KEY = _required["SECRET_KEY"]
ALLOWED_HOSTS = _required["ALLOWED_HOSTS"]
# Links in mails point here: workflow mails to editors, account and
# newsletter links (one-click unsubscribe, RFC 8058, needs https).
WAGTAILADMIN_BASE_URL = _required["WAGTAILADMIN_BASE_URL"]
if not WAGTAILADMIN_BASE_URL.startswith("https://"):
    raise ImproperlyConfigured(
        "WAGTAILADMIN_BASE_URL must start with https:// in production: the "
        "links in mails (unsubscribe, confirm, reset) go there."
    )
DEBUG = False
# Keep database connections open between requests (each worker has one).
for _alias in DATABASES:  # noqa: F405
    DATABASES[_alias]["CONN_MAX_AGE"] = int(  # noqa: F405
        os.environ.get("DB_CONN_MAX_AGE", "60")
    )
IBDS_DEMO_ACCOUNTS = False
# Every admin user sets up an authenticator app before anything else.
TWO_FACTOR_REQUIRED = True

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
if env_bool("BEHIND_TLS_PROXY", False):
    # Only trust this header when a proxy in front sets (and strips) it.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading binds the whole domain to HTTPS for a long time: opt in.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]  # preload is a deliberate choice
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Mail really leaves in production (never into files under var/).
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
