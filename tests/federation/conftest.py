from xml.sax.saxutils import escape

import pytest

from federation.models import QuestionMapping
from tests.factories import PartnerSourceFactory, QuestionPageFactory
from tests.federation.server import Canned, PartnerServer


@pytest.fixture(scope="session")
def partner_server():
    server = PartnerServer()
    yield server
    server.stop()


@pytest.fixture
def served(partner_server):
    """The served paths, empty at the start of each test."""
    partner_server.routes.clear()
    partner_server.requests.clear()
    return partner_server


@pytest.fixture(autouse=True)
def harvest_limits(settings):
    """Short limits so that a slow server is cut off fast; the test server
    lives on 127.0.0.1."""
    settings.FEDERATION_TIMEOUT = 1
    settings.FEDERATION_DEADLINE = 0.6
    settings.FEDERATION_MAX_BYTES = 64 * 1024
    settings.FEDERATION_ALLOW_PRIVATE_ADDRESSES = True


@pytest.fixture
def question(site_tree):
    return QuestionPageFactory(
        parent=site_tree.questions, slug="delen", title="Mag ik data delen?"
    )


@pytest.fixture
def feed_source(served, question):
    """A feed source whose category 'datadelen' maps to `question`."""
    source = PartnerSourceFactory(
        name="Partnerportaal Oost", url=served.url("/feed.xml"), kind="feed"
    )
    QuestionMapping.objects.create(
        source=source, remote_value="datadelen", question=question
    )
    return source


def entry(number: int, **changes) -> dict:
    item = {
        "id": f"urn:partner:{number}",
        "title": f"Handreiking nummer {number}",
        "summary": f"Samenvatting van handreiking {number}.",
        "link": f"https://partner.example/producten/{number}",
        "categories": ["datadelen"],
        "updated": "2026-03-01T10:00:00Z",
    }
    item.update(changes)
    return item


def atom(entries, raw=False) -> bytes:
    """An Atom feed; `raw` leaves titles and summaries unescaped (markup)."""

    def text(value):
        return value if raw else escape(value)

    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        "<title>Partner</title><id>urn:partner</id>",
        "<updated>2026-03-01T10:00:00Z</updated>",
    ]
    for item in entries:
        parts += [
            "<entry>",
            f"<id>{escape(item['id'])}</id>",
            f'<title type="html">{text(item["title"])}</title>',
            f'<summary type="html">{text(item["summary"])}</summary>',
            f'<link rel="alternate" href="{escape(item["link"])}"/>',
            f"<updated>{item['updated']}</updated>",
            *(f'<category term="{escape(term)}"/>' for term in item["categories"]),
            "</entry>",
        ]
    parts.append("</feed>")
    return "\n".join(parts).encode()


def rss(entries) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0"><channel><title>Partner</title>',
        "<link>https://partner.example/</link><description>x</description>",
    ]
    for item in entries:
        parts += [
            "<item>",
            f"<guid>{escape(item['id'])}</guid>",
            f"<title>{escape(item['title'])}</title>",
            f"<description>{escape(item['summary'])}</description>",
            f"<link>{escape(item['link'])}</link>",
            "<pubDate>Sun, 01 Mar 2026 10:00:00 GMT</pubDate>",
            *(f"<category>{escape(term)}</category>" for term in item["categories"]),
            "</item>",
        ]
    parts.append("</channel></rss>")
    return "\n".join(parts).encode()


def serve_feed(server, entries, path="/feed.xml", **options):
    server.routes[path] = Canned(atom(entries), **options)
