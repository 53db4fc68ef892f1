"""`manage.py purge_feedback`: answers and their comments go after twelve
months (RETENTION_DAYS), the rest stays."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from feedback.models import RETENTION_DAYS, Feedback
from tests.factories import QuestionPageFactory

pytestmark = pytest.mark.django_db


def test_answers_older_than_twelve_months_are_deleted(site_tree, capsys):
    page = QuestionPageFactory(parent=site_tree.questions)
    now = timezone.now()
    old = Feedback.objects.create(
        page=page,
        helped=False,
        comment="Een oude opmerking",
        created_at=now - timedelta(days=RETENTION_DAYS, hours=1),
    )
    old_yes = Feedback.objects.create(
        page=page, helped=True, created_at=now - timedelta(days=400)
    )
    kept = Feedback.objects.create(
        page=page,
        helped=False,
        comment="Nog net",
        created_at=now - timedelta(days=RETENTION_DAYS - 1),
    )
    new = Feedback.objects.create(page=page, helped=True)
    call_command("purge_feedback")
    assert set(Feedback.objects.values_list("pk", flat=True)) == {kept.pk, new.pk}
    assert not Feedback.objects.filter(pk__in=[old.pk, old_yes.pk]).exists()
    assert "2 antwoorden" in capsys.readouterr().out
    # Run again (the next day's run): nothing more to do.
    call_command("purge_feedback")
    assert Feedback.objects.count() == 2


def test_a_year_later_todays_answers_go(site_tree, time_machine):
    time_machine.move_to("2026-03-01 10:00")
    page = QuestionPageFactory(parent=site_tree.questions)
    Feedback.objects.create(page=page, helped=False, comment="Meer voorbeelden")
    time_machine.move_to("2027-02-28 10:00")
    call_command("purge_feedback")
    assert Feedback.objects.count() == 1
    time_machine.move_to("2027-03-02 10:00")
    call_command("purge_feedback")
    assert Feedback.objects.count() == 0


def test_a_deleted_page_takes_its_answers(site_tree):
    page = QuestionPageFactory(parent=site_tree.questions)
    Feedback.objects.create(page=page, helped=True)
    page.delete()
    assert not Feedback.objects.exists()


def test_the_demo_answers_are_made_once(sample_pages):
    from devtools.demo.feedback import ensure_feedback

    Feedback.objects.all().delete()
    made = ensure_feedback()
    assert made == Feedback.objects.count() > 20
    assert Feedback.objects.exclude(comment="").filter(handled_at__isnull=False).count()
    assert set(
        Feedback.objects.values_list("page__content_type__model", flat=True)
    ) >= {"questionpage", "knowledgeproductpage", "trainingpage", "decisionaidpage"}
    # Within the last five weeks, so the reports' 30 days show them.
    assert not Feedback.objects.filter(
        created_at__lt=timezone.now() - timedelta(days=36)
    ).exists()
    assert ensure_feedback() == 0
    assert Feedback.objects.count() == made
