"""The editors' reports: the answers per page, and the comments themselves,
for a period (the last 30 days unless chosen) and a section; both export to
CSV and XLSX. A comment can be marked handled (or open again), and deleted by
whoever may delete feedback (moderators).

Every listing costs a fixed number of queries however many pages and answers
there are: the counts are one aggregate per page row in a single query, the
section a subquery in it.
"""

from datetime import datetime, timedelta

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Substr
from django.http import HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from django_filters.fields import ModelChoiceField as FilterModelChoiceField
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from core.forms import KeyCheckMixin
from core.period_reports import PeriodFilterSet, PeriodReportView, back_to_report
from feedback.models import Feedback, counts, start_of

permission_policy = ModelPermissionPolicy(Feedback)


def section_pages():
    """The pages directly below a site's home page that have pages below
    them: the sections a report filters on (Vragen, Kennisbank, ...)."""
    return Page.objects.filter(depth=3, numchild__gt=0).order_by("path")


def section_title(prefix: str = "") -> Subquery:
    """The title of the section a row's page lies in (its ancestor at depth
    3), for annotate(); `prefix` reaches the page from the row."""
    return Subquery(
        Page.objects.filter(
            depth=3, path=Substr(OuterRef(f"{prefix}path"), 1, Page.steplen * 3)
        ).values("title")[:1]
    )


class SectionField(KeyCheckMixin, FilterModelChoiceField):
    """A section by id, refusing impossible keys before any query (as every
    choice field of ours does: core.forms.KeyCheckMixin)."""

    def to_python(self, value):
        if value not in self.empty_values:
            self.check_key(value)
        return super().to_python(value)


class SectionFilter(django_filters.ModelChoiceFilter):
    field_class = SectionField


class SectionPeriodFilterSet(PeriodFilterSet):
    sectie = SectionFilter(
        label="Sectie",
        queryset=lambda request: section_pages(),
        method="in_section",
        empty_label="Alle secties",
    )

    class Meta(PeriodFilterSet.Meta):
        pass

    def in_section(self, queryset, name, value):
        return queryset.filter(**{f"{self.page_prefix}path__startswith": value.path})

    page_prefix = ""


class FeedbackReport(PeriodReportView):
    """What both reports share: the permission, the period, the export."""

    permission_policy = permission_policy
    any_permission_required = ["view", "change", "delete"]
    header_icon = "comment"
    paginate_by = 50

    @property
    def period_bounds(self) -> tuple[datetime, datetime]:
        first, last = self.period
        return start_of(first), start_of(last + timedelta(days=1))


class PagesFilterSet(SectionPeriodFilterSet):
    page_prefix = ""

    class Meta(SectionPeriodFilterSet.Meta):
        model = Page


def _edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def _page_type(page) -> str:
    # From the content type Django keeps in memory: no query per row.
    model = page.specific_class
    return str(model._meta.verbose_name) if model else ""


class FeedbackPagesReport(FeedbackReport):
    page_title = "Feedback per pagina"
    index_url_name = "feedback_report"
    index_results_url_name = "feedback_report_results"
    filterset_class = PagesFilterSet
    default_ordering = "-not_helped_count"
    export_filename = "feedback-per-pagina"
    list_export = [
        "title",
        "section_title",
        "page_type",
        "helped_count",
        "not_helped_count",
        "open_count",
    ]
    export_headings = {
        "title": "Pagina",
        "section_title": "Sectie",
        "page_type": "Soort",
        "helped_count": "Ja",
        "not_helped_count": "Nee",
        "open_count": "Open opmerkingen",
    }
    no_results_message = "Geen antwoorden in deze periode."

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label="Pagina", get_url=_edit_url, sort_key="title"),
            Column("section_title", label="Sectie", sort_key="section_title"),
            Column("page_type", label="Soort"),
            Column("helped_count", label="Ja", sort_key="helped_count"),
            Column("not_helped_count", label="Nee", sort_key="not_helped_count"),
            TitleColumn(
                "open_count",
                label="Open opmerkingen",
                sort_key="open_count",
                get_url=self.comments_url,
            ),
        ]

    def comments_url(self, page):
        first, last = self.period
        return (
            f"{reverse('feedback_comments')}?pagina={page.pk}"
            f"&van={first.isoformat()}&tot={last.isoformat()}&status=open"
        )

    def get_queryset(self):
        start, end = self.period_bounds
        answered = Feedback.objects.between(start, end).values("page_id")
        self.queryset = (
            Page.objects.filter(pk__in=answered)
            .annotate(
                **counts("feedback_answers__", start, end),
                section_title=section_title(),
            )
            .order_by("path")
        )
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            page.page_type = _page_type(page)
        return object_list

    def to_row_dict(self, item):
        item.page_type = _page_type(item)
        return super().to_row_dict(item)


STATUSES = [("open", "Open"), ("afgehandeld", "Afgehandeld")]


