"""The public, read-only API at /api/v1: what the portal publishes, for
intranets, other government portals and the portal's own federation.

Each feature declares its resources (a `Resource`: a plural noun for its
path, its fields and its filters) through the Wagtail hook
`register_api_resources`; this module serves them and writes the OpenAPI
document from the same declarations, so the document cannot describe
fields or parameters the API does not have.

A resource on a filtered listing (`ListingResource`) selects through the
listing page's own `listing_selection()`: the same parameter names and
values as the HTML listing, the same results in the same order, the same
counts per option. Only live, public pages ever appear, fetched afresh for
every request (whatever the listing keeps is ids and labels).

Following the NL API Design Rules where they apply:
- nouns for resources, the major version in the path, no trailing slashes;
- JSON, and problem details (RFC 9457, application/problem+json) for every
  error, with `invalidParams` naming each bad parameter;
- an `API-Version` header on every response; CORS open for GET;
- `ETag` and `Last-Modified`, with 304 for a conditional request.

Parameters are strict where the page is forgiving: an unknown parameter, a
malformed value or too large a page size is a 400 (a program should hear
about its mistake); a well-formed filter value that no item has selects
nothing (the page ignores it, so an old link still works); a page past the
last is empty.

Anonymous clients (all of them: the API reads no session) are limited per
address (API_RATE_LIMIT), counted in the database, never in a cache. API
responses are not kept by the page cache: the limit counts every request,
and an answer costs a handful of queries from the listings' facet indexes.
"""

import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlencode

from django.db.models import prefetch_related_objects
from django.http import QueryDict
from wagtail import hooks

from core.listing import SORT_PARAM, IndexedItems, facet_options
from core.mail import public_url, site_url

API_VERSION = "1.0.0"
API_PATH = "/api/v1"
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
# Page ids are 32-bit integers in Wagtail's table; a larger number is no id
# (and PostgreSQL would refuse to compare it).
MAX_ID = 2**31 - 1
PAGE_PARAM = "page"
PAGE_SIZE_PARAM = "pageSize"
JSON_TYPE = "application/json"
PROBLEM_TYPE = "application/problem+json"
# What a browser script on another site may read besides the body.
EXPOSED_HEADERS = (
    "API-Version, ETag, Last-Modified, "
    "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After"
)
ALLOWED_METHODS = "GET, HEAD, OPTIONS"
DIGITS = re.compile(r"[0-9]{1,20}")
# Pages go no further (100 items a page: ten million items).
MAX_PAGE = 100_000


class ApiError(Exception):
    """An error answered with problem details."""

    def __init__(self, status: int, detail: str, invalid_params=(), headers=None):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.invalid_params = list(invalid_params)
        self.headers = headers or {}


def invalid(name: str, reason: str) -> dict:
    return {"name": name, "code": "invalid", "reason": reason}


# ---------------------------------------------------------------------------
# Fields: one declaration gives the value in a response and its schema.


@dataclass(frozen=True)
class Field:
    name: str
    schema: dict
    description: str
    value: Callable


