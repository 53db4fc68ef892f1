"""The kennisbank's part of the editorial setup (core.editorial): the
taxonomy's permissions; the kennisbank and the practice cases go under the
"Redactie" workflow (knowledge.wagtail_hooks)."""

from core.editorial import ensure_groups, model_permissions
from knowledge.models import GovernmentLayer, KnowledgeType, Organisation, Perspective


def ensure_taxonomy_permissions():
    editors, moderators = ensure_groups()
    # Editors keep the list of organisations up to date; moderators also
    # manage the fixed taxonomy (types, bestuurslagen, perspectives).
    editors.permissions.add(
        *model_permissions([Organisation], ["add", "change", "view"]),
        *model_permissions([KnowledgeType, GovernmentLayer, Perspective], ["view"]),
    )
    moderators.permissions.add(
        *model_permissions(
            [Organisation, KnowledgeType, GovernmentLayer, Perspective],
            ["add", "change", "delete", "view"],
        )
    )
