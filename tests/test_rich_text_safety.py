"""Script, event-handler and javascript: payloads that an editor (or a forged
request) sends through the admin never reach the rendered page."""

import json
from html.parser import HTMLParser

import pytest
from wagtail.test.utils.form_data import rich_text, streamfield

from knowledge.models import KnowledgeProductPage, PracticeCasePage
from tests.factories import QuestionPageFactory
from tests.knowledge.test_editing import (
    case_data,
    post_new_page,
    product_data,
)

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('xss')</script>"
HANDLER = '<img src=x onerror="alert(1)">'
JS_URL = "javascript:alert(document.cookie)"


def hostile_contentstate() -> str:
    """What a forged request can post for a rich text field: Draftail's JSON
    with markup in the text, a javascript: link and an image whose attributes
    try to break out."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "aaaa1",
                    "type": "unstyled",
                    "text": f"{SCRIPT} {HANDLER} klik hier",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 8, "key": 0}],
                },
                {
                    "key": "aaaa2",
                    "type": "atomic",
                    "text": " ",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 1, "key": 1}],
                },
            ],
            "entityMap": {
                "0": {
                    "type": "LINK",
                    "mutability": "MUTABLE",
                    "data": {"url": JS_URL},
                },
                "1": {
                    "type": "IMAGE",
                    "mutability": "IMMUTABLE",
                    "data": {
                        "id": 1,
                        "src": JS_URL,
                        "alt": 'x" onerror="alert(1)',
                        "format": 'left" onload="alert(1)',
                    },
                },
            },
        }
    )


class ActiveContent(HTMLParser):
    """Collects every script element, on* attribute and javascript: URL. A
    JSON-LD data block (schema.org) runs nothing; it counts only when a "<"
    in it could end it early (the writer escapes every one)."""

    def __init__(self):
        super().__init__()
        self.found = []
        self.in_data_block = False

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_data_block = False

    def handle_data(self, data):
        if self.in_data_block and "<" in data:
            self.found.append("<script> data with <")

    def handle_starttag(self, tag, attrs):
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self.in_data_block = True
        elif tag == "script":
            self.found.append("<script>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag} {name}=")
            if (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"{tag} {name}={value}")


def active_content(html: str) -> list[str]:
    parser = ActiveContent()
    parser.feed(html)
    return parser.found


def test_the_detector_sees_payloads():
    assert active_content(f'{SCRIPT}{HANDLER}<a href=" {JS_URL}">x</a>') == [
        "<script>",
        "img onerror=",
        f"a href= {JS_URL}",
    ]


def test_payloads_in_rich_text_and_stream_blocks_stay_inert(
    admin_client, client, site_tree
):
    question = QuestionPageFactory(parent=site_tree.questions)
    body = streamfield(
        [
            ("heading", {"text": SCRIPT, "level": "h2"}),
            ("paragraph", hostile_contentstate()),
            (
                "callout",
                {"kind": "tip", "title": HANDLER, "text": hostile_contentstate()},
            ),
            ("quote", {"quote": HANDLER, "attribution": SCRIPT}),
        ]
    )
    product = post_new_page(
        admin_client,
        site_tree.knowledge,
        KnowledgeProductPage,
        product_data(question, summary=SCRIPT, body=body),
    )
    case = post_new_page(
        admin_client,
        site_tree.cases,
        PracticeCasePage,
        case_data(
            question, challenge=hostile_contentstate(), lessons=rich_text(HANDLER)
        ),
    )
    for page in (product, case, question):
        html = client.get(page.url).content.decode()  # as a visitor sees it
        assert "klik hier" in html or page is question  # the text itself survives
        assert active_content(html) == [], page.url
    listing = client.get("/kennisbank/").content.decode()
    assert active_content(listing) == []
    assert "&lt;script&gt;" in listing  # shown as text, not run


BROKEN_EDITOR_VALUES = [
    f"<p>{SCRIPT}{HANDLER}</p>",  # raw HTML instead of JSON
    "[]",
    '{"blocks": 1}',
    json.dumps(  # an entity range pointing at no entity
        {
            "blocks": [
                {
                    "key": "b1",
                    "type": "unstyled",
                    "text": "tekst",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 2, "key": 7}],
                }
            ],
            "entityMap": {},
        }
    ),
]


@pytest.mark.parametrize("value", BROKEN_EDITOR_VALUES)
def test_forged_editor_values_are_a_form_error(admin_client, site_tree, value):
    question = QuestionPageFactory(parent=site_tree.questions)
    data = case_data(
        question, challenge=value, body=streamfield([("paragraph", value)])
    )
    response = admin_client.post(
        f"/admin/pages/add/knowledge/practicecasepage/{site_tree.cases.pk}/",
        {**data, "action-publish": "action-publish"},
    )
    assert response.status_code == 200
    assert "Dit is een verplicht veld." in response.content.decode()
    assert not PracticeCasePage.objects.filter(slug=data["slug"]).exists()