def nullable(schema: dict) -> dict:
    """The schema, or null (OpenAPI 3.1: JSON Schema's own way)."""
    if "type" in schema:
        return {**schema, "type": [schema["type"], "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


TEXT = {"type": "string"}
URL = {"type": "string", "format": "uri"}
DATE = {"type": "string", "format": "date"}
DATE_TIME = {"type": "string", "format": "date-time"}
INTEGER = {"type": "integer"}
BOOLEAN = {"type": "boolean"}
TERM = {"$ref": "#/components/schemas/Term"}
TERMS = {"type": "array", "items": TERM}
ORGANISATION = {"$ref": "#/components/schemas/Organisatie"}


def term(value: str, label) -> dict:
    """A value as the filters name it (`waarde`) and as a person reads it."""
    return {"waarde": value, "label": str(label)}


def choice(instance, name: str) -> dict | None:
    """A field with choices as a term: its stored value and its label."""
    value = getattr(instance, name)
    if not value:
        return None
    return term(value, getattr(instance, f"get_{name}_display")())


def terms(related) -> list[dict]:
    """Prefetched taxonomy terms (slug, name) in their order."""
    return [
        term(item.slug, item.name)
        for item in sorted(related.all(), key=lambda item: (item.sort_order, item.name))
    ]


def tag_terms(related) -> list[dict]:
    return [term(tag.slug, tag.name) for tag in sorted(related.all(), key=str)]


def facet_terms(param: str, fallback: Callable) -> Callable:
    """The value of an item's relation that its listing has as a facet:
    the item's options of facet `param`, from the listing's index (no query,
    the same values and labels the page's filters show); `fallback(item)`
    for an item its listing does not hold (its relations prefetched)."""

    def value(item):
        options = getattr(item, "facet_options", None)
        if options is None:
            return fallback(item)
        return [term(choice.value, choice.label) for choice in options.get(param, ())]

    return value


def organisation(item) -> dict | None:
    if item is None:
        return None
    return {
        "naam": item.name,
        "afkorting": item.short_name or None,
        "website": item.website or None,
    }


def iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")
    return value.isoformat()


def page_fields(described: str) -> list[Field]:
    """What every page resource has: id, title, its page, its dates."""
    return [
        Field(
            "id",
            INTEGER,
            f"Vaste identificatie van {described}; verandert nooit.",
            lambda item: item.pk,
        ),
        Field("titel", TEXT, "De titel.", lambda item: item.title),
        Field(
            "url",
            URL,
            "De pagina op het portaal.",
            lambda item: item.absolute_url,
        ),
        Field(
            "eersteGepubliceerd",
            nullable(DATE_TIME),
            "Wanneer de pagina voor het eerst is gepubliceerd.",
            lambda item: iso(item.first_published_at),
        ),
        Field(
            "laatstGepubliceerd",
            nullable(DATE_TIME),
            "Wanneer de pagina het laatst is gepubliceerd (gewijzigd).",
            lambda item: iso(item.last_published_at),
        ),
    ]


# ---------------------------------------------------------------------------
# Resources


@dataclass(frozen=True)
class Param:
    """A filter a list accepts: one or more slugs, or one of `values`."""

    name: str
    description: str
    values: tuple[str, ...] = ()
    many: bool = True


@dataclass
class Found:
    """What a list request selected: the items (a sequence Paginator can
    slice), and for a filtered listing its facets with their counts."""

    items: Sequence
    facets: list | None = None


class Resource:
    """A kind of thing the API lists (`path`, a plural noun) and shows one
    of at a time (`path`/<id>). Subclasses set the class attributes and
    write `section()`, `select()` and `items()`."""

    path: str = ""
    # The OpenAPI schema's name for one item ("Kennisproduct").
    schema_name: str = ""
    title: str = ""
    description: str = ""
    # Its place among the resources (the root and the document).
    order: int = 0
    fields: list[Field] = []
    # Whether what is listed moves with the day (trainings still to come):
    # then nothing before today's start counts as unchanged.
    changes_daily = False
    # Whether it moves with the clock (a meetup passes): no Last-Modified.
    changes_hourly = False
    # Whether a list answers with its facets and their counts.
    filtered = False

    def params(self) -> list[Param]:
        return []

    def list_description(self) -> str:
        return self.description

    # The section index page type whose page lists the items.
    section_class = None

    def section(self):
        """The section index page listing the items, or None."""
        return self.section_class.published()

    def items(self, section):
        """Every live, public item of `section` with what its fields read."""
        raise NotImplementedError

    def select(self, section, query: dict) -> Found:
        """The items `query` (the checked parameters) selects, in order."""
        raise NotImplementedError

    def detail(self, section, pk: int):
        """The live, public item with this id, or None."""
        return self.items(section).filter(pk=pk).first()

    def represent(self, item, request) -> dict:
        # The page's address, with the site's root paths read once per
        # request (without the request, Wagtail reads them for every page).
        item.absolute_url = public_url(item, request)
        data = {item_field.name: item_field.value(item) for item_field in self.fields}
        data["_links"] = {"self": {"href": self.href(item.pk)}}
        return data

    def href(self, pk=None, query: str = "") -> str:
        path = f"{API_PATH}/{self.path}" + (f"/{pk}" if pk is not None else "")
        return site_url(path) + query


def facet_param(facet) -> Param:
    label = str(facet.label).lower()
    return Param(
        facet.param,
        f"Filter op {label}: een of meer waarden (`waarde` in `facetten` van "
        "het antwoord). Meer waarden van één filter: elk item met een ervan; "
        "meer filters: items die aan alle voldoen. Een waarde die geen item "
        "heeft, selecteert niets.",
    )


class ListingResource(Resource):
    """The items of a filtered listing page (core.listing.FilteredListingMixin),
    selected exactly as that page selects them: its facets are the
    parameters, and `sortering` its other orders."""

    filtered = True

    def params(self):
        # An unsaved page knows its facets and orders (they are code).
        page = self.section_class()
        facets = page.listing_filters(QueryDict()).facets
        return [
            *(facet_param(facet) for facet in facets),
            Param(
                SORT_PARAM,
                f"De volgorde: zonder deze parameter "
                f"'{str(page.default_sort_label).lower()}', of "
                + ", ".join(
                    f"{value} ({str(label).lower()})"
                    for value, (label, _fields) in page.other_sorts.items()
                )
                + ".",
                values=tuple(page.other_sorts),
                many=False,
            ),
        ]

    # What the fields read that the index does not hold (prefetched for an
    # item its listing does not list, such as a past training).
    relations: tuple = ()

    def cards(self, section):
        """What a page of results is fetched from (by id): the listing's own
        cards queryset, with what the fields read besides the facets."""
        return section.listing_cards()

    def detail(self, section, pk):
        item = self.cards(section).filter(pk=pk).first()
        if item is None:
            return None
        index = section.listing_index()
        try:
            position = index.ids.index(item.pk)
        except ValueError:
            prefetch_related_objects([item], *self.relations)
        else:
            item.facet_options = facet_options(index, position)
        return item

    def select(self, section, query):
        data = QueryDict(urlencode(query, doseq=True))
        selection = section.listing_selection(data, strict=True)
        items = IndexedItems(
            selection.index,
            selection.matching,
            self.cards(section),
            order=selection.sort,
            options=True,
        )
        facets = [
            {
                "naam": state.param,
                "label": str(state.label),
                "opties": [
                    {
                        "waarde": option.value,
                        "label": str(option.label),
                        "aantal": option.count,
                        "gekozen": option.selected,
                    }
                    for option in state.options
                ],
            }
            for state in selection.facets
        ]
        return Found(items, facets)


class QueryResource(Resource):
    """The live, public items below a section in a fixed order, unfiltered
    unless a subclass reads its parameters in `select`."""

    def select(self, section, query):
        return Found(self.items(section))


@cache
def resources() -> dict[str, Resource]:
    """Every registered resource by its path: the code's, not the content's,
    so worked out once per process."""
    found = [
        resource
        for hook in hooks.get_hooks("register_api_resources")
        for resource in hook()
    ]
    return {resource.path: resource for resource in sorted(found, key=_order)}


def _order(resource: Resource):
    return (resource.order, resource.path)
