"""The portal's panels on the admin dashboard (Wagtail's homepage panels).

Every feature adds its own with the `construct_homepage_panels` hook: a
`SummaryPanel` subclass that says, in a few counts and at most a handful of
links, what waits for the editor, and links to the report or listing that
holds the rest. A panel costs a bounded number of queries however much there
is (tests/test_dashboard.py counts them); it shows only what its reader may
open, which each feature's hook decides from the user's permissions.
"""

from dataclasses import dataclass, field

from wagtail.admin.ui.components import Component

# No panel lists more than this many items; its link leads to the rest.
PANEL_ITEMS = 5


@dataclass(frozen=True)
class Count:
    """A figure in the panel's first line: "12 te herzien"."""

    label: str
    value: int
    url: str = ""


@dataclass(frozen=True)
class Item:
    """One thing to act on: its title, where to act on it, and a short note
    ("3 maanden te laat", "gesteld op 2 november")."""

    label: str
    url: str
    note: str = ""


@dataclass
class Summary:
    counts: list[Count] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    # Where the whole list is (a report, a listing), and what to call it.
    more_url: str = ""
    more_label: str = ""
    # Said when there is nothing to act on: "Niets te herzien."
    empty: str = ""


class SummaryPanel(Component):
    """A dashboard panel: subclasses set `name`, `heading` and `order`
    (Wagtail's own panels use 100-300) and write `summary()`."""

    name = ""
    heading = ""
    order = 400
    template_name = "core/admin/summary_panel.html"

    def summary(self, request) -> Summary:
        raise NotImplementedError

    def get_context_data(self, parent_context):
        return {
            "panel_id": f"panel-{self.name}",
            "heading": self.heading,
            "summary": self.summary(parent_context["request"]),
        }
