"""Who may edit what, and the "Redactie" review before publication.

Idempotent: `setup_editorial` (and the demo loader) run it as often as needed.
Wagtail's own migrations create the Editors and Moderators groups with page
permissions on the whole tree; this adds the taxonomy and the workflow.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from knowledge.models import GovernmentLayer, KnowledgeType, Organisation, Perspective

EDITORS = "Editors"
MODERATORS = "Moderators"
WORKFLOW_NAME = "Redactie"
TASK_NAME = "Redactiecontrole"


def model_permissions(models, actions):
    content_types = ContentType.objects.get_for_models(*models).values()
    codenames = [
        f"{action}_{content_type.model}"
        for content_type in content_types
        for action in actions
    ]
    return Permission.objects.filter(
        content_type__in=content_types, codename__in=codenames
    )


def ensure_groups():
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
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
    return editors, moderators


def ensure_redactie_workflow(pages):
    """Pages under `pages` (the section index pages) need the Moderators'
    approval before publication."""
    _editors, moderators = ensure_groups()
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    for page in pages:
        WorkflowPage.objects.update_or_create(
            page=page, defaults={"workflow": workflow}
        )
    return workflow
