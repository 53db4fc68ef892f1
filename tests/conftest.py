from types import SimpleNamespace

import pytest
from wagtail.models import Page, Site

from knowledge.models import GovernmentLayer, KnowledgeType
from tests.factories import (
    HomePageFactory,
    KnowledgeIndexPageFactory,
    KnowledgeProductPageFactory,
    PracticeCaseIndexPageFactory,
    PracticeCasePageFactory,
    QuestionIndexPageFactory,
    QuestionPageFactory,
    StandardPageFactory,
    term,
)


@pytest.fixture
def site_tree(db):
    """Home page with the three sections, as the default site (fresh per test)."""
    root = Page.get_first_root_node()
    # Wagtail's migrations leave a placeholder page and site; replace them.
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    home = HomePageFactory(parent=root)
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    return SimpleNamespace(
        home=home,
        questions=QuestionIndexPageFactory(parent=home),
        knowledge=KnowledgeIndexPageFactory(parent=home),
        cases=PracticeCaseIndexPageFactory(parent=home),
    )


@pytest.fixture
def sample_pages(site_tree):
    """One page of every type, with every body block, for the page checks.

    URLs: /vragen/starten/, /vragen/tweede/, /kennisbank/leidraad/,
    /kennisbank/extern/ (kept at its source), /kennisbank/toolbox/,
    /praktijkvoorbeelden/voorbeeld/ and /privacy/.
    """
    question = QuestionPageFactory(
        parent=site_tree.questions,
        slug="starten",
        body=[{"type": "heading", "value": {"text": "Waarom", "level": "h2"}}],
        steps=[{"type": "step", "value": {"title": "Begin", "text": "<p>x</p>"}}],
    )
    QuestionPageFactory(parent=site_tree.questions, slug="tweede")
    product = KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        slug="leidraad",
        questions=[question],
        government_layers=[term(GovernmentLayer, "gemeente")],
        tags=["AVG"],
        body=[
            {"type": "heading", "value": {"text": "Inhoud", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Tekst</p>"},
            {
                "type": "callout",
                "value": {"kind": "tip", "title": "Tip", "text": "<p>Let op.</p>"},
            },
            {"type": "quote", "value": {"quote": "Begin klein.", "attribution": "FG"}},
        ],
    )
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        slug="extern",
        body=[],
        external_url="https://vng.nl",
    )
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        slug="toolbox",
        title="Toolbox datakoers",
        knowledge_type=term(KnowledgeType, "toolbox"),
        questions=[question],
    )
    PracticeCasePageFactory(
        parent=site_tree.cases,
        slug="voorbeeld",
        questions=[question],
        products_used=[product],
    )
    StandardPageFactory(parent=site_tree.home, slug="privacy", title="Privacy")
