"""Every page that lists things costs a bounded number of queries, the same
with few items as with many.

tests/knowledge/test_queries.py covers the home page, the kennisbank, the
practice cases, the training catalogue and search (for a fixed set of
questions); tests/community/test_queries.py the community, the meetups and
the member's account pages. This file covers the rest, measured with 2 and
with 12 of every kind these pages list:

- the questions (home page, /vragen/, the forms that offer them);
- a question page's products and beslishulpen, and the kennisbank's
  beslishulpen block;
- a product page (its questions, themes, attachments) and a case page (the
  products it used);
- a training page and its agenda.ics (runs, questions);
- the newsletter archive, its feed and an issue (new products);
- /beslishulpen/ and the sitemap (every page).
"""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document

from knowledge.models import GovernmentLayer, KnowledgeProductAttachment, Perspective
from tests.factories import (
    DecisionAidIndexPageFactory,
    DecisionAidPageFactory,
    KnowledgeProductPageFactory,
    NewsletterIndexPageFactory,
    NewsletterIssuePageFactory,
    PracticeCasePageFactory,
    QuestionPageFactory,
    TrainingPageFactory,
    run,
)
from tests.knowledge.test_queries import (
    BOUNDS,
    FIRST_EXTRA,
    INDEXES_READ,
    QUERY_BOUND,
    counts_after_a_change,
    search_index_off,
)
from trainings.models import Audience

pytestmark = pytest.mark.django_db

FEW, MANY = 2, 12
TRAINING = "/opleidingen/datagedreven-werken/"
# Each page, and what it shows only once it lists the last of MANY items.
SHOWS = {
    "/": "Vraag 11?",
    "/vragen/": "Vraag 11?",
    "/vragen/starten/": "Beslishulp 11",
    "/kennisbank/": "Beslishulp 11",
    "/kennisbank/leidraad/": "Bijlage 11",
    "/praktijkvoorbeelden/voorbeeld/": "Handreiking 11",
    TRAINING: "Eerder gegeven (12)",
    f"{TRAINING}agenda.ics": "SUMMARY:Datagedreven werken",
    "/opleidingen/voorstellen/": "Vraag 11?",
    "/nieuwsbrief/": "Editie 11",
    "/nieuwsbrief/feed/": "Editie 11",
    "/nieuwsbrief/aanmelden/": "Vraag 11?",
    "/nieuwsbrief/deze-maand/": "Handreiking 11",
    "/beslishulpen/": "Beslishulp 11",
    "/sitemap.xml": "/beslishulpen/beslishulp-11/",
}


def build_tree(site_tree):
    """The pages whose lists grow: a question, a product, a case, a training,
    the newsletter with this month's issue, and the beslishulpen."""
    tree = site_tree
    layers = list(GovernmentLayer.objects.all())
    tree.question = QuestionPageFactory(parent=tree.questions, slug="starten")
    tree.product = KnowledgeProductPageFactory(
        parent=tree.knowledge,
        slug="leidraad",
        questions=[tree.question],
        government_layers=layers,
        perspectives=list(Perspective.objects.all()),
    )
    tree.case = PracticeCasePageFactory(
        parent=tree.cases, slug="voorbeeld", questions=[tree.question]
    )
    tree.training = TrainingPageFactory(
        parent=tree.trainings,
        title="Datagedreven werken",
        slug="datagedreven-werken",
        questions=[tree.question],
        audiences=list(Audience.objects.all()),
        government_layers=layers,
        runs=[],
    )
    tree.newsletter = NewsletterIndexPageFactory(parent=tree.home)
    NewsletterIssuePageFactory(parent=tree.newsletter, slug="deze-maand")
    tree.aids = DecisionAidIndexPageFactory(parent=tree.home)
    return tree


def add_items(tree, start, count):
    """`count` more of everything the pages list, numbered from `start`."""
    today = timezone.localdate()
    layers = list(GovernmentLayer.objects.all())
    for number in range(start, start + count):
        question = QuestionPageFactory(parent=tree.questions, title=f"Vraag {number}?")
        product = KnowledgeProductPageFactory(
            parent=tree.knowledge,
            title=f"Handreiking {number}",
            questions=[tree.question, question],
            government_layers=layers[: 1 + number % 3],
            tags=[f"thema {number}"],
        )
        DecisionAidPageFactory(
            parent=tree.aids, title=f"Beslishulp {number}", questions=[tree.question]
        )
        # Older editions: this month's lists what was published since the last.
        NewsletterIssuePageFactory(
            parent=tree.newsletter,
            title=f"Editie {number}",
            issue_date=today - datetime.timedelta(days=31 * (number + 1)),
        )
        document = Document.objects.create(
            title=f"Bijlage {number}",
            file=ContentFile(b"%PDF-1.4", name=f"bijlage-{number}.pdf"),
        )
        # What the measured pages list, added as an editor would: on the
        # page, then published (below).
        tree.product.questions.add(question)
        tree.product.tags.add(f"thema {number}")
        tree.product.attachments.add(KnowledgeProductAttachment(document=document))
        tree.case.products_used.add(product)
        tree.training.questions.add(question)
        tree.training.runs.add(run(number - 40))  # given before
        tree.training.runs.add(run(number + 5, days=2, online=number % 2 == 0))
    for page in (tree.product, tree.case, tree.training):
        page.save_revision().publish()


def test_query_count_does_not_grow_with_the_number_of_items(
    client, site_tree, settings
):
    search_index_off(settings)  # no search here; building is faster without
    tree = build_tree(site_tree)
    add_items(tree, 0, FEW - 1)
    for url in SHOWS:  # warm per-process caches (content types, site root paths)
        client.get(url)
    add_items(tree, FEW - 1, 1)  # a change: what was built for it is built again
    with_few = counts_after_a_change(client, SHOWS)

    add_items(tree, FEW, MANY - FEW)
    with_many = counts_after_a_change(client, SHOWS)

    for url, text in SHOWS.items():  # the pages do list the many items
        assert text in client.get(url).content.decode(), url
    assert client.get(f"{TRAINING}agenda.ics").content.count(b"BEGIN:VEVENT") == MANY
    assert with_many == with_few
    for url, (first, repeat) in with_many.items():
        path = url.split("?")[0]
        bound = BOUNDS.get(path, QUERY_BOUND)
        assert repeat <= bound, f"{url}: {repeat} queries"
        extra = FIRST_EXTRA * INDEXES_READ.get(path, 1)
        assert first <= bound + extra, f"{url}: {first} queries after a change"
