"""Whether the tests make PDFs: WeasyPrint needs Pango from the system
(README). Locally, without it, the PDF tests are skipped and the summary says
so; CI installs it and sets REQUIRE_PDF=1, so there they run (and fail if it
is missing)."""

import os

import pytest

import decisions.pdf

MAKES_PDF = decisions.pdf.pdf_available() or os.environ.get("REQUIRE_PDF") == "1"

needs_pango = pytest.mark.skipif(
    not MAKES_PDF,
    reason="Pango is not installed (apt install libpango-1.0-0 libpangoft2-1.0-0)",
)
