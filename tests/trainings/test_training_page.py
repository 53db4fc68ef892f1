"""A training page: its facts and runs, its schema.org Course data and its
iCalendar files (parsed back with a real iCalendar parser)."""

import datetime
import json
import re
import zoneinfo

import icalendar
import pytest
import time_machine
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from tests.factories import TrainingPageFactory, run
from tests.html_checks import problems
from trainings.models import TrainingPage, TrainingSession

pytestmark = pytest.mark.django_db


@pytest.fixture
def training(site_tree):
    with time_machine.travel(datetime.datetime(2026, 3, 10, 12, 0), tick=False):
        yield TrainingPageFactory(
            parent=site_tree.trainings,
            slug="avg",
            title="AVG in de praktijk </script><script>alert(1)</script>",
            summary="Wat de AVG vraagt & wat je ermee doet.",
            format="hybride",
            workload_hours=12,
            cost="betaald",
            price="1249.50",
            runs=[
                run(-30),
                run(5, days=2, location="Zwolle"),
                run(20, online=True, status="vol"),
                run(50, status="geannuleerd"),
            ],
        )


def json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_page_shows_facts_runs_and_history(client, training):
    with time_machine.travel(datetime.datetime(2026, 3, 10, 12, 0), tick=False):
        response = client.get("/opleidingen/avg/")
    html = response.content.decode()
    assert response.status_code == 200
    assert problems(html) == []
    assert "€ 1.249,50" in html
    assert '15 maart 2026</time> tot en met <time datetime="2026-03-16">' in html
    assert "Vol" in html and "Geannuleerd" in html
    assert "Eerder gegeven (1)" in html
    assert "<script>alert(1)</script>" not in html


