"""ASGI entry point; production settings unless DJANGO_SETTINGS_MODULE is set."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ibds_portal.settings.production")

application = get_asgi_application()
