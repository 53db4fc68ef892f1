"""What visitors search for (core.search_insights): counted per normalised
query per day without personal data, never at the cost of a search; the
editors' reports with their export, the actions on a query without
results, the dashboard panel, the retention and who may see what."""

import datetime
import io
import logging

import openpyxl
import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import DatabaseError, connection
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import search_insights, synonyms
from core.editorial import setup_editorial
from core.models import SearchCount, SynonymGroup
from core.period_reports import default_period
from core.privacy import EMAIL_REPLACEMENT, NUMBER_REPLACEMENT, PHONE_REPLACEMENT
from core.search_admin_views import SearchesWithoutResultsPanel
from core.search_insights import (
    months_before,
    normalise,
    record_search,
)
from tests.factories import KnowledgeProductPageFactory

pytestmark = pytest.mark.django_db

TOP = "/admin/zoekopdrachten/"
ZERO = "/admin/zoekopdrachten/zonder-resultaat/"
HANDLE = "/admin/zoekopdrachten/afgehandeld/"
ADD_SYNONYM = "/admin/snippets/core/synonymgroup/add/"


@pytest.fixture(autouse=True)
def editorial_permissions(db):
    """Every feature's permissions for the Editors and Moderators groups."""
    setup_editorial()


@pytest.fixture(autouse=True)
def fresh_thesaurus():
    synonyms.forget()
    yield
    synonyms.forget()


@pytest.fixture
def product(site_tree):
    return KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Wet open overheid in de praktijk",
        summary="Actief openbaar maken.",
    )


def today():
    return timezone.localdate()


def counted():
    return {
        (row.day, row.query): (row.searches, row.results)
        for row in SearchCount.objects.all()
    }


def days_ago(n):
    return today() - datetime.timedelta(days=n)


def count(query, searches=1, results=0, day=0, handled=False):
    return SearchCount.objects.create(
        day=days_ago(day),
        query=query,
        searches=searches,
        results=results,
        handled=handled,
    )


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Wet open overheid", "wet open overheid"),
        ("  WET   open\toverheid!! ", "wet open overheid"),
        ("wet-open-overheid?", "wet open overheid"),
        ("“Wet open overheid” (Woo)", "wet open overheid woo"),
        ("financie\u0308le", "financiële"),
        ("!!!", ""),
    ],
)
def test_queries_are_normalised(typed, stored):
    assert normalise(typed) == stored


def test_each_search_counts_once_per_query_per_day_with_its_results(client, product):
    client.get("/zoeken/", {"q": "Wet open overheid"})
    client.get("/zoeken/", {"q": "  wet OPEN-overheid! "})
    client.get("/zoeken/", {"q": "Kwantumboekhouding"})
    assert counted() == {
        (today(), "wet open overheid"): (2, 1),
        (today(), "kwantumboekhouding"): (1, 0),
    }
    # The next day is a row of its own, and the last search's results count.
    product.unpublish()
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1)):
        client.get("/zoeken/", {"q": "wet open overheid"})
    assert counted()[(today() + datetime.timedelta(days=1), "wet open overheid")] == (
        1,
        0,
    )
    assert counted()[(today(), "wet open overheid")] == (2, 1)


@pytest.mark.parametrize(
    "params",
    [{"page": "2"}, {"sortering": "titel"}, {"type": "kennisproduct"}, {"q": ""}],
)
def test_paging_sorting_and_filtering_do_not_count_again(client, product, params):
    client.get("/zoeken/", {"q": "overheid", **params})
    assert counted() == {}


