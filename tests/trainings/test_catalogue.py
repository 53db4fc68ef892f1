"""The training catalogue: what it shows by default, in which order, and
every filter alone and combined; dates are checked with a frozen clock."""

import datetime

import pytest
import time_machine

from knowledge.models import GovernmentLayer
from tests.factories import (
    OrganisationFactory,
    QuestionPageFactory,
    TrainingPageFactory,
    run,
    term,
)
from trainings.models import Audience

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 3, 10)


@pytest.fixture
def frozen():
    with time_machine.travel(datetime.datetime(2026, 3, 10, 12, 0), tick=False):
        yield


@pytest.fixture
def catalogue(site_tree, frozen):
    question = QuestionPageFactory(parent=site_tree.questions, slug="starten")
    academy = OrganisationFactory(name="Data Academie")
    trainings = site_tree.trainings
    TrainingPageFactory(
        parent=trainings,
        slug="later",
        title="Later",
        runs=[run(120)],
        level="expert",
        cost="betaald",
        price="300.00",
    )
    TrainingPageFactory(
        parent=trainings,
        slug="snel",
        title="Snel",
        runs=[run(-30), run(10, online=True)],
        format="online",
        provider=academy,
        questions=[question],
        audiences=[Audience.objects.get(slug="bestuurder")],
    )
    TrainingPageFactory(
        parent=trainings,
        slug="certificaat",
        title="Certificaat",
        runs=[run(40)],
        cost="gratis-certificaat",
        price="95.00",
        government_layers=[term(GovernmentLayer, "gemeente")],
        questions=[question],
    )
    TrainingPageFactory(parent=trainings, slug="altijd", title="Altijd", runs=[])
    TrainingPageFactory(
        parent=trainings, slug="voorbij", title="Voorbij", runs=[run(-60), run(-5)]
    )
    TrainingPageFactory(
        parent=trainings,
        slug="geannuleerd",
        title="Geannuleerd",
        runs=[run(15, status="geannuleerd")],
    )
    TrainingPageFactory(
        parent=trainings, slug="loopt-nog", title="Loopt nog", runs=[run(-2, days=5)]
    )
    return trainings


def slugs(client, query=""):
    response = client.get(f"/opleidingen/{query}")
    assert response.status_code == 200
    return [item.slug for item in response.context["items"]]


def test_default_shows_coming_and_undated_trainings_by_next_start(client, catalogue):
    # First what starts soonest; then "loopt-nog", which started two days ago
    # and still runs; then what has no dates. "voorbij" and "geannuleerd"
    # have nothing left to join.
    assert slugs(client) == ["snel", "certificaat", "later", "loopt-nog", "altijd"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?niveau=expert", ["later"]),
        ("?vorm=online", ["snel"]),
        ("?kosten=gratis", ["snel", "certificaat", "loopt-nog", "altijd"]),
        ("?kosten=betaald", ["later"]),
        ("?doelgroep=bestuurder", ["snel"]),
        ("?bestuurslaag=gemeente", ["certificaat"]),
        ("?aanbieder=data-academie", ["snel"]),
        ("?vraag=starten", ["snel", "certificaat"]),
        ("?start=binnen-3-maanden", ["snel", "certificaat"]),
        (
            "?vraag=starten&kosten=gratis&start=binnen-3-maanden",
            ["snel", "certificaat"],
        ),
        ("?vraag=starten&vorm=klassikaal", ["certificaat"]),
        ("?niveau=expert&niveau=basis&kosten=betaald", ["later"]),
        ("?kosten=betaald&vorm=online", []),
        (
            "?kosten=<script>&niveau=onbekend",
            ["snel", "certificaat", "later", "loopt-nog", "altijd"],
        ),
    ],
)
def test_filters_alone_and_combined(client, catalogue, query, expected):
    assert slugs(client, query) == expected


def test_sorted_by_title_or_by_the_next_start(client, catalogue):
    assert slugs(client, "?sortering=titel") == [
        "altijd",
        "certificaat",
        "later",
        "loopt-nog",
        "snel",
    ]
    assert slugs(client, "?kosten=gratis&sortering=titel") == [
        "altijd",
        "certificaat",
        "loopt-nog",
        "snel",
    ]
    html = client.get("/opleidingen/?sortering=titel").content.decode()
    assert 'href="?#resultaten">Eerstvolgende start</a>' in html


def test_each_option_counts_with_the_other_filters_applied(client, catalogue):
    response = client.get("/opleidingen/?vraag=starten")
    facets = {facet.param: facet for facet in response.context["facets"]}
    costs = {option.value: option.count for option in facets["kosten"].options}
    assert costs == {"gratis": 2, "betaald": 0}
    soon = {option.value: option.count for option in facets["start"].options}
    assert soon == {"binnen-3-maanden": 2}


def test_three_months_is_measured_from_today(client, catalogue):
    with time_machine.travel(datetime.datetime(2026, 6, 1, 12, 0), tick=False):
        # "snel" (10 days after 10 March) is over; "later" (120 days) now starts
        # within three months.
        assert slugs(client, "?start=binnen-3-maanden") == ["later"]


def test_a_training_with_only_past_runs_keeps_its_page_and_history(client, catalogue):
    response = client.get("/opleidingen/voorbij/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Eerder gegeven (2)" in html
    assert "Er staan nu geen nieuwe data gepland" in html


def test_the_card_shows_the_next_start_and_cost(client, catalogue):
    html = client.get("/opleidingen/?kosten=gratis").content.decode()
    assert "20 maart 2026</time> (Online)" in html
    assert "Gratis (certificaat € 95)" in html
    assert "Start wanneer je wilt" in html
    assert "Loopt nu, tot <time" in html and "12 maart 2026</time> (Utrecht)" in html
