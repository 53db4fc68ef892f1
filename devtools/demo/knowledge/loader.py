"""Demo knowledge products (with their documents) and practice cases, for
`load_demo_content`.

A missing page is created. A page that exists is brought in line with the
data when it differs (a new, published revision only then), so that an
existing demo install gets corrections too and a second run changes
nothing. What the data says wins over an edit made to a demo page.
"""

import datetime
import functools
from operator import attrgetter

from django.utils import timezone

from devtools.demo.knowledge import cases, documents, products
from devtools.demo.knowledge.figures import ensure_step_diagram
from devtools.demo.knowledge.files import ensure_document
from devtools.demo.text import rich_list, rich_text, stream
from knowledge.models import (
    GovernmentLayer,
    KnowledgeProductAttachment,
    KnowledgeProductPage,
    KnowledgeType,
    Organisation,
    Perspective,
    PracticeCasePage,
    QuestionPage,
)


def published_at(days_ago: int):
    return timezone.now() - datetime.timedelta(days=days_ago)


def figure_block(data: dict) -> dict:
    """A figure block showing a demo step diagram (drawn once, then reused)."""
    image = ensure_step_diagram(data["title"], data["steps"])
    return {
        "type": "figure",
        "value": {
            "image": {"image": image.pk, "decorative": False, "alt_text": data["alt"]},
            "caption": data["caption"],
        },
    }


class Terms:
    """The questions and taxonomy the demo items point to, by slug."""

    def __init__(self):
        self.questions = {page.slug: page for page in QuestionPage.objects.all()}
        self.layers = {term.slug: term for term in GovernmentLayer.objects.all()}
        self.perspectives = {term.slug: term for term in Perspective.objects.all()}
        self.types = {term.slug: term for term in KnowledgeType.objects.all()}
        self.organisations = {org.slug: org for org in Organisation.objects.all()}

    def set_taxonomy(self, page, data):
        page.questions = [self.questions[slug] for slug in data["questions"]]
        page.government_layers = [self.layers[slug] for slug in data["layers"]]
        page.perspectives = [self.perspectives[slug] for slug in data["perspectives"]]
        page.tags.set(data["themes"])


# What the comparison reads of every item, in one query each.
TAXONOMY = ("questions", "government_layers", "perspectives", "tags")


def taxonomy_state(page) -> tuple:
    """What the demo data sets of an item's taxonomy, as it stands (also
    what is assigned but not saved yet)."""
    return (
        sorted(page.questions.all(), key=attrgetter("pk")),
        sorted(page.government_layers.all(), key=attrgetter("pk")),
        sorted(page.perspectives.all(), key=attrgetter("pk")),
        sorted(tag.name for tag in page.tags.all()),
    )


def body_state(body) -> list:
    return [(block["type"], block["value"]) for block in body.raw_data]


def ensure_documents(pdf_available) -> tuple[dict, int, bool]:
    """The demo documents the products offer, by name: (documents, how many
    were made now, whether those are text files for want of WeasyPrint)."""
    can_make_pdf = functools.cache(pdf_available)
    wanted = {name for data in products.PRODUCTS for name in data["documents"]}
    found, made = {}, 0
    for name in sorted(wanted):
        found[name], new = ensure_document(documents.DOCUMENTS[name], can_make_pdf)
        made += new
    return found, made, bool(made) and not can_make_pdf()


def fill_product(page, data: dict, terms: Terms, files: dict):
    body = stream(data["body"])
    if "figure" in data:
        body.append(figure_block(data["figure"]))
    page.title = data["title"]
    page.knowledge_type = terms.types[data["type"]]
    page.summary = data["summary"]
    page.body = body
    page.external_url = data["external_url"]
    page.organisation = terms.organisations.get(data["organisation"])
    page.content_owner = data["owner"]
    page.owner_email = data.get("owner_email", "")
    page.last_reviewed = data["last_reviewed"]
    page.attachments = [
        KnowledgeProductAttachment(
            document=files[name],
            language=documents.DOCUMENTS[name].get("language", "nl"),
            sort_order=order,
        )
        for order, name in enumerate(data["documents"])
    ]
    terms.set_taxonomy(page, data)


def product_state(page) -> tuple:
    return (
        page.title,
        page.knowledge_type_id,
        page.summary,
        body_state(page.body),
        page.external_url,
        page.organisation_id,
        page.content_owner,
        page.owner_email,
        page.last_reviewed,
        [
            (item.document_id, item.title, item.language)
            for item in page.current_attachments()
        ],
        taxonomy_state(page),
    )


def ensure_pages(
    index, publish, model, items, fill, state, related, *, spacing, first
) -> int:
    """Create the missing demo pages of `model` below `index` (the n-th
    published `spacing` * n + `first` days ago), and update the others where
    `state` shows they differ from the data after `fill`, with a new revision
    only then; return how many were updated."""
    existing = {
        page.slug: page
        for page in model.objects.child_of(index).prefetch_related(*related)
    }
    updated = 0
    for position, data in enumerate(items):
        page = existing.get(data["slug"])
        if page is None:
            page = model(slug=data["slug"])
            fill(page, data)
            publish(index, page, published_at(spacing * position + first))
            continue
        before = state(page)
        fill(page, data)
        if state(page) != before:
            page.save_revision().publish()
            updated += 1
    return updated


def ensure_products(index, publish, files: dict) -> int:
    terms = Terms()
    return ensure_pages(
        index,
        publish,
        KnowledgeProductPage,
        products.PRODUCTS,
        lambda page, data: fill_product(page, data, terms, files),
        product_state,
        (*TAXONOMY, "attachments"),
        spacing=3,
        first=1,
    )


def fill_case(page, data: dict, terms: Terms, product_pages: dict):
    page.title = data["title"]
    page.organisation = terms.organisations[data["organisation"]]
    page.phase = data["phase"]
    page.summary = data["summary"]
    page.challenge = rich_text(data["challenge"])
    page.approach = rich_text(data["approach"])
    page.result = rich_text(data["result"])
    page.lessons = rich_list(data["lessons"])
    page.products_used = [product_pages[slug] for slug in data["products_used"]]
    page.content_owner = data["owner"]
    page.owner_email = data.get("owner_email", "")
    page.last_reviewed = data["last_reviewed"]
    terms.set_taxonomy(page, data)


def case_state(page) -> tuple:
    return (
        page.title,
        page.organisation_id,
        page.phase,
        page.summary,
        page.challenge,
        page.approach,
        page.result,
        page.lessons,
        sorted(page.products_used.all(), key=attrgetter("pk")),
        page.content_owner,
        page.owner_email,
        page.last_reviewed,
        taxonomy_state(page),
    )


def ensure_cases(index, publish) -> int:
    terms = Terms()
    product_pages = {page.slug: page for page in KnowledgeProductPage.objects.all()}
    return ensure_pages(
        index,
        publish,
        PracticeCasePage,
        cases.CASES,
        lambda page, data: fill_case(page, data, terms, product_pages),
        case_state,
        (*TAXONOMY, "products_used"),
        spacing=5,
        first=2,
    )


# The demo editor ("redacteur") owns what the kennisbank's own editors keep,
# so that the dashboard, the "Te herzien" report and the reminders have an
# editor to name (send_review_reminders mails them under var/mail/).
EDITORS_OWN = "Redactie Kennisbank IKC"


def assign_review_editor(user) -> int:
    count = 0
    for model in (KnowledgeProductPage, PracticeCasePage):
        count += model.objects.filter(
            content_owner=EDITORS_OWN, review_editor__isnull=True
        ).update(review_editor=user)
    return count