def test_personal_data_never_reaches_the_database(client, product):
    client.get(
        "/zoeken/",
        {
            "q": "Woo verzoek Jan.Jansen@gemeente.nl of bel 06-12345678, "
            "bsn 123456789 (zaak 2024-17)"
        },
    )
    [query] = SearchCount.objects.values_list("query", flat=True)
    assert query == (
        f"woo verzoek {EMAIL_REPLACEMENT} of bel {PHONE_REPLACEMENT} "
        f"bsn {NUMBER_REPLACEMENT} zaak 2024 17"
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT query FROM core_searchcount")
        stored = " ".join(row[0] for row in cursor.fetchall())
    for secret in ("jansen", "gemeente nl", "12345678", "123456789"):
        assert secret not in stored


addresses = st.builds(
    "{}@{}.{}".format,
    st.from_regex(r"[a-z][a-z0-9._-]{0,15}[a-z0-9]", fullmatch=True),
    st.from_regex(r"[a-z][a-z0-9-]{0,15}[a-z0-9]", fullmatch=True),
    st.sampled_from(["nl", "com", "example", "gov.nl"]),
)
phones = st.builds(
    "{}{}".format,
    st.sampled_from(["06-", "06 ", "+31 6 ", "020-", "0031 6", "(030) "]),
    st.from_regex(r"[1-9][0-9]{7}", fullmatch=True),
)


@settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    before=st.text(max_size=40),
    secret=addresses | phones,
    after=st.text(max_size=40),
)
def test_no_address_or_number_typed_in_a_search_is_stored(before, secret, after):
    stored = normalise(f"{before} {secret} {after}")
    digits = "".join(ch for ch in secret if ch.isdigit())
    flat = "".join(ch for ch in stored if ch.isalnum())
    if "@" in secret:
        local, _at, domain = secret.partition("@")
        assert "".join(ch for ch in local + domain if ch.isalnum()) not in flat
    else:
        assert digits not in flat


def test_a_failing_count_never_breaks_the_search(client, product, monkeypatch, caplog):
    def broken(*args):
        raise DatabaseError("disk full")

    monkeypatch.setattr(search_insights, "_count", broken)
    with caplog.at_level(logging.WARNING, logger="core.search_insights"):
        response = client.get("/zoeken/", {"q": "wet open overheid"})
    assert response.status_code == 200
    assert response.context["total"] == 1
    assert "1 searches were not counted" in caplog.text


def test_a_failing_statement_leaves_the_transaction_usable(
    client, product, monkeypatch
):
    """On PostgreSQL a failed statement spoils the transaction around it;
    the count's savepoint keeps it from spoiling the request's."""
    broken = "INSERT INTO no_such_table VALUES (1)"
    monkeypatch.setattr(search_insights, "_upsert", lambda *args, **kwargs: broken)
    response = client.get("/zoeken/", {"q": "wet open overheid"})
    assert response.status_code == 200
    assert SearchCount.objects.count() == 0  # the database still answers


@pytest.mark.django_db(transaction=True)
def test_a_count_outside_a_transaction_is_one_statement(django_assert_num_queries):
    """In a request (autocommit) the count is its own statement: on
    PostgreSQL with the commit not waiting for the disk, on SQLite with a
    short wait for another writer (and the usual wait restored)."""
    record_search("Woo verzoek", 3)
    expected = 1 if connection.vendor == "postgresql" else 4
    with django_assert_num_queries(expected):
        record_search("woo verzoek", 0)
    assert counted() == {(today(), "woo verzoek"): (2, 0)}
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA busy_timeout")
            assert cursor.fetchone()[0] > search_insights.COUNT_BUSY_MS


# The reports


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def counts():
    count("woo verzoek", searches=5, results=0, day=1)
    count("woo verzoek", searches=2, results=0, day=3)
    count("avg", searches=9, results=12, day=2)
    count("avg", searches=1, results=0, day=10)  # found nothing then, 12 now
    count("datakluis", searches=3, results=0, day=4)
    count("cookiebanner", searches=1, results=0, day=2, handled=True)
    count("oude vraag", searches=50, results=0, day=40)  # before the period


def rows(response):
    return [(row["query"], row["searches"]) for row in response.context["object_list"]]


def test_the_top_searches_sum_the_days_and_give_the_last_results(editor_client, counts):
    response = editor_client.get(TOP)
    assert response.status_code == 200
    assert rows(response) == [
        ("avg", 10),
        ("woo verzoek", 7),
        ("datakluis", 3),
        ("cookiebanner", 1),
    ]
    by_query = {row["query"]: row for row in response.context["object_list"]}
    assert by_query["avg"]["results"] == 12
    assert by_query["avg"]["last_searched"] == days_ago(2)
    html = response.content.decode()
    assert "woo verzoek" in html and "Zoekopdrachten" in html


