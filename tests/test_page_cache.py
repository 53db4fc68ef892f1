"""The anonymous page cache (core/page_cache.py): repeats cost nothing,
changes show at once, and nobody is served someone else's page."""

import gzip

import pytest
from django.contrib.auth.models import User
from django.core.cache import caches
from django.test import Client
from wagtail.models import PageViewRestriction

from community.account_views import delete_member
from core import page_cache
from knowledge.models import KnowledgeProductPage, QuestionPage
from tests.conftest import SAMPLE_MEMBER
from tests.factories import (
    KnowledgeProductPageFactory,
    OrganisationFactory,
    PracticeCasePageFactory,
)
from tests.pages import PAGES

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings, tmp_path):
    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_CACHE_GENERATION_FILE = tmp_path / "generation"
    caches["pages"].clear()


def fetch(client, path, **headers):
    response = client.get(path, headers=headers)
    return response, response.get(page_cache.HEADER)


def test_a_repeat_visit_is_served_from_the_cache_without_a_query(
    client, sample_pages, django_assert_num_queries
):
    first, state = fetch(client, "/kennisbank/")
    assert (first.status_code, state) == (200, "miss")
    with django_assert_num_queries(0):
        again, state = fetch(Client(), "/kennisbank/")
    assert (again.status_code, state) == (200, "hit")
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]
    # The security headers are added to hits as well.
    assert "default-src 'self'" in again["Content-Security-Policy"]
    assert again["X-Frame-Options"] == "DENY"


def test_the_query_string_and_the_host_are_part_of_the_key(client, sample_pages):
    fetch(client, "/kennisbank/")
    _, state = fetch(client, "/kennisbank/?type=leidraad")
    assert state == "miss"
    _, state = fetch(client, "/kennisbank/", Host="127.0.0.1")
    assert state == "miss"


def test_a_parameter_the_page_does_not_read_is_not_stored(client, sample_pages):
    """Otherwise ?x=1, ?x=2, ... would fill the cache with copies of one page."""
    for path in ("/kennisbank/?x=1", "/kennisbank/?type=leidraad&utm_source=a"):
        response, state = fetch(client, path)
        assert (response.status_code, state) == (200, None), path
        assert fetch(client, path)[1] is None, path
    for path in ("/kennisbank/?type=leidraad&page=1", "/opleidingen/?vorm=&kosten="):
        assert fetch(client, path)[1] == "miss", path
        assert fetch(client, path)[1] == "hit", path


def test_searches_are_not_kept(client, sample_pages):
    """Each query is a URL of its own: a flood of made-up queries must not
    fill the cache (and push out the pages everyone asks for)."""
    assert fetch(client, "/kennisbank/")[1] == "miss"
    local = not page_cache._shared()
    kept = len(caches["pages"]._cache) if local else None
    for number in range(30):
        response, state = fetch(client, f"/zoeken/?q=woord{number}")
        assert (response.status_code, state) == (200, None)
        assert "private" in response["Cache-Control"]
    if local:
        assert len(caches["pages"]._cache) == kept
    assert fetch(client, "/kennisbank/")[1] == "hit"
    assert fetch(client, "/zoeken/")[1] == "miss"  # the empty search page is


def test_http_and_https_are_kept_apart(client, sample_pages, settings):
    """robots.txt names the sitemap with the scheme it was asked over."""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    plain, state = fetch(client, "/robots.txt")
    assert state == "miss" and "Sitemap: http://" in plain.content.decode()
    secure, state = fetch(client, "/robots.txt", X_Forwarded_Proto="https")
    assert state == "miss"
    assert "Sitemap: https://" in secure.content.decode()
    assert fetch(client, "/robots.txt", X_Forwarded_Proto="https")[1] == "hit"


def test_compressed_and_plain_copies_are_kept_apart(client, sample_pages):
    plain, _ = fetch(client, "/vragen/starten/")
    packed, _ = fetch(client, "/vragen/starten/", Accept_Encoding="gzip, br")
    assert "Content-Encoding" not in plain
    assert packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content)[:15] == plain.content[:15]
    for headers in ({}, {"Accept_Encoding": "gzip"}):
        response, state = fetch(client, "/vragen/starten/", **headers)
        assert state == "hit"
        assert ("Content-Encoding" in response) == bool(headers)
        assert "Accept-Encoding" in response["Vary"]


def test_every_anonymous_page_is_cached_or_passed_through_correctly(
    client, sample_pages
):
    """Public pages come from the cache on a second visit; pages with a CSRF
    token, personal links and errors never do."""
    for sample in PAGES:
        first, state = fetch(client, sample.path)
        second, again = fetch(Client(), sample.path)
        assert second.status_code == sample.status, sample.what
        if sample.status != 200 or sample.sets_cookie:
            assert (state, again) == (None, None), sample.what
            continue
        if "private" in first.get("Cache-Control", ""):
            assert again is None, sample.what  # personal links (newsletter)
            continue
        if "pagina=" in sample.path:  # a parameter no page reads
            assert (state, again) == (None, None), sample.what
            continue
        assert again == "hit", sample.what
        assert second.content == first.content, sample.what
        assert b"csrfmiddlewaretoken" not in second.content, sample.what


