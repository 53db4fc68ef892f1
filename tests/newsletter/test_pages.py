"""The archive, an edition's web version and the Atom feed."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import (
    NewsletterIndexPageFactory,
    NewsletterIssuePageFactory,
    section,
)
from tests.knowledge.test_queries import QUERY_BOUND

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(site_tree):
    return NewsletterIndexPageFactory(parent=site_tree.home)


def add_issues(index, count, offset=0):
    for number in range(offset, offset + count):
        NewsletterIssuePageFactory(
            parent=index,
            title=f"Editie {number}",
            issue_date=timezone.localdate() - datetime.timedelta(days=30 * number),
            sections=[section("beleid", f"Bericht {number}")],
        )


def test_the_archive_lists_editions_newest_first_with_a_feed(client, index):
    add_issues(index, 3)
    html = client.get("/nieuwsbrief/").content.decode()
    assert html.index("Editie 0") < html.index("Editie 1") < html.index("Editie 2")
    assert 'type="application/atom+xml"' in html
    assert 'action="/nieuwsbrief/aanmelden/"' in html
    feed = client.get("/nieuwsbrief/feed/")
    assert feed["Content-Type"].startswith("application/atom+xml")
    body = feed.content.decode()
    assert body.count("<entry>") == 3
    assert "<title>Editie 0</title>" in body


def test_an_edition_shows_its_sections_and_new_products(client, site_tree, index):
    from tests.factories import KnowledgeProductPageFactory

    KnowledgeProductPageFactory(parent=site_tree.knowledge, title="Verse leidraad")
    add_issues(index, 1)
    page = index.get_children().first()
    html = client.get(page.url).content.decode()
    assert "Beleid en wetgeving" in html and "Bericht 0" in html
    assert "Nieuw in de kennisbank" in html and "Verse leidraad" in html


def test_slugs_of_the_subscription_addresses_are_refused(index):
    issue = NewsletterIssuePageFactory.build(slug="beheren")
    with pytest.raises(ValidationError) as error:
        issue.clean()
    assert "slug" in error.value.message_dict


def test_the_archive_costs_the_same_queries_for_5_and_40_editions(client, index):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/nieuwsbrief/").status_code == 200
        return len(queries)

    add_issues(index, 5)
    client.get("/nieuwsbrief/")
    five = count()
    add_issues(index, 35, offset=5)
    assert count() == five <= QUERY_BOUND
