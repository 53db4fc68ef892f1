"""Atom feeds of the filtered listings (core/feeds.py): `<listing>/feed/?…`
holds the newest items of exactly what the listing shows with the same
filters, is linked from the page, and is kept like the page."""

import datetime
import html
import re
from urllib.parse import urlsplit

import feedparser
import pytest
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from core import page_cache
from core.feeds import FEED_SIZE, feed_line
from knowledge.models import (
    GovernmentLayer,
    KnowledgeProductPage,
    KnowledgeType,
    Perspective,
    PracticeCasePage,
)
from tests.factories import (
    KnowledgeProductPageFactory,
    OrganisationFactory,
    PracticeCasePageFactory,
    QuestionPageFactory,
    TrainingPageFactory,
    run,
    term,
)
from tests.knowledge.test_editing import add_url, product_data
from trainings.models import Audience, TrainingPage

pytestmark = pytest.mark.django_db

ATOM = "application/atom+xml"


@pytest.fixture(autouse=True)
def own_generation(settings, tmp_path):
    """A content generation of this test's own: another test run in the same
    checkout (the same worker name) would otherwise start new ones in the
    middle of a test, and the listing's index would be built again."""
    settings.PAGE_CACHE_GENERATION_FILE = tmp_path / "generation"


def published(page, days_ago: int):
    """Dates the page's publication `days_ago` days back (first and last),
    as if it had been published then."""
    moment = timezone.now() - datetime.timedelta(days=days_ago)
    type(page).objects.filter(pk=page.pk).update(
        first_published_at=moment, last_published_at=moment + datetime.timedelta(1)
    )
    return page


@pytest.fixture
def catalogue(site_tree):
    """27 products: of the 25 leidraden and toolboxen, every third for
    waterschappen and every fourth about privacy; an older pair apart (a
    handreiking for provincies, one with an organisation that has a website).
    Published a day apart, the newest first."""
    question = QuestionPageFactory(parent=site_tree.questions, slug="starten")
    leidraad = term(KnowledgeType, "leidraad")
    toolbox = term(KnowledgeType, "toolbox")
    waterschap = term(GovernmentLayer, "waterschap")
    gemeente = term(GovernmentLayer, "gemeente")
    products = []
    for number in range(25):
        product = KnowledgeProductPageFactory(
            parent=site_tree.knowledge,
            title=f"Product {number:02d}",
            knowledge_type=leidraad if number % 2 else toolbox,
            questions=[question],
            government_layers=[waterschap] if number % 3 == 0 else [gemeente],
            perspectives=[term(Perspective, "juridisch")],
            tags=["privacy", "AVG"] if number % 4 == 0 else ["datadelen"],
        )
        products.append(published(product, days_ago=number + 1))
    products.append(
        published(
            KnowledgeProductPageFactory(
                parent=site_tree.knowledge,
                title="Handreiking provincies",
                knowledge_type=term(KnowledgeType, "handreiking"),
                government_layers=[term(GovernmentLayer, "provincie")],
                organisation=OrganisationFactory(
                    name="Interprovinciaal Overleg", website="https://ipo.example/"
                ),
                questions=[question],
            ),
            days_ago=40,
        )
    )
    return products


