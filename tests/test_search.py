"""/zoeken/: all content, ranked, typed, filterable; Dutch word forms match.

Runs on whichever database the suite uses: SQLite (stemmed text in FTS5) by
default, PostgreSQL (the `dutch` configuration) when DATABASE_URL is set.
"""

import datetime
import itertools

import pytest
from django.db import connection
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import RichText

from core.search import STOPWORDS, prepare_query
from tests.factories import (
    CommunityGroupPageFactory,
    CommunityIndexPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    KnowledgeProductPageFactory,
    PracticeCasePageFactory,
    QuestionPageFactory,
    StandardPageFactory,
    TrainingPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(site_tree):
    question = QuestionPageFactory(
        parent=site_tree.questions,
        title="Hoe start ik een dataproject?",
        summary="Van eerste idee naar een werkend resultaat.",
        short_answer="Kies een concrete vraag en zoek de mensen die de data kennen.",
    )
    legal = QuestionPageFactory(
        parent=site_tree.questions,
        title="Wat mag wel en niet?",
        summary="Wetten rond datagebruik op een rij.",
        short_answer="Het juridisch kader hangt af van het doel en de grondslag.",
    )
    product = KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Leidraad camerabeelden hergebruiken",
        summary="Wanneer mag een gemeente beelden uit de openbare ruimte gebruiken?",
        questions=[legal],
        tags=["camera's"],
    )
    case = PracticeCasePageFactory(
        parent=site_tree.cases,
        title="Waterschap meet waterkwaliteit met sensoren",
        summary="Honderd sensoren in de sloten, en wat dat opleverde.",
        questions=[question],
    )
    page = StandardPageFactory(
        parent=site_tree.home,
        title="Toegankelijkheidsverklaring",
        intro="Zo maken we een toegankelijke website voor iedereen.",
    )
    return {
        "question": question,
        "legal": legal,
        "product": product,
        "case": case,
        "page": page,
    }


def result_titles(response):
    return [item["page"].title for item in response.context["result_items"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("dataprojecten", "Hoe start ik een dataproject?"),
        ("juridische", "Wat mag wel en niet?"),
        ("camerabeeld", "Leidraad camerabeelden hergebruiken"),
        ("gemeenten", "Leidraad camerabeelden hergebruiken"),
        ("hergebruik", "Leidraad camerabeelden hergebruiken"),
        ("sensor", "Waterschap meet waterkwaliteit met sensoren"),
        ("toegankelijkheid", "Toegankelijkheidsverklaring"),
    ],
)
def test_inflected_dutch_forms_match(client, content, query, expected):
    response = client.get("/zoeken/", {"q": query})
    assert response.status_code == 200
    assert expected in result_titles(response), query


def test_results_are_ranked_and_show_type_and_summary(client, content):
    response = client.get("/zoeken/", {"q": "camerabeelden hergebruiken"})
    titles = result_titles(response)
    assert titles[0] == "Leidraad camerabeelden hergebruiken"
    html = response.content.decode()
    assert "Leidraad" in html  # the product's own type
    assert "Wanneer mag een gemeente beelden" in html


def test_type_labels_for_every_kind(client, content):
    response = client.get("/zoeken/", {"q": "dataproject sensoren toegankelijkheid"})
    labels = {
        item["page"].title: str(item["type_label"])
        for item in response.context["result_items"]
    }
    assert labels["Hoe start ik een dataproject?"] == "vraag"
    assert labels["Waterschap meet waterkwaliteit met sensoren"] == "praktijkvoorbeeld"
    assert labels["Toegankelijkheidsverklaring"] == "standaardpagina"


def test_search_filters_by_type_with_counts(client, content):
    everything = client.get("/zoeken/", {"q": "dataproject waterkwaliteit"})
    counts = {o["value"]: o["count"] for o in everything.context["type_options"]}
    assert counts == {
        "vraag": 1,
        "kennisproduct": 0,
        "praktijkvoorbeeld": 1,
        "opleiding": 0,
        "beslishulp": 0,
        "bijeenkomst": 0,
        "groep": 0,
        "pagina": 0,
    }
    only_cases = client.get(
        "/zoeken/", {"q": "dataproject waterkwaliteit", "type": "praktijkvoorbeeld"}
    )
    assert result_titles(only_cases) == ["Waterschap meet waterkwaliteit met sensoren"]


