"""Combinable listing filters ("facets") whose state lives in the URL,
answered from a facet index.

Values within one facet are OR'ed, facets are AND'ed. Each option shows how
many items it would give together with the other facets' current choices.
Values arrive as slugs in the query string (`?type=leidraad&type=toolbox`);
malformed ones are dropped before anything else and unknown ones are
ignored, so odd URLs give a normal page.

The index (`FacetIndex`) holds a listing's items in the order they are shown
and, for every option of every facet, a bitmap of the items that have it: a
Python int whose bit i stands for the i-th item. It is built with one query
for the items and one per facet (about 50 ms at 10,000 products). Answering a
request is then a handful of ANDs, ORs and bit counts, whatever the filter
combination (well under a millisecond), so a filter combination nobody asked
for before costs what a repeated one costs. The listing keeps the index per
process until the content changes (core.listing); the items of a page are
fetched afresh, so what is shown is always live and public.
"""

import json
import re
import sys
import zlib
from array import array
from collections import defaultdict
from dataclasses import dataclass
from html import escape
from urllib.parse import urlencode

from django.db import connections
from django.db.models import QuerySet
from django.utils.safestring import mark_safe

# Any slug Django or taggit can make (Unicode letters included); the values
# are then matched against the known ones, never trusted.
SLUG_RE = re.compile(r"[-\w]{1,255}")
# Nobody picks more than a few values; a URL with hundreds is abuse.
MAX_VALUES_PER_FACET = 25
# How a stored index holds its numbers (FacetIndex.to_bytes): ids as 64-bit
# integers (any primary key), positions as 32-bit ones (C's int: 4 bytes on
# every platform Python runs on here).
ID_TYPECODE = "q"
POSITION_TYPECODE = "i"
# zlib's fastest level: 6 ms to write the kennisbank's at 10,000 products
# (its best level: 30 ms, for 5% fewer bytes).
STORED_COMPRESSION = 1
# What a count is of, for screen readers: "(1 resultaat)", "(4 resultaten)".
RESULT_NOUN = {True: "resultaat", False: "resultaten"}


@dataclass(frozen=True)
class Choice:
    """An option a facet offers: its value in the URL, its label and its
    place among the others."""

    value: str
    label: str
    order: object


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    selected: bool
    # For a selected option: the query string with only this value removed.
    remove_query: str = ""


def _related_model(model, path: str):
    for part in path.split("__"):
        model = model._meta.get_field(part).related_model
    return model


class Facet:
    """Filters on related terms: a foreign key (the type) or a many-to-many
    relation (bestuurslagen) named by `field`; the URL carries their slugs."""

    value_attr = "slug"
    label_attr = "name"
    order_attr = "sort_order"

    def __init__(self, param: str, label: str, field: str, order_attr: str = ""):
        self.param = param
        self.label = label
        self.field = field
        if order_attr:
            self.order_attr = order_attr

    def column(self, model) -> str | None:
        """The item's own column holding the value (a foreign key, a field
        with choices), read with the items; None for a relation."""
        field = model._meta.get_field(self.field.split("__")[0])
        return self.field if field.concrete and not field.many_to_many else None

    def pairs(self, items):
        """(item id, key) for every value of every item, for a facet without
        a column: straight from the relation's own table (many-to-many, or
        the tags' table), without joining the pages; ids of pages that are
        not in the listing are skipped by the index."""
        model = items.model
        name, _, rest = self.field.partition("__")
        field = model._meta.get_field(name)
        if field.many_to_many:
            through = field.remote_field.through._default_manager
            return through.values_list(
                f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
            )
        if field.one_to_many and rest and "__" not in rest:
            return field.related_model._default_manager.values_list(
                f"{field.field.name}_id", f"{rest}_id"
            )
        return (
            items.order_by()
            .filter(**{f"{self.field}__isnull": False})
            .values_list("pk", self.field)
        )

    def keys(self, stored) -> list:
        """The keys a stored value stands for: itself (None: no value)."""
        return [] if stored is None else [stored]

    def related(self, model):
        return _related_model(model, self.field)._default_manager.all()

    def choices(self, model, keys) -> dict:
        """key -> Choice for the keys found; a key left out is never offered."""
        rows = (
            self.related(model)
            .filter(pk__in=keys)
            .values_list("pk", self.value_attr, self.label_attr, self.order_attr)
        )
        return {pk: Choice(value, label, order) for pk, value, label, order in rows}


