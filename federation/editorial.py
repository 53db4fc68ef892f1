"""Federation's part of the editorial setup (core.editorial): editors
register and keep the partner sources; moderators also delete them (a
deleted source leaves its pages, unpublished items included)."""

from core.editorial import ensure_groups, model_permissions
from federation.models import PartnerSource


def ensure_source_permissions():
    editors, moderators = ensure_groups()
    editors.permissions.add(
        *model_permissions([PartnerSource], ["add", "change", "view"])
    )
    moderators.permissions.add(
        *model_permissions([PartnerSource], ["add", "change", "delete", "view"])
    )
