"""Composing and sending an issue: the mail itself, the personal block, one
delivery per subscriber that survives crashes and SMTP failures without
losing or doubling a mail, and the admin's test mail, send and report."""

import datetime
import re
from collections import Counter

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client, override_settings
from django.utils import timezone

from core.editorial import MODERATORS
from newsletter import sending
from newsletter.editorial import ensure_newsletter_permissions
from newsletter.models import CONSENT_VERSION, Delivery, Sending, Subscriber
from tests.factories import (
    KnowledgeProductPageFactory,
    NewsletterIndexPageFactory,
    NewsletterIssuePageFactory,
    QuestionPageFactory,
    section,
)
from tests.newsletter.backends import Crash, FailingBackend, refused

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clear_cache")]
FAILING = "tests.newsletter.backends.FailingBackend"


def subscribe(email, status="actief", questions=()):
    subscriber = Subscriber.objects.create(
        email=email,
        status=status,
        consent_version=CONSENT_VERSION,
        consent_form="pagina",
    )
    subscriber.questions.set(questions)
    return subscriber


@pytest.fixture
def issue(site_tree):
    index = NewsletterIndexPageFactory(parent=site_tree.home)
    NewsletterIssuePageFactory(
        parent=index,
        slug="vorige",
        issue_date=timezone.localdate() - datetime.timedelta(days=30),
    )
    return NewsletterIssuePageFactory(
        parent=index,
        slug="deze-maand",
        title="Data-nieuwsbrief december",
        sections=[
            section("nationaal", "Nieuwe handreiking <datadelen>"),
            section("agenda", "Congres datagedreven overheid"),
        ],
    )


@pytest.fixture
def products(site_tree, issue):
    """A product from before the previous issue and two new ones."""
    question = QuestionPageFactory(parent=site_tree.questions, title="Hoe deel ik?")
    old = KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Oude leidraad", questions=[question]
    )
    new = KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Nieuwe leidraad", questions=[question]
    )
    other = KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Andere toolbox"
    )
    from knowledge.models import KnowledgeProductPage

    KnowledgeProductPage.objects.filter(pk=old.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(days=40)
    )
    return {"question": question, "new": new, "other": other}


def send_now(issue):
    run = Sending.objects.create(issue=issue)
    return run, sending.deliver(run.pk)


def by_recipient():
    return Counter(message.to[0] for message in mail.outbox)


def test_the_mail_for_each_subscriber(issue, products):
    fan = subscribe("fan@gemeente.example", questions=[products["question"]])
    subscribe("ander@gemeente.example")
    subscribe("wacht@gemeente.example", status="wacht")
    subscribe("pauze@gemeente.example", status="gepauzeerd")
    run, again = send_now(issue)
    assert again is None
    assert by_recipient() == {"fan@gemeente.example": 1, "ander@gemeente.example": 1}
    run.refresh_from_db()
    assert run.started_at and run.finished_at

    message = next(m for m in mail.outbox if m.to == [fan.email])
    html = message.alternatives[0][0]
    assert message.subject == "Data-nieuwsbrief december"
    # Sections, escaped; new products since the previous issue, not older.
    assert "Nieuwe handreiking &lt;datadelen&gt;" in html
    assert "Nieuw in de kennisbank" in html and "Andere toolbox" in html
    assert "Oude leidraad" not in html
    # The personal block, for this subscriber's question only.
    assert "Nieuw bij jouw vragen" in html
    personal = html.split("Nieuw bij jouw vragen")[1].split("</table>")[0]
    assert "Nieuwe leidraad" in personal and "Andere toolbox" not in personal
    other = next(m for m in mail.outbox if m.to == ["ander@gemeente.example"])
    assert "Nieuw bij jouw vragen" not in other.alternatives[0][0]
    # Mail-client HTML: tables, inline styles, nothing fetched from elsewhere.
    assert '<table role="presentation"' in html and "<style" not in html
    assert "<img" not in html and "<script" not in html
    assert 'lang="nl"' in html
    # Plain text too, with the same content.
    assert "NIEUW BIJ JOUW VRAGEN" in message.body
    assert "Nieuwe handreiking <datadelen>" in message.body
    # RFC 8058 one-click unsubscribe, and the same link in the footer.
    header = message.extra_headers["List-Unsubscribe"]
    link = re.fullmatch(r"<(http://testserver/nieuwsbrief/afmelden/\S+/)>", header)
    assert link and link.group(1) in html and link.group(1) in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )
    response = Client().post(link.group(1).removeprefix("http://testserver"))
    assert response.status_code == 200
    assert not Subscriber.objects.filter(pk=fan.pk).exists()