def test_results_sort_by_relevance_newest_or_title(client, content):
    query = "dataproject waterkwaliteit camerabeelden"
    relevance = result_titles(client.get("/zoeken/", {"q": query}))
    by_title = client.get("/zoeken/", {"q": query, "sortering": "titel"})
    assert result_titles(by_title) == sorted(relevance)
    # Published on the 1st, 3rd and 2nd of May.
    for day, key in enumerate(["question", "case", "product"], start=1):
        type(content[key]).objects.filter(pk=content[key].pk).update(
            first_published_at=datetime.datetime(2026, 5, day, tzinfo=datetime.UTC)
        )
    newest = client.get("/zoeken/", {"q": query, "sortering": "nieuwste"})
    assert result_titles(newest) == [
        "Leidraad camerabeelden hergebruiken",
        "Waterschap meet waterkwaliteit met sensoren",
        "Hoe start ik een dataproject?",
    ]
    html = by_title.content.decode()
    # The type links and the search form keep the order; its own link
    # says it is the current one.
    assert '<input type="hidden" name="sortering" value="titel">' in html
    assert "sortering=titel&amp;type=vraag" in html
    assert 'aria-current="true">Titel (A–Z)</a>' in html
    odd = client.get("/zoeken/", {"q": query, "sortering": "<b>"})
    assert result_titles(odd) == relevance
    assert "<b>" not in odd.content.decode()


def test_singular_and_plural_give_the_same_results(client, site_tree):
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Een algoritme in beheer nemen"
    )
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Algoritmes registreren en uitleggen"
    )
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Over algoritmen in de gemeente"
    )
    found = {
        typed: set(result_titles(client.get("/zoeken/", {"q": typed})))
        for typed in ("algoritme", "algoritmes", "Algoritmen")
    }
    assert len(found["algoritme"]) == 3
    assert found["algoritme"] == found["algoritmes"] == found["Algoritmen"]


def test_a_kinds_own_word_finds_its_pages(client, site_tree, content):
    """A training is found by "opleiding" and "cursus", a meetup by
    "bijeenkomst", also when their text never says so."""
    TrainingPageFactory(
        parent=site_tree.trainings,
        title="Werken met datasets",
        summary="Zo lees je een tabel.",
        runs=[],
    )
    for typed in ("opleiding", "cursus"):
        response = client.get("/zoeken/", {"q": typed, "type": "opleiding"})
        assert result_titles(response) == ["Werken met datasets"], typed
    # The added words are not shown as the page's text.
    html = client.get("/zoeken/", {"q": "opleiding"}).content.decode()
    assert "cursus training" not in html


def test_meetups_and_groups_are_found_with_a_filter_of_their_own(client, site_tree):
    index = CommunityIndexPageFactory(parent=site_tree.home)
    events = EventIndexPageFactory(parent=index)
    CommunityGroupPageFactory(
        parent=index, title="Kopgroep Sensordata", summary="Over sensoren."
    )
    EventPageFactory(parent=events, title="Meetup sensordata in de wijk")
    response = client.get("/zoeken/", {"q": "sensordata"})
    counts = {o["value"]: o["count"] for o in response.context["type_options"]}
    assert counts["bijeenkomst"] == 1 and counts["groep"] == 1
    labels = {
        item["page"].title: str(item["type_label"])
        for item in response.context["result_items"]
    }
    assert labels["Kopgroep Sensordata"] == "Kopgroep"
    assert labels["Meetup sensordata in de wijk"].startswith("bijeenkomst, ")
    only = client.get("/zoeken/", {"q": "sensordata", "type": "groep"})
    assert result_titles(only) == ["Kopgroep Sensordata"]


def test_the_exact_phrase_ranks_first(client, site_tree):
    """Pages with every word, and above all the phrase itself, before pages
    that only repeat one of the words."""
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Openbaarheid: open data, open standaarden, open source",
        summary="Open, open en nog eens open: de overheid werkt open.",
    )
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Overheid en wet: een overzicht",
        summary="Welke wet geldt voor de open overheid? Een overzicht.",
    )
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Actief openbaar maken",
        summary="Wat de Wet open overheid van je organisatie vraagt.",
    )
    titles = result_titles(client.get("/zoeken/", {"q": "wet open overheid"}))
    assert titles == [
        "Actief openbaar maken",
        "Overheid en wet: een overzicht",
        "Openbaarheid: open data, open standaarden, open source",
    ]


def test_a_phrase_with_stop_words_ranks_first_too(client, site_tree):
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Archiefbewaring: de wet en de praktijk",
        summary="Over de wet, over archiefbewaring en over bewaartermijnen.",
    )
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Bewaren en vernietigen",
        summary="Wat de Wet op de archiefbewaring van gemeenten vraagt.",
    )
    query = prepare_query("Wet op de archiefbewaring")
    assert query.phrase == "wet op de archiefbewaring"
    titles = result_titles(client.get("/zoeken/", {"q": "Wet op de archiefbewaring"}))
    assert titles[0] == "Bewaren en vernietigen"


