"""Who may handle the vraagbaak: editors triage and answer, moderators may
also delete (e.g. spam)."""

from community.models import Enquiry
from knowledge.editorial import ensure_groups, model_permissions


def ensure_community_permissions():
    editors, moderators = ensure_groups()
    editors.permissions.add(*model_permissions([Enquiry], ["view", "change"]))
    moderators.permissions.add(
        *model_permissions([Enquiry], ["view", "change", "delete"])
    )
