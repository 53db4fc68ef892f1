"""Harvesting Atom and RSS feeds served by the tests: what a product takes
over, updates in place, withdrawal and return, and every way a feed can
misbehave (the last good items stay exactly as they were)."""

import logging

import pytest

from federation.harvest import harvest
from federation.models import HarvestedItem
from knowledge.models import KnowledgeProductPage, KnowledgeType
from tests.federation.conftest import atom, entry, rss, serve_feed
from tests.federation.server import Canned


def harvested(source):
    """What the source's pages are, as a comparable snapshot."""
    pages = KnowledgeProductPage.objects.filter(
        pk__in=HarvestedItem.objects.filter(source=source).values("page")
    ).order_by("pk")
    return [
        (
            page.pk,
            page.title,
            page.summary,
            page.external_url,
            page.live,
            page.latest_revision_id,
            sorted(page.questions.values_list("pk", flat=True)),
        )
        for page in pages
    ]


def by_link(link):
    return KnowledgeProductPage.objects.get(external_url=link)


def test_an_atom_feed_becomes_products_kept_at_their_source(
    client, served, feed_source, question, site_tree
):
    serve_feed(served, [entry(1), entry(2, categories=["onbekend"])])

    outcome = harvest(feed_source)

    assert outcome.ok and outcome.created == 2
    page = by_link("https://partner.example/producten/1")
    assert page.live and page.get_parent().pk == site_tree.knowledge.pk
    assert page.title == "Handreiking nummer 1"
    assert page.summary == "Samenvatting van handreiking 1."
    assert page.knowledge_type.slug == "handreiking"  # the source's default
    assert list(page.questions.all()) == [question]
    assert page.organisation == feed_source.organisation
    assert page.harvested_from == "Partnerportaal Oost"
    assert page.content_owner == "Partnerportaal Oost"
    assert not page.body  # never the full text
    assert list(by_link("https://partner.example/producten/2").questions.all()) == []
    feed_source.refresh_from_db()
    assert feed_source.item_count == 2 and feed_source.last_error == ""
    assert feed_source.last_success == feed_source.last_attempt

    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        'Bron: <a href="https://partner.example/producten/1" rel="external">'
        "Partnerportaal Oost</a>" in html
    )


def test_an_rss_feed_and_a_category_naming_a_type(served, feed_source):
    served.routes["/feed.xml"] = Canned(
        rss([entry(1, categories=["checklist", "datadelen"])]),
        content_type="application/rss+xml",
    )

    assert harvest(feed_source).ok
    page = by_link("https://partner.example/producten/1")
    assert page.knowledge_type == KnowledgeType.objects.get(slug="checklist")
    assert page.questions.count() == 1
    assert page.last_reviewed.isoformat() == "2026-03-01"


def test_a_change_at_the_source_updates_the_same_page(served, feed_source):
    serve_feed(served, [entry(1), entry(2)])
    harvest(feed_source)
    page = by_link("https://partner.example/producten/1")
    untouched = by_link("https://partner.example/producten/2").latest_revision_id

    serve_feed(served, [entry(1, title="Nieuwe titel", summary="Nieuw."), entry(2)])
    outcome = harvest(feed_source)

    assert (outcome.created, outcome.updated) == (0, 1)
    page.refresh_from_db()
    assert (page.title, page.summary, page.live) == ("Nieuwe titel", "Nieuw.", True)
    assert by_link("https://partner.example/producten/2").latest_revision_id == (
        untouched
    )
    assert HarvestedItem.objects.filter(source=feed_source).count() == 2
    # Nothing changed: nothing written.
    before = harvested(feed_source)
    assert harvest(feed_source).updated == 0
    assert harvested(feed_source) == before


def test_an_item_gone_is_withdrawn_after_a_good_harvest_and_returns(
    client, served, feed_source
):
    serve_feed(served, [entry(1), entry(2)])
    harvest(feed_source)
    gone = by_link("https://partner.example/producten/2")

    # A failed harvest withdraws nothing.
    served.routes["/feed.xml"] = Canned(b"kapot", "text/plain", 500)
    assert not harvest(feed_source).ok
    gone.refresh_from_db()
    assert gone.live

    serve_feed(served, [entry(1)])
    assert harvest(feed_source).withdrawn == 1
    gone.refresh_from_db()
    assert not gone.live
    assert client.get(gone.url or f"/kennisbank/{gone.slug}/").status_code == 404
    feed_source.refresh_from_db()
    assert feed_source.item_count == 1

    serve_feed(served, [entry(1), entry(2)])
    outcome = harvest(feed_source)
    assert (outcome.returned, outcome.created) == (1, 0)
    gone.refresh_from_db()
    assert gone.live


def test_what_editors_unpublished_or_deleted_stays_so(served, feed_source):
    serve_feed(served, [entry(1), entry(2)])
    harvest(feed_source)
    by_link("https://partner.example/producten/1").unpublish()
    by_link("https://partner.example/producten/2").delete()

    serve_feed(served, [entry(1, title="Gewijzigd"), entry(2)])
    outcome = harvest(feed_source)

    assert (outcome.created, outcome.updated, outcome.returned) == (0, 0, 0)
    assert not by_link("https://partner.example/producten/1").live
    assert not KnowledgeProductPage.objects.filter(
        external_url="https://partner.example/producten/2"
    ).exists()


