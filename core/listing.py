"""Filtered, paginated listings for index pages (kennisbank,
praktijkvoorbeelden, opleidingen), answered from a facet index
(core.facets.FacetIndex)."""

import time
from collections.abc import Sequence

from django.conf import settings
from django.core.paginator import Paginator

from core.facets import FacetIndex
from core.page_cache import current_generation

PAGE_SIZE = 12

# Per process: listing key -> (content generation, when built, index). The
# index names only ids and option labels; whether an item may be shown is
# checked again when its page is fetched.
_indexes: dict[str, tuple[str, float, FacetIndex]] = {}


def facet_index(key: str | None, build) -> FacetIndex:
    """The listing's index for the current content: built by a process's
    first request after the content changed (a new page-cache generation),
    then kept in the process until the next change or LISTING_CACHE_SECONDS
    pass. Without a key (an editor's preview), or with
    LISTING_CACHE_SECONDS=0, it is built for every request."""
    lifetime = settings.LISTING_CACHE_SECONDS
    if key is None or not lifetime:
        return build()
    generation = current_generation()
    now = time.monotonic()
    kept = _indexes.get(key)
    if kept is not None and kept[0] == generation and now - kept[1] < lifetime:
        return kept[2]
    index = build()
    # Forget what an earlier generation built.
    for old in [k for k, (gen, _t, _i) in _indexes.items() if gen != generation]:
        _indexes.pop(old, None)
    _indexes[key] = (generation, now, index)
    return index


class IndexedItems(Sequence):
    """The matching items in the order shown, for Django's Paginator: its
    length is a bit count, and a slice fetches just those items, from
    `fetch_from` (the listing's own queryset: still live, public and in this
    section, with what the cards need)."""

    def __init__(self, index: FacetIndex, mask: int, fetch_from):
        self.index = index
        self.mask = mask
        self.fetch_from = fetch_from

    def __len__(self):
        return self.mask.bit_count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start, stop, _step = key.indices(len(self))
        ids = [
            self.index.ids[position]
            for position in self.index.positions(self.mask, start, stop)
        ]
        found = {item.pk: item for item in self.fetch_from.filter(pk__in=ids)}
        return [found[pk] for pk in ids if pk in found]


class FilteredListingMixin:
    """For an index Page: `listing_queryset()` filtered by `listing_filters()`.

    The page class defines both: the queryset of its items (with what their
    cards need selected and prefetched) and a `ListingFilters` for the data.

    The filter state lives in the query string, so every filtered view is a
    shareable URL and works without JavaScript.
    """

    page_size = PAGE_SIZE

    def listing_key(self) -> str | None:
        """Names the listing for its kept index (None: built every time);
        override when the items depend on more than the content (the day,
        say)."""
        return f"{self._meta.label}:{self.pk}" if self.pk else None

    def listing_order(self, items):
        """The items as they are shown; override to annotate or sort."""
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = self.listing_filters(request.GET)
        shown = self.listing_order(self.listing_queryset())
        key = None if getattr(request, "is_preview", False) else self.listing_key()
        index = facet_index(key, lambda: FacetIndex.build(shown, filters.facets))
        matching, facets = filters.apply(index)
        # get_page() turns a malformed page number into the first page and one
        # past the end into the last: an odd URL still gives a normal page.
        paginator = Paginator(IndexedItems(index, matching, shown), self.page_size)
        page = paginator.get_page(request.GET.get("page"))
        context.update(
            {
                "facets": facets,
                "filters_active": filters.active,
                "items": page,
                "paginator": paginator,
            }
        )
        return context
