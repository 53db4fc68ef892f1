"""Members and a small community for the community tests."""

import itertools

import pytest

from community.models import MemberProfile
from tests.conftest import MEMBER_PASSWORD as PASSWORD
from tests.factories import (
    CommunityGroupPageFactory,
    CommunityIndexPageFactory,
    EventIndexPageFactory,
)

_numbers = itertools.count(1)


@pytest.fixture
def make_member(django_user_model):
    """make_member(name, listed=False, **profile): an active member."""

    def make(name, listed=False, **profile):
        number = next(_numbers)
        user = django_user_model.objects.create_user(
            f"lid-demo-{number}",
            email=f"lid{number}@gemeente.example",
            password=PASSWORD,
        )
        MemberProfile.objects.create(user=user, name=name, listed=listed, **profile)
        return user

    return make


@pytest.fixture
def community(site_tree):
    """/community/ with an open group, a group on request and /bijeenkomsten/."""
    index = CommunityIndexPageFactory(parent=site_tree.home)
    site_tree.community = index
    site_tree.open_group = CommunityGroupPageFactory(
        parent=index, slug="open", title="Kopgroep Datagedreven werken"
    )
    site_tree.closed_group = CommunityGroupPageFactory(
        parent=index, slug="ethiek", title="Kopgroep Ethiek", join_policy="aanvraag"
    )
    site_tree.events = EventIndexPageFactory(parent=index)
    return site_tree


def log_in(client, user):
    client.force_login(user, backend="community.auth.EmailBackend")
