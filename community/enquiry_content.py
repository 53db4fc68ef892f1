"""From vraagbaak question to content: an answered question becomes a draft
knowledge product, or a new entry (as a draft) on the question page it
belongs to. Only the question and the answer go along, with e-mail addresses
and telephone numbers taken out: never the asker's name, address or
organisation. Editors finish the draft and publish it through the usual
"Redactie" workflow."""

from django.utils import timezone
from django.utils.text import Truncator
from wagtail.log_actions import log

from community.models import Enquiry
from core.drafts import paragraphs, unique_slug
from core.privacy import strip_personal_data
from knowledge.models import KnowledgeProductPage

# The log entries on the enquiry (registered in community/wagtail_hooks.py).
TO_PRODUCT = "ibds.vraagbaak.kennisproduct"
TO_QUESTION_PAGE = "ibds.vraagbaak.vraagpagina"


def anonymous(text: str) -> str:
    return strip_personal_data(text).strip()


def can_become_content(enquiry: Enquiry) -> bool:
    """Only an answer can be passed on."""
    return bool(enquiry.answer.strip())


def product_draft(enquiry: Enquiry, kennisbank, *, title, knowledge_type, user):
    """A draft knowledge product in `kennisbank` from the question and its
    answer, about the question page the enquiry is linked to (if any)."""
    answer = anonymous(enquiry.answer)
    page = KnowledgeProductPage(
        title=title,
        slug=unique_slug(kennisbank, title, "kennisproduct"),
        live=False,
        knowledge_type=knowledge_type,
        summary=Truncator(anonymous(enquiry.question)).chars(300),
        body=[{"type": "paragraph", "value": paragraphs(answer)}],
        review_editor=user,
        last_reviewed=timezone.localdate(),
    )
    if enquiry.related_question_id:
        page.questions = [enquiry.related_question]
    kennisbank.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    log(
        instance=enquiry,
        action=TO_PRODUCT,
        user=user,
        data={"page_id": page.pk, "title": page.title},
    )
    return page


def question_entry(enquiry: Enquiry) -> list[dict]:
    """The blocks (raw StreamField data) that the entry adds to a question
    page's body: the question as a heading, the answer below it."""
    return [
        {
            "type": "heading",
            "value": {
                "text": Truncator(anonymous(enquiry.question)).chars(120),
                "level": "h3",
            },
        },
        {"type": "paragraph", "value": paragraphs(anonymous(enquiry.answer))},
    ]


def add_to_question_page(enquiry: Enquiry, *, user):
    """Add the question and answer to the end of the linked question page,
    as a new draft revision on top of its latest one (the live page stays
    as it is until the draft is published)."""
    page = enquiry.related_question.get_latest_revision_as_object()
    page.body = [*page.body.raw_data, *question_entry(enquiry)]
    revision = page.save_revision(user=user, log_action=True)
    log(
        instance=enquiry,
        action=TO_QUESTION_PAGE,
        user=user,
        data={"page_id": page.pk, "title": page.title},
    )
    return revision
