"""The API as the NL API Design Rules and HTTP ask: problem details, the
API-Version header, CORS for GET, no trailing slashes, conditional
requests; only live, public content; bounded queries; a page-size limit and
a rate limit."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.http import http_date

from core.api import API_VERSION, MAX_PAGE_SIZE, resources
from core.models import RateLimitCounter
from core.ratelimit import count
from tests.factories import (
    KnowledgeProductPageFactory,
    PracticeCasePageFactory,
    TrainingPageFactory,
)

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def assert_problem(response, status):
    assert response.status_code == status
    assert response["Content-Type"] == PROBLEM
    data = response.json()
    assert data["status"] == status
    assert data["type"] == "about:blank"
    assert data["title"] and data["detail"]
    assert response["API-Version"] == API_VERSION
    return data


def test_every_response_names_the_version_and_allows_any_origin(client, api_small):
    for url in [
        "/api/v1",
        "/api/v1/openapi.json",
        "/api/v1/kennisproducten",
        "/api/v1/kennisproducten?type=nee!",
        "/api/v1/onbekend",
    ]:
        response = client.get(url, HTTP_ORIGIN="https://intranet.gemeente.example")
        assert response["API-Version"] == API_VERSION
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "ETag" in response["Access-Control-Expose-Headers"]
        # Nothing personal: no cookie is ever set.
        assert not response.cookies


def test_a_browser_preflight_is_answered_for_get(client, api_small):
    response = client.options(
        "/api/v1/kennisproducten",
        HTTP_ORIGIN="https://intranet.gemeente.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert set(response["Access-Control-Allow-Methods"].split(", ")) == {
        "GET",
        "HEAD",
        "OPTIONS",
    }
    assert "If-None-Match" in response["Access-Control-Allow-Headers"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_only_reads(client, api_small, method):
    response = getattr(client, method)("/api/v1/kennisproducten", data={})
    data = assert_problem(response, 405)
    assert "GET" in data["detail"]
    assert response["Allow"] == "GET, HEAD, OPTIONS"


def test_paths_have_no_trailing_slash(client, api_small):
    for url in ["/api/v1/", "/api/v1/kennisproducten/"]:
        data = assert_problem(client.get(url), 404)
        assert "slash" in data["detail"]
    product = api_small.products[0]
    assert_problem(client.get(f"/api/v1/kennisproducten/{product.pk}/"), 404)
    assert client.get(f"/api/v1/kennisproducten/{product.pk}").status_code == 200


def test_unknown_paths_and_resources_are_problems(client, api_small):
    data = assert_problem(client.get("/api/v1/leidraden"), 404)
    assert "kennisproducten" in data["detail"]
    assert_problem(client.get("/api/v2/kennisproducten"), 404)
    assert_problem(client.get("/api"), 404)
    assert_problem(client.get("/api/v1/kennisproducten/abc"), 404)
    assert_problem(client.get(f"/api/v1/kennisproducten/{2**40}"), 404)
    assert_problem(client.get("/api/v1/kennisproducten/0"), 404)


def test_bad_parameters_are_named_in_one_problem(client, api_small):
    response = client.get(
        "/api/v1/kennisproducten?soort=leidraad&type=<script>&page=nul"
        f"&pageSize={MAX_PAGE_SIZE + 1}&sortering=prijs"
    )
    data = assert_problem(response, 400)
    named = {problem["name"] for problem in data["invalidParams"]}
    assert named == {"soort", "type", "page", "pageSize", "sortering"}
    assert all(problem["reason"] for problem in data["invalidParams"])
    assert_problem(client.get("/api/v1/kennisproducten?page=1&page=2"), 400)
    assert_problem(client.get("/api/v1/kennisproducten?" + "type=a&" * 26), 400)
    assert_problem(client.get("/api/v1/kennisproducten?type=%00"), 400)
    assert_problem(client.get("/api/v1/bijeenkomsten?periode=morgen"), 400)
    product = api_small.products[0]
    assert_problem(client.get(f"/api/v1/kennisproducten/{product.pk}?x=1"), 400)


def test_pages_link_to_each_other_and_end_empty(client, api_corpus):
    total = len(api_corpus.products)
    first = client.get("/api/v1/kennisproducten?pageSize=5").json()
    assert first["aantal"] == total
    assert first["aantalPaginas"] == 4
    assert "prev" not in first["_links"]
    second = client.get(first["_links"]["next"]["href"]).json()
    assert second["pagina"] == 2
    assert second["_links"]["prev"]["href"] == first["_links"]["self"]["href"]
    last = client.get(first["_links"]["last"]["href"]).json()
    assert "next" not in last["_links"]
    assert len(last["resultaten"]) == total - 15
    pages = [
        client.get(f"/api/v1/kennisproducten?pageSize=5&page={number}").json()
        for number in (1, 2, 3, 4)
    ]
    ids = [item["id"] for page in pages for item in page["resultaten"]]
    assert len(ids) == len(set(ids)) == total
    beyond = client.get("/api/v1/kennisproducten?pageSize=5&page=9").json()
    assert beyond["resultaten"] == []
    assert "next" not in beyond["_links"]
    assert (
        client.get(f"/api/v1/kennisproducten?pageSize={MAX_PAGE_SIZE}").json()[
            "paginaGrootte"
        ]
        == MAX_PAGE_SIZE
    )


def test_only_live_public_items_appear(client, api_small):
    listed = {
        item["id"]
        for item in client.get("/api/v1/kennisproducten").json()["resultaten"]
    }
    assert api_small.products[0].pk in listed
    for page in (api_small.hidden, api_small.draft):
        assert page.pk not in listed
        assert_problem(client.get(f"/api/v1/kennisproducten/{page.pk}"), 404)
    # Another type's id is not an item of this resource.
    case = api_small.cases[0]
    assert_problem(client.get(f"/api/v1/kennisproducten/{case.pk}"), 404)
    assert client.get(f"/api/v1/praktijkvoorbeelden/{case.pk}").status_code == 200


def test_a_restricted_question_is_not_named(client, api_small):
    from wagtail.models import PageViewRestriction

    question = api_small.questions[1]
    PageViewRestriction.objects.create(page=question, restriction_type="login")
    product = client.get(f"/api/v1/kennisproducten/{api_small.products[1].pk}")
    assert question.slug not in {q["waarde"] for q in product.json()["vragen"]}
    slugs = {q["waarde"] for q in client.get("/api/v1/vragen").json()["resultaten"]}
    assert question.slug not in slugs
    assert_problem(client.get(f"/api/v1/vragen/{question.pk}"), 404)


def test_an_item_is_shown_alone_as_in_the_list(client, api_small):
    """Stable ids: every item of every list is at its own address, with
    the same data."""
    for name in resources():
        listed = client.get(f"/api/v1/{name}?pageSize={MAX_PAGE_SIZE}").json()
        assert listed["resultaten"], name
        for item in listed["resultaten"]:
            alone = client.get(item["_links"]["self"]["href"])
            assert alone.status_code == 200
            assert alone.json() == item


def test_a_past_training_keeps_its_address(client, api_small):
    past = api_small.trainings[0]  # only a run in the past
    listed = {t["id"] for t in client.get("/api/v1/opleidingen").json()["resultaten"]}
    assert past.pk not in listed
    alone = client.get(f"/api/v1/opleidingen/{past.pk}").json()
    assert alone["uitvoeringen"] == []


def test_meetups_never_give_the_join_link(client, sample_pages, settings):
    settings.API_RATE_LIMIT = 1000
    for period in ("komend", "afgelopen"):
        response = client.get(f"/api/v1/bijeenkomsten?periode={period}")
        assert response.json()["aantal"] > 0
        assert b"vergaderen.example" not in response.content
    upcoming = client.get("/api/v1/bijeenkomsten").json()["resultaten"]
    assert [event["afgelopen"] for event in upcoming] == [False] * len(upcoming)
    assert upcoming[0]["online"] is True


def test_conditional_requests(client, api_small, time_machine):
    # Past the second in which the content last changed (no date before).
    time_machine.move_to(timezone.now(), tick=False)
    time_machine.shift(5)
    url = "/api/v1/kennisproducten?type=leidraad"
    first = client.get(url)
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag.startswith('"')
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert again["API-Version"] == API_VERSION
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    # A new publication: the list changed, and it says so.
    KnowledgeProductPageFactory(parent=api_small.tree.knowledge, slug="nieuw")
    time_machine.shift(5)
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=modified).status_code == 200
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert changed.json()["aantal"] == first.json()["aantal"] + 1


def test_an_old_copy_is_refused_by_date_too(client, api_small):
    url = f"/api/v1/kennisproducten/{api_small.products[0].pk}"
    old = http_date(0)
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=old).status_code == 200


def test_api_answers_are_not_kept_by_the_page_cache(client, api_small, settings):
    settings.PAGE_CACHE_SECONDS = 300
    for _ in range(2):
        response = client.get("/api/v1/kennisproducten")
        assert "X-Page-Cache" not in response


def test_anonymous_clients_are_limited(client, api_small, settings, time_machine):
    # One window of the limit throughout, however slow the machine.
    time_machine.move_to(timezone.now(), tick=False)
    settings.API_RATE_LIMIT = 3
    for number in range(3):
        response = client.get("/api/v1/vragen")
        assert response.status_code == 200
        assert response["RateLimit-Remaining"] == str(2 - number)
    data = assert_problem(client.get("/api/v1/vragen"), 429)
    assert "3" in data["detail"]
    refused = client.get("/api/v1/kennisproducten")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= settings.API_RATE_WINDOW
    # Another address has its own count.
    other = client.get("/api/v1/vragen", REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200


def test_the_counter_counts_per_window(db, time_machine):
    time_machine.move_to("2026-12-07 10:00:05", tick=False)
    assert count("test", "192.0.2.1", 60) == (1, 55)
    assert count("test", "192.0.2.1", 60) == (2, 55)
    assert count("test", "192.0.2.2", 60) == (1, 55)
    time_machine.move_to("2026-12-07 10:01:00", tick=False)
    assert count("test", "192.0.2.1", 60) == (1, 60)
    # Kept by a keyed hash, never the address itself.
    assert not RateLimitCounter.objects.filter(key__contains="192.0.2").exists()


def queries(client, url) -> int:
    """The queries of a request once the listing's index is built for the
    content as it is (the first requests after a change build it)."""
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    ("name", "factory", "parent"),
    [
        ("kennisproducten", KnowledgeProductPageFactory, "knowledge"),
        ("praktijkvoorbeelden", PracticeCasePageFactory, "cases"),
        ("opleidingen", TrainingPageFactory, "trainings"),
    ],
)
def test_queries_do_not_grow_with_the_items(client, api_small, name, factory, parent):
    url = f"/api/v1/{name}?pageSize={MAX_PAGE_SIZE}"
    few = queries(client, url)
    for number in range(20):
        factory(
            parent=getattr(api_small.tree, parent),
            slug=f"extra-{number}",
            questions=api_small.questions[:2],
        )
    assert queries(client, url) == few
    assert queries(client, f"/api/v1/{name}?pageSize=1") == few


def test_other_lists_have_bounded_queries(client, api_small):
    for url in ["/api/v1/vragen", "/api/v1/beslishulpen", "/api/v1/bijeenkomsten"]:
        assert queries(client, url) <= 8, url
