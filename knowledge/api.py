"""The kennisbank in the public API (core.api): questions, knowledge
products and practice cases."""

from django.db.models import Prefetch

from core.api import (
    DATE,
    INTEGER,
    ORGANISATION,
    TERM,
    TERMS,
    TEXT,
    URL,
    Field,
    Found,
    ListingResource,
    QueryResource,
    choice,
    facet_terms,
    iso,
    nullable,
    organisation,
    page_fields,
    tag_terms,
    term,
    terms,
)
from core.mail import site_url
from knowledge.models import (
    KnowledgeIndexPage,
    PracticeCaseIndexPage,
    QuestionIndexPage,
    QuestionPage,
)
from knowledge.models.questions import site_listings, with_item_counts


def question_terms(item) -> list[dict]:
    """The item's questions that anyone may see (prefetched live and
    public, in the tree's order)."""
    return [term(question.slug, question.title) for question in item.questions.all()]


def public_questions():
    return Prefetch(
        "questions",
        QuestionPage.objects.live()
        .public()
        .order_by("path")
        .only("title", "slug", "path"),
    )


def item_fields(described: str) -> list[Field]:
    """What products and cases share; the relations their listings have as
    facets come from the listing's index (core.api.facet_terms)."""
    return [
        Field("samenvatting", TEXT, "Eén of twee zinnen.", lambda item: item.summary),
        Field(
            "vragen",
            TERMS,
            "De vragen waarop het (een deel van) het antwoord geeft; `waarde` "
            "is het filter `vraag`.",
            facet_terms("vraag", question_terms),
        ),
        Field(
            "bestuurslagen",
            TERMS,
            "Voor welke bestuurslagen (filter `bestuurslaag`).",
            facet_terms("bestuurslaag", lambda item: terms(item.government_layers)),
        ),
        Field(
            "perspectieven",
            TERMS,
            "Vanuit welk perspectief (filter `perspectief`).",
            facet_terms("perspectief", lambda item: terms(item.perspectives)),
        ),
        Field(
            "themas",
            TERMS,
            "Thema's (filter `thema`).",
            facet_terms("thema", lambda item: tag_terms(item.tags)),
        ),
        Field(
            "eigenaar",
            TEXT,
            f"Wie {described} actueel houdt.",
            lambda item: str(item.owner_label),
        ),
        Field(
            "laatstGecontroleerd",
            nullable(DATE),
            "Wanneer is gecontroleerd dat de inhoud nog klopt.",
            lambda item: iso(item.last_reviewed),
        ),
    ]


def relations():
    """What the facets hold, for an item its listing does not hold."""
    return (public_questions(), "government_layers", "perspectives", "tags")


def documents(item) -> list[dict]:
    return [
        {
            "titel": attachment.title or attachment.document.title,
            "url": site_url(attachment.document.url),
            "formaat": attachment.document.file_extension.upper(),
            "paginas": attachment.page_count,
            "taal": attachment.language,
        }
        for attachment in sorted(
            item.attachments.all(), key=lambda attachment: attachment.sort_order or 0
        )
    ]


DOCUMENT = {
    "type": "object",
    "required": ["titel", "url", "formaat", "paginas", "taal"],
    "properties": {
        "titel": {"type": "string"},
        "url": {"type": "string", "format": "uri"},
        "formaat": {"type": "string", "description": "PDF, DOCX, CSV, ..."},
        "paginas": {"type": ["integer", "null"], "description": "Aantal pagina's."},
        "taal": {"type": "string", "description": "nl of en."},
    },
    "additionalProperties": False,
}


