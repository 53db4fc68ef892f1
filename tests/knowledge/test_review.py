"""The review cycle: owners, intervals, the "Te herzien" report with its
exports, marking an item checked, the daily reminders and the public notice."""

import csv
import datetime
import io

import openpyxl
import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageLogEntry, Revision

from knowledge.models import KnowledgeProductPage, PracticeCasePage, ReviewReminder
from knowledge.models.base import add_months
from knowledge.review import REVIEWED_ACTION, due_state, send_review_reminders
from tests.factories import (
    KnowledgeProductPageFactory,
    PracticeCasePageFactory,
    QuestionPageFactory,
)
from tests.knowledge.test_editing import add_url, product_data

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def ago(days):
    return TODAY - datetime.timedelta(days=days)


@pytest.fixture
def product(site_tree):
    return KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Leidraad camerabeelden",
        last_reviewed=ago(400),
    )


@pytest.mark.parametrize(
    "day, months, expected",
    [
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2024, 1, 31), 1, datetime.date(2024, 2, 29)),
        (datetime.date(2026, 11, 15), 12, datetime.date(2027, 11, 15)),
        (datetime.date(2026, 11, 30), 3, datetime.date(2027, 2, 28)),
        (datetime.date(2026, 12, 1), 1, datetime.date(2027, 1, 1)),
    ],
)
def test_months_are_added_as_calendar_months(day, months, expected):
    assert add_months(day, months) == expected


def test_the_due_date_follows_the_date_and_the_interval(site_tree):
    page = KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        last_reviewed=datetime.date(2026, 3, 31),
        review_interval=6,
    )
    page.refresh_from_db()
    assert page.review_due == datetime.date(2026, 9, 30)


# The public page ------------------------------------------------------------


def test_an_overdue_item_says_it_may_be_out_of_date(client, product):
    html = client.get(product.url).content.decode()
    assert "Mogelijk verouderd:" in html
    assert f'laatst gecontroleerd op <time datetime="{ago(400):%Y-%m-%d}"' in html


def test_an_item_within_its_interval_says_nothing(client, site_tree):
    page = KnowledgeProductPageFactory(
        parent=site_tree.knowledge, last_reviewed=ago(30)
    )
    assert "Mogelijk verouderd" not in client.get(page.url).content.decode()


def test_a_short_interval_makes_an_item_due_sooner(client, site_tree):
    case = PracticeCasePageFactory(
        parent=site_tree.cases, last_reviewed=ago(200), review_interval=6
    )
    html = client.get(case.url).content.decode()
    assert "Mogelijk verouderd:" in html
    assert "Laatst gecontroleerd" in html


def test_the_page_names_the_contact_never_the_editor_account(client, site_tree, editor):
    page = KnowledgeProductPageFactory(
        parent=site_tree.knowledge, content_owner="", review_editor=editor
    )
    html = client.get(page.url).content.decode()
    assert "Redactie Kenniscentrum" in html
    assert "redacteur@kenniscentrum.example" not in html


# Editing --------------------------------------------------------------------


def test_an_editor_must_name_an_owner(client, site_tree, editor, member):
    question = QuestionPageFactory(parent=site_tree.questions)
    client.force_login(editor)
    url = add_url(site_tree.knowledge, KnowledgeProductPage)
    data = product_data(question, content_owner="", title="Leidraad zonder eigenaar")
    response = client.post(url, {**data, "action-publish": "1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kies een redacteur als eigenaar of vul een contactpersoon" in html
    assert "Leidraad zonder eigenaar" in html  # nothing lost
    assert not KnowledgeProductPage.objects.filter(slug=data["slug"]).exists()
    # Only editors can be the owning editor.
    choices = response.context["form"].fields["review_editor"].queryset
    assert editor in choices and member not in choices
    data = product_data(question, content_owner="", review_editor=editor.pk)
    assert client.post(url, {**data, "action-publish": "1"}).status_code == 302
    assert KnowledgeProductPage.objects.get(slug=data["slug"]).review_editor == editor


# The report -------------------------------------------------------------------


@pytest.fixture
def due_items(site_tree, editor):
    oldest = KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Oudste leidraad",
        last_reviewed=ago(800),
        review_editor=editor,
        content_owner="",
    )
    case = PracticeCasePageFactory(
        parent=site_tree.cases,
        title="Verlopen praktijkvoorbeeld",
        last_reviewed=ago(500),
        content_owner="Team Data, gemeente Zwolle",
        owner_email="data@zwolle.example",
    )
    nobody = KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Leidraad zonder adres",
        last_reviewed=ago(370),
        content_owner="Werkgroep Archief",
    )
    soon = KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Binnenkort te herzien",
        last_reviewed=add_months(TODAY, -12) + datetime.timedelta(days=10),
    )
    fresh = KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Net gecontroleerd", last_reviewed=ago(5)
    )
    return {
        "oldest": oldest,
        "case": case,
        "nobody": nobody,
        "soon": soon,
        "fresh": fresh,
    }


