"""A beslishulp's result as a PDF, to keep with a dossier (a DPIA, say).

WeasyPrint renders decisions/result_pdf.html, which carries its own small
stylesheet, to a tagged PDF (PDF/UA-1): headings, lists and reading order
for a screen reader, with the language and title set. A library rather than
our own PDF writer: tagging and text layout are the hard part.

Nothing is fetched while rendering: the fetcher refuses every address, so no
rich text of an editor and no link can make the server request anything (a
link stays a link in the PDF). Rendering costs CPU time (about a tenth of a
second), so each visitor may ask for a limited number per hour.
"""

from django.template.loader import render_to_string

from core.mail import site_url
from core.ratelimit import allow

PDFS_PER_HOUR = 30


def _fetcher():
    from weasyprint.urls import URLFetcher

    class NoFetching(URLFetcher):
        def fetch(self, url, headers=None):
            raise ValueError(f"De PDF haalt niets op: {url[:80]}")

    return NoFetching()


def pdf_bytes(html: str) -> bytes:
    # Imported here: Pango is loaded with it, and only this view needs it.
    from weasyprint import HTML

    document = HTML(string=html, base_url=site_url("/"), url_fetcher=_fetcher())
    return document.write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True)


def pdf_available() -> bool:
    """Whether WeasyPrint loads: it needs Pango from the system (README)."""
    try:
        import weasyprint  # noqa: F401
    except OSError:
        return False
    return True


def pdf_refused(request) -> tuple[str, int] | None:
    """Why no PDF is made now, as (reason, status) for the view's
    decisions/invalid_path.html, or None."""
    if not pdf_available():
        # A server without Pango: the page says so, the rest still works.
        return "no_pdf", 503
    if not allow(request, "beslishulp-pdf", PDFS_PER_HOUR, 3600):
        return "too_many", 429
    return None


def result_pdf(context) -> bytes:
    """The verantwoording of the view's context as a PDF."""
    return pdf_bytes(render_to_string("decisions/result_pdf.html", context))