def test_sending_twice_sends_nothing_twice(issue):
    for number in range(5):
        subscribe(f"lid{number}@gemeente.example")
    run, _ = send_now(issue)
    sending.deliver(run.pk)
    sending.deliver(run.pk)
    assert len(mail.outbox) == 5
    assert Delivery.objects.filter(status="verstuurd").count() == 5


@override_settings(EMAIL_BACKEND=FAILING)
def test_a_crash_mid_send_resumes_without_loss_or_doubles(issue, monkeypatch):
    monkeypatch.setattr(sending, "BATCH_SIZE", 4)
    for number in range(10):
        subscribe(f"lid{number}@gemeente.example")
    FailingBackend.sent, FailingBackend.plan = 0, {6: Crash()}
    run = Sending.objects.create(issue=issue)
    with pytest.raises(Crash):
        sending.deliver(run.pk)
    assert len(mail.outbox) == 5
    # The worker is restarted: all goes out but the one mail in doubt ...
    sending.deliver(run.pk)
    assert Delivery.objects.filter(status="bezig").count() == 1
    assert len(mail.outbox) == 9
    # ... which goes out once its claim has expired.
    later = timezone.now() + sending.CLAIM_TIMEOUT + datetime.timedelta(minutes=1)
    with time_machine.travel(later):
        assert sending.deliver(run.pk) is None
    assert by_recipient() == {f"lid{n}@gemeente.example": 1 for n in range(10)}


@override_settings(EMAIL_BACKEND=FAILING)
def test_smtp_failures_are_retried_with_backoff(issue):
    import smtplib

    for number in range(6):
        subscribe(f"lid{number}@gemeente.example")
    FailingBackend.sent = 0
    FailingBackend.plan = {
        2: smtplib.SMTPServerDisconnected("verbinding verbroken"),
        4: refused(),
    }
    run = Sending.objects.create(issue=issue)
    again = sending.deliver(run.pk)
    # The connection dropped at the 2nd mail: the run stops, all else waits.
    assert len(mail.outbox) == 1
    assert again == Delivery.objects.get(attempts=1, status="wacht").next_attempt_at
    assert again > timezone.now()
    assert "SMTPServerDisconnected" in (
        Delivery.objects.get(attempts=1, status="wacht").error
    )
    assert Delivery.objects.filter(status="wacht").count() == 5
    runs = 1
    while again is not None:
        with time_machine.travel(again + datetime.timedelta(seconds=1)):
            again = sending.deliver(run.pk)
        runs += 1
    assert runs == 3  # the refused address was tried again after a minute
    assert by_recipient() == {f"lid{n}@gemeente.example": 1 for n in range(6)}
    run.refresh_from_db()
    assert run.finished_at is not None


@override_settings(EMAIL_BACKEND=FAILING)
def test_an_address_that_keeps_failing_is_reported(issue, admin_client):
    subscribe("weg@gemeente.example")
    run = Sending.objects.create(issue=issue)
    FailingBackend.sent = 0
    FailingBackend.plan = {n: refused() for n in range(1, sending.MAX_ATTEMPTS + 1)}
    moment = timezone.now()
    for _ in range(sending.MAX_ATTEMPTS):
        with time_machine.travel(moment):
            again = sending.deliver(run.pk)
        moment = (again or moment) + datetime.timedelta(seconds=1)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("mislukt", sending.MAX_ATTEMPTS)
    assert not mail.outbox
    html = admin_client.get(f"/admin/nieuwsbrief/{issue.pk}/").content.decode()
    assert "weg@gemeente.example" in html and "SMTPRecipientsRefused" in html


def test_a_scheduled_send_waits_for_its_moment(issue):
    subscribe("lid@gemeente.example")
    later = timezone.now() + datetime.timedelta(days=2)
    run = Sending.objects.create(issue=issue, scheduled_for=later)
    assert sending.deliver(run.pk) == later
    assert not mail.outbox
    with time_machine.travel(later + datetime.timedelta(minutes=1)):
        assert sending.deliver(run.pk) is None
    assert len(mail.outbox) == 1