def test_each_result_shows_an_excerpt_with_the_words_marked(client, site_tree):
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Handreiking datadelen",
        summary="Een korte handreiking.",
        body=[
            (
                "paragraph",
                RichText(
                    "<p>"
                    + "Eerst veel inleiding over van alles en nog wat. " * 8
                    + "Leg de afspraken over <b>algoritmes</b> vast in een "
                    "convenant <script>alert(1)</script>. "
                    + "Daarna volgt nog veel meer tekst over andere zaken. " * 8
                    + "</p>"
                ),
            )
        ],
    )
    response = client.get("/zoeken/", {"q": "algoritme"})
    [item] = response.context["result_items"]
    shown = str(item["excerpt"])
    assert shown.startswith("… ") and shown.endswith(" …")
    assert "<mark>algoritmes</mark> vast in een convenant" in shown
    assert "<script>" not in shown and "alert(1)" in shown
    html = response.content.decode()
    assert '<p class="result__excerpt">' in html and "<mark>algoritmes</mark>" in html


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("privcy", "privacy"), ("algoritmr", "algoritme"), ("ALGORITMR", "algoritme")],
)
def test_a_typo_gets_a_suggestion_from_the_sites_own_words(
    client, site_tree, typed, meant
):
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Privacy bij een algoritme",
        summary="Wat de AVG vraagt als je een algoritme inzet.",
    )
    response = client.get("/zoeken/", {"q": typed, "type": "kennisproduct"})
    assert response.context["suggestion"] == meant
    html = response.content.decode()
    assert f'Bedoelde je: <a href="?q={meant}&amp;type=kennisproduct">{meant}</a>?' in (
        html
    )
    # The words around it stay as they were typed.
    other = client.get("/zoeken/", {"q": f"regels voor {typed}"})
    assert other.context["suggestion"] == f"regels voor {meant}"
    # Words the site has get no suggestion, nor do searches with results.
    for known in ("privacy", "algoritmes"):
        assert not client.get("/zoeken/", {"q": known}).context.get("suggestion")


def test_suggestions_come_from_public_pages_only(client, site_tree):
    draft = KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Reorganisatie Heulendonk"
    )
    draft.unpublish()
    private = KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Geheimhouding Heulendonk"
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    KnowledgeProductPageFactory(parent=site_tree.knowledge, title="Reorganiseren")
    suggested = client.get("/zoeken/", {"q": "reorganisatje"}).context["suggestion"]
    assert suggested != "reorganisatie"
    assert not client.get("/zoeken/", {"q": "heulendonq"}).context.get("suggestion")


def test_unpublished_pages_are_not_found(client, content):
    content["product"].unpublish()
    response = client.get("/zoeken/", {"q": "camerabeelden"})
    assert "Leidraad camerabeelden hergebruiken" not in result_titles(response)


def test_hits_kept_from_before_a_change_show_no_hidden_page(
    settings, client, content, clear_cache
):
    """Kept hits (or an OpenSearch index a second behind) may still hold a
    page that has just gone offline or private: the results check again."""
    settings.LISTING_CACHE_SECONDS = 300
    title = "Leidraad camerabeelden hergebruiken"
    assert title in result_titles(client.get("/zoeken/", {"q": "camerabeelden"}))
    # As a lagging replica or index sees it: changed without a purge.
    Page.objects.filter(pk=content["product"].pk).update(live=False)
    assert title not in result_titles(client.get("/zoeken/", {"q": "camerabeelden"}))
    Page.objects.filter(pk=content["product"].pk).update(live=True)
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=content["product"], restriction_type="login")]
    )
    assert title not in result_titles(client.get("/zoeken/", {"q": "camerabeelden"}))


