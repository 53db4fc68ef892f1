"""Listing, question and home pages cost a fixed number of queries.

The number is measured with 5 and with 40 products (and cases, and half as
many trainings; more than a page of each): it must be
the same, and under a fixed bound. This catches a query inside a loop, such
as tags fetched per card or `.specific` per item.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from knowledge.models import (
    GovernmentLayer,
    KnowledgeProductAttachment,
    KnowledgeType,
    Perspective,
)
from tests.factories import (
    KnowledgeProductPageFactory,
    PracticeCasePageFactory,
    QuestionPageFactory,
    TrainingPageFactory,
    make_document,
    pdf_bytes,
    run,
    term,
)
from trainings.models import Audience

pytestmark = pytest.mark.django_db

# The most any page may cost; each page listed below has its own bound, its
# count (SQLite, 2026-12-06) plus two, so that a new query in a page shows.
QUERY_BOUND = 30
BOUNDS = {
    "/": 20,
    "/vragen/": 15,
    "/vragen/starten/": 26,
    "/kennisbank/": 15,
    "/praktijkvoorbeelden/": 13,
    # On PostgreSQL 10: the search query runs in a savepoint between two
    # SET LOCAL statements (core.search, the planner setting).
    "/zoeken/": 12,
    "/opleidingen/": 14,
    "/opleidingen/agenda.ics": 10,
    "/kennisbank/leidraad/": 20,
    "/praktijkvoorbeelden/voorbeeld/": 19,
    "/opleidingen/datagedreven-werken/": 18,
    "/opleidingen/datagedreven-werken/agenda.ics": 11,
    "/opleidingen/voorstellen/": 9,
    "/nieuwsbrief/": 14,
    "/nieuwsbrief/feed/": 10,
    "/nieuwsbrief/aanmelden/": 8,
    "/nieuwsbrief/deze-maand/": 17,
    "/beslishulpen/": 12,
    "/sitemap.xml": 19,
}
# The first request to a listing after a change also builds its facet index:
# the ids, one query per facet kept in a relation table, and storing it.
FIRST_EXTRA = 16
# Pages that read several listings' indexes (the counts per question, the
# newest items, the coming trainings) may build each of them.
INDEXES_READ = {"/": 3, "/vragen/starten/": 3}
URLS = [
    "/",
    "/vragen/",
    "/vragen/starten/",
    "/kennisbank/",
    "/kennisbank/?type=toolbox&bestuurslaag=gemeente&thema=avg",
    "/kennisbank/?page=2",
    "/praktijkvoorbeelden/",
    "/praktijkvoorbeelden/?fase=pilot&vraag=starten",
    "/zoeken/?q=leidraad",
    "/zoeken/?q=leidraad&type=kennisproduct",
    "/opleidingen/",
    "/opleidingen/?kosten=gratis&niveau=basis&start=binnen-3-maanden&vraag=starten",
    "/opleidingen/agenda.ics",
]


def add_items(site_tree, question, count, offset):
    kinds = [term(KnowledgeType, "leidraad"), term(KnowledgeType, "toolbox")]
    layers = list(GovernmentLayer.objects.all())
    perspectives = list(Perspective.objects.all())
    audiences = list(Audience.objects.all())
    for number in range(offset, offset + count):
        # Each card says what the product offers (its text, documents or its
        # source), with no query of its own.
        offers = [
            {},
            {
                "attachments": [
                    KnowledgeProductAttachment(
                        document=make_document(
                            f"Bijlage {number}", pdf_bytes(2), f"bijlage-{number}.pdf"
                        )
                    )
                ]
            },
            {"body": [], "external_url": "https://vng.nl/"},
        ]
        product = KnowledgeProductPageFactory(
            parent=site_tree.knowledge,
            title=f"Leidraad {number}",
            knowledge_type=kinds[number % 2],
            questions=[question],
            government_layers=layers[: 1 + number % 3],
            perspectives=perspectives[number % 3 :],
            tags=["AVG", f"thema {number % 7}"],
            **offers[number % 3],
        )
        PracticeCasePageFactory(
            parent=site_tree.cases,
            title=f"Voorbeeld {number}",
            questions=[question],
            government_layers=layers[number % 5 :],
            products_used=[product],
            tags=["AVG"],
        )
        if number % 2 == 0:
            TrainingPageFactory(
                parent=site_tree.trainings,
                questions=[question],
                audiences=audiences[number % 3 :],
                government_layers=layers[: 1 + number % 3],
                level=["basis", "gevorderd"][number % 2],
                runs=[run(number - 20), run(number + 5, days=2)],
            )


def count_queries(client, url):
    """The queries of rendering `url`. The anonymous page cache is off: a
    stored page costs no query and would prove nothing."""
    with override_settings(PAGE_CACHE_SECONDS=0):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def counts_after_a_change(client, urls):
    """Per URL, the queries of its first request after a content change
    (the listing's facet index is built then) and of a repeated request."""
    counts = {}
    for url in urls:
        first = count_queries(client, url)
        counts[url] = (first, count_queries(client, url))
    return counts


def search_index_off(settings):
    """Pages saved from here on skip the search index, which makes building
    many of them much faster; for tests that do not search. `settings` is
    pytest-django's fixture (restored after the test)."""
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**backend, "AUTO_UPDATE": False}
        for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }


def test_query_count_does_not_grow_with_the_number_of_items(client, site_tree):
    question = QuestionPageFactory(parent=site_tree.questions, slug="starten")
    for number in range(8):
        QuestionPageFactory(parent=site_tree.questions, title=f"Vraag {number}?")
    add_items(site_tree, question, 4, 0)
    for url in URLS:  # warm per-process caches (content types, site root paths)
        client.get(url)
    add_items(site_tree, question, 1, 4)  # a change: the listings are built again
    with_five = counts_after_a_change(client, URLS)

    add_items(site_tree, question, 35, 5)
    with_forty = counts_after_a_change(client, URLS)

    assert with_forty == with_five
    # The cards measured say what each product offers, in all three ways.
    for url in ("/kennisbank/", "/vragen/starten/", "/"):
        html = client.get(url).content.decode()
        for offer in (
            "Tekst op de pagina",
            "PDF, 2 pagina&#x27;s",
            "(externe website)",
        ):
            assert offer in html, (url, offer)
    for url, (first, repeat) in with_forty.items():
        path = url.split("?")[0]
        bound = BOUNDS.get(path, QUERY_BOUND)
        assert repeat <= bound, f"{url}: {repeat} queries"
        extra = FIRST_EXTRA * INDEXES_READ.get(path, 1)
        assert first <= bound + extra, f"{url}: {first} queries after a change"