def test_memory_of_a_send_does_not_hold_every_subscriber(issue, monkeypatch):
    """Batches are read by id: a send never loads more than one batch."""
    monkeypatch.setattr(sending, "BATCH_SIZE", 3)
    for number in range(10):
        subscribe(f"lid{number}@gemeente.example")
    sizes = []
    original = sending.claim_batch

    def spy(*args):
        batch = original(*args)
        sizes.append(len(batch))
        return batch

    monkeypatch.setattr(sending, "claim_batch", spy)
    send_now(issue)
    assert sizes == [3, 3, 3, 1, 0]


@pytest.fixture
def moderator(django_user_model):
    ensure_newsletter_permissions()
    user = django_user_model.objects.create_user(
        "eindredacteur", email="eind@kenniscentrum.example", password="x"
    )
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


def test_editors_test_send_and_moderators_send_once(
    issue, moderator, django_user_model, django_capture_on_commit_callbacks
):
    subscribe("lid@gemeente.example")
    from core.editorial import EDITORS

    editor = django_user_model.objects.create_user(
        "redacteur", email="red@kenniscentrum.example", password="x"
    )
    editor.groups.add(Group.objects.get(name=EDITORS))
    editing = Client()
    editing.force_login(editor)
    page = editing.get(f"/admin/nieuwsbrief/{issue.pk}/")
    assert page.status_code == 200
    assert "Alleen eindredacteuren" in page.content.decode()
    editing.post(f"/admin/nieuwsbrief/{issue.pk}/testmail/")
    [test] = mail.outbox
    assert test.to == ["red@kenniscentrum.example"]
    assert test.subject == "[TEST] Data-nieuwsbrief december"
    refused_send = editing.post(f"/admin/nieuwsbrief/{issue.pk}/versturen/")
    # Wagtail answers a refused admin action with a redirect and a message.
    assert (refused_send.status_code, refused_send["Location"]) == (302, "/admin/")
    assert not Sending.objects.exists()

    sending_client = Client()
    sending_client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        sending_client.post(f"/admin/nieuwsbrief/{issue.pk}/versturen/", {"when": "nu"})
        sending_client.post(f"/admin/nieuwsbrief/{issue.pk}/versturen/", {"when": "nu"})
    assert Sending.objects.count() == 1
    assert by_recipient()["lid@gemeente.example"] == 1
    report = sending_client.get(f"/admin/nieuwsbrief/{issue.pk}/").content.decode()
    assert "Verstuurd; klaar op" in report


def test_a_schedule_in_the_past_is_refused(issue, moderator):
    client = Client()
    client.force_login(moderator)
    response = client.post(
        f"/admin/nieuwsbrief/{issue.pk}/versturen/",
        {"when": "gepland", "scheduled_for": "2020-01-01T09:00"},
    )
    assert response.status_code == 400
    assert "Kies een moment in de toekomst." in response.content.decode()
    assert not Sending.objects.exists()


def test_the_admin_previews_the_email(issue, products, rf, admin_user):
    request = rf.get("/")
    request.user = admin_user
    html = issue.serve_preview(request, "email").content.decode()
    assert "Nieuw bij jouw vragen" in html and "Nieuwe leidraad" in html
    text = issue.serve_preview(request, "tekst")
    assert text["Content-Type"] == "text/plain; charset=utf-8"
    assert "NIEUW BIJ JOUW VRAGEN" in text.content.decode()
    assert issue.preview_modes[0][0] == ""  # the web page stays the default


class UnreachableBackend(FailingBackend):
    def open(self):
        import smtplib

        raise smtplib.SMTPAuthenticationError(535, b"authentication failed")


@override_settings(EMAIL_BACKEND="tests.newsletter.test_sending.UnreachableBackend")
def test_a_mail_server_refusing_us_leaves_nothing_stuck(issue):
    subscribe("lid@gemeente.example")
    run = Sending.objects.create(issue=issue)
    again = sending.deliver(run.pk)
    assert again is not None and again > timezone.now()
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("wacht", 0)
    assert not mail.outbox


