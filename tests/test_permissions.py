"""The public site grants no power through admin permissions.

Editors' permissions act only in the admin (/admin/), which asks for the
second factor where it is required; on the public site an editor is just a
visitor or a member. Every check of a permission or a staff flag outside the
admin's own modules is listed here with the reason it grants nothing.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ["core", "ibds_portal", "knowledge", "trainings", "community", "newsletter"]
APPS.append("decisions")
APPS.append("feedback")
APPS.append("federation")
# Modules that only serve the admin (under /admin/, behind two-factor login)
# or run from the command line.
ADMIN_ONLY = re.compile(
    r"(wagtail_hooks|admin_views|editorial|two_factor|middleware)\.py$"
    r"|/(management|migrations|settings)/"
)
CHECK = re.compile(
    r"has_perms?\(|permission_required|user_passes_test|is_staff|is_superuser"
    r"|get_all_permissions|access_admin"
)
# file: how many checks, each of which only refuses
ALLOWED = {
    # Refuses: editors' accounts are removed by an administrator, not here.
    "community/account_views.py": 3,
    # Refuses: an editor's account is never "awaiting confirmation", and an
    # editor's address (which the admin lets them change unconfirmed) proves
    # nothing about their vraagbaak questions or subscription.
    "community/auth.py": 6,
    # Shortens: whoever may use the admin is logged out sooner.
    "core/sessions.py": 3,
    # Narrows: only editors (and administrators) can be chosen as the editor
    # who owns a kennisbank item; being chosen grants nothing.
    "knowledge/models/base.py": 1,
}


def test_no_public_view_checks_an_admin_permission():
    found = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            if ADMIN_ONLY.search(relative):
                continue
            hits = CHECK.findall(path.read_text())
            if hits:
                found[relative] = len(hits)
    assert found == ALLOWED
