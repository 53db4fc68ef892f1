"""The editors' side: the reports (per page, and the comments), their
filters and exports, marking a comment handled, deleting one, the dashboard
panel, and who may see any of it."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from core.editorial import setup_editorial
from feedback.models import Feedback
from feedback.panels import FeedbackPanel
from tests.factories import (
    KnowledgeProductPageFactory,
    QuestionPageFactory,
    TrainingPageFactory,
)

pytestmark = pytest.mark.django_db


def days_ago(days, hour=12):
    return timezone.now().replace(hour=hour) - timedelta(days=days)


def answers(page, yes=0, no=0, comments=(), days=1):
    for _ in range(yes):
        Feedback.objects.create(page=page, helped=True, created_at=days_ago(days))
    for _ in range(no):
        Feedback.objects.create(page=page, helped=False, created_at=days_ago(days))
    return [
        Feedback.objects.create(
            page=page, helped=False, comment=text, created_at=days_ago(days)
        )
        for text in comments
    ]


@pytest.fixture(autouse=True)
def editorial_permissions(db):
    """Every feature's permissions for the Editors and Moderators groups."""
    setup_editorial()


@pytest.fixture
def pages(site_tree):
    question = QuestionPageFactory(
        parent=site_tree.questions, title="Mag ik camerabeelden delen?"
    )
    product = KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Leidraad datadelen"
    )
    training = TrainingPageFactory(parent=site_tree.trainings, title="Basiscursus AVG")
    answers(question, yes=3, no=2, comments=["Meer over de bewaartermijn."])
    answers(
        product, yes=1, no=4, comments=["Een voorbeeld voor provincies.", "Te lang."]
    )
    answers(training, yes=2, days=40)  # before the last 30 days
    return question, product, training


# -- Report per page ----------------------------------------------------------


def test_the_report_counts_per_page_for_the_last_30_days(client, editor, pages):
    question, product, training = pages
    client.force_login(editor)
    response = client.get("/admin/feedback/")
    assert response.status_code == 200
    rows = {page.title: page for page in response.context["object_list"]}
    assert set(rows) == {question.title, product.title}  # not the old answers
    assert (rows[product.title].helped_count, rows[product.title].not_helped_count) == (
        1,
        6,
    )
    assert rows[product.title].open_count == 2
    assert rows[question.title].section_title == question.get_parent().title
    assert rows[product.title].section_title == product.get_parent().title
    # Most Nee first.
    assert [page.title for page in response.context["object_list"]] == [
        product.title,
        question.title,
    ]
    html = response.content.decode()
    assert f"/admin/pages/{product.pk}/edit/" in html


def test_the_report_filters_by_period_and_section(client, editor, pages, site_tree):
    question, product, training = pages
    client.force_login(editor)
    old = (timezone.localdate() - timedelta(days=60)).isoformat()
    response = client.get(f"/admin/feedback/?van={old}")
    titles = {page.title for page in response.context["object_list"]}
    assert titles == {question.title, product.title, training.title}
    response = client.get(f"/admin/feedback/?van={old}&sectie={site_tree.knowledge.pk}")
    assert [page.title for page in response.context["object_list"]] == [product.title]


@pytest.mark.parametrize(
    "query",
    [
        "van=gisteren",
        "van=2026-13-45",
        "sectie=99999999999999999999999",
        "sectie=abc",
        "sectie=\x00",
        "van=2026-05-01&tot=2026-04-01",
        "ordering=onbekend",
        "p=9999",
    ],
)
def test_bad_filters_never_fail(client, editor, pages, query):
    client.force_login(editor)
    for url in ("/admin/feedback/", "/admin/feedback/opmerkingen/"):
        response = client.get(f"{url}?{query}")
        assert response.status_code in (200, 404), (url, query)


def test_the_start_date_after_the_end_date_is_explained(client, editor, pages):
    client.force_login(editor)
    html = client.get("/admin/feedback/?van=2026-05-01&tot=2026-04-01").content
    assert "De einddatum ligt vóór de begindatum." in html.decode()


