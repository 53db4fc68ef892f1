"""Admin widgets."""

from wagtail.admin.rich_text import DraftailRichTextArea


class DraftailRichTextArea(DraftailRichTextArea):
    """Wagtail's rich text editor, but a value that is not the editor's JSON
    (only a forged request sends one) counts as empty instead of raising: the
    editor gets a form error, not a server error, and nothing is stored."""

    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except ValueError:  # json.JSONDecodeError included
            return None
