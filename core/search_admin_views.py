"""The search in the admin: the editors' synonyms (a snippet), two reports
of what visitors searched for (the most searched queries, and the queries
without results, each for a period and exportable to CSV and XLSX), the
actions on a query without results ("Maak synoniem", "Markeer als
afgehandeld"), the dashboard panel, and who may do what.

Every report is one aggregate query per page of rows, and the panel two
queries, however many searches were counted (core.search_insights).
"""

from datetime import date
from urllib.parse import urlencode

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from core.dashboard import PANEL_ITEMS, Count, Item, Summary, SummaryPanel
from core.editorial import ensure_groups, model_permissions
from core.models import SearchCount, SynonymGroup
from core.period_reports import (
    PERIOD_DAYS,
    PeriodFilterSet,
    PeriodReportView,
    back_to_report,
    default_period,
    shapes_the_report,
)
from core.search import MAX_QUERY_LENGTH
from core.search_insights import (
    flush,
    mark_handled,
    per_query,
    without_results,
)

counts_policy = ModelPermissionPolicy(SearchCount)
synonyms_policy = ModelPermissionPolicy(SynonymGroup)
# Where "Maak synoniem" puts the query it starts from.
QUERY_PARAM = "zoekopdracht"


def ensure_search_permissions():
    """Editors keep the synonyms and read the search counts (and mark a
    query handled, the one change the counts allow); moderators may also
    delete synonyms."""
    editors, moderators = ensure_groups()
    counts = model_permissions([SearchCount], ["view", "change"])
    editors.permissions.add(
        *model_permissions([SynonymGroup], ["add", "view", "change"]), *counts
    )
    moderators.permissions.add(
        *model_permissions([SynonymGroup], ["add", "view", "change", "delete"]),
        *counts,
    )


# The synonyms


class SynonymCreateView(CreateView):
    """The snippet's own form; from a query without results ("Maak
    synoniem", ?zoekopdracht=...) it starts with that query as its first
    term, and saving marks the query handled and returns to the report."""

    @cached_property
    def source_query(self) -> str:
        return " ".join(self.request.GET.get(QUERY_PARAM, "").split())[
            :MAX_QUERY_LENGTH
        ]

    def get_initial_form_instance(self):
        if self.source_query:
            return SynonymGroup(terms=self.source_query + "\n")
        return super().get_initial_form_instance()

    def get_add_url(self):
        url = super().get_add_url()
        if self.source_query:
            joiner = "&" if "?" in url else "?"
            url += joiner + urlencode({QUERY_PARAM: self.source_query})
        return url

    def save_instance(self):
        instance = super().save_instance()
        if self.source_query:
            mark_handled(self.source_query)
        return instance

    def get_success_url(self):
        if self.source_query:
            return reverse("search_insights_zero")
        return super().get_success_url()


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = "Synoniemen"
    add_to_admin_menu = True
    menu_order = 310
    add_view_class = SynonymCreateView
    list_display = ["__str__", "note", "updated_at"]
    search_fields = ["terms", "note"]
    ordering = ["terms"]


# The reports


STATUSES = [("afgehandeld", "Afgehandeld"), ("alle", "Open en afgehandeld")]


class SearchPeriodFilterSet(PeriodFilterSet):
    class Meta(PeriodFilterSet.Meta):
        model = SearchCount


class WithoutResultsFilterSet(SearchPeriodFilterSet):
    status = django_filters.ChoiceFilter(
        label="Status",
        choices=STATUSES,
        empty_label="Open",
        method=shapes_the_report,
    )

    class Meta(SearchPeriodFilterSet.Meta):
        pass


def _yes_no(value) -> str:
    return "ja" if value else "nee"


class SearchReport(PeriodReportView):
    """What both reports share: the permission, the period, the search in
    the queries, the export."""

    permission_policy = counts_policy
    permission_required = "view"
    header_icon = "search"
    paginate_by = 50
    is_searchable = True
    search_fields = ["query"]
    default_ordering = "-searches"
    export_filename = "zoekopdrachten"

    def rows(self, start: date, end: date):
        raise NotImplementedError

    def get_queryset(self):
        flush()  # what this process counted and has not written yet
        queryset = self.rows(*self.period)
        ordering = self.ordering
        if ordering:
            queryset = queryset.order_by(ordering, "query")
        return self.search_queryset(queryset)

    def get_valid_orderings(self):
        keys = ["query", "searches", "results", "last_searched"]
        return keys + [f"-{key}" for key in keys]