def get_feed(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith(ATOM)
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def path_of(url: str) -> str:
    return urlsplit(url).path


def listing_paths(client, listing: str, query: str, limit: int) -> list[str]:
    """The first `limit` items' paths as the HTML listing shows them, page
    after page."""
    found = []
    number = 1
    while len(found) < limit:
        separator = "&" if query else "?"
        response = client.get(f"{listing}{query}{separator}page={number}")
        found.extend(item.url for item in response.context["items"])
        if not response.context["items"].has_next():
            break
        number += 1
    return found[:limit]


# Filter combinations, each compared with the HTML listing.
QUERIES = [
    "",
    "?type=leidraad",
    # Two values of one facet (OR'ed), two facets (AND'ed).
    "?type=leidraad&type=handreiking",
    "?type=leidraad&bestuurslaag=waterschap",
    "?bestuurslaag=waterschap&thema=privacy",
    # Ignored as on the page: an unknown value, a malformed one.
    "?type=onbekend&bestuurslaag=waterschap",
    "?type=%3Cscript%3E&thema=privacy",
    "?bestuurslaag=provincie",
]


def test_the_feed_holds_the_listings_first_items_newest_first(client, catalogue):
    """One test for all combinations: the catalogue takes seconds to build."""
    for query in QUERIES:
        feed = get_feed(client, f"/kennisbank/feed/{query}")
        expected = listing_paths(client, "/kennisbank/", query, FEED_SIZE)
        assert expected, query  # each combination selects something
        links = [path_of(entry.link) for entry in feed.entries]
        assert links == expected, query
        dates = [entry.published_parsed for entry in feed.entries]
        assert dates == sorted(dates, reverse=True), query


def test_a_large_selection_gives_the_newest_twenty(client, catalogue):
    feed = get_feed(client, "/kennisbank/feed/")
    assert len(feed.entries) == FEED_SIZE == 20
    assert feed.entries[0].title == "Product 00"
    assert feed.entries[-1].title == "Product 19"


def test_the_feed_says_what_is_followed(client, catalogue):
    feed = get_feed(
        client,
        "/kennisbank/feed/?thema=privacy&bestuurslaag=waterschap&type=leidraad"
        "&type=toolbox&page=3&sortering=titel",
    ).feed
    assert feed.title == "Kennisbank: Leidraad of Toolbox · Waterschap · privacy"
    assert feed.subtitle == (
        "De nieuwste kennisproducten met deze filters: Type: Leidraad of "
        "Toolbox; Bestuurslaag: Waterschap; Thema: privacy."
    )
    # One id and self link for a selection, however its URL was written:
    # the facets' order, without the page or the order.
    canonical = "?type=leidraad&type=toolbox&bestuurslaag=waterschap&thema=privacy"
    assert feed.id.startswith("tag:testserver,2026:listing-")
    assert feed.id.endswith(f"/feed{canonical}")
    assert feed.links[0].href == f"http://testserver/kennisbank/{canonical}"
    links = {link.rel: link.href for link in feed.links}
    assert links["self"] == f"http://testserver/kennisbank/feed/{canonical}"
    assert feed.author == "Kenniscentrum Data"
    assert feed.language == "nl"
    unfiltered = get_feed(client, "/kennisbank/feed/").feed
    assert unfiltered.title == "Kennisbank"
    assert unfiltered.subtitle == "De nieuwste kennisproducten."
    assert unfiltered.id != feed.id
    reordered = get_feed(
        client,
        "/kennisbank/feed/?type=toolbox&thema=privacy&type=leidraad"
        "&bestuurslaag=waterschap",
    ).feed
    assert reordered.id == feed.id


def test_each_entry_says_what_it_is(client, catalogue):
    [entry] = get_feed(client, "/kennisbank/feed/?type=handreiking").entries
    product = catalogue[-1]
    assert entry.title == "Handreiking provincies"
    assert entry.link == "http://testserver/kennisbank/handreiking-provincies/"
    assert entry.id == f"tag:testserver,2026:page-{product.pk}"
    assert entry.summary == "Een praktische leidraad voor ambtenaren."
    assert entry.author == "Interprovinciaal Overleg"
    assert entry.author_detail.href == "https://ipo.example/"
    assert [tag.term for tag in entry.tags] == ["Handreiking", "Provincie"]
    product.refresh_from_db()
    first, last = product.first_published_at, product.last_published_at
    assert entry.published_parsed[:6] == first.utctimetuple()[:6]
    assert entry.updated_parsed[:6] == last.utctimetuple()[:6]
    feed = get_feed(client, "/kennisbank/feed/?type=handreiking").feed
    assert feed.updated_parsed[:6] == last.utctimetuple()[:6]
    # The themes too, once each, in the facet's order.
    newest = get_feed(client, "/kennisbank/feed/").entries[0]
    assert [tag.term for tag in newest.tags] == [
        "Toolbox",
        "Waterschap",
        "Juridisch",
        "AVG",
        "privacy",
    ]


def test_an_empty_selection_is_an_empty_feed(client, catalogue):
    feed = get_feed(client, "/kennisbank/feed/?type=handreiking&bestuurslaag=gemeente")
    assert feed.entries == []
    assert feed.feed.title == "Kennisbank: Handreiking · Gemeente"


def test_hostile_text_is_escaped_and_control_characters_dropped(client, site_tree):
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        slug="vijandig",
        title='</script><b>Vet</b> & "zo"\x0bna\x1b\x01een\ufffe tab',
        summary="<b>niet vet</b>\x0c & <script>alert(1)</script>",
        organisation=OrganisationFactory(name="Org <i>schuin</i>\x07"),
        tags=["<em>thema</em>\x1f"],
    )
    response = client.get("/kennisbank/feed/?thema=emthemaem")
    body = response.content.decode()
    assert "<b>" not in body and "<script>" not in body and "<em>" not in body
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe]", body)
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    [entry] = feed.entries
    assert entry.title == '</script><b>Vet</b> & "zo" na een tab'
    # The summary is escaped HTML: a reader shows the text, never markup.
    assert entry.summary_detail.type == "text/html"
    assert html.unescape(entry.summary) == (
        "<b>niet vet</b> & <script>alert(1)</script>"
    )
    assert entry.author == "Org <i>schuin</i>"
    assert "<em>thema</em>" in [tag.term for tag in entry.tags]
    assert feed.feed.title == "Kennisbank: <em>thema</em>"
    # The page names the feed in an attribute, escaped.
    page = client.get("/kennisbank/?thema=emthemaem").content.decode()
    assert 'title="Kennisbank: &lt;em&gt;thema&lt;/em&gt;"' in page


