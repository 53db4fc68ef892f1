"""Local development: `make run`. Never use these settings on a server."""

import secrets

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, VAR_DIR, env_bool, env_list

# The demo content and the load benchmark (production does not install them).
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]

DEBUG = True
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")

VAR_DIR.mkdir(parents=True, exist_ok=True)
# A random key per checkout, kept under var/ (ignored by git): no secret in
# the repository, and sessions survive a restart of runserver.
_key_file = VAR_DIR / "dev-secret-key"
if not _key_file.exists():
    _key_file.write_text(secrets.token_urlsafe(50))
SECRET_KEY = _key_file.read_text().strip()

# runserver serves static files itself; no manifest needed.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The demo loader creates editor accounts with known passwords only when this
# is set (see README); never in production.
IBDS_DEMO_ACCOUNTS = True
# Two-factor authentication is optional here (set TWO_FACTOR_REQUIRED=1 to try
# the enforced flow); whoever sets up a device is asked for its codes.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", False)

# runserver serves static files; WhiteNoise is for production.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405
