"""The public form with which a provider proposes a training."""

import datetime

from django import forms
from django.utils import timezone

from core.forms import ModelMultipleChoiceField, ProtectedForm
from knowledge.models import GovernmentLayer, QuestionPage
from trainings.models import Audience, Cost, Format, Language, Level


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


def checkboxes(queryset, label):
    return ModelMultipleChoiceField(
        queryset, label=label, required=False, widget=forms.CheckboxSelectMultiple
    )


class ProposalForm(ProtectedForm):
    title = forms.CharField(label="Naam van de opleiding", max_length=120)
    provider_name = forms.CharField(label="Aanbieder", max_length=160)
    summary = forms.CharField(
        label="Korte omschrijving",
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Eén of twee zinnen: wat leer je, en voor wie? Hooguit 300 tekens.",
    )
    description = forms.CharField(
        label="Uitgebreide beschrijving (optioneel)",
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    level = forms.ChoiceField(
        label="Niveau", choices=Level.choices, widget=forms.RadioSelect
    )
    format = forms.ChoiceField(
        label="Vorm", choices=Format.choices, widget=forms.RadioSelect
    )
    workload_hours = forms.IntegerField(
        label="Studiebelasting in uren (optioneel)",
        min_value=1,
        max_value=2000,
        required=False,
    )
    duration = forms.CharField(
        label="Doorlooptijd (optioneel)",
        max_length=60,
        required=False,
        help_text="Bijvoorbeeld ‘6 weken’ of ‘1 dag’.",
    )
    cost = forms.ChoiceField(
        label="Kosten", choices=Cost.choices, widget=forms.RadioSelect
    )
    price = forms.DecimalField(
        label="Prijs in euro's",
        min_value=0,
        max_value=99999,
        decimal_places=2,
        required=False,
        help_text="Bij ‘betaald’ de prijs; bij een betaald certificaat wat dat kost.",
        localize=True,
    )
    language = forms.ChoiceField(
        label="Taal",
        choices=Language.choices,
        initial=Language.NL,
        widget=forms.RadioSelect,
    )
    registration_url = forms.URLField(
        label="Webadres om je aan te melden (optioneel)",
        required=False,
        assume_scheme="https",
        max_length=200,
    )
    questions = checkboxes(
        QuestionPage.objects.none(),  # set per form: .public() runs a query
        "Bij welke vragen helpt de opleiding? (optioneel)",
    )
    audiences = checkboxes(Audience.objects.all(), "Voor wie? (optioneel)")
    government_layers = checkboxes(
        GovernmentLayer.objects.all(), "Voor welke bestuurslagen? (optioneel)"
    )
    start = forms.DateField(
        label="Eerstvolgende startdatum (optioneel)", required=False, widget=DateInput()
    )
    end = forms.DateField(
        label="Einddatum (optioneel)", required=False, widget=DateInput()
    )
    location = forms.CharField(
        label="Plaats (optioneel)", max_length=120, required=False
    )
    online = forms.BooleanField(label="Deze uitvoering is online", required=False)
    contact_name = forms.CharField(label="Je naam", max_length=120)
    contact_email = forms.EmailField(
        max_length=254,
        label="Je e-mailadres",
        help_text="Alleen om je voorstel te bevestigen en erover contact op te nemen.",
    )

    # The form's parts, in order: heading, a line of explanation, fields.
    sections = [
        (
            "De opleiding",
            "",
            [
                "title",
                "provider_name",
                "summary",
                "description",
                "level",
                "format",
                "workload_hours",
                "duration",
                "cost",
                "price",
                "language",
                "registration_url",
            ],
        ),
        ("Voor wie en waarvoor", "", ["questions", "audiences", "government_layers"]),
        (
            "Eerstvolgende uitvoering",
            "Heeft de opleiding vaste data? Vul dan de eerstvolgende in; de "
            "redactie vraagt je later om de rest.",
            ["start", "end", "location", "online"],
        ),
        ("Jouw gegevens", "", ["contact_name", "contact_email"]),
    ]

    def parts(self):
        for heading, intro, names in self.sections:
            yield heading, intro, [self[name] for name in names]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["questions"].queryset = (
            QuestionPage.objects.live().public().order_by("path")
        )

    def clean(self):
        cleaned = super().clean()
        cost, price = cleaned.get("cost"), cleaned.get("price")
        if cost and cost != Cost.GRATIS and price is None:
            self.add_error("price", "Vul de prijs in.")
        if cost == Cost.GRATIS and price:
            self.add_error(
                "price", "Een gratis opleiding heeft geen prijs; laat dit veld leeg."
            )
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and start < timezone.localdate():
            self.add_error("start", "Deze datum ligt in het verleden.")
        if start and end and end < start:
            self.add_error("end", "De einddatum ligt vóór de startdatum.")
        if (end or cleaned.get("location") or cleaned.get("online")) and not start:
            self.add_error("start", "Vul ook de startdatum in.")
        if start and not cleaned.get("location") and not cleaned.get("online"):
            self.add_error("location", "Vul de plaats in, of vink ‘online’ aan.")
        if start and start > timezone.localdate() + datetime.timedelta(days=3 * 365):
            self.add_error("start", "Deze datum ligt te ver weg.")
        return cleaned