def report(client, **params):
    response = client.get(reverse("review_report"), params)
    assert response.status_code == 200
    return response


def titles(response):
    return [page.title for page in response.context["object_list"]]


def test_the_report_lists_what_is_due_oldest_first(client, editor, due_items):
    client.force_login(editor)
    response = report(client)
    assert titles(response) == [
        "Oudste leidraad",
        "Verlopen praktijkvoorbeeld",
        "Leidraad zonder adres",
    ]
    html = response.content.decode()
    assert "geen e-mailadres" in html
    assert "Markeer als gecontroleerd" in html


def test_the_report_also_shows_what_falls_due_soon(client, editor, due_items):
    client.force_login(editor)
    assert "Binnenkort te herzien" in titles(report(client, status="binnenkort"))
    assert "Net gecontroleerd" in titles(report(client, status="alle"))


def test_the_report_filters_by_type_owner_question_and_address(
    client, editor, due_items, site_tree
):
    question = QuestionPageFactory(parent=site_tree.questions)
    client.force_login(editor)
    from django.contrib.contenttypes.models import ContentType

    case_type = ContentType.objects.get_for_model(PracticeCasePage)
    assert titles(report(client, content_type=case_type.pk)) == [
        "Verlopen praktijkvoorbeeld"
    ]
    assert titles(report(client, editor=editor.pk)) == ["Oudste leidraad"]
    assert titles(report(client, without_address="on")) == ["Leidraad zonder adres"]
    due_items["case"].questions.set([question])
    due_items["case"].save()
    assert titles(report(client, question=question.pk)) == [
        "Verlopen praktijkvoorbeeld"
    ]


