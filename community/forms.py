"""The vraagbaak's public form."""

from django import forms

from ibds_portal.forms import ProtectedForm
from knowledge.models import GovernmentLayer


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
    government_layer = forms.ModelChoiceField(
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
