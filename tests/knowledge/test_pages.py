"""Every page type renders through its real URL and shows what it must."""

import datetime
import re

import pytest
from django.utils import timezone

from knowledge.models import (
    GovernmentLayer,
    KnowledgeType,
    Perspective,
    QuestionRelation,
)
from tests.factories import (
    KnowledgeProductPageFactory,
    PracticeCasePageFactory,
    QuestionPageFactory,
    StandardPageFactory,
    term,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def question(site_tree):
    return QuestionPageFactory(
        parent=site_tree.questions,
        title="Hoe start ik een dataproject?",
        summary="Van idee naar eerste resultaat.",
        short_answer="Begin met één concrete vraag en de mensen die de data kennen.",
        body=[{"type": "paragraph", "value": "<p>Een dataproject begint klein.</p>"}],
        steps=[
            {"type": "step", "value": {"title": "Kies de vraag", "text": "<p>a</p>"}},
            {"type": "step", "value": {"title": "Zoek de data", "text": "<p>b</p>"}},
        ],
    )


def test_home_page_shows_questions_and_newest_items(client, site_tree, question):
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Leidraad datastart", questions=[question]
    )
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hoe start ik een dataproject?" in html
    assert "Leidraad datastart" in html
    assert "1 kennisproduct of voorbeeld" in html
    assert html.count("<h1") == 1


def test_question_index_lists_questions(client, site_tree, question):
    response = client.get("/vragen/")
    assert response.status_code == 200
    assert "Hoe start ik een dataproject?" in response.content.decode()


def test_question_page_groups_linked_items_by_type(client, site_tree, question):
    handreiking = term(KnowledgeType, "handreiking")
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Leidraad A", questions=[question]
    )
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Leidraad B", questions=[question]
    )
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Handreiking C",
        knowledge_type=handreiking,
        questions=[question],
    )
    PracticeCasePageFactory(
        parent=site_tree.cases, title="Voorbeeld D", questions=[question]
    )
    # Linked to another question only: must not show up.
    other = QuestionPageFactory(parent=site_tree.questions, title="Andere vraag?")
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Niet hier", questions=[other]
    )

    response = client.get(question.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Begin met één concrete vraag" in html
    assert "Een dataproject begint klein." in html
    assert '<ol class="steps__list">' in html
    assert html.index("Kies de vraag") < html.index("Zoek de data")
    assert 'Leidraden <span class="count">(2)</span>' in html
    assert 'Handreikingen <span class="count">(1)</span>' in html
    assert 'Praktijkvoorbeelden <span class="count">(1)</span>' in html
    assert "Niet hier" not in html
    assert "Staat je vraag er niet tussen?" in html
    assert html.index("Leidraden <span") < html.index("Handreikingen <span")


def test_question_page_shows_at_most_three_related_questions(
    client, site_tree, question
):
    for number in range(5):
        QuestionPageFactory(parent=site_tree.questions, title=f"Vraag {number}?")
    response = client.get(question.url)
    assert len(response.context["related_questions"]) == 3


def test_question_page_prefers_the_editors_related_questions(site_tree, question):
    chosen = QuestionPageFactory(parent=site_tree.questions, title="Gekozen?")
    QuestionPageFactory(parent=site_tree.questions, title="Niet gekozen?")
    QuestionRelation.objects.create(page=question, question=chosen, sort_order=0)
    assert question.related_questions() == [chosen]


def test_product_page_shows_owner_review_date_and_taxonomy(client, site_tree, question):
    product = KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Leidraad camerabeelden",
        questions=[question],
        government_layers=[term(GovernmentLayer, "gemeente")],
        perspectives=[term(Perspective, "juridisch")],
        tags=["camera's", "AVG"],
        content_owner="Team Juridisch advies",
        last_reviewed=datetime.date(2025, 9, 14),
    )
    response = client.get(product.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Team Juridisch advies" in html
    assert "14 september 2025" in html
    assert "Gemeente" in html and "Juridisch" in html
    assert "?thema=avg" in html
    assert "Hoe start ik een dataproject?" in html


def test_practice_case_page_renders_its_story(client, site_tree, question):
    product = KnowledgeProductPageFactory(parent=site_tree.knowledge, title="DPIA-hulp")
    case = PracticeCasePageFactory(
        parent=site_tree.cases,
        title="Slimme lantaarnpalen",
        phase="productie",
        questions=[question],
        products_used=[product],
    )
    response = client.get(case.url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("De uitdaging", "De aanpak", "Het resultaat", "Begin klein."):
        assert text in html
    assert "In productie" in html
    assert "DPIA-hulp" in html


def test_standard_page_renders(client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, title="Privacyverklaring")
    response = client.get(page.url)
    assert response.status_code == 200
    assert "<h1>Privacyverklaring</h1>" in response.content.decode()


def test_index_pages_render_empty(client, site_tree):
    for url in ("/kennisbank/", "/praktijkvoorbeelden/", "/vragen/"):
        response = client.get(url)
        assert response.status_code == 200, url


def test_a_question_with_many_items_shows_the_newest_and_links_to_the_rest(
    client, site_tree, question
):
    """However many products answer a question, its page shows GROUP_SIZE of
    each kind, newest first, with the count and a link to all of them."""
    from knowledge.models.questions import GROUP_SIZE

    now = timezone.now()
    for number in range(GROUP_SIZE + 2):
        product = KnowledgeProductPageFactory(
            parent=site_tree.knowledge,
            title=f"Leidraad nummer {number}",
            questions=[question],
        )
        product.first_published_at = now - datetime.timedelta(days=number)
        product.save(update_fields=["first_published_at"])
    for number in range(GROUP_SIZE + 1):
        PracticeCasePageFactory(
            parent=site_tree.cases, title=f"Voorbeeld {number}", questions=[question]
        )

    response = client.get(question.url)
    html = response.content.decode()
    shown = re.findall(r'class="card__title"><a href="[^"]*">([^<]*)</a>', html)
    assert [title for title in shown if title.startswith("Leidraad")] == [
        f"Leidraad nummer {number}" for number in range(GROUP_SIZE)
    ]
    assert len([title for title in shown if title.startswith("Voorbeeld")]) == (
        GROUP_SIZE
    )
    assert f'Leidraden <span class="count">({GROUP_SIZE + 2})</span>' in html
    link = f"/kennisbank/?vraag={question.slug}&amp;type=leidraad"
    assert (
        f'<a href="{link}">Alle {GROUP_SIZE + 2} leidraden bij deze vraag</a>' in html
    )
    assert "Leidraad nummer 7" not in html
    assert f'Praktijkvoorbeelden <span class="count">({GROUP_SIZE + 1})' in html
    assert f"/praktijkvoorbeelden/?vraag={question.slug}" in html

    # The link leads to exactly those products.
    listing = client.get(link.replace("&amp;", "&"))
    assert listing.context["paginator"].count == GROUP_SIZE + 2


def test_a_question_with_few_items_has_no_more_link(client, site_tree, question):
    KnowledgeProductPageFactory(parent=site_tree.knowledge, questions=[question])
    html = client.get(question.url).content.decode()
    assert "bij deze vraag</a>" not in html
