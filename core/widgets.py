"""Admin widgets."""

from wagtail.admin.rich_text import DraftailRichTextArea


class DraftailRichTextArea(DraftailRichTextArea):
    """Wagtail's rich text editor, but a value that is not the editor's JSON
    (only a forged request sends one: raw HTML, a list, broken entity
    references...) counts as empty instead of raising a server error: a
    required field then shows its form error, and nothing of it is stored.

    (Raising a ValidationError here does not work: Django reads the widget's
    value again when it renders the form with its errors.)
    """

    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except Exception:  # whatever the converter trips over
            return None
