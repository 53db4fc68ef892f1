"""Combinable listing filters ("facets") whose state lives in the URL.

Values within one facet are OR'ed, facets are AND'ed. Each option shows how
many items it would give together with the other facets' current choices.
Values arrive as slugs in the query string (`?type=leidraad&type=toolbox`);
malformed ones are dropped before they reach a query and unknown ones are
ignored, so odd URLs give a normal page. Every facet costs at most two
queries, whatever the number of items, and none while the content is
unchanged (ListingFilters.apply with a key).
"""

import re
from dataclasses import dataclass
from html import escape
from urllib.parse import urlencode

from django.db.models import Count, F, Q, QuerySet
from django.utils.safestring import mark_safe

from core.page_cache import remember
from core.pages import restricted_sections

# Any slug Django or taggit can make (Unicode letters included); the values
# are then matched against the known ones, never trusted.
SLUG_RE = re.compile(r"^[-\w]{1,255}$")
# Nobody picks more than a few values; a URL with hundreds is abuse.
MAX_VALUES_PER_FACET = 25


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    selected: bool
    # For a selected option: the query string with only this value removed.
    remove_query: str = ""


@dataclass(frozen=True)
class _Row:
    value: str
    label: str
    order: object
    count: int


class Facet:
    """Filters on a related term through `<field>__slug` and `<field>__name`."""

    def __init__(self, param: str, label: str, field: str, order_attr: str = ""):
        self.param = param
        self.label = label
        self.field = field
        if order_attr:
            self.order_attr = order_attr

    value_attr = "slug"
    label_attr = "name"
    order_attr = "sort_order"

    def lookup(self, attr: str) -> str:
        return f"{self.field}__{attr}"

    def value_lookup(self) -> str:
        return self.lookup(self.value_attr)

    def rows(self, queryset: QuerySet) -> dict[str, _Row]:
        """The facet's values among `queryset`, each with its number of items."""
        grouped = (
            queryset.order_by()
            .values(**self.columns())
            .annotate(facet_count=Count("pk", distinct=True))
        )

        rows = [
            _Row(
                row["facet_value"],
                row["facet_label"],
                row["facet_order"],
                row["facet_count"],
            )
            for row in grouped
            if row["facet_value"] is not None and self.include_row(row)
        ]
        rows.sort(key=lambda row: (row.order, row.label))
        return {row.value: row for row in rows}

    def columns(self) -> dict:
        return {
            "facet_value": F(self.value_lookup()),
            "facet_label": F(self.lookup(self.label_attr)),
            "facet_order": F(self.lookup(self.order_attr)),
        }

    def include_row(self, row) -> bool:
        return True

    def filter(self, queryset: QuerySet, values: list[str]) -> QuerySet:
        # A subquery rather than a join: picking two values must not list an
        # item twice.
        matching = queryset.model.objects.filter(
            **{f"{self.value_lookup()}__in": values}
        )
        return queryset.filter(pk__in=matching.values("pk"))


class TermFacet(Facet):
    """Related taxonomy terms, one (type) or several (bestuurslagen)."""


class TagFacet(Facet):
    """Themes: django-taggit tags through the page's `tagged_items`."""

    def __init__(self, param: str, label: str):
        super().__init__(param, label, "tagged_items__tag")

    order_attr = "name"


class PageMultiFacet(Facet):
    """Related pages (the questions); only live, public ones are offered."""

    label_attr = "title"
    order_attr = "path"

    restricted = None

    def rows(self, queryset):
        if self.restricted is None:  # once per request, not per count
            self.restricted = tuple(path for path, _depth in restricted_sections())
        return super().rows(queryset)

    def columns(self):
        # Group by the related page's `live` flag too, so that unpublished
        # questions can be left out (their path is the ordering column).
        return {**super().columns(), "facet_live": F(self.lookup("live"))}

    def include_row(self, row):
        return row["facet_live"] and not row["facet_order"].startswith(self.restricted)


class ChoiceFacet(Facet):
    """A field with fixed choices, e.g. the phase of a practice case."""

    def __init__(self, param: str, label: str, field: str, choices):
        super().__init__(param, label, field)
        self.choices = list(choices)

    def value_lookup(self) -> str:
        return self.field

    def rows(self, queryset):
        grouped = (
            queryset.order_by()
            .values_list(self.field)
            .annotate(facet_count=Count("pk", distinct=True))
        )
        counts = dict(grouped)
        return {
            value: _Row(value, str(label), index, counts[value])
            for index, (value, label) in enumerate(self.choices)
            if counts.get(value)
        }


class GroupedChoiceFacet(Facet):
    """Options that each cover one or more values of a field with choices:
    "Gratis" also finds trainings that are free with a paid certificate."""

    def __init__(self, param: str, label: str, field: str, groups: dict):
        super().__init__(param, label, field)
        # value -> (label, [field values])
        self.groups = groups

    def rows(self, queryset):
        queryset = queryset.order_by()
        columns = {
            f"group_{index}": Count(
                "pk", filter=Q(**{f"{self.field}__in": values}), distinct=True
            )
            for index, (_label, values) in enumerate(self.groups.values())
        }
        counts = queryset.aggregate(**columns)
        rows = {}
        for index, (value, (label, _values)) in enumerate(self.groups.items()):
            if counts[f"group_{index}"]:
                rows[value] = _Row(value, str(label), index, counts[f"group_{index}"])
        return rows

    def filter(self, queryset, values):
        allowed = [choice for value in values for choice in self.groups[value][1]]
        return queryset.filter(**{f"{self.field}__in": allowed})


