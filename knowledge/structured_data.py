"""schema.org JSON-LD for the kennisbank's pages: a knowledge product is a
CreativeWork, a practice case an Article, a question a CollectionPage whose
main entity is the Question (with its short answer) and whose parts are the
products and cases it lists, the open data page a Dataset.

Built from what the page reads anyway (its `facts()`, kept per content
generation, or the question page's kept listing), so it costs no query of
its own. The related pages in it are the visible ones only: a restricted or
unpublished question, product or case never appears.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.utils import timezone
from django.utils.safestring import SafeString

from core.mail import public_url
from core.structured_data import iso, json_ld_script

# The language of the portal's own texts (a document can differ).
LANGUAGE = "nl"
# What a page's identifier is: the page id, as in the open data downloads.
IDENTIFIER_NAME = "kennisbank-id"


def identifier(page) -> dict | None:
    if page.pk is None:  # a new page in an editor's preview
        return None
    return {
        "@type": "PropertyValue",
        "propertyID": IDENTIFIER_NAME,
        "value": str(page.pk),
    }


def published_date(page):
    """The day the page was first published (a Date, as the page shows it)."""
    first = page.first_published_at
    return iso(timezone.localdate(first)) if first else None


def organisation_data(organisation) -> dict | None:
    if organisation is None:
        return None
    return {
        "@type": "Organization",
        "name": organisation.name,
        "alternateName": organisation.short_name,
        "url": organisation.website,
    }


def question_ref(question, request) -> dict:
    return {
        "@type": "Question",
        "name": question.title,
        "url": public_url(question, request),
    }


def item_data(page, request, facts: dict) -> dict:
    """What products and cases share: what they are, where, since when, the
    questions they help answer, for which bestuurslagen, their themes and
    perspectives."""
    return {
        "name": page.title,
        "description": page.summary,
        "url": public_url(page, request),
        "identifier": identifier(page),
        "inLanguage": LANGUAGE,
        "isAccessibleForFree": True,
        "datePublished": published_date(page),
        "dateModified": iso(page.last_published_at),
        "about": [question_ref(question, request) for question in facts["questions"]],
        "audience": [
            {"@type": "Audience", "audienceType": layer.name}
            for layer in facts["layers"]
        ],
        "keywords": [
            *(tag.name for tag in facts["tags"]),
            *(
                {
                    "@type": "DefinedTerm",
                    "name": perspective.name,
                    "description": perspective.question,
                }
                for perspective in facts["perspectives"]
            ),
        ],
    }


def media_data(attachment, page_url: str) -> dict:
    """A document of a product as a MediaObject: where to get it, its format,
    size and language."""
    document = attachment.document
    return {
        "@type": "MediaObject",
        "name": attachment.title or document.title,
        "contentUrl": urljoin(page_url, document.url),
        "encodingFormat": document.content_type,
        "contentSize": f"{document.file_size} B" if document.file_size else None,
        "inLanguage": attachment.language,
    }


def product_data(page, request, facts: dict) -> dict:
    """A knowledge product. CreativeWork rather than a subtype: the types
    (Leidraad, Toolbox, ...) are the editors' list, so the type's name goes
    in `genre`. A product kept at its source is the same work as there
    (`sameAs`); its documents are its `associatedMedia`."""
    data = item_data(page, request, facts)
    return {
        "@type": "CreativeWork",
        **data,
        "genre": facts["knowledge_type"].name,
        "publisher": organisation_data(facts["publisher"]),
        "sameAs": page.external_url,
        "associatedMedia": [
            media_data(attachment, data["url"])
            for attachment in facts["attachments"]
            if attachment.document_id
        ],
    }


def case_data(page, request, facts: dict) -> dict:
    """A practice case: an Article about what an organisation did, the
    phase it reached as a defined term, the products it used as mentions."""
    data = item_data(page, request, facts)
    phase = {
        "@type": "DefinedTerm",
        "name": page.get_phase_display(),
        "termCode": page.phase,
        "inDefinedTermSet": {"@type": "DefinedTermSet", "name": "Fase"},
    }
    return {
        "@type": "Article",
        **data,
        "genre": "Praktijkvoorbeeld",
        "about": [organisation_data(page.organisation), *data["about"]],
        "keywords": [*data["keywords"], phase],
        "mentions": [
            {
                "@type": "CreativeWork",
                "name": product.title,
                "url": public_url(product, request),
            }
            for product in facts["products_used"]
        ],
    }


def linked_items(groups, request) -> list[dict]:
    """The products and cases a question page lists (its groups), as plain
    data that is kept with the page's listing."""
    from knowledge.models import PracticeCasePage

    return [
        {
            # As the item's own page has it.
            "@type": "Article"
            if isinstance(item, PracticeCasePage)
            else "CreativeWork",
            "name": item.title,
            "url": public_url(item, request),
        }
        for group in groups
        for item in group["items"]
    ]


def question_data(page, request, context: dict) -> dict:
    """A question page: the page gathers what helps answer one Question
    (its main entity, answered by the short answer); the products and cases
    it lists are its parts, the related questions its related links."""
    url = public_url(page, request)
    return {
        "@type": "CollectionPage",
        "name": page.title,
        "description": page.summary,
        "url": url,
        "identifier": identifier(page),
        "inLanguage": LANGUAGE,
        "datePublished": published_date(page),
        "dateModified": iso(page.last_published_at),
        "mainEntity": {
            "@type": "Question",
            "name": page.title,
            "text": page.summary,
            "answerCount": 1,
            "acceptedAnswer": {
                "@type": "Answer",
                "text": page.short_answer,
                "url": f"{url}#kort-antwoord",
            },
        },
        "hasPart": context.get("linked_items", []),
        "relatedLink": [
            public_url(question, request)
            for question in context.get("related_questions", [])
        ],
    }


def dataset_data(page, request) -> dict:
    """The open data page: a Dataset under CC0 with its two downloads; its
    variables are the columns the downloads have."""
    from knowledge.open_data import COLUMNS, LICENCE_URL

    url = public_url(page, request)
    return {
        "@type": "Dataset",
        "name": page.title,
        "description": page.intro,
        "url": url,
        "license": LICENCE_URL,
        "isAccessibleForFree": True,
        "inLanguage": LANGUAGE,
        "publisher": {
            "@type": "Organization",
            "name": settings.WAGTAIL_SITE_NAME,
            "url": urljoin(url, "/") if url else None,
        },
        "distribution": [
            {
                "@type": "DataDownload",
                "encodingFormat": media_type,
                "contentUrl": page.download_url(kind, request),
            }
            for kind, media_type in (("csv", "text/csv"), ("json", "application/json"))
        ],
        "variableMeasured": [column.name for column in COLUMNS],
    }


def product_json_ld(page, request, facts: dict) -> SafeString:
    return json_ld_script(product_data(page, request, facts))


def case_json_ld(page, request, facts: dict) -> SafeString:
    return json_ld_script(case_data(page, request, facts))


def question_json_ld(page, request, context: dict) -> SafeString:
    return json_ld_script(question_data(page, request, context))


def dataset_json_ld(page, request) -> SafeString:
    return json_ld_script(dataset_data(page, request))
