"""The API's OpenAPI 3.1 document (/api/v1/openapi.json), written from the
resources' own declarations (core.api): every field and parameter the API
has, and nothing else (each item schema forbids other properties, so the
tests that check responses against it catch a field added on one side)."""

from core.api import (
    API_PATH,
    API_VERSION,
    DEFAULT_PAGE_SIZE,
    JSON_TYPE,
    MAX_ID,
    MAX_PAGE,
    MAX_PAGE_SIZE,
    PAGE_PARAM,
    PAGE_SIZE_PARAM,
    PROBLEM_TYPE,
    resources,
)
from core.facets import MAX_VALUES_PER_FACET
from core.mail import site_url

REF = "#/components/"
# The slugs the filters take (core.facets.SLUG_RE).
SLUG_PATTERN = r"^[-\w]{1,255}$"


def ref(kind: str, name: str) -> dict:
    return {"$ref": f"{REF}{kind}/{name}"}


def _object(properties: dict, description: str = "") -> dict:
    schema = {
        "type": "object",
        "required": list(properties),
        "properties": properties,
        "additionalProperties": False,
    }
    if description:
        schema["description"] = description
    return schema


LINK = _object({"href": {"type": "string", "format": "uri"}})
HEADERS = {
    "API-Version": {
        "description": "De volledige versie van de API.",
        "schema": {"type": "string", "example": API_VERSION},
    },
    "RateLimit-Limit": {
        "description": "Hoeveel verzoeken per venster zijn toegestaan.",
        "schema": {"type": "integer"},
    },
    "RateLimit-Remaining": {
        "description": "Hoeveel verzoeken er in dit venster nog over zijn.",
        "schema": {"type": "integer"},
    },
    "RateLimit-Reset": {
        "description": "Over hoeveel seconden het venster opnieuw begint.",
        "schema": {"type": "integer"},
    },
    "ETag": {
        "description": "Versie van dit antwoord, voor If-None-Match.",
        "schema": {"type": "string"},
    },
    "Last-Modified": {
        "description": (
            "Wanneer de inhoud van het portaal het laatst veranderde (niet bij "
            "bijeenkomsten), voor If-Modified-Since."
        ),
        "schema": {"type": "string"},
    },
    "Retry-After": {
        "description": "Na hoeveel seconden een nieuw verzoek weer kan.",
        "schema": {"type": "integer"},
    },
}
COMMON_HEADERS = ("API-Version", "RateLimit-Limit", "RateLimit-Remaining")


def _headers(*names) -> dict:
    return {name: ref("headers", name) for name in (*COMMON_HEADERS, *names)}


def _problem(description: str, *headers) -> dict:
    return {
        "description": description,
        "headers": _headers(*headers),
        "content": {PROBLEM_TYPE: {"schema": ref("schemas", "Probleem")}},
    }


def _ok(description: str, schema: dict) -> dict:
    return {
        "description": description,
        "headers": _headers("ETag", "Last-Modified", "RateLimit-Reset"),
        "content": {JSON_TYPE: {"schema": schema}},
    }


def _errors(*statuses) -> dict:
    texts = {
        "304": None,
        "400": "Een of meer parameters kloppen niet (`invalidParams` zegt welke).",
        "404": "Niet gevonden, of niet openbaar.",
        "429": "Te veel verzoeken vanaf dit adres; wacht Retry-After seconden.",
    }
    responses = {}
    for status in statuses:
        if status == "304":
            responses[status] = {
                "description": "Niet gewijzigd sinds If-None-Match/If-Modified-Since.",
                "headers": _headers("ETag"),
            }
        elif status == "429":
            responses[status] = _problem(texts[status], "Retry-After")
        else:
            responses[status] = _problem(texts[status])
    return responses


def _query_param(param) -> dict:
    if param.values:
        schema = {"type": "string", "enum": list(param.values)}
    else:
        schema = {
            "type": "array",
            "items": {"type": "string", "pattern": SLUG_PATTERN},
            "maxItems": MAX_VALUES_PER_FACET,
        }
    spec = {
        "name": param.name,
        "in": "query",
        "required": False,
        "description": param.description,
        "schema": schema,
    }
    if schema["type"] == "array":
        spec.update({"style": "form", "explode": True})
    return spec


def _item_schema(resource) -> dict:
    properties = {
        field.name: {**field.schema, "description": field.description}
        for field in resource.fields
    }
    properties["_links"] = _object({"self": ref("schemas", "Link")})
    return _object(properties, resource.description)


def _list_schema(resource) -> dict:
    links = {name: ref("schemas", "Link") for name in ("self", "first", "last")}
    optional_links = {name: ref("schemas", "Link") for name in ("prev", "next")}
    properties = {
        "_links": {
            "type": "object",
            "required": list(links),
            "properties": {**links, **optional_links},
            "additionalProperties": False,
        },
        "aantal": {
            "type": "integer",
            "minimum": 0,
            "description": "Hoeveel items de selectie telt.",
        },
        "pagina": {"type": "integer", "minimum": 1},
        "paginaGrootte": {"type": "integer", "minimum": 1},
        "aantalPaginas": {"type": "integer", "minimum": 1},
    }
    if resource.filtered:
        properties["facetten"] = {
            "type": "array",
            "items": ref("schemas", "Facet"),
            "description": (
                "Elk filter met zijn waarden; `aantal` is hoeveel items die "
                "waarde zou geven met de andere filters zoals gekozen."
            ),
        }
    properties["resultaten"] = {
        "type": "array",
        "items": ref("schemas", resource.schema_name),
    }
    return _object(properties)


