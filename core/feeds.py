"""Atom feeds of filtered listings: `<listing URL>feed/?<filters>` holds the
newest items of exactly what the listing shows with those filters, so that
"new leidraden for waterschappen about privacy" can be followed in a feed
reader or an intranet widget.

An index page with core.listing.FilteredListingMixin adds ListingFeedMixin
(before it in its bases): the route, the feed, and for the page's template
`feed_url` and `feed_title` (components/listing_feed*.html). The feed
selects through the listing's own `listing_selection()`, so unknown and
malformed values are ignored as on the page, and reads only the first
`feed_size` items of the facet index's order (newest first), fetched through
the listing's own queryset: live and public only.

The pages listed there add ReservedSlugMixin, so that none takes the feed's
address (the route would hide such a page, or the page the feed).

What is written is made fit for XML 1.0 first: editors can type control
characters into a title, which Django's feed writer refuses (a 500), or
which would make a category attribute unreadable.
"""

import re
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.core.exceptions import ValidationError
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core.listing import IndexedItems
from core.mail import site_url

FEED_SLUG = "feed"
# About as many as a feed reader shows; a reader polls again long before
# twenty new items appear in one selection.
FEED_SIZE = 20
# The date part of the tag: URIs (RFC 4151) that identify feeds and entries:
# a day on which the site's host name was ours. Never change it: every id
# would change, and feed readers would show every entry again as new.
TAG_DATE = "2026"
SITE_NAME = "Kenniscentrum Data"
# Between the chosen values of one facet, which are OR'ed.
OR = " of "

# XML 1.0 allows tab, line feed and carriage return of the control
# characters, and no surrogates, U+FFFE or U+FFFF.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def feed_line(value) -> str:
    """One line of text that XML can carry: what XML 1.0 does not allow and
    line breaks become spaces, runs of whitespace one space."""
    return " ".join(_NOT_IN_XML.sub(" ", str(value)).split())


def feed_text(value) -> str:
    """Text whose line breaks may stay, without what XML 1.0 does not allow."""
    return _NOT_IN_XML.sub("", str(value)).strip()


def tag_uri(specific: str) -> str:
    """A stable id: the configured site's host name, never the request's."""
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    return f"tag:{host},{TAG_DATE}:{specific}"


def chosen_labels(facets) -> list[tuple[str, str]]:
    """(facet label, chosen options' labels) for every facet with a choice,
    in the facets' and their options' order ("Type", "Leidraad of Toolbox")."""
    return [
        (str(facet.label), OR.join(str(option.label) for option in facet.selected))
        for facet in facets
        if facet.selected
    ]


def chosen_query(facets) -> str:
    """The chosen values as "?…" (or ""), in the facets' and their options'
    order: one address however the visitor's URL ordered them, without the
    page number or the order."""
    pairs = [
        (facet.param, option.value) for facet in facets for option in facet.selected
    ]
    return "?" + urlencode(pairs) if pairs else ""


class ListingFeedMixin(RoutablePageMixin):
    """For an index page with FilteredListingMixin (put this before it):
    `feed/` serves the newest items of what the query string selects."""

    feed_size = FEED_SIZE
    # Addresses below the page that are routes, never a child's slug
    # (core.drafts.unique_slug keeps clear of them).
    routed_slugs = frozenset({FEED_SLUG})
    # The order the feed reads the index in: "" when the listing's own order
    # is newest first, else the name of one of `other_sorts` that is.
    feed_sort = ""
    # Facets whose options each entry lists as its categories (from the
    # facet index, like a card's `facet_labels`: no query).
    feed_categories: tuple[str, ...] = ()
    # The item's organisation field, named as the entry's author.
    feed_author_field = "organisation"
    # What the items are, in the plural ("kennisproducten").
    feed_noun = _("items")

    @path(f"{FEED_SLUG}/", name="feed")
    def feed_view(self, request):
        selection = self.listing_selection(request.GET)
        # The selection as the page makes it; read in the feed's own order,
        # with the categories' labels, and only as far as the feed goes.
        items = IndexedItems(
            selection.index,
            selection.matching,
            self.listing_cards(),
            self.feed_categories,
            self.feed_sort,
        )[: self.feed_size]
        response = ListingFeed(self, request, selection.facets, items)(request)
        # Django's feed sends the newest entry's date as Last-Modified: with
        # no Cache-Control a reader could keep the feed for days unasked.
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        return response

    def feed_title(self, facets) -> str:
        """What is followed: "Kennisbank: Leidraad · Waterschap · privacy"."""
        labels = [chosen for _facet, chosen in chosen_labels(facets)]
        title = feed_line(self.title)
        return feed_line(f"{title}: {' · '.join(labels)}") if labels else title

    def feed_path(self, request, facets) -> str:
        """The feed of this selection, as a path on the site ("" when the
        page has no address yet: a preview of a new page)."""
        url = self.get_url(request)
        if not url:
            return ""
        return url + self.reverse_subpage("feed") + chosen_query(facets)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        facets = context["facets"]
        context["feed_url"] = self.feed_path(request, facets)
        context["feed_title"] = self.feed_title(facets)
        return context


