"""Meetups: sign up in the portal up to the capacity (or elsewhere), cancel,
the online link for participants only, the coming ones on the community and
home pages, past ones in the archive by themselves, and .ics files."""

import datetime
import re

import icalendar
import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from community.models import EventRegistration
from tests.community.conftest import log_in
from tests.factories import EventPageFactory, moment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clear_cache")]


@pytest.fixture
def meetup(community):
    return EventPageFactory(
        parent=community.events,
        slug="meetup",
        title="Meetup datastrategie",
        online_url="https://vergaderen.example/geheim",
        capacity=2,
        group=community.open_group,
    )


def test_sign_up_see_the_link_get_a_mail_and_cancel(
    client, meetup, member, mailoutbox, django_capture_on_commit_callbacks
):
    anonymous = client.get(meetup.url).content.decode()
    assert "Log in om je aan te melden" in anonymous
    assert "vergaderen.example/geheim" not in anonymous
    assert "Nog 2 plekken vrij." in anonymous

    log_in(client, member)
    assert "vergaderen.example/geheim" not in client.get(meetup.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(meetup.url + "aanmelden/", follow=True)
    html = response.content.decode()
    assert "Je bent aangemeld voor Meetup datastrategie." in html
    assert "vergaderen.example/geheim" in html
    assert "Afmelden" in html
    assert EventRegistration.objects.filter(event=meetup, user=member).count() == 1
    [mail] = mailoutbox
    assert mail.subject == "Aangemeld: Meetup datastrategie"
    assert "https://vergaderen.example/geheim" in mail.body
    assert "/community/bijeenkomsten/meetup/agenda.ics" in mail.body

    # Signing up again (another tab) changes nothing.
    client.post(meetup.url + "aanmelden/")
    assert EventRegistration.objects.filter(event=meetup).count() == 1

    response = client.post(meetup.url + "afmelden/", follow=True)
    assert "Je bent afgemeld voor" in response.content.decode()
    assert not EventRegistration.objects.exists()


def test_a_full_meetup_refuses_clearly(client, meetup, member, make_member):
    for name in ("Een", "Twee"):
        EventRegistration.objects.create(event=meetup, user=make_member(name))
    log_in(client, member)
    assert "Deze bijeenkomst is vol." in client.get(meetup.url).content.decode()
    response = client.post(meetup.url + "aanmelden/")
    assert response.status_code == 409
    html = response.content.decode()
    assert "Deze bijeenkomst is vol. Je bent niet aangemeld." in html
    assert "<title>Fout:" in html
    assert not EventRegistration.objects.filter(user=member).exists()


def test_sign_up_needs_a_login_a_post_and_the_csrf_token(client, meetup, member):
    response = client.post(meetup.url + "aanmelden/")
    assert response["Location"].startswith("/account/inloggen/")
    client = Client(enforce_csrf_checks=True)
    log_in(client, member)
    assert client.get(meetup.url + "aanmelden/").status_code == 405
    assert client.post(meetup.url + "aanmelden/").status_code == 403
    assert not EventRegistration.objects.exists()


def test_no_sign_up_here_for_external_or_past_meetups(client, community, member):
    external = EventPageFactory(
        parent=community.events,
        registration="extern",
        registration_url="https://congres.example/aanmelden",
    )
    finished = EventPageFactory(parent=community.events, start=moment(-3))
    log_in(client, member)
    html = client.get(external.url).content.decode()
    assert "https://congres.example/aanmelden" in html
    assert client.post(external.url + "aanmelden/").status_code == 400
    response = client.post(finished.url + "aanmelden/")
    assert response.status_code == 400
    assert "Deze bijeenkomst is al voorbij." in response.content.decode()
    assert not EventRegistration.objects.exists()


def test_past_meetups_move_to_the_archive_by_themselves(client, community):
    event = EventPageFactory(
        parent=community.events,
        title="Eerste meetup",
        start=moment(2),
        report="<p>We bespraken drie casussen.</p>",
        recording_url="https://video.example/opname",
    )
    coming = client.get("/community/bijeenkomsten/").content.decode()
    assert "Eerste meetup" in coming
    assert (
        "Eerste meetup"
        not in client.get("/community/bijeenkomsten/archief/").content.decode()
    )
    with time_machine.travel(timezone.now() + datetime.timedelta(days=3)):
        assert (
            "Eerste meetup"
            not in client.get("/community/bijeenkomsten/").content.decode()
        )
        archive = client.get("/community/bijeenkomsten/archief/").content.decode()
        assert "Eerste meetup" in archive
        html = client.get(event.url).content.decode()
        assert "Deze bijeenkomst is voorbij." in html
        assert "We bespraken drie casussen." in html
        assert "https://video.example/opname" in html
        assert "Meld je aan" not in html and "Log in om je aan te melden" not in html


def test_coming_meetups_on_the_home_and_community_pages(client, community):
    EventPageFactory(parent=community.events, title="Binnenkort", start=moment(5))
    EventPageFactory(parent=community.events, title="Al geweest", start=moment(-5))
    for url in ("/", "/community/"):
        html = client.get(url).content.decode()
        assert "Binnenkort" in html, url
        assert "Al geweest" not in html, url


def test_calendar_files(client, community, meetup):
    EventPageFactory(parent=community.events, title="Al geweest", start=moment(-5))
    single = client.get(meetup.url + "agenda.ics")
    assert single["Content-Type"] == "text/calendar; charset=utf-8"
    body = single.content.decode()
    assert "SUMMARY:Meetup datastrategie" in body
    assert "DTSTART" in body and "DTEND" in body
    # The online link is for participants: not in a public calendar file.
    assert "vergaderen.example" not in body
    assert "LOCATION:Stadskantoor\\, Utrecht en online" in body

    upcoming = client.get("/community/bijeenkomsten/agenda.ics").content.decode()
    assert upcoming.count("BEGIN:VEVENT") == 1
    assert "Al geweest" not in upcoming


def test_a_signed_up_member_gets_the_join_link_in_the_calendar(
    client, community, meetup, member, make_member, settings
):
    """Only in their own download: private, never from a shared cache; the
    links and UIDs name the configured site, not the Host of the request."""
    settings.WAGTAILADMIN_BASE_URL = "https://kenniscentrum.example"
    other = EventPageFactory(parent=community.events, title="Andere", start=moment(9))
    EventRegistration.objects.create(event=meetup, user=member)
    EventRegistration.objects.create(event=other, user=make_member("Ander"))
    urls = (meetup.url + "agenda.ics", "/community/bijeenkomsten/agenda.ics")
    for url in urls:
        body = client.get(url).content.decode()
        assert "vergaderen.example/geheim" not in body, url
    log_in(client, member)
    for url in urls:
        response = client.get(url)
        assert "private" in response["Cache-Control"], url
        events = {
            str(event["SUMMARY"]): event
            for event in icalendar.Calendar.from_ical(response.content).walk("VEVENT")
        }
        mine = events["Meetup datastrategie"]
        assert "https://vergaderen.example/geheim" in str(mine["LOCATION"]), url
        assert "Online meedoen: https://vergaderen.example/geheim" in str(
            mine["DESCRIPTION"]
        )
        assert str(mine["URL"]) == (
            "https://kenniscentrum.example/community/bijeenkomsten/meetup/"
        )
        assert str(mine["UID"]).endswith("@kenniscentrum.example")
    assert "vergaderen" not in str(events["Andere"].get("DESCRIPTION", ""))


@pytest.mark.parametrize(
    "title",
    [
        "Meetup\nmet een regel erbij",
        "Meetup\r\nWindows",
        "Meetup\u2028lijnscheiding",
        "Meetup\x01met\x07stuurtekens\x1b",
        "Meetup\x0bverticale tab",
    ],
)
def test_a_title_with_line_breaks_or_control_characters_gives_a_valid_calendar(
    client, community, title
):
    """An editor can type any of these into a title in the admin (not NUL,
    which Django's form fields and PostgreSQL refuse; tests/test_calendar.py
    tries every character); the calendar files must stay valid RFC 5545,
    for one meetup and for all."""
    event = EventPageFactory(
        parent=community.events,
        title=title,
        summary="Eerste regel.\nTweede regel.\x07",
        location="Stadskantoor\nUtrecht",
        start=moment(5),
    )
    for url in (event.url + "agenda.ics", "/community/bijeenkomsten/agenda.ics"):
        response = client.get(url)
        assert response.status_code == 200, url
        calendar = icalendar.Calendar.from_ical(response.content)
        [vevent] = calendar.walk("VEVENT")
        summary = str(vevent["SUMMARY"])
        assert summary.startswith("Meetup ") and summary.split() == summary.split(" ")
        assert str(vevent["LOCATION"]) == "Stadskantoor Utrecht"
        assert str(vevent["DESCRIPTION"]) == "Eerste regel.\nTweede regel."
        raw = response.content.decode()
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028]", raw)
        # Every line of the file ends in CRLF; none is broken inside a value.
        assert all(line.endswith("\r") for line in raw.split("\n")[:-1])
    assert (
        "X-WR-CALNAME:Meetup " in client.get(event.url + "agenda.ics").content.decode()
    )


def test_the_editor_is_told_what_is_missing(community):
    event = EventPageFactory.build(
        start=moment(5), end=moment(4), location="", online_url=""
    )
    event.registration, event.registration_url = "extern", ""
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert set(error.value.message_dict) == {"end", "location", "registration_url"}


def test_the_group_page_shows_its_coming_meetups(client, community, meetup):
    html = client.get(community.open_group.url).content.decode()
    assert "Meetup datastrategie" in html


def test_deleting_an_account_removes_its_sign_ups(client, meetup, member):
    EventRegistration.objects.create(event=meetup, user=member)
    log_in(client, member)
    client.post("/account/verwijderen/", {"password": "een lange zin als wachtwoord"})
    assert not EventRegistration.objects.exists()
