"""Meetups in the public API (core.api): what, when and where; never the
link to join online (for those signed up) nor who comes."""

from django.utils import timezone

from community.models.events import EventIndexPage, past, upcoming
from core.api import (
    BOOLEAN,
    DATE_TIME,
    TERM,
    TEXT,
    Field,
    Param,
    QueryResource,
    choice,
    iso,
    nullable,
    page_fields,
)
from core.mail import site_url
from core.pages import visible

PERIODS = ("komend", "afgelopen")

GROUP = {
    "type": ["object", "null"],
    "required": ["titel", "url"],
    "properties": {
        "titel": {"type": "string"},
        "url": {"type": "string", "format": "uri"},
    },
    "additionalProperties": False,
}


def group(event) -> dict | None:
    """The organising group, while anyone may see its page."""
    found = visible([event.group]) if event.group_id else []
    return {"titel": found[0].title, "url": site_url(found[0].url)} if found else None


class EventResource(QueryResource):
    path = "bijeenkomsten"
    schema_name = "Bijeenkomst"
    title = "Bijeenkomsten"
    description = (
        "Meetups van de community: de komende (de eerste eerst, zoals "
        "/community/bijeenkomsten/) of met `periode=afgelopen` het archief "
        "(de laatste eerst)."
    )
    order = 50
    section_class = EventIndexPage
    # A meetup moves to the archive when it ends: no Last-Modified.
    changes_hourly = True
    fields = [
        *page_fields("de bijeenkomst"),
        Field("samenvatting", TEXT, "Eén of twee zinnen.", lambda event: event.summary),
        Field("begin", DATE_TIME, "Wanneer ze begint.", lambda event: iso(event.start)),
        Field("einde", DATE_TIME, "Wanneer ze eindigt.", lambda event: iso(event.end)),
        Field(
            "locatie",
            nullable(TEXT),
            "Adres of gebouw en plaats; leeg als ze alleen online is.",
            lambda event: event.location or None,
        ),
        Field(
            "online",
            BOOLEAN,
            "Of je online kunt meedoen (de link krijgen wie zich aanmelden).",
            lambda event: bool(event.online_url),
        ),
        Field(
            "aanmelden",
            TERM,
            "Via het portaal (met een account), via een externe link, of niet nodig.",
            lambda event: choice(event, "registration"),
        ),
        Field(
            "groep",
            GROUP,
            "De groep die haar organiseert, als die er is.",
            group,
        ),
        Field(
            "afgelopen",
            BOOLEAN,
            "Of ze voorbij is.",
            lambda event: event.end < timezone.now(),
        ),
    ]

    def params(self):
        return [
            Param(
                "periode",
                "Zonder deze parameter of met 'komend' de komende bijeenkomsten; "
                "met 'afgelopen' de voorbije.",
                values=PERIODS,
                many=False,
            )
        ]

    def items(self, section):
        return section.events().defer_streamfields()

    def select(self, section, query):
        found = super().select(section, query)
        chosen = query.get("periode", ["komend"])[0]
        found.items = (past if chosen == "afgelopen" else upcoming)(found.items)
        return found


def api_resources():
    return [EventResource()]
