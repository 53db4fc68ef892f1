"""Who may edit what, and the "Redactie" review before publication.

Idempotent: `manage.py setup_editorial` (and the demo loader) run it as often
as needed. Wagtail's own migrations create the Editors and Moderators groups
with page permissions on the whole tree. Every feature adds the permissions
on its own models, and names the sections that go under the workflow, with a
`setup_editorial` hook in its wagtail_hooks.py (a function returning those
section pages); this module names no feature.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail import hooks
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask
from wagtail.permissions import page_permission_policy

EDITORS = "Editors"
MODERATORS = "Moderators"
WORKFLOW_NAME = "Redactie"
TASK_NAME = "Redactiecontrole"
HOOK = "setup_editorial"


def may_edit_pages(user) -> bool:
    """Whoever may add, change or publish pages somewhere: the editors, as
    Wagtail's own reports count them. Read per request from the database."""
    return page_permission_policy.user_has_any_permission(
        user, ["add", "change", "publish"]
    )


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
    """(editors, moderators): Wagtail's groups, made if missing."""
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
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


def setup_editorial():
    """Every feature's permissions, and the workflow on every section they
    name. Returns (workflow, sections)."""
    ensure_groups()
    sections = [page for setup in hooks.get_hooks(HOOK) for page in setup() or ()]
    return ensure_redactie_workflow(sections), sections