def test_the_report_exports_csv(client, editor, due_items):
    client.force_login(editor)
    response = client.get(reverse("review_report"), {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0][:4] == ["Titel", "Type", "Eigenaar", "E-mailadres"]
    assert [row[0] for row in rows[1:]] == [
        "Oudste leidraad",
        "Verlopen praktijkvoorbeeld",
        "Leidraad zonder adres",
    ]
    by_title = {row[0]: row for row in rows[1:]}
    assert by_title["Verlopen praktijkvoorbeeld"][3] == "data@zwolle.example"
    assert by_title["Oudste leidraad"][3] == "redacteur@kenniscentrum.example"
    assert by_title["Leidraad zonder adres"][3] == ""
    assert by_title["Oudste leidraad"][7].endswith(
        reverse("wagtailadmin_pages:edit", args=[due_items["oldest"].pk])
    )


def test_the_report_exports_xlsx(client, editor, due_items):
    client.force_login(editor)
    response = client.get(reverse("review_report"), {"export": "xlsx"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Titel"
    assert [row[0] for row in values[1:]] == [
        "Oudste leidraad",
        "Verlopen praktijkvoorbeeld",
        "Leidraad zonder adres",
    ]


def test_the_report_is_for_editors_only(client, member, due_items):
    client.force_login(member)
    response = client.get(reverse("review_report"))
    assert response.status_code in {302, 403}


def test_the_report_costs_the_same_queries_for_many_items(
    client, editor, site_tree, django_assert_max_num_queries
):
    client.force_login(editor)
    for n in range(3):
        KnowledgeProductPageFactory(
            parent=site_tree.knowledge, last_reviewed=ago(400 + n)
        )
    report(client)  # warm Wagtail's per-process lookups
    with django_assert_max_num_queries(40) as few:
        report(client)
    for n in range(20):
        KnowledgeProductPageFactory(
            parent=site_tree.knowledge, last_reviewed=ago(500 + n)
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        report(client)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    params=st.dictionaries(
        st.sampled_from(
            [
                "status",
                "content_type",
                "editor",
                "without_address",
                "question",
                "p",
                "export",
            ]
        ),
        st.text(max_size=12),
        max_size=4,
    )
)
def test_arbitrary_report_parameters_never_break_it(client, editor, params):
    client.force_login(editor)
    response = client.get(reverse("review_report"), params)
    assert response.status_code in {200, 404}


# Marking an item checked --------------------------------------------------


def test_marking_checked_renews_the_date_with_a_log_entry(client, editor, product):
    client.force_login(editor)
    url = reverse("mark_reviewed", args=[product.pk])
    assert client.get(url).status_code == 200
    revisions = product.revisions.count()
    response = client.post(url, {"next": reverse("review_report")})
    assert response.status_code == 302
    assert response["Location"] == reverse("review_report")
    product.refresh_from_db()
    assert product.last_reviewed == TODAY
    assert product.review_due == add_months(TODAY, 12)
    assert product.revisions.count() == revisions
    entry = PageLogEntry.objects.get(page=product, action=REVIEWED_ACTION)
    assert entry.user == editor
    assert "Mogelijk verouderd" not in client.get(product.url).content.decode()


def test_an_older_draft_does_not_take_the_date_back(client, editor, product):
    draft = product.save_revision()
    client.force_login(editor)
    client.post(reverse("mark_reviewed", args=[product.pk]))
    # As a moderator's approval does: the revision as it is in the database.
    Revision.objects.get(pk=draft.pk).publish()
    product.refresh_from_db()
    assert product.last_reviewed == TODAY


def test_marking_checked_goes_nowhere_else(client, editor, product):
    client.force_login(editor)
    response = client.post(
        reverse("mark_reviewed", args=[product.pk]),
        {"next": "https://elders.example/"},
    )
    assert response["Location"] == reverse("review_report")


def test_only_reviewed_types_and_editors_can_be_marked(
    client, editor, member, site_tree, product
):
    client.force_login(editor)
    assert (
        client.post(reverse("mark_reviewed", args=[site_tree.home.pk])).status_code
        == 404
    )
    assert client.post(reverse("mark_reviewed", args=[999999])).status_code == 404
    client.force_login(member)
    client.post(reverse("mark_reviewed", args=[product.pk]))
    product.refresh_from_db()
    assert product.last_reviewed == ago(400)


def test_the_edit_page_offers_marking_checked(client, editor, product):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[product.pk])).content
    assert reverse("mark_reviewed", args=[product.pk]).encode() in html


# Reminders ----------------------------------------------------------------


def remind():
    """send_review_reminders(), with the mails it sends after the commit."""
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        return send_review_reminders()


def test_each_owner_gets_one_digest(due_items):
    sent = remind()
    assert sent == {"mails": 2, "items": 2, "without_address": 1}
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"redacteur@kenniscentrum.example", "data@zwolle.example"}
    text = by_address["redacteur@kenniscentrum.example"].body
    assert "Oudste leidraad" in text
    assert reverse("wagtailadmin_pages:edit", args=[due_items["oldest"].pk]) in text
    assert "Binnenkort te herzien" not in text
    html = by_address["data@zwolle.example"].alternatives[0][0]
    assert "Verlopen praktijkvoorbeeld" in html


def test_a_digest_holds_all_of_an_owners_items(site_tree, editor):
    for n in range(3):
        KnowledgeProductPageFactory(
            parent=site_tree.knowledge,
            title=f"Leidraad {n}",
            review_editor=editor,
            last_reviewed=ago(400 + n),
        )
    assert remind()["mails"] == 1
    assert mail.outbox[0].subject == "3 kennisbankitems om te herzien"
    assert all(f"Leidraad {n}" in mail.outbox[0].body for n in range(3))


def test_no_item_is_reminded_of_twice_in_one_interval(due_items):
    remind()
    mail.outbox.clear()
    assert remind()["mails"] == 0
    assert mail.outbox == []
    with time_machine.travel(timezone.now() + datetime.timedelta(days=7)):
        assert remind()["mails"] == 0