class TermFacet(Facet):
    """Related taxonomy terms, one (type) or several (bestuurslagen)."""


class TagFacet(Facet):
    """Themes: django-taggit tags through the page's `tagged_items`."""

    order_attr = "name"

    def __init__(self, param: str, label: str):
        super().__init__(param, label, "tagged_items__tag")


class PageMultiFacet(Facet):
    """Related pages (the questions); only live, public ones are offered."""

    label_attr = "title"
    order_attr = "path"

    def related(self, model):
        return super().related(model).live().public()


class ChoiceFacet(Facet):
    """A field with fixed choices, e.g. the phase of a practice case."""

    def __init__(self, param: str, label: str, field: str, choices):
        super().__init__(param, label, field)
        self.choice_list = list(choices)

    def choices(self, model, keys):
        return {
            value: Choice(value, str(label), index)
            for index, (value, label) in enumerate(self.choice_list)
            if value in keys
        }


class GroupedChoiceFacet(Facet):
    """Options that each cover one or more values of a field with choices:
    "Gratis" also finds trainings that are free with a paid certificate."""

    def __init__(self, param: str, label: str, field: str, groups: dict):
        super().__init__(param, label, field)
        # value -> (label, [field values])
        self.groups = groups

    def keys(self, stored):
        """The options a stored value falls under."""
        return [
            value
            for value, (_label, covered) in self.groups.items()
            if stored in covered
        ]

    def choices(self, model, keys):
        return {
            value: Choice(value, str(label), index)
            for index, (value, (label, _covered)) in enumerate(self.groups.items())
            if value in keys
        }


class FlagFacet(Facet):
    """A single option that keeps the items meeting a condition (a Q or an
    Exists expression), e.g. "start binnen 3 maanden"."""

    def __init__(self, param: str, label: str, value: str, option_label, condition):
        super().__init__(param, label, field="")
        self.value = value
        self.option_label = option_label
        self.condition = condition

    def column(self, model):
        return None

    def pairs(self, items):
        matching = items.order_by().filter(self.condition).values_list("pk", flat=True)
        return ((pk, self.value) for pk in matching)

    def choices(self, model, keys):
        if self.value not in keys:
            return {}
        return {self.value: Choice(self.value, str(self.option_label), 0)}