def test_tags_and_organisation_are_searchable(client, content):
    # "camera" stands only in the product's theme (camera's), not its text.
    response = client.get("/zoeken/", {"q": "camera"})
    assert "Leidraad camerabeelden hergebruiken" in result_titles(response)
    organisation = content["product"].organisation.name
    response = client.get("/zoeken/", {"q": organisation})
    assert "Leidraad camerabeelden hergebruiken" in result_titles(response)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "Typ een of meer woorden"),
        ("   ", "Typ een of meer woorden"),
        ("a", "Typ minstens twee letters"),
        ("x" * 1000, "erg lang"),
        ("dataproject " * 100, "erg lang"),
        ('"AND OR NOT (camera* ) NEAR/3 -"', "voor ‘"),
        ("camera AND NOT", "voor ‘"),
        ("' OR 1=1 --", "voor ‘"),
        ("*", "Typ minstens twee letters"),
        ("\x00camera", "voor ‘"),
        ("<script>alert(1)</script>", "voor ‘"),
        ("ö ñ 漢字", "voor ‘"),
    ],
)
def test_odd_queries_answer_200_with_a_helpful_message(client, content, query, message):
    response = client.get("/zoeken/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "<script>alert(1)</script>" not in html


def test_unknown_type_and_page_are_ignored(client, content):
    response = client.get(
        "/zoeken/", {"q": "camerabeelden", "type": "<b>", "page": "x"}
    )
    assert response.status_code == 200
    assert "Leidraad camerabeelden hergebruiken" in result_titles(response)


def test_search_only_answers_get(client):
    assert client.post("/zoeken/", {"q": "data"}).status_code == 405


def test_prepare_query_stems_on_sqlite_only():
    stemmed = prepare_query("Dataprojecten juridische", stem=True)
    assert "dataproject" in stemmed.terms and "juridisch" in stemmed.terms
    assert "dataprojecten" in stemmed.terms  # exact words still count
    plain = prepare_query("Dataprojecten juridische", stem=False)
    assert plain.words == ("dataprojecten", "juridische")
    assert "juridisch" not in plain.terms


def test_forms_that_would_match_everything_are_left_out():
    """ "mensen" would give "mense" (stem "men"), "eens" the stop word "een"."""
    for typed, wrong in (("mensen", "mense"), ("eens", "een"), ("alles", "alle")):
        [group] = prepare_query(typed, stem=False).groups
        assert wrong not in group, typed
        assert group[0] == typed
    # Nor the stem of such a form (the word's own stem stays).
    [group] = prepare_query("mensen", stem=True).groups
    assert "men" not in group and "mens" in group


def test_singular_and_plural_are_forms_of_one_word():
    """The Snowball stemmer leaves "algoritmes" apart from "algoritme"."""
    for typed in ("algoritme", "algoritmes", "algoritmen"):
        [group] = prepare_query(typed, stem=False).groups
        assert {"algoritme", "algoritmes", "algoritmen"} <= set(group), typed
    [group] = prepare_query("data", stem=False).groups
    assert group[0] == "data"


def test_prepare_query_drops_operators_and_stopwords():
    query = prepare_query('hoe start ik een "dataproject" OR (pilot*)', stem=False)
    assert query.words == ("start", "dataproject", "or", "pilot")
    assert not set(query.words) & STOPWORDS
    # The phrase is what was typed, stop words included.
    assert query.phrase == "hoe start ik een dataproject or pilot"
    # A question of stop words only still searches for something.
    assert prepare_query("wat is het", stem=False).words == ("wat", "is", "het")


def test_prepare_query_normalises_and_cuts_at_a_word():
    # "financie" + combining diaeresis + "le" is one word.
    assert prepare_query("financie\u0308le", stem=False).words == ("financiële",)
    long = prepare_query("dataproject " * 30, stem=False)
    assert long.display.endswith("dataproject")
    assert len(long.display) <= 200
    assert prepare_query("a\x00b\tcamera", stem=False).display == "a b camera"


def test_search_shows_the_cleaned_query(client, content):
    html = client.get("/zoeken/", {"q": "camera\x00beelden"}).content.decode()
    assert "\x00" not in html
    assert 'value="camera beelden"' in html


def test_search_takes_a_bounded_number_of_queries(
    client, site_tree, django_assert_max_num_queries
):
    """Counting and ranking take one query each however many pages match; the
    page of results adds one per type shown (Wagtail's specific())."""

    def queries(count):
        for _ in range(count):
            KnowledgeProductPageFactory(
                parent=site_tree.knowledge, summary="Een handreiking voor datadeling."
            )
        client.get("/zoeken/?q=datadeling")  # content types, once per process
        with django_assert_max_num_queries(100) as captured:
            response = client.get("/zoeken/?q=datadeling")
        assert response.status_code == 200
        return len(captured)

    few = queries(3)
    assert queries(25) == few <= 12
    # Fewer than three results: the vocabulary is read for a suggestion too
    # (built once per content, then read with one query).
    client.get("/zoeken/?q=datadelinq")
    with django_assert_max_num_queries(12):
        client.get("/zoeken/?q=datadelinq")


def test_only_the_best_results_are_ranked_and_the_page_says_so(
    client, content, site_tree, monkeypatch
):
    import core.search
    import core.views

    monkeypatch.setattr(core.search, "RANKED_LIMIT", 3)
    monkeypatch.setattr(core.views, "RANKED_LIMIT", 3)
    for _ in range(4):
        KnowledgeProductPageFactory(
            parent=site_tree.knowledge, summary="Over camerabeelden op straat."
        )
    response = client.get("/zoeken/?q=camerabeelden")
    assert response.context["total"] == 5
    titles = [item["page"].title for item in response.context["result_items"]]
    # The word in the title ranks first.
    assert titles[0] == "Leidraad camerabeelden hergebruiken"
    assert len(titles) == 3
    assert "We tonen de 3 beste" in response.content.decode()


def test_another_search_backend_gives_the_same_matches(content, rf):
    """With OpenSearch (OPENSEARCH_URL) the backend's own ranking and facets
    are used; the database backend answers the same calls, so they are
    checked here against the database search."""
    from core.search import _search_backend, search_pages
    from core.views import _searchable_pages

    pages = _searchable_pages(rf.get("/zoeken/"))
    query = prepare_query("camerabeelden hergebruiken")
    direct = search_pages(pages, query)
    generic = _search_backend(pages, query.text, None)
    assert set(generic.ranked) == set(direct.ranked) == {content["product"].pk}
    assert generic.counts == direct.counts


only_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the postings are PostgreSQL's; CI runs these on PostgreSQL too",
)


