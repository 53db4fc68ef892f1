"""Who may read and handle the feedback: editors and moderators read the
report and mark comments handled; moderators may also delete one (a comment
that slipped personal data past the filter, or abuse)."""

from core.editorial import ensure_groups, model_permissions
from feedback.models import Feedback


def ensure_feedback_permissions():
    editors, moderators = ensure_groups()
    editors.permissions.add(*model_permissions([Feedback], ["view", "change"]))
    moderators.permissions.add(
        *model_permissions([Feedback], ["view", "change", "delete"])
    )
