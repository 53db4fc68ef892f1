"""A knowledge product offers its content: on its page, as documents (with
format, pages, language and size) or at its source (marked as external).
The page says so near the top, and every card says it in a short line."""

import re
from html import unescape

import pytest
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils import translation

import decisions.pdf
from core.documents import pdf_page_count
from knowledge.models import KnowledgeProductAttachment
from tests.factories import (
    KnowledgeProductPageFactory,
    OrganisationFactory,
    PracticeCasePageFactory,
    QuestionPageFactory,
    make_document,
    pdf_bytes,
)
from tests.pdf_checks import needs_pango

pytestmark = pytest.mark.django_db


def text(html: str) -> str:
    """What a reader gets of `html`: the text without tags, on one line."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def offer_section(html: str) -> str:
    start = html.index('<section class="offer"')
    return html[start : html.index("</section>", start)]


def card_offers(html: str) -> list[str]:
    return [text(line) for line in re.findall(r'card__offer">(.*?)</p>', html)]


def attached(document, **fields):
    return KnowledgeProductAttachment(document=document, **fields)


# The page count -------------------------------------------------------------


def test_the_pages_of_a_real_pdf_are_counted():
    document = make_document("Handreiking", pdf_bytes(24), "handreiking.pdf")
    assert pdf_page_count(document.file) == 24


@needs_pango
def test_the_pages_of_a_pdf_made_by_weasyprint_are_counted():
    html = (
        '<!doctype html><html lang="nl"><title>Twee pagina\'s</title>'
        '<p style="break-after: page">Eén</p><p>Twee</p></html>'
    )
    document = make_document(
        "Twee pagina's", decisions.pdf.pdf_bytes(html), "twee-paginas.pdf"
    )
    assert pdf_page_count(document.file) == 2


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.4 afgebroken", b"", b"Geen PDF, wel tekst"],
    ids=["damaged", "empty", "text"],
)
def test_what_cannot_be_read_as_a_pdf_has_no_page_count(content):
    document = make_document("Kapot", content, "kapot.pdf")
    assert pdf_page_count(document.file) is None


def test_attaching_a_pdf_counts_its_pages_and_keeps_what_cards_show(site_tree):
    product = KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        attachments=[
            attached(
                make_document("Leidraad", pdf_bytes(3), "leidraad.pdf"), sort_order=0
            ),
            attached(
                make_document("Guide", pdf_bytes(12), "guide.pdf"),
                language="en",
                sort_order=1,
            ),
        ],
    )
    first, second = product.attachments.order_by("sort_order")
    assert (first.page_count, first.language) == (3, "nl")
    assert (second.page_count, second.language) == (12, "en")
    product.refresh_from_db()
    assert product.document_facts == [
        {"format": "PDF", "pages": 3, "language": "nl"},
        {"format": "PDF", "pages": 12, "language": "en"},
    ]
    assert product.card_offer == "2 documenten (PDF)"


def test_a_document_is_counted_again_only_when_its_file_changes(site_tree):
    document = make_document("Toolbox", pdf_bytes(3), "toolbox.pdf")
    product = KnowledgeProductPageFactory(
        parent=site_tree.knowledge, attachments=[attached(document)]
    )
    attachment = product.attachments.get()
    # An editor corrects the count: kept while the file stays the same.
    attachment.page_count = 4
    attachment.refresh_facts()
    assert attachment.page_count == 4
    # Another file: counted again, the editor's figure no longer holds.
    attachment.document = make_document("Nieuw", pdf_bytes(7), "nieuw.pdf")
    attachment.refresh_facts()
    assert attachment.page_count == 7
    # A Word document: no count of its own, and none left from the PDF.
    attachment.document = make_document("Sjabloon", b"PK\x03\x04", "sjabloon.docx")
    attachment.refresh_facts()
    assert attachment.page_count is None


def test_a_file_replaced_in_the_document_library_updates_the_cards(site_tree):
    document = make_document("Checklist", pdf_bytes(2), "checklist.pdf")
    product = KnowledgeProductPageFactory(
        parent=site_tree.knowledge, attachments=[attached(document)]
    )
    document.file = ContentFile(pdf_bytes(9), name="checklist-v2.pdf")
    document.save()
    assert product.attachments.get().page_count == 9
    product.refresh_from_db()
    assert product.card_offer == "PDF, 9 pagina's"


def test_a_document_deleted_from_the_library_leaves_the_cards(site_tree):
    kept = make_document("Leidraad", pdf_bytes(5), "leidraad.pdf")
    gone = make_document("Oud sjabloon", b"a;b\r\n", "sjabloon.csv")
    product = KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        attachments=[attached(kept), attached(gone, sort_order=1)],
    )
    assert product.card_offer == "2 documenten (PDF, CSV)"
    gone.delete()
    product.refresh_from_db()
    assert product.card_offer == "PDF, 5 pagina's"


# The product page -----------------------------------------------------------


def test_a_product_on_its_page_says_the_content_is_here(client, site_tree):
    product = KnowledgeProductPageFactory(parent=site_tree.knowledge)
    offer = text(offer_section(client.get(product.url).content.decode()))
    assert offer == "Wat je krijgt De volledige inhoud staat hieronder, op deze pagina."
    assert product.card_offer == "Tekst op de pagina"


def test_a_product_in_documents_lists_them_with_format_pages_language_and_size(
    client, site_tree
):
    dutch = make_document("Handreiking datadelen", pdf_bytes(24), "datadelen.pdf")
    english = make_document("Data sharing", pdf_bytes(2), "sharing.pdf")
    product = KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        body=[],
        attachments=[
            attached(dutch),
            attached(english, title="Data sharing in brief", language="en"),
        ],
    )
    html = offer_section(client.get(product.url).content.decode())
    with translation.override("nl"):
        size, small = (text(filesizeformat(d.file_size)) for d in (dutch, english))
    assert re.fullmatch(r"\d,\d KB", size) and small.endswith(" bytes")  # Dutch
    assert text(html) == (
        "Wat je krijgt 2 documenten om te downloaden: "
        f"Handreiking datadelen (PDF, 24 pagina's, {size}) "
        f"Data sharing in brief (PDF, Engelstalig, 2 pagina's, {small})"
    )
    # The format and size are part of each link's text; the language of an
    # English document is announced with it.
    links = re.findall(r"<a ([^>]*)>(.*?)</a>", html)
    assert [(attributes, text(label)) for attributes, label in links] == [
        (
            f'class="document-link" href="{dutch.url}"',
            f"Handreiking datadelen (PDF, 24 pagina's, {size})",
        ),
        (
            f'class="document-link" href="{english.url}" hreflang="en"',
            f"Data sharing in brief (PDF, Engelstalig, 2 pagina's, {small})",
        ),
    ]
    assert dutch.url.startswith("/documenten/")
    assert "De volledige inhoud staat" not in html


def test_a_product_at_its_source_links_there_marked_as_external(client, site_tree):
    product = KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Toolbox bij de bron",
        body=[],
        external_url="https://vng.nl/toolbox",
        organisation=OrganisationFactory(
            name="Vereniging van Nederlandse Gemeenten", short_name="VNG"
        ),
    )
    html = offer_section(client.get(product.url).content.decode())
    assert (
        "Dit product staat bij Vereniging van Nederlandse Gemeenten: "
        '<a class="offer__external" href="https://vng.nl/toolbox" rel="external">'
        "Toolbox bij de bron (externe website)</a>"
    ) in html
    assert "nieuwste versie" in text(html)
    assert "om te downloaden" not in html
    assert product.card_offer == "Bij VNG (externe website)"


def test_a_product_may_offer_documents_and_its_source(client, site_tree):
    product = KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        body=[],
        external_url="https://example.nl/kader",
        organisation=None,
        attachments=[attached(make_document("Samenvatting", pdf_bytes(1), "s.pdf"))],
    )
    offer = text(offer_section(client.get(product.url).content.decode()))
    assert "1 document om te downloaden: Samenvatting (PDF, 1 pagina," in offer
    assert "Dit product staat bij de bron: " in offer
    assert product.card_offer == "PDF, 1 pagina · Bij de bron (externe website)"


# Cards ------------------------------------------------------------------------


@pytest.fixture
def three_ways(site_tree):
    """A question answered by a product in each of the three ways, and a case."""
    question = QuestionPageFactory(parent=site_tree.questions, slug="starten")
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Op de pagina", questions=[question]
    )
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Als document",
        questions=[question],
        body=[],
        attachments=[attached(make_document("Leidraad", pdf_bytes(24), "l.pdf"))],
    )
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Bij de bron",
        questions=[question],
        body=[],
        external_url="https://vng.nl/",
        organisation=OrganisationFactory(name="VNG Realisatie", short_name="VNG"),
    )
    PracticeCasePageFactory(parent=site_tree.cases, questions=[question])
    return question


WAYS = {"Tekst op de pagina", "PDF, 24 pagina's", "Bij VNG (externe website)"}


@pytest.mark.parametrize("url", ["/kennisbank/", "/vragen/starten/", "/"])
def test_cards_say_what_you_get(client, three_ways, url):
    html = client.get(url).content.decode()
    # One line per product card; a case's card has none.
    assert sorted(card_offers(html)) == sorted(f"Wat je krijgt: {way}" for way in WAYS)
    assert '<span class="visually-hidden">Wat je krijgt: </span>PDF' in html
