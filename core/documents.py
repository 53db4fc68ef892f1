"""What a visitor wants to know about a document before downloading it and
Wagtail does not keep: how many pages a PDF has."""

import logging

from pypdf import PdfReader

logger = logging.getLogger(__name__)


def is_pdf(document) -> bool:
    return document.file_extension.lower() == "pdf"


def pdf_page_count(file) -> int | None:
    """The number of pages of the PDF in `file` (a Django file field), or
    None when it cannot be read (damaged, encrypted, not a PDF after all)."""
    try:
        with file.open("rb") as stream:
            reader = PdfReader(stream)
            if reader.is_encrypted:
                # Many PDFs are "encrypted" with an empty password, only to
                # restrict printing or copying; their page tree is readable.
                reader.decrypt("")
            return len(reader.pages) or None
    # Whatever an uploaded file makes the parser raise: saving the page that
    # offers it must not fail, the page count is then left out.
    except Exception as error:
        logger.info("Geen paginatelling voor %s: %s", file.name, error)
        return None
