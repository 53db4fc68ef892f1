"""The kennisbank's metadata as open data: every live, public knowledge
product and practice case of a site as rows, written as CSV and as JSON.

One list of columns (`COLUMNS`) says what each field is; the downloads are
written from it and the description page renders its data dictionary from
it, so the two cannot drift apart.

The rows cost a fixed number of queries whatever the number of items: one
for the products, one for the cases, one per relation of each (questions,
bestuurslagen, perspectieven, themes), read straight from the relation's
table. They are kept per content generation (as the listings are), with
the view restrictions in the key: nothing restricted is ever served from
what was kept for another state.
"""

import csv
import io
import json
import re
from collections import defaultdict
from dataclasses import dataclass

from django.utils import timezone
from wagtail.models import Page

from core.mail import public_url
from core.page_cache import remember
from core.structured_data import iso
from knowledge.models.cases import PracticeCasePage
from knowledge.models.products import KnowledgeProductPage
from knowledge.models.questions import QuestionPage

LICENCE_URL = "https://creativecommons.org/publicdomain/zero/1.0/"
LICENCE_NAME = "CC0 1.0 Universeel"
# Inside a CSV cell, the values of a list column.
LIST_SEPARATOR = ";"
# The first characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PRODUCT, CASE = "kennisproduct", "praktijkvoorbeeld"

# What a column holds, as the data dictionary says it.
INTEGER = "geheel getal"
TEXT = "tekst"
CODE = "code"
URL = "webadres (URL)"
DATE = "datum (JJJJ-MM-DD)"
DATETIME = "datum en tijd (ISO 8601, met tijdzone)"


@dataclass(frozen=True)
class Column:
    name: str  # the CSV header and the JSON key
    kind: str
    meaning: str
    many: bool = False  # a list: ";"-separated in CSV, an array in JSON

    @property
    def kind_label(self) -> str:
        return f"lijst van: {self.kind}" if self.many else self.kind


COLUMNS = (
    Column(
        "id",
        INTEGER,
        "Het vaste nummer van de pagina in het portaal. Het blijft hetzelfde als "
        "de titel of het webadres verandert.",
    ),
    Column("soort", CODE, f"'{PRODUCT}' of '{CASE}'."),
    Column("titel", TEXT, "De titel."),
    Column("url", URL, "De pagina op dit portaal."),
    Column("samenvatting", TEXT, "De samenvatting van één of twee zinnen."),
    Column(
        "type",
        CODE,
        "Het type kennisproduct, bijvoorbeeld 'leidraad' of 'toolbox' (de waarde "
        "van het filter 'type' in de kennisbank). Leeg bij een praktijkvoorbeeld.",
    ),
    Column(
        "fase",
        CODE,
        "Hoe ver een praktijkvoorbeeld is: 'verkenning', 'pilot' of 'productie'. "
        "Leeg bij een kennisproduct.",
    ),
    Column(
        "vragen",
        CODE,
        "De vragen waarop het (een deel van het) antwoord geeft, met hun naam uit "
        "het webadres: 'starten' is /vragen/starten/.",
        many=True,
    ),
    Column(
        "bestuurslagen",
        CODE,
        "Voor welke bestuurslagen het bedoeld is, bijvoorbeeld 'gemeente' of "
        "'waterschap'.",
        many=True,
    ),
    Column(
        "perspectieven",
        CODE,
        "Vanuit welk perspectief het de vraag benadert: 'technisch' (kan het?), "
        "'juridisch' (mag het?) of 'ethisch' (is het wenselijk?).",
        many=True,
    ),
    Column(
        "themas",
        CODE,
        "De thema's, zoals in het filter 'thema' van de kennisbank (bijvoorbeeld "
        "'avg').",
        many=True,
    ),
    Column(
        "organisatie",
        TEXT,
        "Bij een kennisproduct de organisatie die het maakte of uitgeeft, bij een "
        "praktijkvoorbeeld de organisatie die het deed. Kan leeg zijn.",
    ),
    Column(
        "bron_url",
        URL,
        "Waar het kennisproduct bij de bron staat, als het daar wordt beheerd. "
        "Leeg als het op dit portaal staat en bij een praktijkvoorbeeld.",
    ),
    Column("eerst_gepubliceerd", DATE, "De dag waarop het voor het eerst verscheen."),
    Column(
        "laatst_gewijzigd",
        DATETIME,
        "Wanneer de laatste versie werd gepubliceerd.",
    ),
    Column(
        "laatst_gecontroleerd",
        DATE,
        "Wanneer de redactie of de bron voor het laatst nakeek of de inhoud nog klopt.",
    ),
)
COLUMN_NAMES = tuple(column.name for column in COLUMNS)


def _relations(model, items, field: str, visible_targets=None) -> dict:
    """item id -> the slugs of `field` (a many-to-many to a taxonomy or
    question), in one query on the relation's table."""
    relation = model._meta.get_field(field)
    through = relation.remote_field.through
    source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
    rows = through.objects.filter(**{f"{source}__in": items.values("pk")})
    if visible_targets is not None:
        rows = rows.filter(**{f"{target}__in": visible_targets.values("pk")})
    ordering = (
        (f"{target}__path",)
        if visible_targets is not None
        else (f"{target}__sort_order", f"{target}__name")
    )
    found = defaultdict(list)
    for item_id, slug in rows.order_by(*ordering).values_list(
        f"{source}_id", f"{target}__slug"
    ):
        found[item_id].append(slug)
    return found


