"""A training page: its facts and runs, its schema.org Course data and its
iCalendar files (parsed back with a real iCalendar parser)."""

import datetime
import json
import re

import icalendar
import pytest
import time_machine

from tests.factories import TrainingPageFactory, run
from tests.html_checks import problems

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