def test_the_task_survives_an_unexpected_error(issue, monkeypatch, caplog):
    from newsletter import tasks

    def broken(sending_id):
        raise RuntimeError("database gone")

    again = []
    monkeypatch.setattr(tasks, "deliver", broken)
    monkeypatch.setattr(tasks, "_again", lambda pk, when: again.append((pk, when)))
    run = Sending.objects.create(issue=issue)
    before = timezone.now()
    with caplog.at_level("ERROR", logger="newsletter.tasks"):
        tasks.send_issue.call(run.pk)  # never raises
    # It says why, and queues itself again about a minute later.
    assert any(
        "failed" in r.getMessage()
        and r.exc_info
        and "database gone" in str(r.exc_info[1])
        for r in caplog.records
    )
    assert len(again) == 1 and again[0][0] == run.pk
    assert before < again[0][1] <= timezone.now() + datetime.timedelta(minutes=5)


def test_an_unpublished_edition_is_not_sent(issue):
    subscribe("lid@gemeente.example")
    run = Sending.objects.create(issue=issue)
    issue.unpublish()
    assert sending.deliver(run.pk) is None
    assert not mail.outbox
    run.refresh_from_db()
    assert run.cancelled_at is not None and run.finished_at is not None


def test_a_send_can_be_stopped(issue, moderator):
    subscribe("lid@gemeente.example")
    later = timezone.now() + datetime.timedelta(days=1)
    run = Sending.objects.create(issue=issue, scheduled_for=later)
    client = Client()
    client.force_login(moderator)
    client.post(f"/admin/nieuwsbrief/{issue.pk}/stoppen/")
    with time_machine.travel(later + datetime.timedelta(minutes=1)):
        assert sending.deliver(run.pk) is None
    assert not mail.outbox
    html = client.get(f"/admin/nieuwsbrief/{issue.pk}/").content.decode()
    assert "Gestopt op" in html


def test_who_leaves_or_pauses_mid_send_gets_nothing(issue, monkeypatch):
    leaving = subscribe("weg@gemeente.example")
    pausing = subscribe("pauze@gemeente.example")
    subscribe("blijft@gemeente.example")
    original = sending.claim_batch

    def claim_then_change(*args):
        batch = original(*args)
        if batch:
            Subscriber.objects.filter(pk=leaving.pk).delete()
            Subscriber.objects.filter(pk=pausing.pk).update(status="gepauzeerd")
        return batch

    monkeypatch.setattr(sending, "claim_batch", claim_then_change)
    send_now(issue)
    assert by_recipient() == {"blijft@gemeente.example": 1}


def test_resume_command_restarts_unfinished_sends(issue):
    from django.core.management import call_command

    subscribe("lid@gemeente.example")
    Sending.objects.create(issue=issue)
    call_command("resume_newsletter_sends")
    assert by_recipient() == {"lid@gemeente.example": 1}


@override_settings(EMAIL_BACKEND=FAILING)
def test_editors_see_counts_but_no_addresses(issue, django_user_model):
    from core.editorial import EDITORS

    ensure_newsletter_permissions()
    subscribe("geheim@gemeente.example")
    FailingBackend.sent = 0
    FailingBackend.plan = {n: refused() for n in range(1, 2)}
    run = Sending.objects.create(issue=issue)
    sending.deliver(run.pk)
    Delivery.objects.update(status="mislukt")
    editor = django_user_model.objects.create_user("redacteur", password="x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client = Client()
    client.force_login(editor)
    html = client.get(f"/admin/nieuwsbrief/{issue.pk}/").content.decode()
    assert "Mislukt" in html
    assert "geheim@gemeente.example" not in html


def test_nobody_adds_or_edits_subscribers_in_the_admin(admin_client):
    subscriber = subscribe("lid@gemeente.example")
    assert str(subscriber) == f"Abonnee {subscriber.pk}"
    add = admin_client.get("/admin/snippets/newsletter/subscriber/add/")
    assert add.status_code in (302, 403)
    edit = admin_client.get(
        f"/admin/snippets/newsletter/subscriber/edit/{subscriber.pk}/"
    )
    assert edit.status_code in (302, 403)
    listing = admin_client.get("/admin/snippets/newsletter/subscriber/")
    assert listing.status_code == 200
    assert "lid@gemeente.example" in listing.content.decode()