class CommentsFilterSet(SectionPeriodFilterSet):
    page_prefix = "page__"
    status = django_filters.ChoiceFilter(
        label="Status", choices=STATUSES, method="with_status", empty_label="Alle"
    )
    pagina = SectionFilter(
        label="Pagina",
        queryset=lambda request: Page.objects.filter(
            pk__in=Feedback.objects.with_comment().values("page_id")
        ).order_by("title"),
        field_name="page",
        empty_label="Alle pagina's",
    )

    class Meta(SectionPeriodFilterSet.Meta):
        model = Feedback

    def with_status(self, queryset, name, value):
        return queryset.filter(handled_at__isnull=value == "open")


class HandleColumn(Column):
    """The button that marks a comment handled, or open again: a POST with
    Django's CSRF token (the admin is logged in)."""

    cell_template_name = "feedback/admin/handle_cell.html"

    def __init__(self, *args, may_change=False, may_delete=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.may_change = may_change
        self.may_delete = may_delete

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context.update(
            may_change=self.may_change,
            may_delete=self.may_delete,
            csrf_token=get_token(request),
            next=back_to_report(parent_context),
        )
        return context


def _handled_label(feedback) -> str:
    if feedback.handled_at is None:
        return "Open"
    return f"Afgehandeld op {date_format(timezone.localtime(feedback.handled_at))}"


def _spreadsheet_text(value):
    """A visitor's text as a spreadsheet cell: never a formula (=, +, -, @
    at the start make Excel compute it when the CSV is opened)."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class FeedbackCommentsReport(FeedbackReport):
    page_title = "Feedback: opmerkingen"
    index_url_name = "feedback_comments"
    index_results_url_name = "feedback_comments_results"
    filterset_class = CommentsFilterSet
    default_ordering = "-created_at"
    export_filename = "feedback-opmerkingen"
    list_export = ["created_at", "page.title", "section_title", "comment", "status"]
    export_headings = {
        "created_at": "Gegeven op",
        "page.title": "Pagina",
        "section_title": "Sectie",
        "comment": "Opmerking",
        "status": "Status",
    }
    custom_field_preprocess = {
        "comment": {
            ReportView.FORMAT_CSV: _spreadsheet_text,
            ReportView.FORMAT_XLSX: _spreadsheet_text,
        },
        "page.title": {
            ReportView.FORMAT_CSV: _spreadsheet_text,
            ReportView.FORMAT_XLSX: _spreadsheet_text,
        },
    }
    no_results_message = "Geen opmerkingen in deze periode."

    @cached_property
    def columns(self):
        user = self.request.user
        return [
            DateColumn("created_at", label="Gegeven op", sort_key="created_at"),
            TitleColumn(
                "page_title",
                label="Pagina",
                accessor="page.title",
                get_url=lambda feedback: _edit_url(feedback.page),
                sort_key="page__title",
            ),
            Column("section_title", label="Sectie"),
            Column("comment", label="Opmerking"),
            HandleColumn(
                "status",
                label="Status",
                accessor=_handled_label,
                sort_key="handled_at",
                may_change=permission_policy.user_has_permission(user, "change"),
                may_delete=permission_policy.user_has_permission(user, "delete"),
            ),
        ]

    def get_queryset(self):
        start, end = self.period_bounds
        self.queryset = (
            Feedback.objects.with_comment()
            .between(start, end)
            .select_related("page")
            .annotate(section_title=section_title("page__"))
        )
        return super().get_queryset()

    def to_row_dict(self, item):
        item.status = _handled_label(item)
        return super().to_row_dict(item)


def _back(request, target: str | None = None) -> str:
    """Where to go afterwards: the report as it was (its filters), or the
    comments report; never another site or a script."""
    target = request.POST.get("next", "") if target is None else target
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("feedback_comments")


@require_POST
def set_handled(request, pk):
    """Mark a comment handled (handled=1) or open again (handled=0); logged
    in the comment's history."""
    if not permission_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    feedback = get_object_or_404(Feedback.objects.with_comment(), pk=pk)
    handled = request.POST.get("handled") == "1"
    if handled != feedback.handled:
        feedback.handled_at = timezone.now() if handled else None
        Feedback.objects.filter(pk=feedback.pk).update(handled_at=feedback.handled_at)
        log(
            feedback,
            "feedback.handled" if handled else "feedback.reopened",
            user=request.user,
        )
    messages.success(
        request,
        "Opmerking gemarkeerd als afgehandeld."
        if handled
        else "Opmerking staat weer open.",
    )
    return HttpResponseRedirect(_back(request))


def delete_comment(request, pk):
    """Delete an answer with its comment, after a confirmation (moderators:
    a comment that holds personal data the filter missed, or abuse)."""
    if not permission_policy.user_has_permission(request.user, "delete"):
        raise PermissionDenied
    feedback = get_object_or_404(
        Feedback.objects.with_comment().select_related("page"), pk=pk
    )
    if request.method == "POST":
        log(feedback, "wagtail.delete", user=request.user)
        feedback.delete()
        messages.success(request, "Opmerking verwijderd.")
        return HttpResponseRedirect(_back(request))
    return TemplateResponse(
        request,
        "feedback/admin/confirm_delete.html",
        {"feedback": feedback, "next": _back(request, request.GET.get("next", ""))},
    )