def _postings(page):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT lexeme FROM core_search_posting WHERE page_id = %s"
            " AND content_type_id = %s",
            [page.pk, page.content_type_id],
        )
        return {row[0] for row in cursor.fetchall()}


@only_postgresql
def test_the_postings_follow_the_index_however_it_is_written(site_tree):
    """Written, rewritten, deleted and emptied with Wagtail's index table
    (core migration 0004's trigger)."""
    from wagtail.search.models import IndexEntry

    product = KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Leidraad waterkwaliteit",
        summary="Over sensoren in sloten.",
    )
    assert {"waterkwaliteit", "sensor", "slot"} <= _postings(product)
    product.title = "Leidraad bodemdaling"
    product.save_revision().publish()
    words = _postings(product)
    assert "bodemdal" in words
    assert "waterkwaliteit" not in words
    product.delete()
    assert _postings(product) == set()
    KnowledgeProductPageFactory(parent=site_tree.knowledge, title="Nog een leidraad")
    with connection.cursor() as cursor:
        # Django's deferred foreign key checks first: TRUNCATE waits for none.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"TRUNCATE {IndexEntry._meta.db_table}")
        cursor.execute("SELECT COUNT(*) FROM core_search_posting")
        assert cursor.fetchone()[0] == 0


@only_postgresql
def test_the_ranking_from_the_postings_is_ts_ranks_own(rf, site_tree):
    """The best results come in the order that PostgreSQL's ts_rank gives on
    the index entries themselves: the title counting three times, pages with
    every word first, then by rank."""
    from core.search import TITLE_WEIGHT, search_pages
    from core.views import _searchable_pages

    texts = [
        ("Sensoren in sloten", "Sensoren meten het water. Sensoren en data."),
        ("Waterkwaliteit meten", "Met sensoren in het water, en data uit sloten."),
        ("Data delen", "Data over waterkwaliteit delen met de provincie."),
        ("Over sloten", "Het onderhoud van sloten."),
        ("Sensoren", "Een lijst van sensoren."),
    ]
    for title, summary in texts:
        KnowledgeProductPageFactory(
            parent=site_tree.knowledge, title=title, summary=summary
        )
    pages = _searchable_pages(rf.get("/zoeken/"))
    query = prepare_query("sensoren sloten")
    hits = search_pages(pages, query)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT CAST(object_id AS bigint),"
            " ts_rank(title, to_tsquery('dutch', %s)) * %s"
            " + ts_rank(body, to_tsquery('dutch', %s)),"
            " portal_document @@ to_tsquery('dutch', %s)"
            " FROM wagtailsearch_indexentry WHERE object_id = ANY(%s)",
            [
                " | ".join(query.terms),
                TITLE_WEIGHT,
                " | ".join(query.terms),
                " & ".join(f"({' | '.join(group)})" for group in query.groups),
                [str(pk) for pk in hits.ranked],
            ],
        )
        reference = {pk: (every, rank) for pk, rank, every in cursor.fetchall()}
    # "Data delen" has neither word.
    assert len(hits.ranked) == hits.total == 4
    order = [reference[pk] for pk in hits.ranked]
    assert [every for every, _rank in order] == [True, True, False, False]
    for (every, rank), (next_every, next_rank) in itertools.pairwise(order):
        assert every > next_every or rank >= next_rank - 1e-6
