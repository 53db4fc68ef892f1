"""Filtered, paginated listings for index pages (kennisbank,
praktijkvoorbeelden, opleidingen), answered from a facet index
(core.facets.FacetIndex)."""

import hashlib
import logging
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models.functions import Lower
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from core.facets import FacetIndex, FacetState, ListingFilters
from core.models import ListingIndex
from core.page_cache import access_state, current_generation, read_once

logger = logging.getLogger(__name__)

PAGE_SIZE = 12
SORT_PARAM = "sortering"

# Per process: key -> (stamp, when read, value): listings' facet indexes and
# the search's vocabulary. They name only ids, labels and words; whether an
# item may be shown is checked again when its page is fetched.
_indexes: dict[str, tuple[str, float, object]] = {}


def index_shape(facets, orders=None) -> str:
    """The facets' and orders' shape: an index stored for other facets or
    orders is built again."""
    return repr(
        [
            [(facet.param, type(facet).__name__, facet.field) for facet in facets],
            sorted((orders or {}).items()),
        ]
    )


def index_stamp() -> str:
    """The content generation and the view restrictions (read from the
    database): an index built before either changed is built again."""
    return f"{current_generation()}|{access_state()}"[:64]


def facet_index(key: str | None, facets, build, orders=None) -> FacetIndex:
    """The listing's index for the current content (see kept_for_content).
    Without a key (an editor's preview) it is built every time."""
    if key is None:
        return build()
    return kept_for_content(
        f"facet-index:{key}",
        key,
        index_shape(facets, orders),
        build,
        dump=FacetIndex.to_bytes,
        load=FacetIndex.from_bytes,
    )


def kept_for_content(read_key: str, key: str, shape: str, build, *, dump, load):
    """A value worked out from the current content: stored in the database
    (ListingIndex, as bytes by `dump`) by the first request after a change,
    and read from there by every process (`load`); kept in the process too
    until the next change or LISTING_CACHE_SECONDS pass (0: read from the
    database on every request). Built again for another release or `shape`.
    Read at most once per request (`read_key`), however many parts of a
    page ask."""
    return read_once(read_key, lambda: _kept(key, shape, build, dump, load))


def _kept(key: str, shape: str, build, dump, load):
    stamp = index_stamp()
    now = time.monotonic()
    lifetime = settings.LISTING_CACHE_SECONDS
    kept = _indexes.get(key)
    if lifetime and kept and kept[0] == stamp and now - kept[1] < lifetime:
        return kept[2]
    text = f"{settings.RELEASE}|{shape}"
    form = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
    stored = ListingIndex.objects.filter(key=key, stamp=stamp, format=form).first()
    value = None
    if stored is not None:
        try:
            value = load(bytes(stored.data))
        except (ValueError, KeyError, TypeError, zlib.error):
            # Damaged (a restored backup, a hand-edited row): built again.
            logger.warning("stored value %s unreadable; built again", key)
    if value is None:
        value = build()
        ListingIndex.objects.update_or_create(
            key=key, defaults={"stamp": stamp, "format": form, "data": dump(value)}
        )
    if lifetime:
        # Forget what was built for earlier content.
        for old in [k for k, (s, _t, _v) in _indexes.items() if s != stamp]:
            _indexes.pop(old, None)
        _indexes[key] = (stamp, now, value)
    return value


class IndexedItems(Sequence):
    """The matching items in the order shown, for Django's Paginator: its
    length is a bit count, and a slice fetches just those items, from
    `fetch_from` (the listing's own queryset: still live, public and in this
    section, with what the cards need)."""

    def __init__(
        self,
        index: FacetIndex,
        mask: int,
        fetch_from,
        card_facets=(),
        order="",
        options=False,
    ):
        self.index = index
        self.mask = mask
        self.fetch_from = fetch_from
        # "" for the listing's own order, else one of the index's `orders`.
        self.order = order
        # Facets whose option labels each item gets as `facet_labels`, read
        # from the index rather than fetched (a query per relation saved).
        self.card_facets = card_facets
        # Whether each item gets every facet's options as `facet_options`
        # (values and labels: what the API lists of an item).
        self.options = options

    def __len__(self):
        return self.mask.bit_count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start, stop, _step = key.indices(len(self))
        positions = self.index.positions(self.mask, start, stop, self.order)
        ids = [self.index.ids[position] for position in positions]
        found = {item.pk: item for item in self.fetch_from.filter(pk__in=ids)}
        items = []
        for position, pk in zip(positions, ids, strict=True):
            item = found.get(pk)
            if item is not None:
                item.facet_labels = {
                    param: self.index.labels_at(param, position)
                    for param in self.card_facets
                }
                if self.options:
                    item.facet_options = facet_options(self.index, position)
                items.append(item)
        return items


def facet_options(index: FacetIndex, position: int) -> dict:
    """param -> the options of every facet the item at `position` has."""
    return {param: index.options_at(param, position) for param in index.choices}


