"""Filtered, paginated listings for index pages (kennisbank, praktijkvoorbeelden)."""

from django.core.paginator import Paginator

PAGE_SIZE = 12


class FilteredListingMixin:
    """For an index Page: `listing_queryset()` filtered by `listing_filters()`.

    The page class defines both: the queryset of its items (with what their
    cards need selected and prefetched) and a `ListingFilters` for the data.

    The filter state lives in the query string, so every filtered view is a
    shareable URL and works without JavaScript.
    """

    page_size = PAGE_SIZE

    def listing_order(self, items):
        """The filtered items as they are shown; override to annotate or sort
        after filtering (the facets count on the plain queryset)."""
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = self.listing_filters(request.GET)
        items, facets = filters.apply(self.listing_queryset())
        items = self.listing_order(items)
        # get_page() turns a malformed page number into the first page and one
        # past the end into the last: an odd URL still gives a normal page.
        page = Paginator(items, self.page_size).get_page(request.GET.get("page"))
        context.update(
            {
                "facets": facets,
                "filters_active": filters.active,
                "items": page,
                "paginator": page.paginator,
            }
        )
        return context
