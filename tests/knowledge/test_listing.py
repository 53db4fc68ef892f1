"""The kennisbank and praktijkvoorbeelden listings: filters, counts, paging."""

import pytest

from knowledge.models import GovernmentLayer, KnowledgeType, Perspective
from tests.factories import (
    KnowledgeProductPageFactory,
    PracticeCasePageFactory,
    QuestionPageFactory,
    term,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(site_tree):
    """Four products spread over two questions, types, layers, perspectives, themes."""
    start = QuestionPageFactory(
        parent=site_tree.questions, title="Hoe start ik?", slug="starten"
    )
    legal = QuestionPageFactory(
        parent=site_tree.questions, title="Wat mag juridisch?", slug="juridisch"
    )
    leidraad = term(KnowledgeType, "leidraad")
    toolbox = term(KnowledgeType, "toolbox")
    gemeente = term(GovernmentLayer, "gemeente")
    provincie = term(GovernmentLayer, "provincie")
    juridisch = term(Perspective, "juridisch")
    ethisch = term(Perspective, "ethisch")

    def product(title, kind, questions, layers, perspectives, tags):
        return KnowledgeProductPageFactory(
            parent=site_tree.knowledge,
            title=title,
            knowledge_type=kind,
            questions=questions,
            government_layers=layers,
            perspectives=perspectives,
            tags=tags,
        )

    return {
        "a": product("Product A", leidraad, [start], [gemeente], [juridisch], ["AVG"]),
        "b": product(
            "Product B", toolbox, [start, legal], [provincie], [ethisch], ["camera's"]
        ),
        "c": product(
            "Product C", leidraad, [legal], [gemeente, provincie], [juridisch], ["AVG"]
        ),
        "d": product("Product D", toolbox, [legal], [gemeente], [ethisch], []),
    }


def titles(response):
    return sorted(item.title for item in response.context["items"])


def facet(response, param):
    return {
        option.value: option
        for state in response.context["facets"]
        if state.param == param
        for option in state.options
    }


def test_unfiltered_listing_shows_everything_with_counts(client, catalogue):
    response = client.get("/kennisbank/")
    assert response.status_code == 200
    assert titles(response) == ["Product A", "Product B", "Product C", "Product D"]
    assert facet(response, "type")["leidraad"].count == 2
    assert facet(response, "bestuurslaag")["gemeente"].count == 3
    assert facet(response, "vraag")["juridisch"].count == 3
    assert facet(response, "thema")["avg"].count == 2
    assert facet(response, "perspectief")["ethisch"].count == 2
    assert "4 kennisproducten" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("vraag=starten", ["Product A", "Product B"]),
        ("type=toolbox", ["Product B", "Product D"]),
        ("bestuurslaag=provincie", ["Product B", "Product C"]),
        ("perspectief=juridisch", ["Product A", "Product C"]),
        ("thema=avg", ["Product A", "Product C"]),
    ],
)
def test_each_filter_alone(client, catalogue, query, expected):
    assert titles(client.get(f"/kennisbank/?{query}")) == expected


def test_values_within_a_filter_are_ored(client, catalogue):
    response = client.get("/kennisbank/?thema=avg&thema=cameras")
    assert titles(response) == ["Product A", "Product B", "Product C"]


def test_filters_are_anded_and_counts_follow_the_other_filters(client, catalogue):
    response = client.get("/kennisbank/?vraag=juridisch&bestuurslaag=gemeente")
    assert titles(response) == ["Product C", "Product D"]
    # Type counts reflect both other filters; the vraag counts ignore the vraag
    # filter itself (they show what choosing another value would add).
    assert facet(response, "type")["leidraad"].count == 1
    assert facet(response, "type")["toolbox"].count == 1
    assert facet(response, "vraag")["starten"].count == 1
    assert facet(response, "vraag")["juridisch"].count == 2
    assert facet(response, "vraag")["juridisch"].selected
    assert not facet(response, "vraag")["starten"].selected


