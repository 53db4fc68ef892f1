"""The community's listings cost a fixed number of queries, whatever the
number of groups, meetups and members (measured with 5 and with 40 each)."""

import pytest

from community.models import EventRegistration, Membership
from tests.community.conftest import log_in
from tests.factories import CommunityGroupPageFactory, EventPageFactory, moment
from tests.knowledge.test_queries import QUERY_BOUND, count_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clear_cache")]
URLS = [
    "/",
    "/community/",
    "/community/open/",
    "/community/ethiek/",
    "/community/bijeenkomsten/",
    "/community/bijeenkomsten/archief/",
    "/community/bijeenkomsten/archief/?page=2",
    "/community/bijeenkomsten/agenda.ics",
    "/community/bijeenkomsten/meetup/",
]


def add_items(community, make_member, count, offset):
    for number in range(offset, offset + count):
        group = CommunityGroupPageFactory(parent=community.community)
        EventPageFactory(parent=community.events, start=moment(number + 1), group=group)
        # ... and meetups of the group being viewed (cards name their group).
        EventPageFactory(
            parent=community.events,
            start=moment(number + 1),
            group=community.open_group,
        )
        EventPageFactory(parent=community.events, start=moment(-number - 1))
        user = make_member(f"Lid {number}", listed=number % 2 == 0, role="Adviseur")
        Membership.objects.create(group=community.open_group, user=user)
        Membership.objects.create(
            group=community.closed_group, user=user, status="aangevraagd"
        )
        EventRegistration.objects.create(event=community.meetup, user=user)


@pytest.mark.parametrize("as_moderator", [False, True])
def test_query_count_does_not_grow_with_groups_meetups_and_members(
    client, community, make_member, as_moderator
):
    community.meetup = EventPageFactory(
        parent=community.events, slug="meetup", capacity=1000
    )
    viewer = make_member("Kijker", listed=True)
    Membership.objects.create(
        group=community.open_group, user=viewer, is_moderator=as_moderator
    )
    Membership.objects.create(
        group=community.closed_group, user=viewer, is_moderator=as_moderator
    )
    log_in(client, viewer)
    add_items(community, make_member, 5, 0)
    for url in URLS:  # warm per-process caches
        client.get(url)
    with_five = {url: count_queries(client, url) for url in URLS}

    add_items(community, make_member, 35, 5)
    with_forty = {url: count_queries(client, url) for url in URLS}

    assert with_forty == with_five
    for url, count in with_forty.items():
        assert count <= QUERY_BOUND, f"{url}: {count} queries"
