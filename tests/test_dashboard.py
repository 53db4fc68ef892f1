"""The editors' dashboard: each feature's panel says what waits, with counts
and links, at a number of queries that does not grow with what there is."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from community.models import Enquiry
from community.models.enquiries import EnquiryStatus, answer_date, last_late_day
from core.drafts import add_for_review
from core.editorial import setup_editorial
from newsletter.models import CONSENT_VERSION, Subscriber, UnsubscribeCount
from tests.factories import (
    KnowledgeProductPageFactory,
    NewsletterIndexPageFactory,
    NewsletterIssuePageFactory,
    OrganisationFactory,
    TrainingPageFactory,
)
from trainings.models import TrainingPage

pytestmark = pytest.mark.django_db


def add_work(site_tree, editor, moderator, n, start=0):
    """n of everything the panels count (numbered from `start`)."""
    setup_editorial()
    today = timezone.localdate()
    for i in range(start, start + n):
        due = KnowledgeProductPageFactory(
            parent=site_tree.knowledge,
            title=f"Verlopen leidraad {i}",
            last_reviewed=today - datetime.timedelta(days=400 + i),
        )
        # A draft of the editor's own, and one sent back to them.
        due.title = f"Concept {i}"
        due.save_revision(user=editor)
        rejected = KnowledgeProductPageFactory(
            parent=site_tree.knowledge, title=f"Afgewezen {i}"
        )
        revision = rejected.save_revision(user=editor)
        state = rejected.get_workflow().start(rejected, editor)
        state.current_task_state.reject(user=moderator)
        assert revision
        # A training proposed through the public form.
        proposal = TrainingPageFactory.build(
            title=f"Voorstel {i}", slug=f"voorstel-{i}", provider=OrganisationFactory()
        )
        add_for_review(site_tree.trainings, proposal)
        Enquiry.objects.create(
            question=f"Vraag {i} over datadelen",
            email=f"vraag{i}@gemeente.example",
            status=EnquiryStatus.NIEUW if i % 2 else EnquiryStatus.IN_BEHANDELING,
            created_at=timezone.now() - datetime.timedelta(days=20 + i),
        )
        Subscriber.objects.create(
            email=f"abonnee{i}@gemeente.example",
            status=Subscriber.Status.ACTIVE,
            consent_version=CONSENT_VERSION,
            consent_form="pagina",
            confirmed_at=timezone.now(),
        )


@pytest.fixture
def newsletter(site_tree):
    index = NewsletterIndexPageFactory(parent=site_tree.home)
    return NewsletterIssuePageFactory(
        parent=index, slug="januari-2027", title="Data-nieuwsbrief januari 2027"
    )


def dashboard(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_each_panel_says_what_waits(client, site_tree, editor, moderator, newsletter):
    add_work(site_tree, editor, moderator, 2)
    UnsubscribeCount.objects.create(day=timezone.localdate(), count=3)
    client.force_login(editor)
    html = dashboard(client)
    # My work
    assert "Mijn concepten en afgewezen pagina&#x27;s" in html
    assert "<strong>2</strong> afgewezen" in html
    assert "<strong>2</strong> concepten" in html
    assert "Afgewezen 0" in html
    # Review cycle
    assert "<strong>2</strong> te herzien" in html
    # Proposals from the site
    assert "Ingestuurd via de site, wacht op de redactie" in html
    trainings = TrainingPage._meta.verbose_name_plural
    assert f"<strong>2</strong> {trainings[0].upper()}{trainings[1:]}" in html
    assert "Voorstel 0" in html
    # Vraagbaak
    assert "<strong>1</strong> nieuw" in html
    assert "<strong>1</strong> in behandeling" in html
    assert "<strong>2</strong> over de antwoordtermijn" in html
    # Newsletter
    assert "Volgende editie: Data-nieuwsbrief januari 2027" in html
    assert "gepubliceerd, nog niet verstuurd" in html
    assert "<strong>2</strong> bevestigde abonnees" in html
    assert "<strong>3</strong> afmeldingen (30 dagen)" in html


def test_the_dashboard_costs_the_same_for_many_items(
    client, site_tree, editor, moderator, newsletter, django_assert_max_num_queries
):
    add_work(site_tree, editor, moderator, 2)
    client.force_login(editor)
    dashboard(client)  # Wagtail's per-process lookups
    with django_assert_max_num_queries(200) as few:
        dashboard(client)
    add_work(site_tree, editor, moderator, 12, start=2)
    with django_assert_max_num_queries(len(few.captured_queries)):
        dashboard(client)


def test_who_may_not_edit_sees_no_editorial_panels(
    client, site_tree, newcomer, editor, moderator
):
    add_work(site_tree, editor, moderator, 1)
    client.force_login(newcomer)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    for heading in (
        "Wacht op mijn beoordeling",
        "Mijn concepten",
        "Te herzien",
        "Vraagbaak: open vragen",
        "Ingestuurd via de site",
        "Data-nieuwsbrief",
        "Feedback: niet geholpen",
        "Zoekopdrachten zonder resultaat",
    ):
        assert heading not in html
    assert "Vraag 1 over datadelen" not in html


def test_unsubscribing_is_counted_once_and_keeps_nothing(db):
    subscriber = Subscriber.objects.create(
        email="weg@gemeente.example",
        status=Subscriber.Status.ACTIVE,
        consent_version=CONSENT_VERSION,
        consent_form="pagina",
    )
    assert UnsubscribeCount.erase(subscriber.pk)
    assert not UnsubscribeCount.erase(subscriber.pk)
    assert not Subscriber.objects.exists()
    assert UnsubscribeCount.objects.get(day=timezone.localdate()).count == 1


def test_a_moderators_dashboard_costs_the_same_for_many_items(
    client, site_tree, editor, moderator, newsletter, django_assert_max_num_queries
):
    add_work(site_tree, editor, moderator, 2)
    client.force_login(moderator)
    dashboard(client)
    with django_assert_max_num_queries(200) as few:
        dashboard(client)
    add_work(site_tree, editor, moderator, 12, start=2)
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = dashboard(client)
    assert "Voorstel 13" in html or "Voorstel 0" in html


def test_a_moderator_sees_what_waits_for_their_review(
    client, site_tree, editor, moderator
):
    setup_editorial()
    page = KnowledgeProductPageFactory(parent=site_tree.knowledge, title="Ter review")
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    client.force_login(moderator)
    html = dashboard(client)
    assert "Wacht op mijn beoordeling" in html
    assert "<strong>1</strong> te beoordelen" in html
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    client.force_login(editor)
    assert "Wacht op mijn beoordeling" not in dashboard(client)


@pytest.mark.parametrize("days", range(0, 14))
def test_late_means_past_the_promised_answer_date(days):
    today = datetime.date(2026, 12, 7) + datetime.timedelta(days=days)
    last = last_late_day(today)
    assert answer_date(last) < today
    assert answer_date(last + datetime.timedelta(days=1)) >= today


def test_a_page_sent_back_is_no_draft_as_well(client, site_tree, editor, moderator):
    setup_editorial()
    for i in range(7):
        page = KnowledgeProductPageFactory(
            parent=site_tree.knowledge, title=f"Teruggestuurd {i}"
        )
        page.save_revision(user=editor)
        page.get_workflow().start(page, editor).current_task_state.reject(
            user=moderator
        )
    client.force_login(editor)
    html = dashboard(client)
    assert "<strong>7</strong> afgewezen" in html
    assert "<strong>0</strong> concepten" in html