def test_checked_and_due_again_means_a_new_reminder(client, editor, due_items):
    remind()
    client.force_login(editor)
    client.post(reverse("mark_reviewed", args=[due_items["oldest"].pk]))
    assert remind()["mails"] == 0
    with time_machine.travel(timezone.now() + datetime.timedelta(days=400)):
        mail.outbox.clear()
        remind()
        assert any(
            "Oudste leidraad" in message.body
            and message.to == ["redacteur@kenniscentrum.example"]
            for message in mail.outbox
        )
    assert ReviewReminder.objects.filter(page=due_items["oldest"]).count() == 2


def test_unpublished_items_are_not_reminded_of(due_items):
    due_items["oldest"].unpublish()
    remind()
    assert "Oudste leidraad" not in " ".join(message.body for message in mail.outbox)


def test_the_command_reports_what_it_did(due_items):
    out = io.StringIO()
    call_command("send_review_reminders", stdout=out)
    assert "2 herinnering(en) verstuurd over 2 item(s); 1 item(s) zonder" in (
        out.getvalue()
    )


# The dashboard --------------------------------------------------------------


def test_the_dashboard_shows_what_is_due(client, editor, due_items):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Te herzien" in html
    assert "Oudste leidraad" in html
    assert "<strong>3</strong> te herzien" in html
    assert "<strong>1</strong> binnen 30 dagen" in html


def test_the_review_panel_is_not_for_members(client, member, due_items):
    client.force_login(member)
    response = client.get(reverse("wagtailadmin_home"))
    assert b"Oudste leidraad" not in response.content


def test_an_item_whose_editor_left_still_publishes(client, site_tree, editor):
    page = KnowledgeProductPageFactory(
        parent=site_tree.knowledge, content_owner="", review_editor=editor
    )
    editor.is_active = False
    editor.save()
    page.title = "Nieuwe titel"
    page.save_revision().publish()  # as a scheduled or approved publication
    page.refresh_from_db()
    assert page.title == "Nieuwe titel"


def test_a_revision_from_before_the_review_cycle_keeps_the_date(product):
    revision = product.save_revision()
    del revision.content["last_reviewed"]
    revision.save(update_fields=["content"])
    assert product.get_latest_revision_as_object().last_reviewed == ago(400)


def test_marking_checked_also_dates_the_draft(client, editor, product):
    product.title = "Concepttitel"
    product.save_revision(user=editor)
    client.force_login(editor)
    client.post(reverse("mark_reviewed", args=[product.pk]))
    product.refresh_from_db()
    assert product.get_latest_revision_as_object().last_reviewed == TODAY
    # An editor may still correct the date in the form.
    draft = product.get_latest_revision_as_object()
    draft.last_reviewed = ago(3)
    draft.save_revision().publish()
    product.refresh_from_db()
    assert product.last_reviewed == ago(3)


def test_an_action_in_filtered_rows_returns_to_the_report(client, editor, due_items):
    """Filtering reloads the rows from the results URL; an action goes back
    to the report's page with the filters, not to that fragment."""
    client.force_login(editor)
    html = client.get(reverse("review_report_results"), {"status": "alle"}).content
    back = f'name="next" value="{reverse("review_report")}?status=alle"'
    assert back.encode() in html


@pytest.mark.parametrize(
    "days, expected",
    [
        (0, "vandaag"),
        (-1, "over 1 dag"),
        (-12, "over 12 dagen"),
        (1, "1 dag te laat"),
        (44, "44 dagen te laat"),
        (45, "2 maanden te laat"),
        (400, "13 maanden te laat"),
    ],
)
def test_how_late_an_item_is_reads_well(days, expected):
    assert due_state(TODAY - datetime.timedelta(days=days), TODAY) == expected


def test_the_report_and_the_action_refuse_who_may_not_edit(client, newcomer, due_items):
    client.force_login(newcomer)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    response = client.get(reverse("review_report"))
    assert response.status_code in {302, 403}
    assert b"Oudste leidraad" not in response.content
    client.post(reverse("mark_reviewed", args=[due_items["oldest"].pk]))
    due_items["oldest"].refresh_from_db()
    assert due_items["oldest"].last_reviewed == ago(800)
    assert b"Oudste leidraad" not in client.get(reverse("wagtailadmin_home")).content
