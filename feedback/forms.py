"""The two public forms: the Ja/Nee buttons under a page, and the comment
after a Nee."""

from django import forms
from django.core.validators import MaxLengthValidator
from wagtail.models import Page

from core.forms import ModelChoiceField, ProtectedForm
from core.pages import site_pages
from feedback.models import COMMENT_MAX_LENGTH

ANSWERS = {"ja": True, "nee": False}


class VoteForm(forms.Form):
    """Ja or Nee for a page.

    Only a honeypot against bots, not ProtectedForm's signed start time:
    the buttons sit in pages that the page cache keeps and serves to every
    visitor for minutes, so the start time would be the time the page was
    rendered, not the time this visitor saw it (too old, or shared by all).
    And one click a few seconds after the page loads is exactly what a
    reader does. The origin check (public_form_view) and the rate limit per
    address hold instead.
    """

    page = ModelChoiceField(
        queryset=Page.objects.live(),
        widget=forms.HiddenInput,
        error_messages={
            "required": "Het formulier zegt niet over welke pagina het gaat.",
            "invalid_choice": "Deze pagina bestaat niet (meer).",
        },
    )
    helped = forms.TypedChoiceField(
        choices=[("ja", "Ja"), ("nee", "Nee")],
        coerce=ANSWERS.get,
        error_messages={
            "required": "Kies Ja of Nee.",
            "invalid_choice": "Kies Ja of Nee.",
        },
    )
    # The honeypot, as in every public form (components/honeypot.html).
    website = forms.CharField(
        label="Laat dit veld leeg",
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Live and public (no view restriction at or above it), as read for
        # this request; a restricted page's readers are logged-in users, and
        # its answers would tell about it in the report all the same, so the
        # form there is refused rather than special-cased.
        self.fields["page"].queryset = site_pages().live().public()

    def clean_page(self):
        page = self.cleaned_data["page"]
        # The type decides (asks_feedback), read from the content type Django
        # keeps in memory: no query for the specific page.
        if not getattr(page.specific_class, "asks_feedback", False):
            raise forms.ValidationError(
                "Op deze pagina vragen we niet om feedback.", code="not_asked"
            )
        return page

    def looks_like_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))


class CommentForm(ProtectedForm):
    """The comment after a Nee. A page of its own (reached by a link only
    this reader has, never cached), so the signed start time works here."""

    comment = forms.CharField(
        label="Wat miste je?",
        help_text=(
            f"Hoogstens {COMMENT_MAX_LENGTH} tekens. Schrijf geen persoonsgegevens "
            "op, zoals namen, e-mailadressen of telefoonnummers."
        ),
        # The browser stops at the limit; the server says so and keeps the text
        # when it is passed anyway (a paste, an old browser).
        widget=forms.Textarea(
            attrs={"rows": 6, "maxlength": COMMENT_MAX_LENGTH, "autocomplete": "off"}
        ),
        error_messages={
            "required": "Schrijf in het vak wat je miste, of ga terug naar de pagina.",
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Not the field's max_length: its message would not say how long
        # the text is now.
        self.fields["comment"].validators.append(
            MaxLengthValidator(
                COMMENT_MAX_LENGTH,
                message=(
                    f"Je opmerking is te lang: gebruik hoogstens {COMMENT_MAX_LENGTH} "
                    "tekens (nu %(show_value)d)."
                ),
            )
        )
