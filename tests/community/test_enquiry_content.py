"""From vraagbaak question to content: an answered question becomes a draft
knowledge product or a draft entry on its question page, and nothing of the
asker goes along."""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import ModelLogEntry

from community.enquiry_content import TO_PRODUCT, TO_QUESTION_PAGE
from community.models import Enquiry, EnquiryStatus
from core.editorial import setup_editorial
from knowledge.models import KnowledgeProductPage, KnowledgeType
from tests.factories import QuestionPageFactory, term

pytestmark = pytest.mark.django_db

ASKER = ("Ahmed Jansen", "ahmed@gemeente.example", "Gemeente Voorbeeld")


@pytest.fixture(autouse=True)
def editorial_permissions(db):
    """Every feature's permissions for the Editors and Moderators groups."""
    setup_editorial()


@pytest.fixture
def question(site_tree):
    return QuestionPageFactory(
        parent=site_tree.questions, title="Wat mag juridisch wel en niet?"
    )


@pytest.fixture
def enquiry(question):
    name, email, organisation = ASKER
    return Enquiry.objects.create(
        question="Mogen wij scanautobeelden gebruiken voor bijplaatsingen? "
        "Bel me op 06-12345678.",
        context="Het gaat om afval naast containers.",
        name=name,
        email=email,
        organisation=organisation,
        status=EnquiryStatus.BEANTWOORD,
        answer="Ja, onder voorwaarden: doe eerst een DPIA.\n\n"
        "Vragen? Mail privacy@kenniscentrum.example.",
        related_question=question,
    )


def assert_anonymous(text):
    for value in (*ASKER, "06-12345678", "privacy@kenniscentrum.example"):
        assert value not in text


def edit_url(enquiry):
    return reverse(Enquiry.snippet_viewset.get_url_name("edit"), args=[enquiry.pk])


def test_the_enquiry_offers_both_ways(client, editor, enquiry):
    client.force_login(editor)
    html = client.get(edit_url(enquiry)).content.decode()
    assert reverse("enquiry_to_product", args=[enquiry.pk]) in html
    assert reverse("enquiry_to_question", args=[enquiry.pk]) in html


def test_an_answer_becomes_a_draft_product(client, editor, enquiry, question):
    client.force_login(editor)
    url = reverse("enquiry_to_product", args=[enquiry.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert_anonymous(response.content.decode())
    response = client.post(
        url,
        {
            "title": "Scanautobeelden hergebruiken",
            "knowledge_type": term(KnowledgeType, "handreiking").pk,
        },
    )
    page = KnowledgeProductPage.objects.get(title="Scanautobeelden hergebruiken")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not page.live
    assert list(page.questions.all()) == [question]
    assert page.review_editor == editor
    stored = f"{page.summary} {page.body.raw_data} {page.latest_revision.content}"
    assert "doe eerst een DPIA" in stored
    assert_anonymous(stored)
    entry = ModelLogEntry.objects.get(action=TO_PRODUCT)
    assert entry.object_id == str(enquiry.pk)


def test_a_product_needs_a_title_and_a_type(client, editor, enquiry):
    client.force_login(editor)
    response = client.post(
        reverse("enquiry_to_product", args=[enquiry.pk]),
        {"title": "", "knowledge_type": "x'; DROP"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Geef het kennisproduct een titel." in html
    assert not KnowledgeProductPage.objects.exists()


def test_an_answer_becomes_a_draft_entry_on_its_question(
    client, editor, enquiry, question
):
    live_body = list(question.body.raw_data)
    client.force_login(editor)
    url = reverse("enquiry_to_question", args=[enquiry.pk])
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response["Location"] == reverse(
        "wagtailadmin_pages:edit", args=[question.pk]
    )
    question.refresh_from_db()
    assert list(question.body.raw_data) == live_body  # the live page as it was
    draft = question.get_latest_revision_as_object()
    added = list(draft.body.raw_data)[len(live_body) :]
    assert [block["type"] for block in added] == ["heading", "paragraph"]
    assert added[0]["value"]["text"].startswith("Mogen wij scanautobeelden")
    assert "doe eerst een DPIA" in added[1]["value"]
    assert_anonymous(str(added))
    assert ModelLogEntry.objects.filter(action=TO_QUESTION_PAGE).exists()


def test_an_unanswered_question_goes_nowhere(client, editor, enquiry):
    enquiry.answer = ""
    enquiry.status = EnquiryStatus.IN_BEHANDELING
    enquiry.save()
    client.force_login(editor)
    for name in ("enquiry_to_product", "enquiry_to_question"):
        response = client.post(reverse(name, args=[enquiry.pk]), follow=True)
        assert "Beantwoord de vraag eerst." in response.content.decode()
    assert not KnowledgeProductPage.objects.exists()


def test_without_a_question_page_there_is_nothing_to_add_to(client, editor, enquiry):
    enquiry.related_question = None
    enquiry.save()
    client.force_login(editor)
    response = client.post(
        reverse("enquiry_to_question", args=[enquiry.pk]), follow=True
    )
    assert "Kies eerst de bijbehorende vraag op de website." in (
        response.content.decode()
    )


def test_who_may_not_change_questions_cannot_turn_them_into_content(
    client, newcomer, enquiry
):
    client.force_login(newcomer)
    for name in ("enquiry_to_product", "enquiry_to_question"):
        response = client.post(reverse(name, args=[enquiry.pk]))
        assert response.status_code in {302, 403}
        assert response.get("Location", "") != edit_url(enquiry)
    assert not KnowledgeProductPage.objects.exists()
    question = enquiry.related_question
    question.refresh_from_db()
    assert not question.has_unpublished_changes


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(title=st.text(max_size=300), knowledge_type=st.text(max_size=20))
def test_arbitrary_product_input_never_breaks(
    client, editor, enquiry, title, knowledge_type
):
    client.force_login(editor)
    response = client.post(
        reverse("enquiry_to_product", args=[enquiry.pk]),
        {"title": title, "knowledge_type": knowledge_type},
    )
    assert response.status_code in {302, 400}
