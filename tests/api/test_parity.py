"""The API selects what the HTML listings select: for the same filters (the
same parameter names and values) the same items in the same order, the
same total, and the same counts per option."""

from urllib.parse import urlencode

import pytest

from core.listing import PAGE_SIZE

pytestmark = pytest.mark.django_db

SELECTIONS = {
    "kennisbank": (
        "/kennisbank/",
        "/api/v1/kennisproducten",
        [
            [],
            [("type", "leidraad")],
            [("type", "leidraad"), ("type", "toolbox")],
            [("type", "handreiking"), ("bestuurslaag", "gemeente")],
            [("bestuurslaag", "waterschap"), ("thema", "privacy")],
            [("vraag", "starten"), ("perspectief", "juridisch")],
            [("vraag", "juridisch"), ("vraag", "opschalen"), ("thema", "ethiek")],
            [("bestuurslaag", "rijk"), ("sortering", "titel")],
            [("sortering", "titel")],
        ],
    ),
    "praktijkvoorbeelden": (
        "/praktijkvoorbeelden/",
        "/api/v1/praktijkvoorbeelden",
        [
            [],
            [("fase", "pilot")],
            [("fase", "verkenning"), ("fase", "productie")],
            [("bestuurslaag", "provincie"), ("thema", "datadelen")],
            [("vraag", "starten"), ("sortering", "titel")],
        ],
    ),
    "opleidingen": (
        "/opleidingen/",
        "/api/v1/opleidingen",
        [
            [],
            [("niveau", "basis")],
            [("vorm", "online"), ("kosten", "gratis")],
            [("kosten", "betaald"), ("bestuurslaag", "gemeente")],
            [("start", "binnen-3-maanden")],
            [("vraag", "juridisch"), ("niveau", "gevorderd"), ("niveau", "expert")],
            [("sortering", "titel")],
        ],
    ),
}


def html_listing(client, path, pairs):
    """Every item of the HTML listing (all its pages), its total and facets."""
    ids, number, pages = [], 1, 1
    while number <= pages:
        query = urlencode([*pairs, ("page", number)])
        response = client.get(f"{path}?{query}")
        assert response.status_code == 200
        context = response.context
        pages = context["paginator"].num_pages
        ids.extend(item.pk for item in context["items"])
        number += 1
    facets = {
        state.param: [
            (option.value, option.label, option.count, option.selected)
            for option in state.options
        ]
        for state in context["facets"]
    }
    return ids, context["paginator"].count, facets


def api_listing(client, path, pairs):
    """Every item of the API's list, following its `next` links."""
    ids = []
    url = f"{path}?{urlencode([*pairs, ('pageSize', PAGE_SIZE)])}"
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        data = response.json()
        ids.extend(item["id"] for item in data["resultaten"])
        url = data["_links"].get("next", {}).get("href")
    facets = {
        facet["naam"]: [
            (option["waarde"], option["label"], option["aantal"], option["gekozen"])
            for option in facet["opties"]
        ]
        for facet in data["facetten"]
    }
    return ids, data["aantal"], facets


@pytest.mark.parametrize("listing", SELECTIONS)
def test_the_api_selects_what_the_page_selects(client, api_corpus, listing):
    html_path, api_path, selections = SELECTIONS[listing]
    everything, _total, _facets = html_listing(client, html_path, [])
    for pairs in selections:
        html_ids, html_total, html_facets = html_listing(client, html_path, pairs)
        api_ids, api_total, api_facets = api_listing(client, api_path, pairs)
        assert api_ids == html_ids, pairs
        assert api_total == html_total == len(html_ids), pairs
        assert api_facets == html_facets, pairs
        # The corpus is varied enough that each filter selects something,
        # and not everything.
        assert html_ids, pairs
        if pairs and pairs != [("sortering", "titel")]:
            assert set(html_ids) < set(everything), pairs


def test_a_value_no_item_has_selects_nothing_in_the_api(client, api_corpus):
    """The page ignores it (an old link still shows the kennisbank); the API
    answers exactly what was asked: nothing."""
    page = client.get("/kennisbank/?type=checklist")
    assert page.context["paginator"].count == len(api_corpus.products)
    data = client.get("/api/v1/kennisproducten?type=checklist").json()
    assert data["aantal"] == 0
    assert data["resultaten"] == []
    both = client.get("/api/v1/kennisproducten?type=checklist&type=toolbox").json()
    toolbox = client.get("/api/v1/kennisproducten?type=toolbox").json()
    assert both["aantal"] == toolbox["aantal"] > 0


def test_questions_count_what_their_question_filter_selects(client, api_corpus):
    questions = client.get("/api/v1/vragen").json()["resultaten"]
    assert [question["waarde"] for question in questions] == [
        "starten",
        "juridisch",
        "opschalen",
    ]
    for question in questions:
        products = client.get(f"/api/v1/kennisproducten?vraag={question['waarde']}")
        cases = client.get(f"/api/v1/praktijkvoorbeelden?vraag={question['waarde']}")
        assert question["aantalItems"] == (
            products.json()["aantal"] + cases.json()["aantal"]
        )
        assert question["aantalItems"] > 0
