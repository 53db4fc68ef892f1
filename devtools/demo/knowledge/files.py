"""The demo documents, made here from the texts in documents.py, so that the
repository holds no document files and nothing is downloaded or copied.

A text becomes a tagged PDF (PDF/UA-1, the language and title set) rendered
by WeasyPrint, as a beslishulp's result is (decisions/pdf.py: it fetches
nothing). WeasyPrint needs Pango from the system; without it the document is
a plain text file with the same text, and the loader says so. A table
becomes a CSV file.
"""

import csv
import hashlib
import io
from html import escape

from django.core.files.base import ContentFile
from django.utils.text import slugify

from devtools.demo.text import to_html, to_text

STYLE = """
@page {
    size: A4;
    margin: 2.2cm 2cm 2.5cm;
    @bottom-left { content: string(title); font-size: 8pt; color: #4a4a4a; }
    @bottom-right {
        content: "Pagina " counter(page) " van " counter(pages);
        font-size: 8pt; color: #4a4a4a;
    }
}
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.5;
       color: #1b1b1b; }
h1 { string-set: title content(); font-size: 20pt; line-height: 1.2;
     color: #154273; margin: 0 0 6pt; }
h2 { font-size: 13pt; color: #154273; margin: 16pt 0 4pt; break-after: avoid; }
p, li { orphans: 2; widows: 2; }
.colophon { color: #4a4a4a; border-bottom: 2pt solid #154273; padding-bottom: 8pt;
            margin-bottom: 14pt; }
"""

COLOPHON = {
    "nl": "{organisation} · versie {version}",
    "en": "{organisation} · version {version}",
}


def colophon(data: dict) -> str:
    return COLOPHON[data.get("language", "nl")].format(
        organisation=data["organisation"], version=data["version"]
    )


def pdf_html(data: dict) -> str:
    language = data.get("language", "nl")
    return (
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{escape(data['title'])}</title><style>{STYLE}</style></head>"
        f"<body><header><h1>{escape(data['title'])}</h1>"
        f'<p class="colophon">{escape(colophon(data))}</p></header>'
        f"<main>{to_html(data['text'])}</main></body></html>"
    )


def csv_bytes(rows: list[list[str]]) -> bytes:
    """Semicolons and a byte order mark: what a Dutch spreadsheet program
    opens as columns, with the accents intact."""
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8-sig")


def document_file(data: dict, pdf: bool) -> tuple[bytes, str]:
    """The file's bytes and extension: a table as CSV, a text as PDF when
    WeasyPrint runs, else as plain text."""
    if "rows" in data:
        return csv_bytes(data["rows"]), "csv"
    if pdf:
        from decisions.pdf import pdf_bytes

        return pdf_bytes(pdf_html(data)), "pdf"
    text = f"# {data['title']}\n\n{colophon(data)}\n\n{to_text(data['text'])}"
    return text.encode(), "txt"


def ensure_document(data: dict, can_make_pdf):
    """The Wagtail document with this title, made and stored if it is
    missing (or is the plain-text stand-in and a PDF can be made now):
    (document, made now?). `can_make_pdf()` is asked only when something
    is to be made (loading WeasyPrint takes a moment)."""
    from wagtail.documents import get_document_model

    Document = get_document_model()
    document = Document.objects.filter(title=data["title"]).first()
    stand_in = document is not None and document.file_extension == "txt"
    if document is not None and not (stand_in and "text" in data and can_make_pdf()):
        return document, False
    # Missing, or made as plain text where WeasyPrint could not run, and now it can.
    document = document or Document(title=data["title"])
    content, extension = document_file(data, can_make_pdf())
    document.file = ContentFile(
        content, name=f"{slugify(data['title'])[:80]}.{extension}"
    )
    document.file_size = len(content)
    document.file_hash = hashlib.sha1(content, usedforsecurity=False).hexdigest()
    document.save()
    return document, True
