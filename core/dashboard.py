"""The portal's panels on the admin dashboard (Wagtail's homepage panels).

Every feature adds its own with the `construct_homepage_panels` hook: a
`SummaryPanel` subclass that says, in a few counts and at most a handful of
links, what waits for the editor, and links to the report or listing that
holds the rest. A panel costs a bounded number of queries however much there
is (tests/test_dashboard.py counts them); it shows only what its reader may
open, which each feature's hook decides from the user's permissions.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef
from django.db.models import Count as Rows
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState

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


def _page_items(pages_by_id, ids, note) -> list[Item]:
    return [
        Item(
            pages_by_id[pk].get_admin_display_title(),
            reverse("wagtailadmin_pages:edit", args=[pk]),
            note(pk),
        )
        for pk in ids
        if pk in pages_by_id
    ]


class MyWorkPanel(SummaryPanel):
    """The editor's own unfinished work: pages sent back with "needs
    changes" in a workflow, and drafts whose latest revision is theirs."""

    name = "my_work"
    heading = _("Mijn concepten en afgewezen pagina's")
    order = 140

    def summary(self, request):
        user = request.user
        rejected = WorkflowState.objects.filter(
            status=WorkflowState.STATUS_NEEDS_CHANGES,
            requested_by=user,
            base_content_type=ContentType.objects.get_for_model(Page),
        )
        rejected_ids = [
            int(pk)
            for pk in rejected.order_by("-created_at").values_list(
                "object_id", flat=True
            )[:PANEL_ITEMS]
        ]
        # A rejected page is listed as rejected, not again as a draft.
        sent_back = rejected.filter(object_id=Cast(OuterRef("pk"), CharField()))
        drafts = Page.objects.filter(
            has_unpublished_changes=True, latest_revision__user=user
        ).exclude(Exists(sent_back))
        draft_ids = list(
            drafts.order_by("-latest_revision_created_at").values_list("pk", flat=True)[
                :PANEL_ITEMS
            ]
        )
        pages = Page.objects.in_bulk([*rejected_ids, *draft_ids])
        items = _page_items(pages, rejected_ids, lambda pk: _("afgewezen"))
        items += _page_items(
            pages,
            draft_ids,
            lambda pk: (
                _("concept, bewerkt op %(day)s")
                % {
                    "day": date_format(
                        localtime(pages[pk].latest_revision_created_at), "j F"
                    )
                }
            ),
        )
        return Summary(
            counts=[
                Count(_("afgewezen"), rejected.count()),
                Count(_("concepten"), drafts.count()),
            ],
            items=items[:PANEL_ITEMS],
            empty=_("Geen concepten of afgewezen pagina's."),
        )


class ProposalsPanel(SummaryPanel):
    """What visitors sent in through the site's forms (a training, a
    practice case) and waits in a workflow, by type, oldest first. A
    submission from the site has no requesting user."""

    name = "proposals"
    heading = _("Ingestuurd via de site, wacht op de redactie")
    order = 165

    def summary(self, request):
        waiting = WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            requested_by__isnull=True,
            base_content_type=ContentType.objects.get_for_model(Page),
        )
        per_type = (
            waiting.order_by()
            .values("content_type")
            .annotate(count=Rows("pk"))
            .order_by("content_type")
        )
        oldest = list(
            waiting.order_by("created_at").values_list("object_id", "created_at")[
                :PANEL_ITEMS
            ]
        )
        pages = Page.objects.in_bulk([int(pk) for pk, _created in oldest])
        started = {int(pk): created for pk, created in oldest}
        return Summary(
            counts=[
                Count(
                    capfirst(
                        ContentType.objects.get_for_id(row["content_type"])
                        .model_class()
                        ._meta.verbose_name_plural
                    ),
                    row["count"],
                )
                for row in per_type
            ],
            items=_page_items(
                pages,
                list(started),
                lambda pk: (
                    _("ingestuurd op %(day)s")
                    % {"day": date_format(localtime(started[pk]), "j F")}
                ),
            ),
            more_url=reverse("wagtailadmin_reports:workflow"),
            more_label=_("Alle pagina's in een workflow"),
            empty=_("Niets ingestuurd dat wacht."),
        )


class ReviewQueuePanel(SummaryPanel):
    """What waits for the reader's approval, oldest first. It takes the place
    of Wagtail's own panel, which makes queries for every waiting page; the
    approve and reject actions are on each page's edit view."""

    name = "review_queue"
    replaces = "workflow_objects_to_moderate"
    heading = _("Wacht op mijn beoordeling")
    order = 120

    def summary(self, request):
        waiting = TaskState.objects.reviewable_by(request.user).filter(
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page)
        )
        oldest = list(
            waiting.order_by("started_at").values_list(
                "workflow_state__object_id", "started_at"
            )[:PANEL_ITEMS]
        )
        started = {int(pk): moment for pk, moment in oldest}
        pages = Page.objects.in_bulk(list(started))
        return Summary(
            counts=[Count(_("te beoordelen"), waiting.count())],
            items=_page_items(
                pages,
                list(started),
                lambda pk: (
                    _("sinds %(day)s")
                    % {"day": date_format(localtime(started[pk]), "j F")}
                ),
            ),
            more_url=reverse("wagtailadmin_reports:workflow_tasks"),
            more_label=_("Alle taken in een workflow"),
            empty=_("Niets te beoordelen."),
        )