def test_all_five_filters_combined(client, catalogue):
    response = client.get(
        "/kennisbank/?vraag=juridisch&type=leidraad&bestuurslaag=provincie"
        "&perspectief=juridisch&thema=avg"
    )
    assert titles(response) == ["Product C"]


def test_selected_filters_are_checked_and_removable(client, catalogue):
    html = client.get("/kennisbank/?type=toolbox&thema=avg").content.decode()
    assert 'value="toolbox" id="f-type-toolbox" checked' in html
    assert 'href="?thema=avg"' in html  # removes the type, keeps the theme
    assert "Alle filters wissen" in html


def test_empty_result_gives_a_helpful_message(client, catalogue):
    response = client.get("/kennisbank/?type=toolbox&thema=avg&perspectief=juridisch")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Er zijn geen kennisproducten die aan al deze filters voldoen" in html
    assert "wis alle filters" in html


@pytest.mark.parametrize(
    "query",
    [
        "type=bestaat-niet",
        "type=",
        "type=%00",
        "vraag=<script>alert(1)</script>",
        "thema=%27%3B+DROP+TABLE+x%3B--",
        "bestuurslaag=" + "x" * 5000,
        "&".join(["type=leidraad"] * 500),
        "onbekend=1",
        "page=abc",
        "page=-1",
        "page=0",
        "page=99999999999999999999999",
        "page=1e9",
        "page=%00",
    ],
)
def test_odd_input_gives_a_normal_page(client, catalogue, query):
    response = client.get(f"/kennisbank/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "DROP TABLE" not in html


def test_unknown_values_are_ignored_not_applied(client, catalogue):
    response = client.get("/kennisbank/?type=bestaat-niet&type=toolbox")
    assert titles(response) == ["Product B", "Product D"]


def test_markup_in_parameters_is_escaped_everywhere(client, catalogue):
    response = client.get('/kennisbank/?x="><script>alert(1)</script>&type=toolbox')
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_markup_in_a_theme_is_escaped_in_its_checkbox(client, site_tree):
    """Themes are free text from editors; the facet options are built in
    Python (FacetState.options_html), so they are checked here."""
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge, tags=['<img src=x onerror="alert(1)">']
    )
    html = client.get("/kennisbank/").content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html


def test_pagination_keeps_the_filters(client, site_tree):
    toolbox = term(KnowledgeType, "toolbox")
    for number in range(14):
        KnowledgeProductPageFactory(
            parent=site_tree.knowledge,
            title=f"Toolbox {number:02}",
            knowledge_type=toolbox,
        )
    KnowledgeProductPageFactory(parent=site_tree.knowledge, title="Leidraad")
    first = client.get("/kennisbank/?type=toolbox")
    assert len(first.context["items"]) == 12
    assert "?type=toolbox&amp;page=2" in first.content.decode()
    second = client.get("/kennisbank/?type=toolbox&page=2")
    assert len(second.context["items"]) == 2
    # Past the end: the last page, not an error.
    assert client.get("/kennisbank/?type=toolbox&page=999").context["items"].number == 2


def test_unpublished_items_and_questions_stay_out(client, catalogue, site_tree):
    catalogue["d"].unpublish()
    draft_question = QuestionPageFactory(parent=site_tree.questions, slug="concept")
    draft_question.unpublish()
    KnowledgeProductPageFactory(parent=site_tree.knowledge, questions=[draft_question])
    response = client.get("/kennisbank/")
    assert "Product D" not in titles(response)
    assert "concept" not in facet(response, "vraag")