def test_feed_line_leaves_only_what_xml_allows():
    assert feed_line("a\x00b\x0bc\r\nd\te\ud800f\uffffg  ") == "a b c d e f g"


def test_malformed_queries_give_a_feed_not_an_error(client, catalogue):
    all_items = get_feed(client, "/kennisbank/feed/").entries
    for query in [
        "?type=%00",
        "?type=" + "a" * 300,
        "?bestuurslaag=" + "&bestuurslaag=".join(["gemeente"] * 60),
        "?page=-1&sortering=%3Cb%3E&thema=%E2%80%AE",
        "?vraag=1&vraag=%FF&perspectief=",
    ]:
        entries = get_feed(client, f"/kennisbank/feed/{query}").entries
        if "gemeente" not in query:
            assert entries == all_items, query


def test_any_query_gives_a_valid_feed(client, site_tree):
    KnowledgeProductPageFactory(parent=site_tree.knowledge, tags=["AVG"])

    @settings(
        max_examples=40,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(
        st.lists(
            st.tuples(
                st.sampled_from(["type", "thema", "vraag", "bestuurslaag", "x"]),
                st.text(max_size=40),
            ),
            max_size=6,
        )
    )
    def check(pairs):
        with transaction.atomic():
            response = client.get("/kennisbank/feed/", dict_pairs(pairs))
            assert response.status_code == 200
            assert not feedparser.parse(response.content).bozo

    check()


def dict_pairs(pairs):
    data = {}
    for key, value in pairs:
        data.setdefault(key, []).append(value.replace("\x00", ""))
    return data


def test_unpublished_and_restricted_items_never_appear(client, catalogue):
    hidden, locked = catalogue[0], catalogue[1]
    KnowledgeProductPage.objects.get(pk=hidden.pk).unpublish()
    PageViewRestriction.objects.create(
        page=locked, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    titles = [entry.title for entry in get_feed(client, "/kennisbank/feed/").entries]
    assert hidden.title not in titles and locked.title not in titles
    assert titles[0] == "Product 02"
    assert len(titles) == FEED_SIZE


def test_a_restricted_listing_keeps_its_feed_private(client, site_tree, catalogue):
    PageViewRestriction.objects.create(
        page=site_tree.knowledge, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get("/kennisbank/feed/")
    assert response.status_code == 302
    assert b"Product" not in response.content


def test_the_page_links_to_the_feed_of_its_filters(client, catalogue, site_tree):
    PracticeCasePageFactory(parent=site_tree.cases)
    TrainingPageFactory(parent=site_tree.trainings)
    for listing, query, feed_query in [
        ("/kennisbank/", "", ""),
        (
            "/kennisbank/",
            "?bestuurslaag=waterschap&type=leidraad&page=2&sortering=titel",
            "?type=leidraad&bestuurslaag=waterschap",
        ),
        ("/kennisbank/", "?type=onbekend&thema=privacy", "?thema=privacy"),
        ("/praktijkvoorbeelden/", "?fase=pilot", "?fase=pilot"),
        ("/opleidingen/", "?kosten=gratis&sortering=titel", "?kosten=gratis"),
    ]:
        check_feed_links(client, listing, query, feed_query)


def check_feed_links(client, listing, query, feed_query):
    page = client.get(f"{listing}{query}").content.decode()
    head, body = page.split("</head>")
    [(title, href)] = re.findall(
        r'<link rel="alternate" type="application/atom\+xml" '
        r'title="([^"]*)" href="([^"]*)">',
        head,
    )
    assert html.unescape(href) == f"{listing}feed/{feed_query}"
    [(visible, text)] = re.findall(
        r'<a href="([^"]*)" type="application/atom\+xml">([^<]*)</a>', body
    )
    assert html.unescape(visible) == f"{listing}feed/{feed_query}"
    expected = "Volg deze selectie" if feed_query else "Volg alle nieuwe"
    assert text.startswith(expected)
    assert text.endswith("(Atom-feed)")
    assert "Een feed is een webadres" in body
    # The feed at that address says what the page's link said.
    feed = get_feed(client, html.unescape(href))
    assert feed.feed.title == html.unescape(title)


def test_practice_cases_have_their_feed(client, site_tree):
    water = OrganisationFactory(name="Waterschap Rivierenland")
    for number, phase in enumerate(["pilot", "productie", "pilot"]):
        published(
            PracticeCasePageFactory(
                parent=site_tree.cases,
                title=f"Casus {number}",
                phase=phase,
                organisation=water,
                government_layers=[term(GovernmentLayer, "waterschap")],
            ),
            days_ago=number + 1,
        )
    feed = get_feed(client, "/praktijkvoorbeelden/feed/?fase=pilot")
    assert feed.feed.title == "Praktijkvoorbeelden: Pilot"
    assert [entry.title for entry in feed.entries] == ["Casus 0", "Casus 2"]
    assert [path_of(entry.link) for entry in feed.entries] == listing_paths(
        client, "/praktijkvoorbeelden/", "?fase=pilot", FEED_SIZE
    )
    assert feed.entries[0].author == "Waterschap Rivierenland"
    assert [tag.term for tag in feed.entries[0].tags] == ["Pilot", "Waterschap"]


@pytest.fixture
def trainings(site_tree):
    """Four coming trainings whose next start and publication run in
    different orders, and one that has been given already."""
    bestuurder = Audience.objects.get(slug="bestuurder")
    made = {}
    for slug, starts_in, days_ago, cost in [
        ("binnenkort", 10, 30, "gratis"),
        ("nieuwst", 80, 1, "gratis"),
        ("later", 120, 5, "betaald"),
        ("middel", 40, 12, "gratis"),
        ("voorbij", -20, 2, "gratis"),
    ]:
        made[slug] = published(
            TrainingPageFactory(
                parent=site_tree.trainings,
                slug=slug,
                title=f"Opleiding {slug}",
                cost=cost,
                price="100.00" if cost == "betaald" else None,
                audiences=[bestuurder],
                runs=[run(starts_in)],
            ),
            days_ago=days_ago,
        )
    return made


@pytest.mark.parametrize(
    "query", ["", "?kosten=gratis", "?kosten=gratis&kosten=betaald", "?niveau=x%00"]
)
def test_the_trainings_feed_has_the_newest_of_the_catalogues_selection(
    client, trainings, query
):
    feed = get_feed(client, f"/opleidingen/feed/{query}")
    titles = [entry.title for entry in feed.entries]
    expected = ["nieuwst", "later", "middel", "binnenkort"]
    if "betaald" not in query and "gratis" in query:
        expected.remove("later")
    assert titles == [f"Opleiding {slug}" for slug in expected]
    # The same as the catalogue sorted "Nieuwste eerst", which it offers.
    separator = "&" if query else "?"
    assert [path_of(entry.link) for entry in feed.entries] == listing_paths(
        client, "/opleidingen/", f"{query}{separator}sortering=nieuwste", FEED_SIZE
    )
    entry = feed.entries[0]
    assert entry.author == trainings["nieuwst"].provider.name
    assert [tag.term for tag in entry.tags] == [
        "Basis",
        "Klassikaal",
        "Bestuurder",
    ]


def test_the_catalogue_offers_newest_first(client, trainings):
    response = client.get("/opleidingen/?sortering=nieuwste")
    slugs = [item.slug for item in response.context["items"]]
    assert slugs == ["nieuwst", "later", "middel", "binnenkort"]
    page = response.content.decode()
    assert 'aria-current="true">Nieuwste eerst</a>' in page
    assert (
        'href="?#resultaten">Eerstvolgende start</a>'
        in client.get("/opleidingen/?sortering=nieuwste").content.decode()
    )


def feed_queries(client, path) -> int:
    client.get(path)  # builds the listing's index after the change
    with CaptureQueriesContext(connection) as queries:
        get_feed(client, path)
    return len(queries)


@pytest.mark.parametrize(
    ("listing", "add"),
    [
        (
            "/kennisbank/feed/?thema=avg",
            lambda tree: KnowledgeProductPageFactory(
                parent=tree.knowledge,
                tags=["AVG"],
                government_layers=[term(GovernmentLayer, "gemeente")],
            ),
        ),
        (
            "/praktijkvoorbeelden/feed/",
            lambda tree: PracticeCasePageFactory(
                parent=tree.cases,
                tags=["AVG"],
                government_layers=[term(GovernmentLayer, "gemeente")],
            ),
        ),
        (
            "/opleidingen/feed/",
            lambda tree: TrainingPageFactory(
                parent=tree.trainings,
                audiences=[Audience.objects.get(slug="bestuurder")],
                runs=[run(20), run(40)],
            ),
        ),
    ],
)
def test_a_feed_costs_the_same_queries_for_2_or_25_items(
    client, site_tree, listing, add
):
    for _ in range(2):
        add(site_tree)
    few = feed_queries(client, listing)
    for _ in range(23):
        add(site_tree)
    many = feed_queries(client, listing)
    assert few == many
    assert many <= 10


@pytest.mark.parametrize(
    ("model", "factory", "parent"),
    [
        (KnowledgeProductPage, KnowledgeProductPageFactory, "knowledge"),
        (PracticeCasePage, PracticeCasePageFactory, "cases"),
        (TrainingPage, TrainingPageFactory, "trainings"),
    ],
)
def test_no_page_may_take_the_feeds_address(site_tree, model, factory, parent):
    page = factory(parent=getattr(site_tree, parent), slug="gewoon")
    page.slug = "feed"
    with pytest.raises(ValidationError) as refused:
        page.full_clean()
    assert "voor de feed van het overzicht" in str(refused.value.message_dict["slug"])
    with pytest.raises(ValidationError):
        page.save_revision()
    assert model.objects.get(pk=page.pk).slug == "gewoon"
    page.slug = "feeds"
    page.full_clean()  # a slug like it is fine


def test_the_admin_refuses_the_feeds_address_in_dutch(client, site_tree, editor):
    client.force_login(editor)
    question = QuestionPageFactory(parent=site_tree.questions)
    response = client.post(
        add_url(site_tree.knowledge, KnowledgeProductPage),
        {**product_data(question, slug="feed"), "action-publish": "publish"},
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "voor de feed van het overzicht" in " ".join(errors["slug"])
    assert not KnowledgeProductPage.objects.filter(slug="feed").exists()
    assert client.get("/kennisbank/feed/")["Content-Type"].startswith(ATOM)


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    caches["pages"].clear()


def test_the_feed_is_kept_like_the_page_and_renewed_by_a_publication(
    page_cache_on, catalogue, site_tree, django_assert_num_queries
):
    path = "/kennisbank/feed/?type=leidraad&bestuurslaag=waterschap"
    first = Client().get(path)
    assert first.get(page_cache.HEADER) == "miss"
    with django_assert_num_queries(0):
        again = Client().get(path)
    assert again.get(page_cache.HEADER) == "hit"
    assert again.content == first.content
    assert again["Content-Type"].startswith(ATOM)
    # A parameter the feed does not read is not stored (?x=1, ?x=2, ...).
    assert Client().get(path + "&x=1").get(page_cache.HEADER) is None

    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Nieuwe leidraad voor waterschappen",
        knowledge_type=term(KnowledgeType, "leidraad"),
        government_layers=[term(GovernmentLayer, "waterschap")],
    )
    renewed = Client().get(path)
    assert renewed.get(page_cache.HEADER) == "miss"
    entries = feedparser.parse(renewed.content).entries
    assert entries[0].title == "Nieuwe leidraad voor waterschappen"
    assert len(entries) == len(feedparser.parse(first.content).entries) + 1
