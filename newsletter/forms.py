"""The newsletter's public forms: sign up (on /nieuwsbrief/ and, shorter, in
every page's footer), ask for a manage link, and the preferences behind it."""

from django import forms

from core.forms import (
    AccessibleFormMixin,
    ModelChoiceField,
    ModelMultipleChoiceField,
    ProtectedForm,
    checked_formfield,
)
from knowledge.models import GovernmentLayer, QuestionPage
from newsletter.models import CONSENT_TEXT, SignupSource, Subscriber


def _questions():
    return QuestionPage.objects.live().public().order_by("path")


def normalised_email(form) -> str:
    """Lower case, as stored; still within the column's 254 characters
    (lower-casing can lengthen some letters)."""
    email = form.cleaned_data["email"].strip().lower()
    if len(email) > 254:
        raise forms.ValidationError("Dit e-mailadres is te lang.")
    return email


class SignupForm(ProtectedForm):
    email = forms.EmailField(
        max_length=254,
        label="Je e-mailadres",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    name = forms.CharField(label="Je naam (optioneel)", max_length=120, required=False)
    government_layer = ModelChoiceField(
        GovernmentLayer.objects.all(),
        label="Bestuurslaag (optioneel)",
        required=False,
        empty_label="Kies een bestuurslaag",
    )
    questions = ModelMultipleChoiceField(
        QuestionPage.objects.none(),
        label="Vragen die je interesseren (optioneel)",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Dan zetten we wat nieuw is bij deze vragen bovenaan.",
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={
            "required": "Vink aan dat je de nieuwsbrief wilt ontvangen; zonder "
            "jouw toestemming sturen we niets."
        },
    )
    # The error summary names the field by this, not by the whole sentence.
    consent.summary_label = "Toestemming"
    source = forms.ChoiceField(
        choices=SignupSource.choices,
        initial=SignupSource.PAGE,
        required=False,
        widget=forms.HiddenInput,
    )

    # The footer's short form offers no questions: it costs no query then.
    offers_questions = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.offers_questions:
            self.fields["questions"].queryset = _questions()

    def clean_email(self):
        return normalised_email(self)

    def clean_source(self):
        return self.cleaned_data.get("source") or SignupSource.PAGE


class FooterSignupForm(SignupForm):
    """The same form, shown with the address and consent only."""

    offers_questions = False

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "voet_%s")  # unique beside the page's form
        super().__init__(*args, **kwargs)
        self.fields["source"].initial = SignupSource.FOOTER
        # Unlike the page's own e-mail field (login, vraagbaak) beside it.
        self.fields["email"].label = "Je e-mailadres voor de nieuwsbrief"


class ManageRequestForm(ProtectedForm):
    email = forms.EmailField(
        max_length=254,
        label="Je e-mailadres",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text="We sturen je een link waarmee je een uur lang je "
        "inschrijving kunt aanpassen.",
    )

    def clean_email(self):
        return normalised_email(self)


class PreferencesForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = Subscriber
        fields = ["name", "government_layer", "questions"]
        formfield_callback = checked_formfield
        labels = {
            "name": "Je naam (optioneel)",
            "government_layer": "Bestuurslaag (optioneel)",
            "questions": "Vragen die je interesseren",
        }
        widgets = {"questions": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["questions"].queryset = _questions()
        self.fields["government_layer"].empty_label = "Kies een bestuurslaag"
