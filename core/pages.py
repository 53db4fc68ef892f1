"""The base of every page type of the portal: a meta description, lists
without what cards never show, the search hooks; and the helpers around it
(section index pages, which related pages anyone may see). View restrictions
are Wagtail's own checks."""

from functools import cache
from operator import attrgetter

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from core.page_cache import read_once, remember

# Search engines show about this many characters of a meta description.
DESCRIPTION_LENGTH = 160


def restricted_paths() -> tuple[str, ...]:
    """The path of every page behind a view restriction (login, password,
    groups): below it, nothing is public. Read from the database once per
    request (one small query, shared by `visible()` and the keys of what is
    kept): who may see what is never decided from a kept value."""
    return read_once(
        "restricted-paths",
        lambda: tuple(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def shorten(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """`text` on one line, cut at a word before `limit` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-") + "…"


class SitePageQuerySet(PageQuerySet):
    def private_q(self):
        """Wagtail's test for `public()` and `not_public()` (a page at or below
        a restricted page is private), with the restricted pages read once
        per request instead of once per queryset: a page's half-dozen
        listings cost one query, not one each. Read from the database, never
        kept beyond the request (docs/performance.md has the figures)."""
        private = Q()
        for path in restricted_paths():
            private |= Q(path__startswith=path)
        # Matches nothing when no section is restricted, as Wagtail's does.
        return private if private else Q(pk__in=[])

    def for_cards(self):
        """Without what a card in a list never shows: StreamFields and the
        model's `long_fields` (rich texts), so that lists fetch, keep and
        unpickle less (a question page's items went from 147 to about 40 KB)."""
        return self.defer_streamfields().defer(*getattr(self.model, "long_fields", ()))


def site_pages() -> SitePageQuerySet:
    """Pages of every type, with the portal's queryset (its `public()`)."""
    return SitePageQuerySet(Page)


class SitePage(Page):
    """What every page type of the portal inherits."""

    objects = PageManager.from_queryset(SitePageQuerySet)()

    # Whether the page asks its readers "Heeft deze informatie je geholpen?"
    # (the form is the feedback app's, included by base.html): the pages
    # that answer something set it.
    asks_feedback = False

    @property
    def is_public(self) -> bool:
        """No view restriction at or above it, as read for this request
        (`restricted_paths`: the query the page's listings make anyway)."""
        return not any(self.path.startswith(path) for path in restricted_paths())

    class Meta:
        abstract = True

    def meta_description(self) -> str:
        """What the page is, for `<meta name="description">`: the editors'
        search description (Promote tab), else the page's own summary or
        plain-text intro, shortened. Empty when it has none of these; the
        page's template then says what the page is in its own words."""
        if self.search_description.strip():
            return " ".join(self.search_description.split())
        for name in ("summary", "intro"):
            try:
                field = self._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            # A rich-text intro is markup, and the types with one have a summary.
            if isinstance(field, RichTextField) or not getattr(self, name):
                continue
            return shorten(getattr(self, name))
        return ""

    # What a search result of this type reads besides its title and URL (a
    # summary, what its label says): `search_results` fetches only these,
    # so a result costs its share of one narrow query and nothing after.
    search_result_fields: tuple[str, ...] = ("summary",)

    @classmethod
    def search_results(cls, ids):
        """Pages of this type with these ids, as the site search shows them."""
        return cls.objects.filter(pk__in=ids).only(
            "title", "url_path", *cls.search_result_fields
        )

    @property
    def search_label(self) -> str:
        """What kind of page this is, above its title in search results."""
        return self._meta.verbose_name


class SectionIndexMixin:
    """For a section index page there is one of per site (kennisbank,
    opleidingen, community, ...): `published()` finds it, for links from
    elsewhere; `section_pages()` has them all."""

    @classmethod
    def published(cls):
        """The first (oldest) live, public page of this type, or None."""
        # Linked from many pages; the same until the content changes.
        return remember(
            "section-index",
            cls._meta.label,
            lambda: min(
                (page for page in section_pages() if isinstance(page, cls)),
                key=attrgetter("pk"),
                default=None,
            ),
        )


def section_pages() -> list:
    """Every live, public section index page, in tree order, each as its own
    type with Wagtail's page fields (title, URL, tree position); a section's
    own fields load when first read. One query per request, shared by every
    link to a section and every listing that a page consults (a question
    page needs three of them)."""
    return read_once("section-pages", _section_pages)


def site_sections(page) -> dict:
    """The section index pages directly below the home page of `page`'s
    site, by type: the first of each type in tree order (from the section
    pages, which a request reads once)."""
    home_path = page.path[: Page.steplen * 2]
    found = {}
    for section in section_pages():
        if section.depth == 3 and section.path.startswith(home_path):
            found.setdefault(type(section), section)
    return found


@cache
def _section_types() -> tuple[type, ...]:
    """The page models that are section indexes: the code's, not the
    content's, so worked out once per process."""
    return tuple(
        model for model in apps.get_models() if issubclass(model, SectionIndexMixin)
    )


def _section_pages() -> list:
    return list(
        site_pages()
        .type(*_section_types())
        .live()
        .public()
        .order_by("path")
        .specific(defer=True)
    )


def visible(pages) -> list:
    """The live pages that anyone may see: not behind a login or password.

    For relations that are filtered in Python (so that previews, which keep
    unsaved relations in memory, show them too).
    """
    pages = [page for page in pages if page.live]
    if not pages:
        return []
    restricted = restricted_paths()
    return [page for page in pages if not page.path.startswith(restricted)]