def _rows(queryset) -> list[tuple]:
    """The rows of a values_list() queryset of ids, slugs and plain values,
    read with the database cursor: Django's per-row conversion is most of
    the cost of reading 10,000s of rows, and these columns need none."""
    sql, params = queryset.query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _bitmap(indexes: list[int], size: int) -> int:
    """An int with the bits at `indexes` set: set in a bytearray, turned
    into an int once (OR-ing into a growing int would copy it each time)."""
    array = bytearray((size + 7) // 8)
    for index in indexes:
        array[index >> 3] |= 1 << (index & 7)
    return int.from_bytes(array, "little")


def _packed(typecode: str, numbers) -> bytes:
    """`numbers` as little-endian machine integers."""
    packed = array(typecode, numbers)
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.tobytes()


def _unpacked(typecode: str, view: memoryview, at: int, count: int):
    """`count` numbers packed by _packed at `at`, and where they end."""
    numbers = array(typecode)
    end = at + count * numbers.itemsize
    numbers.frombytes(view[at:end])
    if sys.byteorder == "big":
        numbers.byteswap()
    return numbers.tolist(), end


class FacetIndex:
    """A listing's items (their ids, in the order shown) and, per facet, a
    bitmap per option (see the module's docstring)."""

    def __init__(self, ids: list[int], bits: dict, choices: dict, orders=None):
        self.ids = ids
        self.all = (1 << len(ids)) - 1
        # param -> {value: bitmap}; param -> [Choice] in the order shown
        self.bits = bits
        self.choices = choices
        # Other orders a visitor can choose: name -> the positions in it.
        self.orders = orders or {}

    @classmethod
    def build(cls, items, facets: list[Facet], orders=None) -> "FacetIndex":
        """From `items`, an ordered queryset of the listing's items; `orders`
        names other orderings of them (name -> fields to order by), each
        read with one query of ids."""
        model = items.model
        columns = {facet.param: facet.column(model) for facet in facets}
        # The items with their own columns of every facet that has one.
        rows = _rows(
            items.values_list("pk", *[c for c in columns.values() if c is not None])
        )
        ids = [row[0] for row in rows]
        position = {pk: index for index, pk in enumerate(ids)}
        bits, choices = {}, {}
        at = 1
        for facet in facets:
            # key -> the positions of the items that have it
            found = defaultdict(list)
            if columns[facet.param] is not None:
                column, at = at, at + 1
                for index, row in enumerate(rows):
                    for key in facet.keys(row[column]):
                        found[key].append(index)
            else:
                pairs = facet.pairs(items)
                if isinstance(pairs, QuerySet):
                    pairs = _rows(pairs)
                for pk, key in pairs:
                    index = position.get(pk)
                    if index is not None:
                        found[key].append(index)
            known = facet.choices(model, list(found))
            # Several keys may stand for one option (a grouped choice).
            per_value = defaultdict(list)
            for key, indexes in found.items():
                if key in known:
                    per_value[known[key].value].extend(indexes)
            bits[facet.param] = {
                value: _bitmap(indexes, len(ids))
                for value, indexes in per_value.items()
            }
            choices[facet.param] = sorted(
                {known[key] for key in found if key in known},
                key=lambda choice: (choice.order, choice.label),
            )
        sorted_positions = {
            name: [
                position[pk]
                for (pk,) in _rows(items.order_by(*fields).values_list("pk"))
                if pk in position
            ]
            for name, fields in (orders or {}).items()
        }
        return cls(ids, bits, choices, sorted_positions)

    def to_bytes(self) -> bytes:
        """As stored (ListingIndex): a JSON header (the choices, and which
        bitmap is which) and then the numbers as they are in memory (the
        ids, the other orders' positions, each bitmap in a fixed number of
        bytes, little-endian), compressed. Never pickle: what a database
        holds must not run code. Against JSON: 40% of the bytes, and less
        than half the time to read and decode (docs/performance.md)."""
        size = (len(self.ids) + 7) // 8
        header = json.dumps(
            {
                "items": len(self.ids),
                "orders": list(self.orders),
                "choices": {
                    param: [[c.value, c.label, c.order] for c in choices]
                    for param, choices in self.choices.items()
                },
                "bits": {param: list(masks) for param, masks in self.bits.items()},
            },
            separators=(",", ":"),
        ).encode()
        parts = [len(header).to_bytes(4, "little"), header]
        parts.append(_packed(ID_TYPECODE, self.ids))
        parts.extend(_packed(POSITION_TYPECODE, self.orders[n]) for n in self.orders)
        parts.extend(
            mask.to_bytes(size, "little")
            for masks in self.bits.values()
            for mask in masks.values()
        )
        return zlib.compress(b"".join(parts), STORED_COMPRESSION)

    @classmethod
    def from_bytes(cls, data: bytes) -> "FacetIndex":
        view = memoryview(zlib.decompress(data))
        length = int.from_bytes(view[:4], "little")
        header = json.loads(bytes(view[4 : 4 + length]))
        at = 4 + length
        count = header["items"]
        ids, at = _unpacked(ID_TYPECODE, view, at, count)
        orders = {}
        for name in header["orders"]:
            orders[name], at = _unpacked(POSITION_TYPECODE, view, at, count)
        size = (count + 7) // 8
        bits = {}
        for param, values in header["bits"].items():
            bits[param] = {}
            for value in values:
                bits[param][value] = int.from_bytes(view[at : at + size], "little")
                at += size
        if at != len(view):
            raise ValueError("a stored facet index of another shape")
        choices = {
            param: [Choice(*choice) for choice in stored]
            for param, stored in header["choices"].items()
        }
        return cls(ids, bits, choices, orders)

    def options_at(self, param: str, position: int) -> list[Choice]:
        """The options of facet `param` that the item at `position` has, in
        the facet's order."""
        bits = self.bits[param]
        return [
            choice
            for choice in self.choices[param]
            if bits[choice.value] >> position & 1
        ]

    def labels_at(self, param: str, position: int) -> list[str]:
        """Their labels (for the item's card)."""
        return [choice.label for choice in self.options_at(param, position)]

    def positions(self, mask: int, start: int, stop: int, order: str = "") -> list[int]:
        """Positions of the set bits of `mask`, the start-th up to stop, in
        the listing's order or in the named one of `orders`."""
        found = []
        # The bits as text, lowest first: str.find skips the zeros in C.
        text = format(mask, "b")[::-1]
        if order:
            # One look-up per item until the page is full: about a
            # millisecond for the last page of 10,000.
            number = 0
            for at in self.orders[order]:
                if at < len(text) and text[at] == "1":
                    if number >= start:
                        found.append(at)
                    number += 1
                    if number >= stop:
                        break
            return found
        at = -1
        for number in range(stop):
            at = text.find("1", at + 1)
            if at < 0:
                break
            if number >= start:
                found.append(at)
        return found


@dataclass(frozen=True)
class FacetState:
    param: str
    label: str
    options: list[Option]

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
                f'class="visually-hidden"> {RESULT_NOUN[option.count == 1]}'
                f"</span>)</span></label></li>"
                for option in self.options
                for value in (escape(option.value),)
            )
        )