def _paths() -> dict:
    paths = {}
    paging = [ref("parameters", "page"), ref("parameters", "pageSize")]
    for name, resource in resources().items():
        paths[f"{API_PATH}/{name}"] = {
            "get": {
                "operationId": f"{name}-lijst",
                "tags": [resource.title],
                "summary": resource.title,
                "description": resource.list_description(),
                "parameters": [
                    *(_query_param(param) for param in resource.params()),
                    *paging,
                ],
                "responses": {
                    "200": _ok(
                        f"Een pagina {resource.title.lower()}.",
                        ref("schemas", f"{resource.schema_name}Lijst"),
                    ),
                    **_errors("304", "400", "429"),
                },
            }
        }
        paths[f"{API_PATH}/{name}/{{id}}"] = {
            "get": {
                "operationId": f"{name}-item",
                "tags": [resource.title],
                "summary": f"Eén item uit {resource.title.lower()}",
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "description": "Het `id` van het item.",
                        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
                    }
                ],
                "responses": {
                    "200": _ok("Het item.", ref("schemas", resource.schema_name)),
                    **_errors("304", "404", "429"),
                },
            }
        }
    return paths


def _schemas() -> dict:
    schemas = {
        "Link": LINK,
        "Term": _object(
            {
                "waarde": {
                    "type": "string",
                    "description": "Zoals de filters de waarde noemen.",
                },
                "label": {"type": "string", "description": "Zoals mensen haar lezen."},
            },
            "Een waarde uit een ordening (type, bestuurslaag, thema, vraag, ...).",
        ),
        "Organisatie": _object(
            {
                "naam": {"type": "string"},
                "afkorting": {"type": ["string", "null"]},
                "website": {"type": ["string", "null"], "format": "uri"},
            },
            "Een organisatie (uitgever, aanbieder, eigenaar van een voorbeeld).",
        ),
        "Facet": _object(
            {
                "naam": {"type": "string", "description": "De parameter."},
                "label": {"type": "string"},
                "opties": {
                    "type": "array",
                    "items": _object(
                        {
                            "waarde": {"type": "string"},
                            "label": {"type": "string"},
                            "aantal": {"type": "integer", "minimum": 0},
                            "gekozen": {"type": "boolean"},
                        }
                    ),
                },
            },
            "Een filter met zijn waarden en hoeveel items elk zou geven.",
        ),
        "Probleem": {
            "type": "object",
            "description": "Probleemdetails (RFC 9457).",
            "required": ["type", "title", "status", "detail"],
            "properties": {
                "type": {"type": "string", "format": "uri-reference"},
                "title": {"type": "string"},
                "status": {"type": "integer"},
                "detail": {"type": "string", "description": "Wat er mis is."},
                "instance": {"type": "string", "format": "uri-reference"},
                "invalidParams": {
                    "type": "array",
                    "items": _object(
                        {
                            "name": {"type": "string"},
                            "code": {"type": "string"},
                            "reason": {"type": "string"},
                        }
                    ),
                },
            },
        },
    }
    for resource in resources().values():
        schemas[resource.schema_name] = _item_schema(resource)
        schemas[f"{resource.schema_name}Lijst"] = _list_schema(resource)
    return schemas


def openapi_document() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "API van het Kenniscentrum Data",
            "version": API_VERSION,
            "description": (
                "Alleen lezen, zonder sleutel. Alles wat het portaal openbaar "
                "publiceert: vragen, kennisproducten, praktijkvoorbeelden, "
                "opleidingen, bijeenkomsten en beslishulpen. Lijsten hebben "
                "dezelfde filters als de pagina's van het portaal (dezelfde "
                "parameters en waarden, dezelfde resultaten en aantallen). "
                "Fouten komen als probleemdetails (RFC 9457). Per adres is het "
                "aantal verzoeken per minuut begrensd (de RateLimit-headers "
                "zeggen hoeveel er over zijn)."
            ),
            "contact": {"name": "Kenniscentrum Data", "url": site_url("/")},
            "license": {
                "name": "CC0 1.0 (de metadata)",
                "url": "https://creativecommons.org/publicdomain/zero/1.0/",
            },
        },
        "servers": [{"url": site_url()}],
        "paths": _paths(),
        "components": {
            "schemas": _schemas(),
            "parameters": {
                "page": {
                    "name": PAGE_PARAM,
                    "in": "query",
                    "required": False,
                    "description": (
                        "Het paginanummer. Een pagina na de laatste is leeg; "
                        "`_links.next` ontbreekt op de laatste."
                    ),
                    "schema": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": MAX_PAGE,
                        "default": 1,
                    },
                },
                "pageSize": {
                    "name": PAGE_SIZE_PARAM,
                    "in": "query",
                    "required": False,
                    "description": f"Items per pagina, ten hoogste {MAX_PAGE_SIZE}.",
                    "schema": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": MAX_PAGE_SIZE,
                        "default": DEFAULT_PAGE_SIZE,
                    },
                },
            },
            "headers": HEADERS,
        },
    }
