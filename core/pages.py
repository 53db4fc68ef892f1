"""The base of every page type of the portal: view restrictions checked
without a query while no page has one, a meta description, lists without
what cards never show; and the helpers around it (section index pages, which
related pages anyone may see)."""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from core.page_cache import remember

# Search engines show about this many characters of a meta description.
DESCRIPTION_LENGTH = 160


def restricted_sections() -> tuple[tuple[str, int], ...]:
    """(path, depth) of every page behind a view restriction (login,
    password, groups): below it, nothing is public.

    Kept until the content changes (saving or deleting a restriction and
    moving a page start a new generation), so that `.public()` and the
    check before serving a page cost no query of their own.
    """
    return remember(
        "view-restrictions",
        "",
        lambda: tuple(
            PageViewRestriction.objects.values_list("page__path", "page__depth")
        ),
    )


def shorten(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """`text` on one line, cut at a word before `limit` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-") + "…"


class SitePageQuerySet(PageQuerySet):
    def for_cards(self):
        """Without what a card in a list never shows: StreamFields and the
        model's `long_fields` (rich texts), so that lists fetch, keep and
        unpickle less (a question page's items went from 147 to about 40 KB)."""
        return self.defer_streamfields().defer(*getattr(self.model, "long_fields", ()))

    def private_q(self):
        # As Wagtail's, from the kept list instead of a query per call.
        q = Q()
        for path, depth in restricted_sections():
            q |= Q(path__startswith=path, depth__gte=depth)
        return q if q else Q(pk__in=[])


class SitePage(Page):
    """What every page type of the portal inherits: the checks for view
    restrictions without a query while no page has one."""

    objects = PageManager.from_queryset(SitePageQuerySet)()

    class Meta:
        abstract = True

    @classmethod
    def for_serving(cls):
        """Where a page of this type is fetched from to be served (see
        HomePage.route): select what its template shows."""
        return cls.objects.all()

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

    @classmethod
    def search_results(cls, ids):
        """Pages of this type with these ids, as the site search shows them."""
        return cls.objects.filter(pk__in=ids)

    @property
    def search_label(self) -> str:
        """What kind of page this is, above its title in search results."""
        return self._meta.verbose_name

    def get_view_restrictions(self):
        # Wagtail's own check (aliases included) as soon as any page has a
        # restriction; none at all is the common case on a public portal.
        if not restricted_sections():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class SectionIndexMixin:
    """For a section index page there is one of per site (kennisbank,
    opleidingen, community, ...): `published()` finds it, for links from
    elsewhere."""

    @classmethod
    def published(cls):
        # Linked from many pages; the same until the content changes.
        return remember(
            "section-index",
            cls._meta.label,
            lambda: cls.objects.live().public().first(),
        )


def visible(pages) -> list:
    """The live pages that anyone may see: not behind a login or password.

    For relations that are filtered in Python (so that previews, which keep
    unsaved relations in memory, show them too). No query of its own while
    the content is unchanged.
    """
    pages = [page for page in pages if page.live]
    if not pages:
        return []
    restricted = tuple(path for path, _depth in restricted_sections())
    return [page for page in pages if not page.path.startswith(restricted)]
