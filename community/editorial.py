"""Who may handle the community's own data: editors triage and answer the
vraagbaak and manage group memberships (moderators of groups included);
moderators may also delete (e.g. spam). Sign-ups for meetups are read-only
for editors."""

from community.models import Enquiry, EventRegistration, Membership
from core.editorial import ensure_groups, model_permissions


def ensure_community_permissions():
    editors, moderators = ensure_groups()
    editors.permissions.add(
        *model_permissions([Enquiry], ["view", "change"]),
        *model_permissions([Membership], ["add", "view", "change", "delete"]),
        *model_permissions([EventRegistration], ["view"]),
    )
    moderators.permissions.add(
        *model_permissions([Enquiry], ["view", "change", "delete"]),
        *model_permissions([Membership], ["add", "view", "change", "delete"]),
        *model_permissions([EventRegistration], ["view", "delete"]),
    )