class ListingFilters:
    """Reads the facets' values from a query string and applies them to a
    listing's FacetIndex."""

    def __init__(self, data, facets: list[Facet]):
        self.facets = facets
        self.requested = {
            facet.param: self._clean(data.getlist(facet.param)) for facet in facets
        }
        self.selected = {facet.param: [] for facet in facets}
        # Other parameters the filter links keep (the chosen order).
        self.kept: list[tuple[str, str]] = []
        # A page ignores a value no item has (an old link still shows
        # everything); strict (the API), such a value matches nothing.
        self.strict = False

    @staticmethod
    def _clean(values: list[str]) -> list[str]:
        cleaned = []
        for value in values[:MAX_VALUES_PER_FACET]:
            if SLUG_RE.fullmatch(value) and value not in cleaned:
                cleaned.append(value)
        return cleaned

    def query_string(self) -> str:
        """The recognised filter values alone, "?…" (or ""): for an address
        that selects the same items, a calendar or a feed say."""
        pairs = [
            (facet.param, chosen)
            for facet in self.facets
            for chosen in self.selected[facet.param]
        ]
        return "?" + urlencode(pairs) if pairs else ""

    def _query_without(self, param: str, value: str) -> str:
        """The filter state as a query string, minus one value (page 1)."""
        pairs = [
            (facet.param, chosen)
            for facet in self.facets
            for chosen in self.selected[facet.param]
            if not (facet.param == param and chosen == value)
        ]
        return "?" + urlencode(pairs + self.kept)

    def apply(self, index: FacetIndex) -> tuple[int, list[FacetState]]:
        """The bitmap of the items that match, and every facet with its
        options, each counted with the other facets' choices applied."""
        # Unknown values (a deleted theme, a typo) are ignored, not an error.
        self.selected = {
            facet.param: [
                value
                for value in self.requested[facet.param]
                if value in index.bits[facet.param]
            ]
            for facet in self.facets
        }
        masks = {}
        for param, values in self.selected.items():
            if values or (self.strict and self.requested[param]):
                mask = 0
                for value in values:
                    mask |= index.bits[param][value]
                masks[param] = mask
        matching = index.all
        for mask in masks.values():
            matching &= mask
        states = []
        for facet in self.facets:
            others = index.all
            for param, mask in masks.items():
                if param != facet.param:
                    others &= mask
            bits = index.bits[facet.param]
            chosen = self.selected[facet.param]
            states.append(
                FacetState(
                    facet.param,
                    facet.label,
                    [
                        Option(
                            value=choice.value,
                            label=choice.label,
                            count=(bits[choice.value] & others).bit_count(),
                            selected=choice.value in chosen,
                            remove_query=self._query_without(facet.param, choice.value)
                            if choice.value in chosen
                            else "",
                        )
                        for choice in index.choices[facet.param]
                    ],
                )
            )
        return matching, states

    @property
    def active(self) -> bool:
        return any(self.selected.values())
