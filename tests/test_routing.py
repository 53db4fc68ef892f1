"""Finding the page for a URL (Wagtail's own routing) and view restrictions
(Wagtail's own checks), which are read from the database on every request:
never from a kept value, so a restriction holds at once even when nothing
told the caches about it."""

import pytest
from django.db import connection
from wagtail.models import Page, PageViewRestriction

from knowledge.models import KnowledgeProductPage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kept(settings):
    """The lookups kept until the content changes, as in production (the
    tests otherwise compute them on every request); no page cache."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.LISTING_CACHE_SECONDS = 300


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/kennisbank/leidraad/", "Leidraad verantwoord datagebruik"),
        ("/vragen/starten/", "Hoe start ik een dataproject?"),
        # The same slug in two places: each URL finds its own page.
        ("/community/bijeenkomsten/extern/", "Congres datagedreven overheid"),
        ("/community/bijeenkomsten/meetup/", "Meetup datastrategie"),
        ("/community/datagedreven-werken/", "Kopgroep Datagedreven werken"),
    ],
)
def test_pages_at_every_depth_are_found(client, sample_pages, path, title):
    response = client.get(path)
    assert response.status_code == 200
    assert response.context["page"].title == title


def test_the_same_slug_under_another_parent_is_another_page(client, sample_pages):
    product = client.get("/kennisbank/extern/").context["page"]
    event = client.get("/community/bijeenkomsten/extern/").context["page"]
    assert type(product).__name__ == "KnowledgeProductPage"
    assert type(event).__name__ == "EventPage"


@pytest.mark.parametrize(
    "path",
    [
        # Sub-paths that a page routes itself (RoutablePageMixin), at the end
        # of the path and on a page further down.
        "/opleidingen/agenda.ics",
        "/community/bijeenkomsten/agenda.ics",
        "/community/bijeenkomsten/archief/",
        "/community/bijeenkomsten/meetup/agenda.ics",
        "/nieuwsbrief/feed/",
    ],
)
def test_sub_paths_of_routable_pages_still_answer(client, sample_pages, path):
    assert client.get(path).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/bestaat-niet/",
        "/kennisbank/bestaat-niet/",
        "/kennisbank/leidraad/verder/",
        "/vragen/starten/kennisbank/leidraad/",
        # A slug of a page elsewhere in the tree is not a child here.
        "/kennisbank/meetup/",
        "/community/bijeenkomsten/leidraad/",
    ],
)
def test_unknown_paths_are_not_found(client, sample_pages, path):
    assert client.get(path).status_code == 404


def test_an_unpublished_page_is_not_found(client, sample_pages):
    KnowledgeProductPage.objects.get(slug="leidraad").unpublish()
    assert client.get("/kennisbank/leidraad/").status_code == 404


def test_a_new_home_page_title_shows_although_the_site_is_kept(
    kept, client, site_tree, sample_pages
):
    assert client.get("/").status_code == 200  # the site and home are kept
    home = site_tree.home
    home.title = "Startpagina met een nieuwe naam"
    home.save_revision().publish()
    assert "Startpagina met een nieuwe naam" in client.get("/").content.decode()


def test_a_restriction_no_cache_heard_of_applies_at_once(
    kept, client, site_tree, sample_pages
):
    """A restriction written without Django's signals (so no purge, nothing
    kept is forgotten) still protects the page and keeps it out of lists:
    access is decided from the database, not from a kept value."""
    product = KnowledgeProductPage.objects.get(slug="leidraad")
    for path in (product.url, "/", "/vragen/starten/", "/kennisbank/"):
        assert client.get(path).status_code == 200  # everything kept
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=product, restriction_type=PageViewRestriction.LOGIN)]
    )
    assert client.get(product.url).status_code == 302
    for path in ("/", "/vragen/starten/", "/kennisbank/"):
        assert product.title not in client.get(path).content.decode(), path


def test_a_new_restriction_applies_at_once_while_lookups_are_kept(
    kept, client, site_tree, sample_pages
):
    product = KnowledgeProductPage.objects.get(slug="leidraad")
    assert client.get(product.url).status_code == 200
    assert (
        "Leidraad verantwoord datagebruik"
        in client.get("/kennisbank/").content.decode()
    )

    # Behind a login: the kennisbank section and everything in it.
    PageViewRestriction.objects.create(
        page=Page.objects.get(pk=site_tree.knowledge.pk),
        restriction_type=PageViewRestriction.LOGIN,
    )
    assert client.get(product.url).status_code == 302
    # Nor is it listed where the public looks.
    assert "Leidraad verantwoord datagebruik" not in client.get("/").content.decode()
    assert product.title not in client.get("/vragen/starten/").content.decode()


def test_a_restriction_removed_makes_the_page_public_again(kept, client, sample_pages):
    product = KnowledgeProductPage.objects.get(slug="leidraad")
    restriction = PageViewRestriction.objects.create(
        page=product, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(product.url).status_code == 302
    restriction.delete()
    assert client.get(product.url).status_code == 200


def test_a_page_moved_under_a_restricted_section_is_no_longer_public(
    kept, client, site_tree, sample_pages
):
    """Restrictions are kept by path: a move starts a new generation."""
    privacy = Page.objects.get(slug="privacy")
    PageViewRestriction.objects.create(
        page=privacy, restriction_type=PageViewRestriction.LOGIN
    )
    moving = StandardPageFactory(parent=site_tree.home, slug="verhuist")
    assert client.get("/verhuist/").status_code == 200
    Page.objects.get(pk=moving.pk).move(privacy, pos="last-child")
    assert client.get("/privacy/verhuist/").status_code == 302


def test_a_pages_children_have_an_index_that_starts_with_the_depth(db):
    """Wagtail finds children by path prefix and depth; below the home page
    the prefix alone matches every page of the site, so without an index
    that starts with the depth, PostgreSQL read the whole page table for
    the home page's children (the navigation, the home page's sections):
    core migration 0005, figures in docs/performance.md. (Which index a
    planner picks for a table of a few test pages says nothing, so this
    checks the index itself.)"""
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    assert indexes["core_page_depth_path"]["columns"] == ["depth", "path"]


def test_the_visible_pages_can_be_read_from_an_index_alone(db):
    """The site search joins its matches to the visible pages (type, live,
    depth, path); core migration 0006 holds all of these in one index, so
    PostgreSQL no longer reads the whole page table for it (figures in
    docs/performance.md). As above, this checks the index itself."""
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, "wagtailcore_page")
        columns = indexes["core_page_visibility"]["columns"]
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT indexdef FROM pg_indexes WHERE indexname = %s",
                ["core_page_visibility"],
            )
            assert cursor.fetchone()[0].endswith("INCLUDE (id, path)")
            assert columns[:3] == ["content_type_id", "live", "depth"]
        else:
            assert columns == ["content_type_id", "live", "depth", "path"]