class TopSearchesReport(SearchReport):
    page_title = "Zoekopdrachten"
    index_url_name = "search_insights_top"
    index_results_url_name = "search_insights_top_results"
    filterset_class = SearchPeriodFilterSet
    no_results_message = "Geen zoekopdrachten in deze periode."
    list_export = ["query", "searches", "results", "last_searched"]
    export_headings = {
        "query": "Zoekopdracht",
        "searches": "Aantal keer gezocht",
        "results": "Resultaten (laatste keer)",
        "last_searched": "Laatst gezocht",
    }
    columns = [
        Column("query", label="Zoekopdracht", sort_key="query"),
        Column("searches", label="Aantal keer gezocht", sort_key="searches"),
        Column("results", label="Resultaten (laatste keer)", sort_key="results"),
        Column("last_searched", label="Laatst gezocht", sort_key="last_searched"),
    ]

    def rows(self, start, end):
        return per_query(start, end)


class ActionsColumn(Column):
    """ "Maak synoniem" (the synonym's form, starting with the query) and
    "Markeer als afgehandeld" (or "open" again): a POST with Django's CSRF
    token; each for whoever may do it."""

    cell_template_name = "core/admin/search_query_actions.html"

    def __init__(self, *args, may_add=False, may_change=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.may_add = may_add
        self.may_change = may_change

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        add_url = reverse("wagtailsnippets_core_synonymgroup:add")
        context.update(
            may_add=self.may_add,
            may_change=self.may_change,
            synonym_url=f"{add_url}?{urlencode({QUERY_PARAM: instance['query']})}",
            csrf_token=get_token(request),
            next=back_to_report(parent_context),
        )
        return context


class WithoutResultsReport(SearchReport):
    page_title = "Zoekopdrachten zonder resultaat"
    index_url_name = "search_insights_zero"
    index_results_url_name = "search_insights_zero_results"
    filterset_class = WithoutResultsFilterSet
    export_filename = "zoekopdrachten-zonder-resultaat"
    no_results_message = "Geen zoekopdrachten zonder resultaat in deze periode."
    list_export = ["query", "searches", "last_searched", "handled"]
    export_headings = {
        "query": "Zoekopdracht",
        "searches": "Aantal keer gezocht",
        "last_searched": "Laatst gezocht",
        "handled": "Afgehandeld",
    }
    custom_field_preprocess = {
        "handled": {ReportView.FORMAT_CSV: _yes_no, ReportView.FORMAT_XLSX: _yes_no}
    }

    @cached_property
    def columns(self):
        user = self.request.user
        return [
            Column("query", label="Zoekopdracht", sort_key="query"),
            Column("searches", label="Aantal keer gezocht", sort_key="searches"),
            Column("last_searched", label="Laatst gezocht", sort_key="last_searched"),
            ActionsColumn(
                "handled",
                label="Actie",
                may_add=synonyms_policy.user_has_permission(user, "add"),
                may_change=counts_policy.user_has_permission(user, "change"),
            ),
        ]

    def rows(self, start, end):
        return without_results(start, end, status=self.chosen.get("status") or "open")


def _back(request) -> str:
    """The report as it was (its filters and page); never another site."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("search_insights_zero")


class HandleForm(forms.Form):
    query = forms.CharField(max_length=MAX_QUERY_LENGTH)
    handled = forms.ChoiceField(choices=[("1", "afgehandeld"), ("0", "open")])


@require_POST
def set_handled(request):
    """Mark a query without results handled (handled=1: hidden from the
    report and the panel until it is searched in vain on a later day), or
    open again (handled=0)."""
    if not counts_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    form = HandleForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Kies een zoekopdracht uit het rapport.")
        return HttpResponseRedirect(_back(request))
    query = form.cleaned_data["query"]
    handled = form.cleaned_data["handled"] == "1"
    if not SearchCount.objects.filter(query=query).update(handled=handled):
        messages.error(
            request,
            "Die zoekopdracht staat niet (meer) in de telling; er is niets gewijzigd.",
        )
    elif handled:
        messages.success(request, f"‘{query}’ is gemarkeerd als afgehandeld.")
    else:
        messages.success(request, f"‘{query}’ staat weer open.")
    return HttpResponseRedirect(_back(request))


# The dashboard


class SearchesWithoutResultsPanel(SummaryPanel):
    name = "search-without-results"
    heading = "Zoekopdrachten zonder resultaat"
    order = 460

    def summary(self, request) -> Summary:
        flush()
        # The same days as the report opens with; two queries (one when
        # there is nothing), however many searches were counted.
        waiting = without_results(*default_period())
        total = waiting.count()
        top = list(waiting[:PANEL_ITEMS]) if total else []
        report = reverse("search_insights_zero")
        return Summary(
            counts=[
                Count(
                    f"zonder resultaat in {PERIOD_DAYS} dagen, nog niet afgehandeld",
                    total,
                    report,
                )
            ],
            items=[
                Item(
                    row["query"],
                    f"{report}?{urlencode({'q': row['query']})}",
                    f"{row['searches']} keer gezocht",
                )
                for row in top
            ],
            more_url=report,
            more_label="Alle zoekopdrachten zonder resultaat",
            empty=f"De afgelopen {PERIOD_DAYS} dagen vond elke zoekopdracht iets, "
            "of is hij afgehandeld.",
        )
