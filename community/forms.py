"""The vraagbaak's public form, and the form members share a case with."""

from django import forms

from core.forms import (
    AccessibleFormMixin,
    ModelChoiceField,
    ModelMultipleChoiceField,
    ProtectedForm,
)
from knowledge.models import GovernmentLayer, Phase, QuestionPage


class EnquiryForm(ProtectedForm):
    question = forms.CharField(
        label="Je vraag",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Zo concreet mogelijk, bijvoorbeeld: ‘Mogen wij beelden van "
        "scanauto's gebruiken om bijplaatsingen op te sporen?’",
    )
    context = forms.CharField(
        label="Toelichting (optioneel)",
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Wat speelt er, wat heb je al uitgezocht? Zet er geen "
        "persoonsgegevens van anderen in.",
    )
    organisation = forms.CharField(
        label="Je organisatie (optioneel)", max_length=160, required=False
    )
    government_layer = ModelChoiceField(
        GovernmentLayer.objects.all(),
        label="Bestuurslaag (optioneel)",
        required=False,
        empty_label="Kies een bestuurslaag",
    )
    name = forms.CharField(label="Je naam (optioneel)", max_length=120, required=False)
    email = forms.EmailField(
        max_length=254,
        label="Je e-mailadres",
        help_text="Alleen om je te laten weten dat er een antwoord is. We "
        "gebruiken het nergens anders voor.",
    )


class EnquiryReplyForm(AccessibleFormMixin, forms.Form):
    """The asker's one reaction to the answer, on the private status page."""

    reply = forms.CharField(
        label="Je reactie op het antwoord",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Eén keer: een vervolgvraag, of wat je nog mist. Zet er geen "
        "persoonsgegevens van anderen in.",
        error_messages={"required": "Schrijf je reactie in het vak."},
    )


class CaseForm(AccessibleFormMixin, forms.Form):
    """A member shares a practice case; it becomes a draft for the editors."""

    title = forms.CharField(
        label="Titel",
        max_length=120,
        help_text="Kort en concreet, bijvoorbeeld: ‘Afvalinzameling plannen "
        "met vulgraadsensoren’.",
    )
    organisation = forms.CharField(
        label="Organisatie",
        max_length=160,
        help_text="Welke organisatie heeft dit gedaan?",
    )
    government_layer = ModelChoiceField(
        GovernmentLayer.objects.all(),
        label="Bestuurslaag",
        empty_label="Kies een bestuurslaag",
    )
    phase = forms.ChoiceField(label="Hoe ver is het?", choices=Phase.choices)
    summary = forms.CharField(
        label="Samenvatting",
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Eén of twee zinnen (hoogstens 300 tekens).",
    )
    challenge = forms.CharField(
        label="De uitdaging",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Welk probleem wilden jullie oplossen?",
    )
    approach = forms.CharField(
        label="De aanpak",
        max_length=6000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Wat hebben jullie gedaan, met welke data en wie deed mee?",
    )
    result = forms.CharField(
        label="Het resultaat",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    lessons = forms.CharField(
        label="Lessen",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Wat zou je een collega meegeven? Ook wat misging.",
    )
    questions = ModelMultipleChoiceField(
        QuestionPage.objects.none(),
        label="Bij welke vragen hoort dit voorbeeld?",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Kies minstens één vraag."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["questions"].queryset = (
            QuestionPage.objects.live().public().order_by("path")
        )
