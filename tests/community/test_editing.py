"""Editors build the community in the admin: previews of new groups and
meetups render (nothing saved yet to count members or sign-ups of)."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import streamfield

from community.models import CommunityGroupPage, EventPage
from tests.knowledge.test_editing import page_form, preview

pytestmark = pytest.mark.django_db


def preview_on_add(client, parent, model, data):
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )
    return preview(client, url, data).content.decode()


def test_previews_of_a_new_group_and_meetup_render(admin_client, community):
    group = page_form(
        title="Kopgroep Open data",
        slug="open-data",
        kind="kopgroep",
        summary="We openen data.",
        description="",
        join_policy="aanvraag",
    )
    html = preview_on_add(admin_client, community.community, CommunityGroupPage, group)
    assert "Kopgroep Open data" in html

    meetup = page_form(
        title="Meetup open data",
        slug="meetup-open-data",
        summary="Samen data openen.",
        start="2030-03-04 13:30",
        end="2030-03-04 16:00",
        location="Utrecht",
        online_url="https://vergaderen.example/open",
        group=community.open_group.pk,
        description="",
        agenda=streamfield([]),
        registration="portaal",
        registration_url="",
        capacity="20",
        report="",
        recording_url="",
    )
    html = preview_on_add(admin_client, community.events, EventPage, meetup)
    assert "Meetup open data" in html
    assert "Nog 20 plekken vrij." in html
    assert "vergaderen.example/open" not in html