def test_course_json_ld_is_valid_schema_org(client, training):
    with time_machine.travel(datetime.datetime(2026, 3, 10, 12, 0), tick=False):
        html = client.get("/opleidingen/avg/").content.decode()
    data = json_ld(html)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Course"
    assert data["name"].startswith("AVG in de praktijk")  # escaped, still whole
    assert data["description"] == "Wat de AVG vraagt & wat je ermee doet."
    assert data["provider"]["@type"] == "Organization" and data["provider"]["name"]
    assert data["offers"] == {
        "@type": "Offer",
        "category": "Paid",
        "price": "1249.50",
        "priceCurrency": "EUR",
    }
    instances = data["hasCourseInstance"]
    # Upcoming runs only, the cancelled one left out.
    assert [i["startDate"] for i in instances] == ["2026-03-15", "2026-03-30"]
    assert instances[0]["courseMode"] == "blended"
    assert instances[0]["location"] == {"@type": "Place", "name": "Zwolle"}
    assert instances[1]["courseMode"] == "online"
    assert all(i["courseWorkload"] == "PT12H" for i in instances)
    # The raw text of the script element cannot close it early.
    raw = re.search(r'ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in raw


def parse(response) -> list:
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    return list(calendar.walk("VEVENT"))


def test_training_calendar_holds_its_coming_runs(client, training):
    with time_machine.travel(datetime.datetime(2026, 3, 10, 12, 0), tick=False):
        events = parse(client.get("/opleidingen/avg/agenda.ics"))
    assert [e.decoded("DTSTART") for e in events] == [
        datetime.date(2026, 3, 15),
        datetime.date(2026, 3, 30),
        datetime.date(2026, 4, 29),
    ]
    # Whole days: DTEND is the day after the last day.
    assert events[0].decoded("DTEND") == datetime.date(2026, 3, 17)
    assert str(events[0]["LOCATION"]) == "Zwolle"
    assert str(events[1]["LOCATION"]) == "Online"
    assert [str(e["STATUS"]) for e in events] == ["CONFIRMED", "CONFIRMED", "CANCELLED"]
    assert len({str(e["UID"]) for e in events}) == 3
    assert str(events[0]["URL"]).endswith("/opleidingen/avg/")


def test_agenda_holds_all_coming_runs_of_the_catalogue(client, training, site_tree):
    with time_machine.travel(datetime.datetime(2026, 3, 10, 12, 0), tick=False):
        TrainingPageFactory(parent=site_tree.trainings, slug="tweede", runs=[run(3)])
        TrainingPageFactory(parent=site_tree.trainings, slug="oud", runs=[run(-3)])
        events = parse(client.get("/opleidingen/agenda.ics"))
    starts = [e.decoded("DTSTART") for e in events]
    assert starts == sorted(starts)
    # The 3 coming runs of "avg" (its cancelled one marked so) and 1 of "tweede".
    assert len(events) == 4
    assert [str(e["STATUS"]) for e in events].count("CANCELLED") == 1


def afternoons(start_in_days, *days_later):
    """An online run that meets on afternoons from 13.30 to 16.30."""
    course = run(start_in_days, days=max(days_later) + 1, online=True)
    course.sessions = [
        TrainingSession(
            date=course.start + datetime.timedelta(days=later),
            start_time=datetime.time(13, 30),
            end_time=datetime.time(16, 30),
        )
        for later in days_later
    ]
    return course


def test_a_run_with_sessions_is_one_event_per_session_with_times(
    client, site_tree, settings
):
    """ "Twee online middagen" is two afternoons in the calendar, not a
    week-long block; the page shows the same times."""
    settings.WAGTAILADMIN_BASE_URL = "https://kenniscentrum.example"
    with time_machine.travel(datetime.datetime(2026, 3, 10, 12, 0), tick=False):
        TrainingPageFactory(
            parent=site_tree.trainings,
            slug="middagen",
            title="Twee middagen data",
            runs=[afternoons(7, 0, 7)],
        )
        html = client.get("/opleidingen/middagen/").content.decode()
        events = parse(client.get("/opleidingen/middagen/agenda.ics"))
        catalogue = parse(client.get("/opleidingen/agenda.ics"))
    amsterdam = zoneinfo.ZoneInfo("Europe/Amsterdam")
    assert [(e.decoded("DTSTART"), e.decoded("DTEND")) for e in events] == [
        (
            datetime.datetime(2026, 3, 17, 13, 30, tzinfo=amsterdam),
            datetime.datetime(2026, 3, 17, 16, 30, tzinfo=amsterdam),
        ),
        (
            datetime.datetime(2026, 3, 24, 13, 30, tzinfo=amsterdam),
            datetime.datetime(2026, 3, 24, 16, 30, tzinfo=amsterdam),
        ),
    ]
    assert [str(e["SUMMARY"]) for e in events] == [
        "Twee middagen data (1 van 2)",
        "Twee middagen data (2 van 2)",
    ]
    assert len({str(e["UID"]) for e in events}) == 2
    assert all(str(e["UID"]).endswith("@kenniscentrum.example") for e in events)
    assert (
        str(events[0]["URL"]) == "https://kenniscentrum.example/opleidingen/middagen/"
    )
    assert [str(e["UID"]) for e in catalogue] == [str(e["UID"]) for e in events]
    assert "dinsdag 17 maart 2026, 13.30</time>–<time" in html
    assert "16.30 uur</time>" in html
    assert '<time datetime="2026-03-24T13:30:00+01:00">' in html


def test_the_catalogue_calendar_follows_the_filters(client, training, site_tree):
    with time_machine.travel(datetime.datetime(2026, 3, 10, 12, 0), tick=False):
        TrainingPageFactory(
            parent=site_tree.trainings,
            slug="online",
            title="Online basis",
            format="online",
            runs=[run(3, online=True)],
        )
        everything = parse(client.get("/opleidingen/agenda.ics"))
        online = parse(client.get("/opleidingen/agenda.ics?vorm=online&vorm=<x>"))
        nothing = parse(
            client.get("/opleidingen/agenda.ics?vorm=online&kosten=betaald")
        )
        html = client.get("/opleidingen/?vorm=online&page=3&sortering=titel")
    assert len(everything) == 4
    assert [str(e["SUMMARY"]) for e in online] == ["Online basis"]
    assert nothing == []
    page = html.content.decode()
    assert (
        'href="/opleidingen/agenda.ics?vorm=online">Zet de data van deze selectie'
        in page
    )


def test_no_calendar_for_other_pages_or_unpublished_trainings(client, training):
    assert client.get("/vragen/agenda.ics").status_code == 404
    assert client.get("/bestaat-niet/agenda.ics").status_code == 404
    training.unpublish()
    assert client.get("/opleidingen/avg/agenda.ics").status_code == 404


def test_question_and_home_pages_show_coming_trainings(client, sample_pages):
    question = client.get("/vragen/starten/").content.decode()
    assert "Opleidingen bij deze vraag" in question
    assert "Datagedreven werken voor bestuurders" in question
    assert 'href="/opleidingen/?vraag=starten"' in question
    home = client.get("/").content.decode()
    assert "Binnenkort van start" in home
    assert "Datagedreven werken voor bestuurders" in home
    assert "Zelfstudie datakwaliteit" not in home  # no date to start on


def test_search_finds_trainings(client, site_tree):
    TrainingPageFactory(
        parent=site_tree.trainings, title="Sensordata in het waterbeheer", runs=[]
    )
    response = client.get("/zoeken/", {"q": "sensordata", "type": "opleiding"})
    titles = [item["page"].title for item in response.context["result_items"]]
    assert titles == ["Sensordata in het waterbeheer"]
    assert "Opleiding" in response.content.decode()


def test_an_editor_adds_a_run_with_its_sessions_in_the_admin(admin_client, site_tree):
    """The sessions are an inline panel inside the run's."""
    data = nested_form_data(
        {
            "comments": inline_formset([]),
            "title": "Twee online middagen",
            "slug": "twee-middagen",
            "summary": "Data in twee middagen.",
            "description": rich_text(""),
            "level": "basis",
            "format": "online",
            "workload_hours": "",
            "duration": "",
            "cost": "gratis",
            "price": "",
            "language": "nl",
            "registration_url": "",
            "runs": inline_formset(
                [
                    {
                        "start": "2027-02-09",
                        "end": "2027-02-16",
                        "location": "",
                        "online": "on",
                        "status": "open",
                        "sessions": inline_formset(
                            [
                                {
                                    "date": "2027-02-09",
                                    "start_time": "13:30",
                                    "end_time": "16:30",
                                },
                                {
                                    "date": "2027-02-16",
                                    "start_time": "13:30",
                                    "end_time": "12:00",
                                },
                            ]
                        ),
                    }
                ]
            ),
        }
    )
    url = reverse(
        "wagtailadmin_pages:add",
        args=["trainings", "trainingpage", site_tree.trainings.pk],
    )
    refused = admin_client.post(url, {**data, "action-publish": "1"})
    assert refused.status_code == 200
    assert "De eindtijd ligt niet na de begintijd." in refused.content.decode()
    data["runs-0-sessions-1-end_time"] = "16:30"
    created = admin_client.post(url, {**data, "action-publish": "1"})
    assert created.status_code == 302
    page = TrainingPage.objects.get(slug="twee-middagen")
    [course] = page.runs.all()
    assert [
        (s.date.day, s.start_time.hour, s.end_time.hour) for s in course.session_list
    ] == [
        (9, 13, 16),
        (16, 13, 16),
    ]