def test_a_redirect_on_the_same_host_is_followed(served, feed_source):
    served.routes["/feed.xml"] = Canned(
        status=301, content_type="text/plain", headers={"Location": "/nieuw.xml"}
    )
    serve_feed(served, [entry(1)], path="/nieuw.xml")

    assert harvest(feed_source).created == 1
    assert served.requests == ["/feed.xml", "/nieuw.xml"]


def laughs() -> bytes:
    """A billion laughs: ten entities, each ten times the one before."""
    declarations = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE feed [{declarations}]>'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><id>x</id>'
        '<entry><id>lol</id><title>&a9;</title><link href="https://x.example/"/>'
        "</entry></feed>"
    ).encode()


BAD = {
    "invalid XML": (
        lambda server: Canned(b"<feed><entry><title>open</feed>"),
        "geen geldige XML",
    ),
    "oversized": (
        lambda server: Canned(atom([entry(n) for n in range(1, 400)])),
        "te groot",
    ),
    "oversized without length": (
        lambda server: Canned(
            atom([entry(n) for n in range(1, 400)]), trickle=0.000001
        ),
        "",  # too large or too slow: both are refused
    ),
    "slow trickle": (
        lambda server: Canned(atom([entry(1)]), trickle=0.05),
        "te traag",
    ),
    "redirect to another host": (
        lambda server: Canned(
            status=302,
            content_type="text/plain",
            headers={"Location": server.url("/feed.xml", host="localhost")},
        ),
        "andere host",
    ),
    "redirect to javascript": (
        lambda server: Canned(
            status=302, content_type="text/plain", headers={"Location": "javascript:x"}
        ),
        "geen http(s)-adres",
    ),
    "redirect loop": (
        lambda server: Canned(
            status=302, content_type="text/plain", headers={"Location": "/feed.xml"}
        ),
        "te veel doorverwijzingen",
    ),
    "server error": (
        lambda server: Canned(b"stuk", "text/plain", 500),
        "HTTP-status 500",
    ),
    "not a feed": (
        lambda server: Canned(b"<html><body>Hallo</body></html>", "text/html"),
        "onverwacht soort inhoud",
    ),
    "HTML served as XML": (
        lambda server: Canned(b"<html><body><p>Hallo</p></body></html>"),
        "geen Atom- of RSS-feed",
    ),
    "billion laughs": (lambda server: Canned(laughs()), "entiteiten"),
    "no such path": (lambda server: Canned(b"", "text/plain", 404), "HTTP-status 404"),
}


@pytest.mark.parametrize("case", BAD)
def test_a_misbehaving_feed_keeps_the_last_good_items(
    served, feed_source, caplog, case
):
    serve_feed(served, [entry(1), entry(2)])
    assert harvest(feed_source).ok
    feed_source.refresh_from_db()
    good_time = feed_source.last_success
    before = harvested(feed_source)
    make, reason = BAD[case]
    served.routes["/feed.xml"] = make(served)

    with caplog.at_level(logging.WARNING, logger="federation.harvest"):
        outcome = harvest(feed_source)

    assert not outcome.ok
    assert reason in outcome.message
    assert harvested(feed_source) == before
    feed_source.refresh_from_db()
    assert feed_source.last_error == outcome.message
    assert feed_source.last_success == good_time
    assert feed_source.last_attempt > good_time
    assert feed_source.item_count == 2
    assert any(
        "Partnerportaal Oost" in record.getMessage()
        and outcome.message in record.getMessage()
        for record in caplog.records
    )


def test_feedparser_expands_no_entities_on_its_own():
    """Below our own refusal: feedparser drops the declarations, so the
    entity is undefined (bozo), never expanded."""
    import feedparser

    parsed = feedparser.parse(laughs())
    assert parsed.bozo
    assert all(len(item.get("title", "")) < 100 for item in parsed.entries)


def test_a_slow_server_is_cut_off_at_the_deadline(served, feed_source, settings):
    import time

    served.routes["/feed.xml"] = Canned(atom([entry(1)]), trickle=0.05)
    started = time.monotonic()
    outcome = harvest(feed_source)
    assert not outcome.ok
    assert time.monotonic() - started < settings.FEDERATION_DEADLINE + 1


def test_script_and_markup_from_a_partner_become_plain_text(
    client, served, feed_source
):
    hostile = [
        entry(
            1,
            title="<b>Vet</b> &amp; <script>alert('t')</script>mooi &lt;/script&gt;",
            summary='<p onclick="x()">Lees <a href="javascript:alert(1)">dit</a>'
            "</p>\u202e<style>p{}</style>\u2028",
        ),
        entry(2, link="javascript:alert(document.cookie)"),
        entry(3, link="data:text/html,<script>alert(1)</script>"),
    ]
    served.routes["/feed.xml"] = Canned(atom(hostile, raw=False))

    outcome = harvest(feed_source)

    assert outcome.ok and outcome.created == 1
    assert "overgeslagen" in outcome.message and "http(s)-link" in outcome.message
    page = by_link("https://partner.example/producten/1")
    assert page.title == "Vet & mooi"
    assert page.summary == "Lees dit"
    html = client.get(page.url).content.decode()
    assert "<script>alert" not in html and "javascript:" not in html
    assert "onclick" not in html and "<b>Vet" not in html
    assert not KnowledgeProductPage.objects.filter(
        external_url__startswith="javascript"
    ).exists()


def test_private_addresses_are_refused_unless_allowed(served, feed_source, settings):
    settings.FEDERATION_ALLOW_PRIVATE_ADDRESSES = False
    serve_feed(served, [entry(1)])

    outcome = harvest(feed_source)

    assert not outcome.ok and "intern netwerk" in outcome.message
    assert served.requests == []