def test_the_period_and_the_search_filter_the_report(editor_client, counts):
    period = {"van": days_ago(45).isoformat(), "tot": days_ago(3).isoformat()}
    response = editor_client.get(TOP, period)
    assert rows(response) == [
        ("oude vraag", 50),
        ("datakluis", 3),
        ("woo verzoek", 2),
        ("avg", 1),
    ]
    assert rows(editor_client.get(TOP, {"q": "woo"})) == [("woo verzoek", 7)]
    # A period the wrong way round, or a date that is none: the last 30
    # days, and the form says why in Dutch.
    wrong = editor_client.get(
        TOP, {"van": days_ago(1).isoformat(), "tot": days_ago(5).isoformat()}
    )
    assert wrong.status_code == 200
    assert "De einddatum ligt vóór de begindatum." in wrong.content.decode()
    assert len(rows(wrong)) == 4
    assert editor_client.get(TOP, {"van": "31-02-2025x"}).status_code == 200


def test_the_zero_result_report_hides_what_was_handled(editor_client, counts):
    response = editor_client.get(ZERO)
    assert rows(response) == [("woo verzoek", 7), ("datakluis", 3)]
    html = response.content.decode()
    assert "Maak synoniem" in html and "Markeer als afgehandeld" in html
    assert "csrfmiddlewaretoken" in html
    handled = editor_client.get(ZERO, {"status": "afgehandeld"})
    assert rows(handled) == [("cookiebanner", 1)]
    assert "Markeer als open" in handled.content.decode()
    assert len(rows(editor_client.get(ZERO, {"status": "alle"}))) == 3


