"""Filtered, paginated listings for index pages (kennisbank, praktijkvoorbeelden)."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from core.page_cache import remember

PAGE_SIZE = 12


# The first pages, which most visitors see: their order is kept.
KEPT_PAGES = 5


class KeptPaginator(Paginator):
    """A paginator that keeps, under `key` and until the content changes,
    what costs a pass over every matching item: the count, and the order of
    the first KEPT_PAGES pages (sorting every item to show twelve). A page
    among those is then fetched by its ids alone, from `fetch_from` when
    given: the listing without its filters, which the kept ids already
    satisfy (compiling the filters' subqueries cost more than the fetch).
    Without a key it is Django's Paginator."""

    def __init__(self, object_list, per_page, key, fetch_from=None):
        super().__init__(object_list, per_page)
        self.key = key
        self.fetch_from = object_list if fetch_from is None else fetch_from

    @cached_property
    def count(self):
        if self.key is None:
            return self.object_list.count()
        return remember("listing-count", self.key, self.object_list.count)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if top + self.orphans >= self.count:
            top = self.count
        kept = KEPT_PAGES * self.per_page
        if self.key is None or top > kept:
            return super().page(number)
        ids = remember("listing-first", self.key, self._first_ids)[bottom:top]
        found = {item.pk: item for item in self.fetch_from.filter(pk__in=ids)}
        return self._get_page([found[pk] for pk in ids if pk in found], number, self)

    def _first_ids(self):
        kept = KEPT_PAGES * self.per_page
        return list(self.object_list.values_list("pk", flat=True)[:kept])


class FilteredListingMixin:
    """For an index Page: `listing_queryset()` filtered by `listing_filters()`.

    The page class defines both: the queryset of its items (with what their
    cards need selected and prefetched) and a `ListingFilters` for the data.

    The filter state lives in the query string, so every filtered view is a
    shareable URL and works without JavaScript.
    """

    page_size = PAGE_SIZE

    def listing_key(self) -> str | None:
        """Names `listing_queryset()` for the kept counts and order (None:
        nothing kept); override when it depends on more than the content
        (the day, say)."""
        return f"{self._meta.label}:{self.pk}" if self.pk else None

    def listing_order(self, items):
        """The filtered items as they are shown; override to annotate or sort
        after filtering (the facets count on the plain queryset)."""
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = self.listing_filters(request.GET)
        key = self.listing_key()
        listed = self.listing_queryset()  # built once: some cost a few ms
        items, facets = filters.apply(listed, key)
        items = self.listing_order(items)
        # get_page() turns a malformed page number into the first page and one
        # past the end into the last: an odd URL still gives a normal page.
        paginator = KeptPaginator(
            items,
            self.page_size,
            key and f"{key}|{filters.state()}",
            # Still live, public and in this section; ordered and annotated
            # as shown. Unfiltered, `items` is just that.
            fetch_from=self.listing_order(listed) if filters.active else None,
        )
        page = paginator.get_page(request.GET.get("page"))
        context.update(
            {
                "facets": facets,
                "filters_active": filters.active,
                "items": page,
                "paginator": page.paginator,
            }
        )
        return context
