"""Who may manage the trainings' own lists: audiences and proposals."""

from core.editorial import ensure_groups, model_permissions
from trainings.models import Audience, TrainingProposal


def ensure_training_permissions():
    editors, moderators = ensure_groups()
    editors.permissions.add(
        *model_permissions([Audience], ["view"]),
        *model_permissions([TrainingProposal], ["view"]),
    )
    moderators.permissions.add(
        *model_permissions([Audience], ["add", "change", "delete", "view"]),
        *model_permissions([TrainingProposal], ["view", "delete"]),
    )
