"""A kennisbank, cases and a catalogue varied enough that filters select
different things, for comparing the API with the HTML listings."""

from types import SimpleNamespace

import pytest
from wagtail.models import PageViewRestriction

from knowledge.models import GovernmentLayer, KnowledgeType, Perspective
from tests.factories import (
    CommunityIndexPageFactory,
    DecisionAidIndexPageFactory,
    DecisionAidPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    KnowledgeProductPageFactory,
    PracticeCasePageFactory,
    QuestionPageFactory,
    TrainingPageFactory,
    moment,
    run,
    term,
)

TYPES = ["leidraad", "handreiking", "toolbox"]
LAYERS = ["gemeente", "provincie", "waterschap"]
PERSPECTIVES = ["technisch", "juridisch", "ethisch"]
THEMES = ["privacy", "datadelen", "algoritmes", "open data"]


@pytest.fixture
def api_small(site_tree, settings):
    """One or two of everything, for the rules that need no variety."""
    settings.API_RATE_LIMIT = 100_000
    question = QuestionPageFactory(parent=site_tree.questions, slug="starten")
    other = QuestionPageFactory(parent=site_tree.questions, slug="juridisch")
    products = [
        KnowledgeProductPageFactory(
            parent=site_tree.knowledge,
            slug=f"product-{number}",
            questions=[question, other],
        )
        for number in range(3)
    ]
    hidden = KnowledgeProductPageFactory(
        parent=site_tree.knowledge, slug="achter-wachtwoord", questions=[question]
    )
    PageViewRestriction.objects.create(
        page=hidden, restriction_type="password", password="geheim"
    )
    draft = KnowledgeProductPageFactory(parent=site_tree.knowledge, slug="concept")
    draft.unpublish()
    cases = [PracticeCasePageFactory(parent=site_tree.cases, questions=[question])]
    trainings = [
        TrainingPageFactory(
            parent=site_tree.trainings, slug="voorbij", runs=[run(-20)]
        ),
        TrainingPageFactory(parent=site_tree.trainings, questions=[question]),
    ]
    DecisionAidPageFactory(
        parent=DecisionAidIndexPageFactory(parent=site_tree.home), questions=[other]
    )
    events = EventIndexPageFactory(
        parent=CommunityIndexPageFactory(parent=site_tree.home)
    )
    EventPageFactory(parent=events, slug="komend")
    EventPageFactory(parent=events, slug="voorbij", start=moment(-10))
    return SimpleNamespace(
        tree=site_tree,
        questions=[question, other],
        products=products,
        hidden=hidden,
        draft=draft,
        cases=cases,
        trainings=trainings,
    )


@pytest.fixture
def api_corpus(site_tree, settings):
    # Comparing many requests: no limit in the way (tests of the limit set it).
    settings.API_RATE_LIMIT = 100_000
    questions = [
        QuestionPageFactory(parent=site_tree.questions, slug=slug, title=title)
        for slug, title in [
            ("starten", "Hoe start ik een dataproject?"),
            ("juridisch", "Wat mag juridisch wel en niet?"),
            ("opschalen", "Hoe kom ik van pilot naar productie?"),
        ]
    ]
    products = []
    for number in range(17):
        products.append(
            KnowledgeProductPageFactory(
                parent=site_tree.knowledge,
                slug=f"product-{number}",
                title=f"Product {number:02d} over {THEMES[number % 4]}",
                knowledge_type=term(KnowledgeType, TYPES[number % 3]),
                questions=[questions[number % 3]]
                + ([questions[(number + 1) % 3]] if number % 4 == 0 else []),
                government_layers=[
                    term(GovernmentLayer, LAYERS[number // 2 % 3]),
                    *([term(GovernmentLayer, "rijk")] if number % 5 == 0 else []),
                ],
                perspectives=[term(Perspective, PERSPECTIVES[number % 2])],
                tags=[THEMES[number % 4]] + (["ethiek"] if number % 6 == 0 else []),
            )
        )
    hidden = KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        slug="achter-wachtwoord",
        title="Achter een wachtwoord",
        questions=[questions[0]],
    )
    PageViewRestriction.objects.create(
        page=hidden, restriction_type="password", password="geheim"
    )
    draft = KnowledgeProductPageFactory(
        parent=site_tree.knowledge, slug="concept", title="Nog een concept"
    )
    draft.unpublish()
    cases = [
        PracticeCasePageFactory(
            parent=site_tree.cases,
            slug=f"voorbeeld-{number}",
            phase=["verkenning", "pilot", "productie"][number % 3],
            questions=[questions[number % 2]],
            government_layers=[term(GovernmentLayer, LAYERS[number % 2])],
            tags=[THEMES[number % 3]],
        )
        for number in range(7)
    ]
    trainings = [
        TrainingPageFactory(
            parent=site_tree.trainings,
            slug=f"opleiding-{number}",
            level=["basis", "gevorderd", "expert"][number % 3],
            format=["online", "klassikaal"][number % 2],
            cost=["gratis", "betaald", "gratis-certificaat"][number % 3],
            price=None if number % 3 == 0 else "95.00",
            questions=[questions[number % 3]],
            government_layers=[term(GovernmentLayer, LAYERS[number // 3 % 3])],
            runs=[run(10 + 30 * number), run(200)] if number % 4 else [run(-20)],
        )
        for number in range(9)
    ]
    aids = DecisionAidIndexPageFactory(parent=site_tree.home)
    DecisionAidPageFactory(parent=aids, slug="camera", questions=[questions[1]])
    events = EventIndexPageFactory(
        parent=CommunityIndexPageFactory(parent=site_tree.home)
    )
    for number in range(3):
        EventPageFactory(
            parent=events, slug=f"meetup-{number}", start=moment(number * 20 - 10)
        )
    return SimpleNamespace(
        tree=site_tree,
        questions=questions,
        products=products,
        hidden=hidden,
        draft=draft,
        cases=cases,
        trainings=trainings,
    )
