"""What a review of the API found, each held by a test that failed before
its fix."""

import pytest
from django.utils import timezone
from django.utils.http import http_date

from core import page_cache
from core.drafts import unique_slug
from core.ratelimit import count
from tests.factories import KnowledgeProductPageFactory

pytestmark = pytest.mark.django_db


def test_a_members_session_never_rides_on_an_api_answer(
    client, api_small, member, time_machine
):
    """A logged-in member's session is refreshed after a minute; an API
    answer (public, cacheable) must not carry it."""
    time_machine.move_to(timezone.now(), tick=False)
    client.force_login(member)
    time_machine.shift(120)
    response = client.get("/api/v1/kennisproducten")
    assert response.status_code == 200
    assert not response.cookies
    assert "public" in response["Cache-Control"]
    # The pages themselves still know the member.
    time_machine.shift(120)
    assert client.get("/account/").status_code == 200


def test_one_ipv6_line_is_one_client(client, api_small, settings, time_machine):
    # One window of the limit throughout, however slow the machine.
    time_machine.move_to(timezone.now(), tick=False)
    settings.API_RATE_LIMIT = 2
    first = {"REMOTE_ADDR": "2001:db8:1:2::1"}
    same_line = {"REMOTE_ADDR": "2001:0db8:0001:0002:ffff::9"}
    assert client.get("/api/v1/vragen", **first).status_code == 200
    assert client.get("/api/v1/vragen", **same_line).status_code == 200
    assert client.get("/api/v1/vragen", **first).status_code == 429
    other_line = {"REMOTE_ADDR": "2001:db8:1:3::1"}
    assert client.get("/api/v1/vragen", **other_line).status_code == 200


def test_the_counter_key_is_the_address_however_written(db):
    assert count("x", "192.0.2.1", 60)[0] == 1
    assert count("x", "192.0.2.1", 60)[0] == 2


def test_no_last_modified_in_the_second_a_change_began(client, api_small, time_machine):
    """Two changes within one second would carry one date: until that
    second has passed, only the ETag says what changed."""
    # The clock stands still: however slow the machine, the answer comes
    # within the second of the change.
    time_machine.move_to(timezone.now(), tick=False)
    page_cache.purge("test")
    response = client.get("/api/v1/kennisproducten")
    assert "Last-Modified" not in response
    assert response["ETag"]


def test_a_copy_asked_by_date_is_fresh_after_a_change(client, api_small, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    page_cache.purge("test")
    time_machine.shift(5)
    first = client.get("/api/v1/kennisproducten")
    modified = first["Last-Modified"]
    assert (
        client.get(
            "/api/v1/kennisproducten", HTTP_IF_MODIFIED_SINCE=modified
        ).status_code
        == 304
    )
    KnowledgeProductPageFactory(parent=api_small.tree.knowledge, slug="nieuw")
    time_machine.shift(5)
    again = client.get("/api/v1/kennisproducten", HTTP_IF_MODIFIED_SINCE=modified)
    assert again.status_code == 200
    assert again.json()["aantal"] == first.json()["aantal"] + 1
    assert http_date(0) != again["Last-Modified"] != modified


def test_preconditions_for_changes_do_not_apply(client, api_small):
    """If-Match and If-Unmodified-Since are for changing a resource: a read
    is answered as usual, never with an empty 412."""
    response = client.get(
        "/api/v1/kennisproducten",
        HTTP_IF_MATCH='"iets-anders"',
        HTTP_IF_UNMODIFIED_SINCE=http_date(0),
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"


def test_a_line_break_is_no_part_of_a_value(client, api_small):
    response = client.get("/api/v1/kennisproducten?type=leidraad%0A")
    assert response.status_code == 400
    product = api_small.products[0]
    assert client.get(f"/api/v1/kennisproducten/{product.pk}%0A").status_code == 404


def test_a_draft_from_a_form_never_takes_a_routed_address(api_small):
    for listing in (
        api_small.tree.knowledge,
        api_small.tree.cases,
        api_small.tree.trainings,
    ):
        assert unique_slug(listing, "Feed", "item") == "feed-2"


def test_every_address_handed_out_is_on_the_configured_site(
    client, api_small, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://kenniscentrum.example"
    product = api_small.products[0]
    data = client.get(f"/api/v1/kennisproducten/{product.pk}").json()
    assert data["url"] == f"https://kenniscentrum.example{product.url}"
    page = client.get(product.url).content.decode()
    assert f'"url": "https://kenniscentrum.example{product.url}"' in page or (
        f'"url":"https://kenniscentrum.example{product.url}"' in page
    )