def sort_options(default_label, others: dict, chosen: str) -> list[dict]:
    """The orders offered, for components/sort.html: the default one (value
    None: no parameter) and `others` (value -> (label, ...))."""
    return [
        {"label": default_label, "value": None, "current": not chosen},
        *(
            {"label": label, "value": value, "current": value == chosen}
            for value, (label, *_rest) in others.items()
        ),
    ]


@dataclass
class Selection:
    """What a query string selects from a listing: the filters as read, the
    index they were applied to, the matching items' bitmap, every facet with
    its counts, and the chosen order ("" for the listing's own). The HTML
    listing, its calendar and feed, and the API all select through it
    (`FilteredListingMixin.listing_selection`), so they agree."""

    filters: ListingFilters
    index: FacetIndex
    matching: int
    facets: list[FacetState]
    sort: str
    items: "IndexedItems"

    @property
    def count(self) -> int:
        return self.matching.bit_count()


class FilteredListingMixin:
    """For an index Page: `listing_queryset()` filtered by `listing_filters()`.

    The page class defines both: the queryset of its items (with what their
    cards need selected and prefetched) and a `ListingFilters` for the data.

    The filter state lives in the query string, so every filtered view is a
    shareable URL and works without JavaScript.
    """

    page_size = PAGE_SIZE
    # Facets whose options a card shows (item.facet_labels), from the index.
    card_facets: tuple[str, ...] = ()
    # The orders a visitor can choose (`?sortering=`): the listing's own
    # (listing_order) first, then others by the fields to order by. Each is
    # a list of positions in the index, so any order of any selection costs
    # what the first does.
    default_sort_label = _("Nieuwste eerst")
    other_sorts: dict = {"titel": (_("Titel (A–Z)"), (Lower("title"), "pk"))}

    def listing_key(self) -> str | None:
        """Names the listing for its kept index (None: built every time);
        override when the items depend on more than the content (the day,
        say)."""
        return f"{self._meta.label}:{self.pk}" if self.pk else None

    def listing_order(self, items):
        """The items as they are shown; override to annotate or sort."""
        return items

    def listing_index(self, *, preview: bool = False, facets=None) -> FacetIndex:
        """The listing's facet index for the current content; other pages
        read it too (a question's items and counts, the newest items)."""
        if facets is None:
            facets = self.listing_filters(QueryDict()).facets
        key = None if preview else self.listing_key()
        orders = {name: fields for name, (_label, fields) in self.other_sorts.items()}
        return facet_index(
            key,
            facets,
            lambda: FacetIndex.build(
                self.listing_order(self.listing_queryset()), facets, orders
            ),
            orders,
        )

    def listing_cards(self):
        """What a page of items is fetched from, by id, in the order the
        index gives: by default the listing's own queryset, so an item is
        shown only while it is still live, public and in this listing.
        Override to leave out what only choosing and ordering the items
        needs (the index did that, for the current content and day), never
        what decides whether an item may be shown (live, public)."""
        return self.listing_order(self.listing_queryset())

    def listing_items(self, index: FacetIndex, mask: int, order="") -> IndexedItems:
        """The items of `mask` in the order shown (or the named other
        order), fetched a slice at a time."""
        return IndexedItems(index, mask, self.listing_cards(), self.card_facets, order)

    def listing_sort(self, data) -> str:
        """The chosen other order, or "" for the listing's own."""
        value = data.get(SORT_PARAM, "")
        return value if value in self.other_sorts else ""

    def sort_options(self, chosen: str) -> list[dict]:
        """For components/sort.html: the listing's own order (value None:
        no parameter) and the others."""
        return sort_options(self.default_sort_label, self.other_sorts, chosen)

    def listing_selection(
        self, data, *, preview: bool = False, strict: bool = False
    ) -> Selection:
        """The items that the query string `data` selects, in the order it
        chooses (malformed and unknown values ignored, as everywhere; with
        `strict`, a value no item has matches nothing)."""
        filters = self.listing_filters(data)
        filters.strict = strict
        sort = self.listing_sort(data)
        if sort:
            filters.kept = [(SORT_PARAM, sort)]
        index = self.listing_index(preview=preview, facets=filters.facets)
        matching, facets = filters.apply(index)
        items = self.listing_items(index, matching, sort)
        return Selection(filters, index, matching, facets, sort, items)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        selection = self.listing_selection(
            request.GET, preview=getattr(request, "is_preview", False)
        )
        filters = selection.filters
        # get_page() turns a malformed page number into the first page and one
        # past the end into the last: an odd URL still gives a normal page.
        paginator = Paginator(selection.items, self.page_size)
        page = paginator.get_page(request.GET.get("page"))
        context.update(
            {
                "facets": selection.facets,
                "filters_active": filters.active,
                "filter_query": filters.query_string(),
                "filters_chosen": sum(
                    len(values) for values in filters.selected.values()
                ),
                "items": page,
                "paginator": paginator,
                "sort": selection.sort,
                "sort_options": self.sort_options(selection.sort),
            }
        )
        return context
