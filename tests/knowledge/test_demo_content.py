"""The demo loader builds a complete site, and a second run duplicates nothing."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Page, Site, WorkflowPage

from knowledge.demo import cases, products, questions
from knowledge.models import (
    KnowledgeIndexPage,
    KnowledgeProductPage,
    KnowledgeType,
    Organisation,
    PracticeCaseIndexPage,
    PracticeCasePage,
    QuestionPage,
    StandardPage,
)
from trainings import demo as training_demo
from trainings.models import SOON, TrainingIndexPage, TrainingPage, TrainingRun

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "organisations": Organisation.objects.count(),
        "users": get_user_model().objects.count(),
        "sites": Site.objects.count(),
        "workflow_pages": WorkflowPage.objects.count(),
    }


def check_complete():
    assert QuestionPage.objects.live().count() == 9
    assert KnowledgeProductPage.objects.live().count() >= 24
    assert PracticeCasePage.objects.live().count() >= 8
    assert set(StandardPage.objects.values_list("slug", flat=True)) >= {
        "over",
        "toegankelijkheid",
        "privacy",
    }
    # Every product and case answers at least one question; every question
    # has a written short answer and at least three linked products.
    for model in (KnowledgeProductPage, PracticeCasePage):
        assert not model.objects.filter(questions=None).exists()
    for question in QuestionPage.objects.all():
        assert len(question.short_answer) > 40
        assert KnowledgeProductPage.objects.filter(questions=question).count() >= 3
    # Spread over the taxonomy.
    used_types = set(
        KnowledgeProductPage.objects.values_list("knowledge_type", flat=True)
    )
    assert used_types == set(KnowledgeType.objects.values_list("pk", flat=True))
    assert set(PracticeCasePage.objects.values_list("phase", flat=True)) == {
        "verkenning",
        "pilot",
        "productie",
    }
    assert KnowledgeProductPage.objects.exclude(external_url="").exists()
    for model in (KnowledgeIndexPage, PracticeCaseIndexPage, TrainingIndexPage):
        assert model.objects.get().get_workflow().name == "Redactie"
    check_trainings()


def check_trainings():
    """At least 12 trainings from varied providers, with runs before and after
    today; the catalogue shows the current ones."""
    trainings = TrainingPage.objects.live()
    assert trainings.count() >= 12
    assert trainings.values("provider").distinct().count() >= 6
    today = timezone.localdate()
    runs = TrainingRun.objects.all()
    assert runs.filter(start__lt=today).exists()
    assert runs.filter(start__gt=today).exists()
    assert runs.filter(start__gt=today, start__lte=today + SOON).exists()
    current = trainings.current()
    assert 0 < current.count() < trainings.count()  # one has only past runs
    assert set(trainings.values_list("cost", flat=True)) == {
        "gratis",
        "gratis-certificaat",
        "betaald",
    }


def check_served(client):
    site = Site.objects.get(is_default_site=True)
    for page in site.root_page.get_descendants(inclusive=True).live().specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    assert client.get("/vragen/hoe-start-ik-een-dataproject/").status_code == 200
    for query in ("dataprojecten", "juridische", "camerabeelden", "datakoers"):
        response = client.get("/zoeken/", {"q": query})
        assert response.context["total"] > 0, query


def test_demo_loader_builds_a_complete_site_and_is_idempotent(settings, client):
    # One test, because loading the demo takes seconds: first without demo
    # accounts (as outside development), then again with them.
    settings.IBDS_DEMO_ACCOUNTS = False
    call_command("load_demo_content", "--force", stdout=None)
    assert not get_user_model().objects.exists()
    check_complete()
    check_served(client)

    before = snapshot()
    settings.IBDS_DEMO_ACCOUNTS = True
    call_command("load_demo_content", "--force", stdout=None)
    after = snapshot()
    assert after.pop("users") == 3
    before.pop("users")
    assert after == before  # nothing duplicated

    editor = get_user_model().objects.get(username="redacteur")
    assert editor.check_password("kenniscentrum-demo")
    assert editor.groups.filter(name="Editors").exists()
    assert not editor.is_superuser

    call_command("load_demo_content", "--force", stdout=None)
    assert snapshot() == {**before, "users": 3}

    # A day later the loader moves the demo runs along with today.
    first = sorted(TrainingRun.objects.values_list("start", flat=True))
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1)):
        call_command("load_demo_content", "--force", stdout=None)
    later = sorted(TrainingRun.objects.values_list("start", flat=True))
    assert later == [day + datetime.timedelta(days=1) for day in first]


def test_demo_data_references_resolve():
    question_slugs = {q["slug"] for q in questions.QUESTIONS}
    product_slugs = {p["slug"] for p in products.PRODUCTS}
    for item in [*products.PRODUCTS, *cases.CASES]:
        assert set(item["questions"]) <= question_slugs, item["slug"]
    for case in cases.CASES:
        assert set(case["products_used"]) <= product_slugs, case["slug"]
    for training in training_demo.TRAININGS:
        assert set(training["questions"]) <= question_slugs, training["slug"]


def test_demo_loader_refuses_outside_development(settings, db):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="democontent"):
        call_command("load_demo_content", stdout=None)
    assert not KnowledgeProductPage.objects.exists()
