"""Test settings: fast and isolated. DATABASE_URL switches to PostgreSQL."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105 - a fixed key for tests
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
IBDS_DEMO_ACCOUNTS = False
TWO_FACTOR_REQUIRED = False  # tests of the enforced flow switch it on
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Tests never collect static files; WhiteNoise would warn about STATIC_ROOT.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405
# Tasks run at once (the sending tests call the steps themselves).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "newsletter": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
