"""What the editors' reports over a period share (the search insights, the
feedback): a filter "Van" / "Tot en met" that is the last PERIOD_DAYS days
unless chosen, and a report view that reads it, names it in its subtitle
and in the name of its exports."""

from datetime import date, timedelta

import django_filters
from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput

PERIOD_DAYS = 30


def default_period() -> tuple[date, date]:
    """The last PERIOD_DAYS days, today included."""
    today = timezone.localdate()
    return today - timedelta(days=PERIOD_DAYS - 1), today


class PeriodForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("van"), cleaned.get("tot")
        if start and end and start > end:
            # On the field: Wagtail's filter panel shows no form-wide errors.
            self.add_error("tot", "De einddatum ligt vóór de begindatum.")
        return cleaned


def shapes_the_report(queryset, name, value):
    """For a filter whose value shapes the report's aggregate (the period,
    a status), not a filter on its rows: the report reads it itself."""
    return queryset


class PeriodFilterSet(WagtailFilterSet):
    van = django_filters.DateFilter(
        label="Van",
        widget=AdminDateInput,
        method=shapes_the_report,
        help_text=f"Leeg: {PERIOD_DAYS} dagen geleden.",
    )
    tot = django_filters.DateFilter(
        label="Tot en met",
        widget=AdminDateInput,
        method=shapes_the_report,
        help_text="Leeg: vandaag.",
    )

    class Meta:
        form = PeriodForm
        fields = []


class PeriodReportView(ReportView):
    """A report over the chosen period; `export_filename` is the start of
    its exports' names, the period the rest."""

    export_filename = "rapport"

    @cached_property
    def chosen(self) -> dict:
        """The filter form's values; what it refuses counts as not chosen."""
        if self.filters is not None and self.filters.is_valid():
            return self.filters.form.cleaned_data
        return {}

    @cached_property
    def period(self) -> tuple[date, date]:
        """(first day, last day) chosen, or the last PERIOD_DAYS days."""
        start, end = default_period()
        return self.chosen.get("van") or start, self.chosen.get("tot") or end

    def get_page_subtitle(self):
        first, last = self.period
        return f"{date_format(first, 'j F Y')} tot en met {date_format(last, 'j F Y')}"

    def get_filename(self):
        first, last = self.period
        return f"{self.export_filename}-{first:%Y-%m-%d}-{last:%Y-%m-%d}"


def back_to_report(parent_context) -> str:
    """Where an action in a report's row returns to: the report's own page
    with the filters chosen. Filtering reloads only the rows, from the
    report's results URL, which is no page to land on."""
    query = parent_context["request"].GET.urlencode()
    base = parent_context["table"].base_url
    return f"{base}?{query}" if query else base