def test_practice_cases_filter_by_phase_and_layer(client, site_tree):
    gemeente = term(GovernmentLayer, "gemeente")
    waterschap = term(GovernmentLayer, "waterschap")
    PracticeCasePageFactory(
        parent=site_tree.cases, title="Pilot gemeente", government_layers=[gemeente]
    )
    PracticeCasePageFactory(
        parent=site_tree.cases,
        title="Productie waterschap",
        phase="productie",
        government_layers=[waterschap],
    )
    response = client.get("/praktijkvoorbeelden/")
    assert facet(response, "fase")["pilot"].count == 1
    assert facet(response, "fase")["productie"].label == "In productie"
    assert titles(client.get("/praktijkvoorbeelden/?fase=productie")) == [
        "Productie waterschap"
    ]
    assert titles(client.get("/praktijkvoorbeelden/?bestuurslaag=gemeente")) == [
        "Pilot gemeente"
    ]
    assert titles(client.get("/praktijkvoorbeelden/?fase=niets")) == [
        "Pilot gemeente",
        "Productie waterschap",
    ]


def test_unicode_theme_slugs_can_be_filtered_on(client, site_tree):
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Eén overheid", tags=["één overheid"]
    )
    KnowledgeProductPageFactory(parent=site_tree.knowledge, title="Anders")
    (slug,) = facet(client.get("/kennisbank/"), "thema")
    assert titles(client.get("/kennisbank/", {"thema": slug})) == ["Eén overheid"]


def test_remove_links_are_built_from_the_recognised_filters(client, catalogue):
    response = client.get(
        "/kennisbank/?type=toolbox&type=TOOLBOX&thema=avg&page=2&onbekend=1"
    )
    chips = {
        option.value: option.remove_query
        for state in response.context["facets"]
        for option in state.selected
    }
    assert chips == {"toolbox": "?thema=avg", "avg": "?type=toolbox"}


def shown(response):
    return [item.title for item in response.context["items"]]


def test_sorting_by_title_keeps_the_filters_and_pages(client, site_tree):
    """Any selection in any order: the filters apply, the order is the
    chosen one across pages, and the links keep both."""
    toolbox = term(KnowledgeType, "toolbox")
    # Published in an order that is not the alphabetical one.
    for number in [7, 3, 12, 1, 9, 14, 5, 11, 2, 13, 8, 4, 10, 6]:
        KnowledgeProductPageFactory(
            parent=site_tree.knowledge,
            title=f"Toolbox {number:02}",
            knowledge_type=toolbox,
        )
    KnowledgeProductPageFactory(parent=site_tree.knowledge, title="Leidraad A")
    newest = client.get("/kennisbank/?type=toolbox")
    assert shown(newest)[:3] == ["Toolbox 06", "Toolbox 10", "Toolbox 04"]
    first = client.get("/kennisbank/?type=toolbox&sortering=titel")
    assert shown(first) == [f"Toolbox {n:02}" for n in range(1, 13)]
    second = client.get("/kennisbank/?type=toolbox&sortering=titel&page=2")
    assert shown(second) == ["Toolbox 13", "Toolbox 14"]
    html = first.content.decode()
    # The pages, the filter form and the sort links keep what was chosen.
    assert "?type=toolbox&amp;sortering=titel&amp;page=2" in html
    assert '<input type="hidden" name="sortering" value="titel">' in html
    assert 'href="?type=toolbox#resultaten">Nieuwste eerst</a>' in html
    assert 'aria-current="true">Titel (A–Z)</a>' in html
    chips = {
        option.value: option.remove_query
        for state in first.context["facets"]
        for option in state.selected
    }
    assert chips == {"toolbox": "?sortering=titel"}


@pytest.mark.parametrize("value", ["", "TITEL", "nieuwste", "titel'><b>", "x" * 500])
def test_an_unknown_order_gives_the_default_one(client, catalogue, value):
    response = client.get("/kennisbank/", {"sortering": value})
    assert response.status_code == 200
    assert response.context["sort"] == ""
    assert shown(response) == ["Product D", "Product C", "Product B", "Product A"]
    assert "<b>" not in response.content.decode()


def test_the_filters_go_to_the_results_and_fold_away_on_a_phone(client, catalogue):
    html = client.get("/kennisbank/?type=toolbox").content.decode()
    assert '<form class="filters" method="get" action="#resultaten"' in html
    # The fold's summary says how many values are chosen.
    assert '<summary class="fold__toggle">Filteren <span class="fold__count">' in html
    assert "(1 gekozen)" in html