def test_the_report_exports_csv_and_xlsx(client, editor, pages):
    question, product, _ = pages
    client.force_login(editor)
    response = client.get("/admin/feedback/?export=csv")
    assert response.status_code == 200
    assert "feedback-per-pagina-" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["Pagina", "Sectie", "Soort", "Ja", "Nee", "Open opmerkingen"]
    by_title = {row[0]: row for row in rows[1:]}
    assert by_title[product.title][3:] == ["1", "6", "2"]
    assert by_title[product.title][1] == product.get_parent().title
    assert by_title[question.title][3:] == ["3", "3", "1"]

    response = client.get("/admin/feedback/?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["Pagina", "Sectie", "Soort", "Ja", "Nee", "Open opmerkingen"]
    assert [product.title, product.get_parent().title] == values[1][:2]
    assert values[1][3:] == [1, 6, 2]


URLS = ["/admin/feedback/", "/admin/feedback/opmerkingen/"]


def test_the_reports_cost_the_same_queries_for_many_pages(client, editor, site_tree):
    client.force_login(editor)

    def count(url):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    answers(
        QuestionPageFactory(parent=site_tree.questions), yes=1, no=1, comments=["x"]
    )
    few = {url: count(url) for url in URLS}
    for _ in range(12):
        answers(
            KnowledgeProductPageFactory(parent=site_tree.knowledge),
            yes=2,
            no=3,
            comments=["Iets"],
        )
    assert {url: count(url) for url in URLS} == few


# -- Comments -----------------------------------------------------------------


def test_the_comments_report_lists_and_filters(client, editor, pages):
    question, product, _ = pages
    client.force_login(editor)
    response = client.get("/admin/feedback/opmerkingen/")
    comments = {row.comment for row in response.context["object_list"]}
    assert comments == {
        "Meer over de bewaartermijn.",
        "Een voorbeeld voor provincies.",
        "Te lang.",
    }
    html = response.content.decode()
    assert "Markeer als afgehandeld" in html
    assert "Verwijderen" not in html  # editors do not delete
    response = client.get(f"/admin/feedback/opmerkingen/?pagina={question.pk}")
    assert [row.comment for row in response.context["object_list"]] == [
        "Meer over de bewaartermijn."
    ]


def test_a_comment_is_marked_handled_and_logged(client, editor, pages):
    _, product, _ = pages
    comment = Feedback.objects.get(comment="Te lang.")
    client.force_login(editor)
    back = "/admin/feedback/opmerkingen/?status=open"
    response = client.post(
        f"/admin/feedback/opmerkingen/{comment.pk}/afgehandeld/",
        {"handled": "1", "next": back},
    )
    assert response.status_code == 302 and response["Location"] == back
    comment.refresh_from_db()
    assert comment.handled
    entry = ModelLogEntry.objects.get(action="feedback.handled")
    assert (entry.user, entry.object_id) == (editor, str(comment.pk))
    listed = client.get(back).context["object_list"]
    assert "Te lang." not in {row.comment for row in listed}
    closed = client.get("/admin/feedback/opmerkingen/?status=afgehandeld")
    assert [row.comment for row in closed.context["object_list"]] == ["Te lang."]
    assert "Markeer als open" in closed.content.decode()
    # And open again.
    client.post(
        f"/admin/feedback/opmerkingen/{comment.pk}/afgehandeld/", {"handled": "0"}
    )
    comment.refresh_from_db()
    assert not comment.handled
    assert ModelLogEntry.objects.filter(action="feedback.reopened").count() == 1


def test_marking_refuses_what_it_should(client, editor, newcomer, pages):
    comment = Feedback.objects.get(comment="Te lang.")
    url = f"/admin/feedback/opmerkingen/{comment.pk}/afgehandeld/"
    client.force_login(editor)
    assert client.get(url).status_code == 405
    # Not back to another site.
    response = client.post(url, {"handled": "1", "next": "https://elders.example/"})
    assert response["Location"] == "/admin/feedback/opmerkingen/"
    assert (
        client.post("/admin/feedback/opmerkingen/987654/afgehandeld/").status_code
        == 404
    )
    client.force_login(newcomer)
    Feedback.objects.filter(pk=comment.pk).update(handled_at=None)
    assert client.post(url, {"handled": "1"}).status_code in (302, 403)
    comment.refresh_from_db()
    assert not comment.handled


def test_marking_needs_the_csrf_token(editor, pages):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    comment = Feedback.objects.get(comment="Te lang.")
    response = client.post(
        f"/admin/feedback/opmerkingen/{comment.pk}/afgehandeld/", {"handled": "1"}
    )
    assert response.status_code == 403
    comment.refresh_from_db()
    assert not comment.handled


def test_moderators_delete_a_comment_after_confirming(client, moderator, editor, pages):
    comment = Feedback.objects.get(comment="Te lang.")
    url = f"/admin/feedback/opmerkingen/{comment.pk}/verwijderen/"
    client.force_login(editor)
    assert client.post(url).status_code in (302, 403)
    assert Feedback.objects.filter(pk=comment.pk).exists()
    client.force_login(moderator)
    assert "Verwijderen" in client.get("/admin/feedback/opmerkingen/").content.decode()
    confirm = client.get(url + "?next=javascript:alert(1)")
    assert confirm.status_code == 200
    assert "Te lang." in confirm.content.decode()
    assert "javascript:" not in confirm.content.decode()
    response = client.post(url)
    assert response.status_code == 302
    assert not Feedback.objects.filter(pk=comment.pk).exists()


def test_the_comments_export_holds_no_formulas(client, editor, pages):
    question = pages[0]
    answers(question, comments=['=HYPERLINK("https://x.example")', "-1+1"])
    client.force_login(editor)
    response = client.get("/admin/feedback/opmerkingen/?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["Gegeven op", "Pagina", "Sectie", "Opmerking", "Status"]
    texts = {row[3] for row in rows[1:]}
    assert '\'=HYPERLINK("https://x.example")' in texts and "'-1+1" in texts
    assert "Meer over de bewaartermijn." in texts
    assert {row[4] for row in rows[1:]} == {"Open"}
    response = client.get("/admin/feedback/opmerkingen/?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [row[3].value for row in sheet.iter_rows(min_row=2)]
    assert "'-1+1" in cells


# -- Dashboard and permissions ----------------------------------------------


def test_the_dashboard_panel_lists_the_pages_with_most_nee(
    rf, editor, pages, django_assert_max_num_queries
):
    question, product, _ = pages
    request = rf.get("/admin/")
    request.user = editor
    with django_assert_max_num_queries(2):
        summary = FeedbackPanel().summary(request)
    assert [item.label for item in summary.items] == [product.title, question.title]
    assert summary.items[0].note == "6 keer niet geholpen"
    assert [count.value for count in summary.counts] == [9, 3]


def test_the_panel_costs_the_same_for_many_answers(
    rf, editor, site_tree, django_assert_max_num_queries
):
    for number in range(15):
        answers(
            QuestionPageFactory(parent=site_tree.questions, slug=f"v{number}"),
            no=number % 4,
            comments=["x"],
        )
    request = rf.get("/admin/")
    request.user = editor
    with django_assert_max_num_queries(2):
        summary = FeedbackPanel().summary(request)
    assert len(summary.items) == 5


def test_the_dashboard_shows_the_panel_to_who_may_see_feedback(
    client, editor, moderator, newcomer, pages
):
    for user in (editor, moderator):
        client.force_login(user)
        html = client.get("/admin/").content.decode()
        assert "Feedback: niet geholpen" in html, user
        assert "Leidraad datadelen" in html
    client.force_login(newcomer)
    html = client.get("/admin/").content.decode()
    assert "Feedback: niet geholpen" not in html
    assert "/admin/feedback/" not in html


def test_without_permission_no_report(client, newcomer, pages):
    client.force_login(newcomer)
    for url in (
        "/admin/feedback/",
        "/admin/feedback/opmerkingen/",
        "/admin/feedback/?export=csv",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"Leidraad datadelen" not in response.content


def test_editors_and_moderators_get_their_permissions():
    setup_editorial()
    editors = Group.objects.get(name="Editors").permissions
    moderators = Group.objects.get(name="Moderators").permissions
    mine = {"view_feedback", "change_feedback", "delete_feedback", "add_feedback"}
    assert set(
        editors.filter(codename__in=mine).values_list("codename", flat=True)
    ) == {"view_feedback", "change_feedback"}
    assert set(
        moderators.filter(codename__in=mine).values_list("codename", flat=True)
    ) == {"view_feedback", "change_feedback", "delete_feedback"}