def _themes(model, items) -> dict:
    """item id -> its theme slugs (django-taggit), in one query."""
    through = model._meta.get_field("tags").remote_field.through
    found = defaultdict(list)
    for item_id, slug in (
        through.objects.filter(content_object__in=items.values("pk"))
        .order_by("tag__name")
        .values_list("content_object_id", "tag__slug")
    ):
        found[item_id].append(slug)
    return found


def _rows(model, items, home_url: str, home_url_path: str, kind: str, extra):
    """The rows of `items`, read as plain values (no page objects: 10,000 of
    them cost seconds): each page's address is the home page's plus the
    rest of its url_path, as Wagtail makes it for a page of that site."""
    questions = _relations(
        model, items, "questions", QuestionPage.objects.live().public()
    )
    layers = _relations(model, items, "government_layers")
    perspectives = _relations(model, items, "perspectives")
    themes = _themes(model, items)
    rows = []
    values = items.values(
        "pk",
        "title",
        "url_path",
        "summary",
        "first_published_at",
        "last_published_at",
        "last_reviewed",
        "organisation__name",
        *extra,
    )
    for item in values:
        pk, first = item["pk"], item["first_published_at"]
        rows.append(
            {
                "id": pk,
                "soort": kind,
                "titel": item["title"],
                "url": home_url + item["url_path"][len(home_url_path) :],
                "samenvatting": item["summary"],
                "type": item.get("knowledge_type__slug", ""),
                "fase": item.get("phase", ""),
                "vragen": questions.get(pk, []),
                "bestuurslagen": layers.get(pk, []),
                "perspectieven": perspectives.get(pk, []),
                "themas": themes.get(pk, []),
                "organisatie": item["organisation__name"] or "",
                "bron_url": item.get("external_url", ""),
                "eerst_gepubliceerd": iso(timezone.localdate(first)) if first else "",
                "laatst_gewijzigd": iso(item["last_published_at"]) or "",
                "laatst_gecontroleerd": iso(item["last_reviewed"]) or "",
            }
        )
    return rows


def build_rows(home_path: str, request) -> list[dict]:
    """Every live, public product and case below the home page at
    `home_path`, by id; each row a dict with the COLUMNS' names."""
    home = Page.objects.get(path=home_path)
    home_url = public_url(home, request)
    below_home = {"path__startswith": home_path}
    products = (
        KnowledgeProductPage.objects.live().public().filter(**below_home).order_by("pk")
    )
    cases = PracticeCasePage.objects.live().public().filter(**below_home).order_by("pk")
    rows = [
        *_rows(
            KnowledgeProductPage,
            products,
            home_url,
            home.url_path,
            PRODUCT,
            ("knowledge_type__slug", "external_url"),
        ),
        *_rows(PracticeCasePage, cases, home_url, home.url_path, CASE, ("phase",)),
    ]
    rows.sort(key=lambda row: row["id"])
    return rows


def kennisbank_data(page, request) -> dict:
    """The rows of `page`'s site and when they were read: kept until the
    content changes (keyed by the site's home, whose URLs they hold)."""
    home_path = page.path[: Page.steplen * 2]

    def build():
        return {
            "generated": iso(timezone.now()),
            "rows": build_rows(home_path, request),
        }

    return remember("open-data", home_path, build)


# A ";" followed by what starts a formula: a spreadsheet that splits on ";"
# (Excel in Dutch) would start a new cell there.
_FORMULA_AFTER_SEMICOLON = re.compile(r";(?=[=+\-@\t\r])")


def spreadsheet_safe(text: str) -> str:
    """A text cell that no spreadsheet reads as a formula: one starting with
    =, +, -, @ (or a tab or carriage return) gets an apostrophe before it,
    and so does every such part after a ";"."""
    text = _FORMULA_AFTER_SEMICOLON.sub(";'", text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_cell(column: Column, value) -> str:
    if column.many:
        value = LIST_SEPARATOR.join(value)
    return spreadsheet_safe(str(value)) if isinstance(value, str) else str(value)


def as_csv(rows: list[dict]) -> bytes:
    """RFC 4180: a header row, commas, fields quoted where needed, CRLF line
    ends; UTF-8 with a byte order mark, from which Excel learns the
    encoding (without it, Excel reads "é" as "Ã©")."""
    out = io.StringIO()
    # Every field quoted: a spreadsheet that splits on another separator
    # than the comma still keeps each field whole.
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(COLUMN_NAMES)
    for row in rows:
        writer.writerow([csv_cell(column, row[column.name]) for column in COLUMNS])
    return out.getvalue().encode("utf-8-sig")


def as_json(data: dict, *, description_url: str) -> bytes:
    """An object: what it is, its licence, when it was read, how many
    items, the data dictionary, then the items (lists as arrays, an id as
    a number)."""
    document = {
        "titel": "Metadata van de kennisbank van het Kenniscentrum Data",
        "beschrijving": description_url,
        "licentie": LICENCE_URL,
        "licentienaam": LICENCE_NAME,
        "gegenereerd": data["generated"],
        "aantal": len(data["rows"]),
        "kolommen": [
            {
                "naam": column.name,
                "soort": column.kind_label,
                "betekenis": column.meaning,
            }
            for column in COLUMNS
        ],
        "items": data["rows"],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