def test_a_visitor_who_already_has_a_csrf_cookie_gets_no_cached_form(client, db):
    """A page with a CSRF token belongs to one visitor, also when the visitor
    already has the cookie (then no cookie is set, but the token is still
    theirs): it must not be stored for others."""
    client.get("/account/inloggen/")
    assert "csrftoken" in client.cookies
    response, state = fetch(client, "/account/inloggen/")
    assert response.status_code == 200 and state is None
    other, state = fetch(Client(), "/account/inloggen/")
    assert state is None
    assert other.cookies["csrftoken"].value != client.cookies["csrftoken"].value


def test_logged_in_members_neither_get_nor_leave_cached_pages(client, sample_pages):
    fetch(Client(), "/community/")  # stored for anonymous visitors
    member = User.objects.get(email=SAMPLE_MEMBER[0])
    client.force_login(member, backend="community.auth.EmailBackend")
    member_view, state = fetch(client, "/community/")
    assert state is None
    assert "Mijn Kenniscentrum" in member_view.content.decode()
    for path in ("/community/datagedreven-werken/", "/kennisbank/"):
        fetch(client, path)
        anonymous, _ = fetch(Client(), path)
        assert "Mijn Kenniscentrum" not in anonymous.content.decode()
        assert "Inloggen" in anonymous.content.decode()


def test_a_visitor_with_messages_waiting_is_not_served_from_the_cache(
    client, sample_pages
):
    fetch(client, "/vragen/")
    client.cookies["messages"] = "iets-voor-deze-bezoeker"
    _, state = fetch(client, "/vragen/")
    assert state is None


def test_posts_and_errors_are_never_stored(client, sample_pages):
    fetch(client, "/bestaat-niet/")
    response, state = fetch(client, "/bestaat-niet/")
    assert (response.status_code, state) == (404, None)
    client.post("/vragen/")
    _, state = fetch(client, "/vragen/")
    assert state == "miss"


# Purging: publishing, unpublishing, moving or deleting a page, or changing
# what pages list, shows on the next visit.


def cache_listing(client, path="/kennisbank/"):
    fetch(client, path)
    response, state = fetch(client, path)
    assert state == "hit"
    return response.content.decode()


def test_publishing_a_new_product_shows_in_the_listings_at_once(
    client, site_tree, sample_pages, django_capture_on_commit_callbacks
):
    for path in ("/kennisbank/", "/vragen/starten/", "/"):
        cache_listing(client, path)
    question = QuestionPage.objects.get(slug="starten")
    with django_capture_on_commit_callbacks(execute=True):
        KnowledgeProductPageFactory(
            parent=site_tree.knowledge,
            title="Nieuwe handreiking datadeling",
            questions=[question],
        )
    for path in ("/kennisbank/", "/vragen/starten/", "/"):
        response, state = fetch(client, path)
        assert state == "miss", path
        assert "Nieuwe handreiking datadeling" in response.content.decode(), path


def test_a_new_revision_unpublishing_moving_and_deleting_purge(
    client, site_tree, sample_pages
):
    product = KnowledgeProductPage.objects.get(slug="leidraad")
    cache_listing(client)
    cache_listing(client, product.url)

    product.title = "Leidraad verantwoord datagebruik, tweede druk"
    product.save_revision().publish()
    assert "tweede druk" in fetch(client, "/kennisbank/")[0].content.decode()
    assert "tweede druk" in fetch(client, product.url)[0].content.decode()

    cache_listing(client)
    product.unpublish()
    assert "tweede druk" not in fetch(client, "/kennisbank/")[0].content.decode()
    assert fetch(client, product.url)[0].status_code == 404

    product.save_revision().publish()
    cache_listing(client)
    product.move(site_tree.cases, pos="last-child")
    assert "tweede druk" not in fetch(client, "/kennisbank/")[0].content.decode()

    product.refresh_from_db()
    cache_listing(client, product.url)
    product.delete()
    assert fetch(client, product.url)[0].status_code == 404


def test_an_alias_shows_in_the_listing_at_once(client, site_tree, sample_pages):
    """An alias is live from the start and sends no page_published."""
    product = KnowledgeProductPage.objects.get(slug="leidraad")
    before = cache_listing(client).count(f">{product.title}</a>")
    product.create_alias(parent=site_tree.knowledge, update_slug="leidraad-alias")
    response, state = fetch(client, "/kennisbank/")
    assert state == "miss"
    assert response.content.decode().count(f">{product.title}</a>") == before + 1