class FlagFacet(Facet):
    """A single option that keeps the items meeting a condition (a Q or an
    Exists expression), e.g. "start binnen 3 maanden"."""

    def __init__(self, param: str, label: str, value: str, option_label, condition):
        super().__init__(param, label, field="")
        self.value = value
        self.option_label = option_label
        self.condition = condition

    def rows(self, queryset):
        count = queryset.filter(self.condition).order_by().count()
        if not count:
            return {}
        return {self.value: _Row(self.value, str(self.option_label), 0, count)}

    def filter(self, queryset, values):
        return queryset.filter(self.condition)


@dataclass(frozen=True)
class FacetState:
    facet: Facet
    options: list[Option]

    @property
    def param(self):
        return self.facet.param

    @property
    def label(self):
        return self.facet.label

    @property
    def selected(self):
        return [option for option in self.options if option.selected]

    def options_html(self):
        """The options as the checkboxes of components/filters.html.

        Built here rather than in a template loop: a facet can have a hundred
        options or more (themes, providers), and the template engine took
        about 40 microseconds per option, a fifth of a listing page's time.
        Every value is escaped (html.escape, as Django's escape does).
        """
        param = escape(self.param)
        return mark_safe(  # noqa: S308 - every part below is escaped
            "\n".join(
                f'<li class="filters__option"><input type="checkbox" '
                f'name="{param}" value="{value}" id="f-{param}-{value}"'
                f"{' checked' if option.selected else ''}> "
                f'<label for="f-{param}-{value}">{escape(str(option.label))} '
                f'<span class="filters__count">({option.count:d}<span '
                f'class="visually-hidden"> resultaten</span>)</span></label></li>'
                for option in self.options
                for value in (escape(option.value),)
            )
        )


class ListingFilters:
    """Reads the facets' values from a query string and applies them."""

    def __init__(self, data, facets: list[Facet]):
        self.facets = facets
        self.requested = {
            facet.param: self._clean(data.getlist(facet.param)) for facet in facets
        }
        self.selected = {facet.param: [] for facet in facets}

    @staticmethod
    def _clean(values: list[str]) -> list[str]:
        cleaned = []
        for value in values[:MAX_VALUES_PER_FACET]:
            if SLUG_RE.match(value) and value not in cleaned:
                cleaned.append(value)
        return cleaned

    def _query_without(self, param: str, value: str) -> str:
        """The filter state as a query string, minus one value (page 1)."""
        pairs = [
            (facet.param, chosen)
            for facet in self.facets
            for chosen in self.selected[facet.param]
            if not (facet.param == param and chosen == value)
        ]
        return "?" + urlencode(pairs)

    def state(self, skip: Facet | None = None) -> str:
        """The chosen values, in a fixed order, without those of `skip`."""
        return "&".join(
            f"{facet.param}={value}"
            for facet in self.facets
            if facet is not skip
            for value in sorted(self.selected[facet.param])
        )

    def apply(
        self, base: QuerySet, key: str | None = None
    ) -> tuple[QuerySet, list[FacetState]]:
        """Return the filtered queryset and every facet with its options.

        Counting groups every item, so with a `key` that names `base` (the
        listing, and the day where `base` depends on it) the counts are kept
        until the content changes, under the key and the filter state.
        """

        def counted(facet, queryset, state):
            if key is None:
                return facet.rows(queryset())
            return remember(
                "facet-counts",
                f"{key}|{facet.param}|{state}",
                lambda: facet.rows(queryset()),
            )

        totals = {
            facet.param: counted(facet, lambda: base, "*") for facet in self.facets
        }
        # Unknown values (a deleted theme, a typo) are ignored, not an error.
        self.selected = selected = {
            facet.param: [
                value
                for value in self.requested[facet.param]
                if value in totals[facet.param]
            ]
            for facet in self.facets
        }

        def narrowed(queryset, skip=None):
            for facet in self.facets:
                if facet is not skip and selected[facet.param]:
                    queryset = facet.filter(queryset, selected[facet.param])
            return queryset

        states = []
        for facet in self.facets:
            others = self.state(skip=facet)
            # Counts only differ from the totals when another facet narrows.
            rows = (
                counted(facet, lambda f=facet: narrowed(base, skip=f), others)
                if others
                else None
            )
            options = [
                Option(
                    value=row.value,
                    label=row.label,
                    count=(rows[value].count if value in rows else 0)
                    if rows is not None
                    else row.count,
                    selected=value in selected[facet.param],
                    remove_query=self._query_without(facet.param, value)
                    if value in selected[facet.param]
                    else "",
                )
                for value, row in totals[facet.param].items()
            ]
            states.append(FacetState(facet, options))
        return narrowed(base), states

    @property
    def active(self) -> bool:
        return any(self.selected.values())
