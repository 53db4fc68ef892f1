"""The community's listings cost a fixed number of queries, whatever the
number of groups, meetups and members (measured with 5 and with 40 each);
so do a member's own pages, whatever the member takes part in."""

import pytest

from community.models import Enquiry, EventRegistration, Membership
from knowledge.models import GovernmentLayer
from tests.community.conftest import log_in
from tests.factories import (
    CommunityGroupPageFactory,
    EventPageFactory,
    PracticeCasePageFactory,
    QuestionPageFactory,
    moment,
)
from tests.knowledge.test_queries import (
    FIRST_EXTRA,
    INDEXES_READ,
    QUERY_BOUND,
    count_queries,
    counts_after_a_change,
    search_index_off,
)

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
    add_items(community, make_member, 4, 0)
    for url in URLS:  # warm per-process caches
        client.get(url)
    add_items(community, make_member, 1, 4)  # a change: listings built again
    with_five = counts_after_a_change(client, URLS)

    add_items(community, make_member, 35, 5)
    with_forty = counts_after_a_change(client, URLS)

    assert with_forty == with_five
    for url, (first, repeat) in with_forty.items():
        assert repeat <= QUERY_BOUND, f"{url}: {repeat} queries"
        # The home page's listings' indexes are built again after a change.
        extra = FIRST_EXTRA * INDEXES_READ.get(url, 1)
        assert first <= QUERY_BOUND + extra, f"{url}: {first} queries"


# A member's own pages: the profile (with every question to follow), the
# export of everything stored about them and the form to share a case.
ACCOUNT_URLS = ["/account/", "/account/gegevens.json", "/praktijkvoorbeelden/delen/"]


def add_involvement(community, user, count, offset):
    """`count` more groups, meetups, vraagbaak questions, shared cases and
    followed questions for `user` (and as many more questions on the site)."""
    profile = user.member_profile
    layer = GovernmentLayer.objects.first()
    for number in range(offset, offset + count):
        question = QuestionPageFactory(
            parent=community.questions, title=f"Vraag {number}?"
        )
        group = CommunityGroupPageFactory(parent=community.community)
        Membership.objects.create(group=group, user=user, status="aangevraagd")
        event = EventPageFactory(parent=community.events, start=moment(number - 20))
        EventRegistration.objects.create(event=event, user=user)
        Enquiry.objects.create(
            question=f"Mag dit, deel {number}?",
            email=user.email,
            government_layer=layer,
            related_question=question,
        )
        PracticeCasePageFactory(
            parent=community.cases, contributor=user, questions=[question]
        )
        profile.questions.add(question)
    profile.save()


def test_query_count_of_account_pages_does_not_grow_with_involvement(
    client, community, make_member, settings
):
    search_index_off(settings)  # nothing is searched; building is faster
    member = make_member("Lid", listed=True)
    log_in(client, member)
    add_involvement(community, member, 2, 0)
    for url in ACCOUNT_URLS:  # warm per-process caches
        client.get(url)
    with_few = {url: count_queries(client, url) for url in ACCOUNT_URLS}

    add_involvement(community, member, 10, 2)
    with_many = {url: count_queries(client, url) for url in ACCOUNT_URLS}

    export = client.get("/account/gegevens.json").json()
    assert [len(export[key]) for key in ("groups", "meetups", "vraagbaak")] == [12] * 3
    assert len(export["shared_cases"]) == 12
    assert len(export["profile"]["questions_of_interest"]) == 12
    assert with_many == with_few
    for url, count in with_many.items():
        assert count <= QUERY_BOUND, f"{url}: {count} queries"
