"""The training catalogue in the public API (core.api)."""

from core.api import (
    INTEGER,
    ORGANISATION,
    TERM,
    TERMS,
    TEXT,
    URL,
    Field,
    ListingResource,
    choice,
    facet_terms,
    iso,
    nullable,
    organisation,
    page_fields,
    terms,
)
from knowledge.api import public_questions, question_terms
from trainings.models import TrainingIndexPage

RUN = {
    "type": "object",
    "required": ["start", "eind", "plaats", "online", "status"],
    "properties": {
        "start": {"type": "string", "format": "date"},
        "eind": {"type": "string", "format": "date"},
        "plaats": {"type": "string", "description": "Waar, of 'Online'."},
        "online": {"type": "boolean"},
        "status": {"$ref": "#/components/schemas/Term"},
    },
    "additionalProperties": False,
}


def runs(training) -> list[dict]:
    """Its coming runs (under way ones included), the soonest first."""
    return [
        {
            "start": iso(run.start),
            "eind": iso(run.last_day),
            "plaats": run.where,
            "online": run.online,
            "status": choice(run, "status"),
        }
        for run in training.upcoming
    ]


class TrainingResource(ListingResource):
    path = "opleidingen"
    schema_name = "Opleiding"
    title = "Opleidingen"
    description = (
        "Opleidingen met hun komende uitvoeringen: dezelfde selectie en volgorde "
        "als /opleidingen/ met dezelfde filters (opleidingen met een uitvoering "
        "die nog komt of zonder data). Een afgelopen opleiding blijft op haar "
        "`id` te vinden."
    )
    order = 40
    section_class = TrainingIndexPage
    # What is current, and what starts within three months, moves by the day.
    changes_daily = True
    fields = [
        *page_fields("de opleiding"),
        Field("samenvatting", TEXT, "Eén of twee zinnen.", lambda item: item.summary),
        Field(
            "aanbieder",
            nullable(ORGANISATION),
            "Wie de opleiding geeft (filter `aanbieder`: de `waarde` staat in de "
            "facetten).",
            lambda item: organisation(item.provider),
        ),
        Field(
            "niveau",
            TERM,
            "Basis, gevorderd of expert (filter `niveau`).",
            lambda item: choice(item, "level"),
        ),
        Field(
            "vorm",
            TERM,
            "Online, klassikaal, hybride of zelfstudie (filter `vorm`).",
            lambda item: choice(item, "format"),
        ),
        Field(
            "kosten",
            TERM,
            "Gratis, gratis met een betaald certificaat, of betaald (het filter "
            "`kosten` kent gratis, dat beide gratis vormen vindt, en betaald).",
            lambda item: choice(item, "cost"),
        ),
        Field(
            "prijs",
            nullable(TEXT),
            "In euro's, met twee decimalen (bij een certificaat: de prijs daarvan).",
            lambda item: None if item.price is None else f"{item.price:.2f}",
        ),
        Field("taal", TEXT, "nl of en.", lambda item: item.language),
        Field(
            "studiebelastingUren",
            nullable(INTEGER),
            "Hoeveel uur het kost.",
            lambda item: item.workload_hours,
        ),
        Field(
            "doorlooptijd",
            nullable(TEXT),
            "Bijvoorbeeld '6 weken'.",
            lambda item: item.duration or None,
        ),
        Field(
            "doelgroepen",
            TERMS,
            "Voor wie (filter `doelgroep`).",
            facet_terms("doelgroep", lambda item: terms(item.audiences)),
        ),
        Field(
            "bestuurslagen",
            TERMS,
            "Voor welke bestuurslagen (filter `bestuurslaag`).",
            facet_terms("bestuurslaag", lambda item: terms(item.government_layers)),
        ),
        Field(
            "vragen",
            TERMS,
            "Bij welke vragen (filter `vraag`).",
            facet_terms("vraag", question_terms),
        ),
        Field(
            "aanmeldUrl",
            nullable(URL),
            "Waar je je aanmeldt.",
            lambda item: item.registration_url or None,
        ),
        Field(
            "uitvoeringen",
            {"type": "array", "items": RUN},
            "De komende uitvoeringen (ook die al bezig zijn), de eerste eerst.",
            runs,
        ),
    ]

    @property
    def relations(self):
        return (public_questions(), "audiences", "government_layers")

    def items(self, section):
        return self.cards(section)

    def cards(self, section):
        return section.listed_trainings().with_runs()


def api_resources():
    return [TrainingResource()]