class ListingFeed(Feed):
    """The Atom feed of one selection of a listing (ListingFeedMixin)."""

    feed_type = Atom1Feed

    def __init__(self, page, request, facets, items):
        super().__init__()
        self.page = page
        self.request = request
        self.facets = facets
        self.entries = items
        self.query = chosen_query(facets)
        parts = page.get_url_parts(request)
        self.page_path = parts[2] if parts else "/"

    def title(self):
        return self.page.feed_title(self.facets)

    def subtitle(self):
        noun = self.page.feed_noun
        chosen = [f"{facet}: {labels}" for facet, labels in chosen_labels(self.facets)]
        if not chosen:
            return feed_line(_("De nieuwste %(noun)s.") % {"noun": noun})
        return feed_line(
            _("De nieuwste %(noun)s met deze filters: %(filters)s.")
            % {"noun": noun, "filters": "; ".join(chosen)}
        )

    def link(self):
        return site_url(self.page_path + self.query)

    def feed_url(self):
        return site_url(self.page_path + self.page.reverse_subpage("feed") + self.query)

    def feed_guid(self):
        # The page's id rather than its address: renaming or moving the
        # listing keeps the feed.
        return tag_uri(f"listing-{self.page.pk}/{FEED_SLUG}{self.query}")

    def author_name(self):
        return SITE_NAME

    def items(self):
        return self.entries

    def item_title(self, item):
        return feed_line(item.title)

    def item_description(self, item):
        # Atom's summary is written as type="html": the plain text escaped,
        # so that a "<b>" an editor typed is read as text, never as markup.
        return escape(feed_text(getattr(item, "summary", "")))

    def item_link(self, item):
        parts = item.get_url_parts(self.request)
        return site_url(parts[2]) if parts and parts[2] else self.link()

    def item_guid(self, item):
        return tag_uri(f"page-{item.pk}")

    def item_pubdate(self, item):
        return item.first_published_at or item.latest_revision_created_at

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def _organisation(self, item):
        return getattr(item, self.page.feed_author_field, None)

    def item_author_name(self, item):
        organisation = self._organisation(item)
        return feed_line(organisation.name) if organisation else None

    def item_author_link(self, item):
        organisation = self._organisation(item)
        website = getattr(organisation, "website", "")
        return feed_line(website) or None

    def item_categories(self, item):
        labels = getattr(item, "facet_labels", {})
        found = [
            feed_line(label)
            for param in self.page.feed_categories
            for label in labels.get(param, ())
        ]
        return [label for label in dict.fromkeys(found) if label]


class ReservedSlugMixin:
    """For the pages listed by a ListingFeedMixin page: none may take an
    address that the listing routes itself (its feed)."""

    reserved_slugs = frozenset({FEED_SLUG})

    def _reserved_slug_error(self):
        if self.slug in self.reserved_slugs:
            return _(
                "Het adres ‘%(slug)s’ is hier al in gebruik (voor de feed van "
                "het overzicht); kies een ander."
            ) % {"slug": self.slug}
        return None

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        message = self._reserved_slug_error()
        if message:
            errors.setdefault("slug", []).append(message)
        if errors:
            raise ValidationError(errors)

    def minimal_clean(self):
        # A draft too: publishing it later would skip this check.
        message = self._reserved_slug_error()
        if message:
            raise ValidationError({"slug": message})
        super().minimal_clean()
