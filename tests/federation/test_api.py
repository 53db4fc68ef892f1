"""Harvesting a portal API served by the tests: paging on the same host,
the shape checked strictly, items the partner took over elsewhere left out."""

import json

import pytest

from federation.harvest import harvest
from federation.models import QuestionMapping
from knowledge.models import KnowledgeProductPage
from tests.factories import PartnerSourceFactory
from tests.federation.server import Canned

FIRST = "/api/v1/kennisproducten?pageSize=100"


def item(number: int, **changes) -> dict:
    data = {
        "id": number,
        "titel": f"Product {number}",
        "url": f"https://partner.example/kennisbank/product-{number}/",
        "samenvatting": f"Over product {number}.",
        "type": {"waarde": "stappenplan", "label": "Stappenplan"},
        "vragen": [{"waarde": "data-delen", "label": "Mag ik data delen?"}],
        "bronUrl": None,
        "laatstGecontroleerd": "2026-01-15",
        "_links": {"self": {"href": "x"}},
    }
    data.update(changes)
    return data


def page(items, count=None, next_href=None) -> Canned:
    links = {"self": {"href": "x"}}
    if next_href:
        links["next"] = {"href": next_href}
    body = {
        "_links": links,
        "aantal": len(items) if count is None else count,
        "resultaten": items,
    }
    return Canned(json.dumps(body).encode(), "application/json")


@pytest.fixture
def api_source(served, question):
    source = PartnerSourceFactory(name="Partner-API", kind="api", url=served.url("/"))
    QuestionMapping.objects.create(
        source=source, remote_value="data-delen", question=question
    )
    return source


def test_every_page_is_read_and_mapped(served, api_source, question):
    second = "/api/v1/kennisproducten?page=2&pageSize=100"
    served.routes[FIRST] = page(
        [item(1), item(2)], count=3, next_href=served.url(second)
    )
    served.routes[second] = page([item(3)], count=3)

    outcome = harvest(api_source)

    assert outcome.ok and outcome.created == 3
    product = KnowledgeProductPage.objects.get(title="Product 3")
    assert product.knowledge_type.slug == "stappenplan"
    assert list(product.questions.all()) == [question]
    assert product.last_reviewed.isoformat() == "2026-01-15"


def test_items_the_partner_took_over_are_not_taken_again(served, api_source):
    served.routes[FIRST] = page(
        [
            item(1),
            item(2, overgenomenVan="Een derde portaal"),
            # Kept here (our own host): it came from us.
            item(3, bronUrl="http://testserver/kennisbank/eigen/"),
            item(4, bronUrl="https://vng.nl/product"),
        ]
    )

    outcome = harvest(api_source)

    assert outcome.ok and outcome.created == 2
    assert "2 items niet overgenomen" in outcome.message
    assert sorted(KnowledgeProductPage.objects.values_list("title", flat=True)) == [
        "Product 1",
        "Product 4",
    ]


BAD = {
    "next page on another host": (
        lambda s: page([item(1)], count=2, next_href="http://localhost:1/x"),
        "andere host",
    ),
    "fewer than announced": (lambda s: page([item(1)], count=5), "aangekondigd"),
    "not JSON": (lambda s: Canned(b"{kapot", "application/json"), "geen geldige JSON"),
    "a list": (lambda s: Canned(b"[]", "application/json"), "geen object"),
    "id as text": (lambda s: page([item(1, id="1")]), "id"),
    "title as number": (lambda s: page([item(1, titel=5)]), "titel"),
    "questions not a list": (lambda s: page([item(1, vragen="x")]), "vragen"),
    "type without value": (lambda s: page([item(1, type={"label": "x"})]), "type"),
    "HTML instead of JSON": (lambda s: Canned(b"<html></html>", "text/html"), "soort"),
}


@pytest.mark.parametrize("case", BAD)
def test_an_unexpected_answer_keeps_the_last_good_items(served, api_source, case):
    served.routes[FIRST] = page([item(1), item(2)])
    assert harvest(api_source).ok
    before = sorted(
        KnowledgeProductPage.objects.values_list(
            "pk", "title", "live", "latest_revision_id"
        )
    )
    make, reason = BAD[case]
    served.routes[FIRST] = make(served)

    outcome = harvest(api_source)

    assert not outcome.ok and reason in outcome.message
    after = sorted(
        KnowledgeProductPage.objects.values_list(
            "pk", "title", "live", "latest_revision_id"
        )
    )
    assert after == before
    api_source.refresh_from_db()
    assert api_source.last_error == outcome.message and api_source.item_count == 2