class ProductResource(ListingResource):
    path = "kennisproducten"
    schema_name = "Kennisproduct"
    title = "Kennisproducten"
    description = (
        "Leidraden, handreikingen, instrumenten, toolboxen en stappenplannen: "
        "dezelfde selectie en volgorde als /kennisbank/ met dezelfde filters."
    )
    order = 20
    section_class = KnowledgeIndexPage
    fields = [
        *page_fields("het kennisproduct"),
        Field(
            "type",
            TERM,
            "Het soort product (filter `type`).",
            lambda item: term(item.knowledge_type.slug, item.knowledge_type.name),
        ),
        *item_fields("het product"),
        Field(
            "uitgever",
            nullable(ORGANISATION),
            "De organisatie die het maakte of uitgeeft.",
            lambda item: organisation(item.organisation),
        ),
        Field(
            "bronUrl",
            nullable(URL),
            "Waar het product staat, als het bij de bron staat.",
            lambda item: item.external_url or None,
        ),
        Field(
            "overgenomenVan",
            nullable(TEXT),
            "De partnerbron waarvan het portaal dit product overnam (dan staat "
            "het bij die bron); leeg voor de eigen kennisbank. Een portaal dat "
            "deze API oogst, neemt zulke items niet nog eens over.",
            lambda item: item.harvested_from or None,
        ),
        Field(
            "documenten",
            {"type": "array", "items": DOCUMENT},
            "De documenten om te downloaden.",
            documents,
        ),
    ]

    @property
    def relations(self):
        return relations()

    def items(self, section):
        return section.listing_queryset()

    def cards(self, section):
        return self.items(section).prefetch_related("attachments__document")


class CaseResource(ListingResource):
    path = "praktijkvoorbeelden"
    schema_name = "Praktijkvoorbeeld"
    title = "Praktijkvoorbeelden"
    description = (
        "Hoe overheden het aanpakten: dezelfde selectie en volgorde als "
        "/praktijkvoorbeelden/ met dezelfde filters."
    )
    order = 30
    section_class = PracticeCaseIndexPage
    fields = [
        *page_fields("het praktijkvoorbeeld"),
        Field(
            "fase",
            TERM,
            "Verkenning, pilot of in productie (filter `fase`).",
            lambda item: choice(item, "phase"),
        ),
        *item_fields("het voorbeeld"),
        Field(
            "organisatie",
            ORGANISATION,
            "De organisatie die het deed.",
            lambda item: organisation(item.organisation),
        ),
    ]

    @property
    def relations(self):
        return relations()

    def items(self, section):
        return section.listing_queryset()

    def cards(self, section):
        return self.items(section)


class QuestionResource(QueryResource):
    path = "vragen"
    schema_name = "Vraag"
    title = "Vragen"
    description = (
        "De vragen waarmee de kennisbank is geordend, in de volgorde van "
        "/vragen/. Hun `id` en `waarde` zijn het filter `vraag` van de andere "
        "lijsten."
    )
    order = 10
    section_class = QuestionIndexPage
    fields = [
        *page_fields("de vraag"),
        Field("waarde", TEXT, "De waarde voor het filter `vraag`.", lambda q: q.slug),
        Field("samenvatting", TEXT, "Eén zin.", lambda question: question.summary),
        Field(
            "kortAntwoord",
            TEXT,
            "Het directe antwoord in twee of drie zinnen.",
            lambda question: question.short_answer,
        ),
        Field(
            "aantalItems",
            INTEGER,
            "Hoeveel kennisproducten en praktijkvoorbeelden bij de vraag horen.",
            lambda question: question.item_count,
        ),
    ]

    def items(self, section):
        return (
            QuestionPage.objects.child_of(section)
            .live()
            .public()
            .defer_streamfields()
            .order_by("path")
        )

    def represent(self, item, request):
        if not hasattr(item, "item_count"):
            with_item_counts([item], site_listings(item))
        return super().represent(item, request)

    def select(self, section, query):
        return Found(CountedQuestions(self.items(section), site_listings(section)))


class CountedQuestions:
    """Questions sliced as the paginator asks, each with its item count (bit
    counts of the listings' facet indexes: no query per question)."""

    def __init__(self, questions, listings):
        self.questions = questions
        self.listings = listings

    def count(self):
        return self.questions.count()

    def __getitem__(self, key):
        return with_item_counts(self.questions[key], self.listings)


def api_resources():
    return [QuestionResource(), ProductResource(), CaseResource()]