def test_the_reports_export_csv_and_xlsx(editor_client, counts):
    csv = editor_client.get(TOP, {"export": "csv"})
    assert csv["Content-Type"].startswith("text/csv")
    first, last = days_ago(29), today()
    assert f"zoekopdrachten-{first}-{last}.csv" in csv["Content-Disposition"]
    lines = b"".join(csv.streaming_content).decode().splitlines()
    assert lines[0] == (
        "Zoekopdracht,Aantal keer gezocht,Resultaten (laatste keer),Laatst gezocht"
    )
    assert lines[1] == f"avg,10,12,{days_ago(2).isoformat()}"
    assert len(lines) == 5
    xlsx = editor_client.get(ZERO, {"export": "xlsx", "status": "alle"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    values = list(sheet.values)
    assert values[0] == (
        "Zoekopdracht",
        "Aantal keer gezocht",
        "Laatst gezocht",
        "Afgehandeld",
    )
    assert values[1][:2] == ("woo verzoek", 7) and values[1][3] == "nee"
    assert [row[0] for row in values[1:]] == [
        "woo verzoek",
        "datakluis",
        "cookiebanner",
    ]
    assert values[3][3] == "ja"


def test_marking_a_query_handled_and_open_again(editor_client, counts):
    back = f"{ZERO}?q=woo"
    response = editor_client.post(
        HANDLE, {"query": "woo verzoek", "handled": "1", "next": back}
    )
    assert response.status_code == 302 and response["Location"] == back
    marked = SearchCount.objects.filter(query="woo verzoek")
    assert set(marked.values_list("handled", flat=True)) == {True}
    assert rows(editor_client.get(ZERO)) == [("datakluis", 3)]
    # Searched in vain again on a later day (today): it comes back.
    count("woo verzoek", results=0, day=0)
    assert ("woo verzoek", 8) in rows(editor_client.get(ZERO))
    editor_client.post(HANDLE, {"query": "datakluis", "handled": "0"})
    editor_client.post(HANDLE, {"query": "cookiebanner", "handled": "0"})
    assert ("cookiebanner", 1) in rows(editor_client.get(ZERO))


@pytest.mark.parametrize(
    "data",
    [
        {"query": "bestaat niet", "handled": "1"},
        {"query": "", "handled": "1"},
        {"query": "x" * 300, "handled": "1"},
        {"query": "avg", "handled": "misschien"},
        {"query": "avg", "handled": "1", "next": "https://elders.example/"},
    ],
)
def test_a_bad_handle_request_changes_nothing_and_says_so(editor_client, counts, data):
    response = editor_client.post(HANDLE, data, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[0][0] == ZERO
    text = response.content.decode()
    if data.get("next"):
        assert "‘avg’ is gemarkeerd als afgehandeld." in text
    else:
        assert "niets gewijzigd" in text or "Kies een zoekopdracht" in text
        assert (
            not SearchCount.objects.filter(handled=True)
            .exclude(query="cookiebanner")
            .exists()
        )


def test_handling_needs_a_post_with_the_csrf_token(editor, counts):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor)
    assert strict.get(HANDLE).status_code == 405
    assert strict.post(HANDLE, {"query": "avg", "handled": "1"}).status_code == 403
    assert not SearchCount.objects.filter(query="avg", handled=True).exists()


def test_maak_synoniem_starts_the_form_with_the_query_and_handles_it(
    editor_client, counts, product
):
    url = f"{ADD_SYNONYM}?zoekopdracht=woo+verzoek"
    form = editor_client.get(url)
    assert form.status_code == 200
    assert form.context["form"]["terms"].value().startswith("woo verzoek")
    # A mistake is explained, and the query stays.
    wrong = editor_client.post(url, {"terms": "woo verzoek", "note": ""})
    assert "Geef minstens twee termen" in wrong.content.decode()
    action = f'action="{ADD_SYNONYM}?zoekopdracht=woo+verzoek"'
    assert action in wrong.content.decode()
    saved = editor_client.post(
        url, {"terms": "woo verzoek\nWet open overheid", "note": ""}
    )
    assert saved.status_code == 302 and saved["Location"] == ZERO
    assert str(SynonymGroup.objects.get()) == "woo verzoek, Wet open overheid"
    assert rows(editor_client.get(ZERO)) == [("datakluis", 3)]
    # And the query finds something now.
    response = editor_client.get("/zoeken/", {"q": "woo verzoek"})
    assert response.context["total"] == 1


def test_the_purge_removes_counts_older_than_13_months(counts):
    now = datetime.date(2026, 3, 31)
    cutoff = months_before(now, 13)
    assert cutoff == datetime.date(2025, 2, 28)
    assert months_before(datetime.date(2026, 12, 15), 13) == datetime.date(2025, 11, 15)
    old = SearchCount.objects.create(
        day=cutoff - datetime.timedelta(days=1), query="te oud", results=0
    )
    kept = SearchCount.objects.create(day=cutoff, query="net op tijd", results=0)
    out = io.StringIO()
    with time_machine.travel(datetime.datetime(2026, 3, 31, 12, tzinfo=datetime.UTC)):
        call_command("purge_search_counts", stdout=out)
    assert "1 search counts from before 2025-02-28 deleted" in out.getvalue()
    assert not SearchCount.objects.filter(pk=old.pk).exists()
    assert SearchCount.objects.filter(pk=kept.pk).exists()


# The dashboard and permissions


def test_the_panel_costs_two_queries_however_many_queries_failed(
    rf, editor, django_assert_num_queries
):
    request = rf.get("/admin/")
    request.user = editor

    def summary():
        with django_assert_num_queries(2):
            return SearchesWithoutResultsPanel().summary(request)

    count("eerste", searches=3)
    few = summary()
    for i in range(40):
        count(f"zoekwoord {i}", searches=i + 1, day=i % 20)
        count(f"zoekwoord {i}", searches=1, day=i % 20 + 1)
    many = summary()
    assert few.counts[0].value == 1
    assert many.counts[0].value == 41
    assert [item.label for item in many.items] == [
        f"zoekwoord {i}" for i in (39, 38, 37, 36, 35)
    ]
    assert many.items[0].note == "41 keer gezocht"
    assert many.items[0].url == f"{ZERO}?q=zoekwoord+39"


def test_the_panel_shows_only_to_who_may_see_the_counts(
    client, editor, django_user_model, counts
):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "Zoekopdrachten zonder resultaat" in html and "woo verzoek" in html
    other = django_user_model.objects.create_user("lezer", password="x" * 12)
    other.user_permissions.add(
        *Group.objects.get(name="Editors").permissions.filter(codename="access_admin")
    )
    client.force_login(other)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "woo verzoek" not in response.content.decode()
    assert client.get(ZERO).status_code in (302, 403)


def test_editors_and_moderators_may_what_the_issue_says(django_user_model):
    setup_editorial()
    editors = Group.objects.get(name="Editors")
    moderators = Group.objects.get(name="Moderators")

    def codenames(group):
        return set(
            group.permissions.filter(content_type__app_label="core").values_list(
                "codename", flat=True
            )
        )

    assert {
        "add_synonymgroup",
        "view_synonymgroup",
        "change_synonymgroup",
        "view_searchcount",
        "change_searchcount",
    } <= codenames(editors)
    assert "delete_synonymgroup" not in codenames(editors)
    assert "delete_searchcount" not in codenames(editors) | codenames(moderators)
    assert "delete_synonymgroup" in codenames(moderators)


def test_the_demo_synonyms_and_counts_load_twice_the_same(site_tree, product):
    from devtools.demo import search as demo

    assert demo.ensure_synonyms() == len(demo.SYNONYMS)
    written = demo.ensure_search_counts()
    before = counted()
    assert demo.ensure_synonyms() == 0
    assert demo.ensure_search_counts() == written
    assert counted() == before
    assert SynonymGroup.objects.count() == len(demo.SYNONYMS)
    # Real results on the site as it is: "woo" finds the product through
    # the synonym, "cookiebanner" nothing.
    results = {query: result for (_day, query), (_n, result) in before.items()}
    assert results["woo"] == 1 and results["cookiebanner"] == 0
    zero = [row["query"] for row in search_insights.without_results(*default_period())]
    assert "cookiebanner" in zero and "woo" not in zero


# Counts wait in the process and are written together


@pytest.fixture
def batch(settings):
    settings.SEARCH_COUNT_BATCH = 3
    yield
    search_insights._waiting.clear()


def test_counts_are_written_a_batch_at_a_time(batch):
    record_search("woo verzoek", 3)
    record_search("Woo verzoek!", 2)
    assert counted() == {}
    record_search("avg", 0)
    assert counted() == {(today(), "woo verzoek"): (2, 2), (today(), "avg"): (1, 0)}
    record_search("woo verzoek", 4)
    search_insights.flush()
    assert counted()[(today(), "woo verzoek")] == (3, 4)


def test_a_count_waits_a_minute_at_most(batch, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(search_insights.time, "monotonic", lambda: clock[0])
    record_search("woo", 1)
    clock[0] += search_insights.BATCH_SECONDS - 1
    record_search("dpia", 1)
    assert counted() == {}
    clock[0] += 1
    record_search("iama", 0)
    assert set(counted()) == {(today(), "woo"), (today(), "dpia"), (today(), "iama")}


def test_a_report_shows_what_waits_in_its_process(editor_client, batch, counts):
    record_search("waterschapsverkiezingen data", 0)
    response = editor_client.get(ZERO)
    assert "waterschapsverkiezingen data" in response.content.decode()


def test_a_failed_batch_is_logged_and_dropped(batch, monkeypatch, caplog):
    def broken(rows):
        raise DatabaseError("disk full")

    record_search("woo", 1)
    monkeypatch.setattr(search_insights, "_count", broken)
    with caplog.at_level(logging.WARNING, logger="core.search_insights"):
        search_insights.flush()
    assert "1 searches were not counted" in caplog.text
    assert search_insights._waiting == {}


def test_counts_that_waited_a_minute_go_out_after_any_request(
    client, batch, monkeypatch
):
    clock = [1000.0]
    monkeypatch.setattr(search_insights.time, "monotonic", lambda: clock[0])
    record_search("woo", 1)
    client.get("/robots.txt")
    assert counted() == {}
    clock[0] += search_insights.BATCH_SECONDS
    client.get("/robots.txt")
    assert counted() == {(today(), "woo"): (1, 1)}