def test_a_contributors_new_name_or_leaving_shows_on_their_case(
    client, site_tree, sample_pages
):
    """A shared case names its member: a rename saves the profile and leaving
    nulls the case's contributor by an update, neither a page signal."""
    member = User.objects.get(email=SAMPLE_MEMBER[0])
    case = PracticeCasePageFactory(parent=site_tree.cases, contributor=member)
    assert "Fatima Bakker" in cache_listing(client, case.url)
    profile = member.member_profile
    profile.name = "Fatima Bakker-de Wit"
    profile.save()
    assert "Fatima Bakker-de Wit" in cache_listing(client, case.url)
    delete_member(member)
    response, state = fetch(client, case.url)
    assert state == "miss"
    assert "Fatima Bakker" not in response.content.decode()


def test_a_changed_organisation_name_shows_on_the_product_page(client, sample_pages):
    product = KnowledgeProductPage.objects.get(slug="leidraad")
    organisation = OrganisationFactory(name="Gemeente Voorbeeld")
    product.organisation = organisation
    product.save_revision().publish()
    assert "Gemeente Voorbeeld" in cache_listing(client, product.url)
    organisation.name = "Gemeente Nieuwstad"
    organisation.save()
    assert "Gemeente Nieuwstad" in fetch(client, product.url)[0].content.decode()


def test_a_page_made_private_is_no_longer_served_from_the_cache(client, sample_pages):
    product = KnowledgeProductPage.objects.get(slug="leidraad")
    cache_listing(client, product.url)
    PageViewRestriction.objects.create(
        page=product, restriction_type=PageViewRestriction.LOGIN
    )
    response, _ = fetch(client, product.url)
    assert response.status_code == 302


def test_a_purge_reaches_every_process(settings, client, sample_pages):
    """Local memory is per process: the generation is shared through a file
    (or through Redis, when the cache is Redis)."""
    cache_listing(client)
    before = page_cache.current_generation()
    if isinstance(caches["pages"], page_cache.LocMemCache):
        # What another process's purge writes.
        settings.PAGE_CACHE_GENERATION_FILE.write_text("van-een-ander-proces")
    else:
        caches["pages"].set(page_cache.GENERATION_KEY, "van-een-ander-proces")
    assert page_cache.current_generation() != before
    assert fetch(client, "/kennisbank/")[1] == "miss"


def test_a_lost_generation_is_replaced_by_a_new_one(monkeypatch):
    """Redis may lose the generation (a restart, eviction): a fixed fallback
    would bring back pages stored under an earlier fallback."""
    monkeypatch.setattr(page_cache, "_shared", lambda: True)
    caches["pages"].delete(page_cache.GENERATION_KEY)
    first = page_cache.current_generation()
    assert first != "0" and first == page_cache.current_generation()
    assert 0 <= page_cache.seconds_since_purge(first) < 5
    caches["pages"].delete(page_cache.GENERATION_KEY)
    assert page_cache.current_generation() not in ("0", first)


def test_switched_off_it_stores_nothing(settings, client, sample_pages):
    settings.PAGE_CACHE_SECONDS = 0
    fetch(client, "/kennisbank/")
    assert fetch(client, "/kennisbank/")[1] is None


def test_facet_counts_are_kept_until_the_content_changes(
    settings, client, site_tree, sample_pages, django_assert_max_num_queries
):
    """With the page cache off, the listings still keep their facet counts
    (a scan of every item) until something is published."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.LISTING_CACHE_SECONDS = 300

    def facet_count(response, param, value):
        facet = next(f for f in response.context["facets"] if f.param == param)
        return next(o.count for o in facet.options if o.value == value)

    with django_assert_max_num_queries(100) as cold:
        first = client.get("/kennisbank/?type=toolbox")
    with django_assert_max_num_queries(100) as warm:
        again = client.get("/kennisbank/?type=toolbox")
    assert len(warm) < len(cold)
    before = facet_count(first, "type", "leidraad")
    assert facet_count(again, "type", "leidraad") == before

    KnowledgeProductPageFactory(parent=site_tree.knowledge, title="Nog een leidraad")
    after = client.get("/kennisbank/?type=toolbox")
    assert facet_count(after, "type", "leidraad") == before + 1


def test_purge_cache_forgets_pages_after_a_change_around_the_signals(
    client, sample_pages
):
    """A restriction written around Django's signals (a restore, SQL by
    hand) does not purge by itself; `manage.py purge_cache` does, and then
    the anonymous visitor meets the login."""
    from io import StringIO

    from django.core.management import call_command

    product = KnowledgeProductPage.objects.get(slug="leidraad")
    assert fetch(client, product.url)[1] == "miss"
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=product, restriction_type=PageViewRestriction.LOGIN)]
    )
    assert fetch(Client(), product.url)[1] == "hit"  # no signal, no purge
    out = StringIO()
    call_command("purge_cache", stdout=out)
    assert "Cache purged" in out.getvalue()
    response, state = fetch(Client(), product.url)
    assert response.status_code == 302 and state != "hit"
