"""The API's views (/api/v1): the root, the OpenAPI document, a list and
one item of every registered resource, and problem details for the rest.
What they serve is declared in core.api."""

import functools
import hashlib
import json
import math
import time
from http import HTTPStatus
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseNotModified
from django.urls import path, re_path
from django.utils import timezone
from django.utils.encoding import escape_uri_path
from django.utils.http import http_date, parse_http_date_safe
from django.views.decorators.csrf import csrf_exempt

from core.api import (
    ALLOWED_METHODS,
    API_PATH,
    API_VERSION,
    DEFAULT_PAGE_SIZE,
    DIGITS,
    EXPOSED_HEADERS,
    JSON_TYPE,
    MAX_ID,
    MAX_PAGE,
    MAX_PAGE_SIZE,
    PAGE_PARAM,
    PAGE_SIZE_PARAM,
    PROBLEM_TYPE,
    ApiError,
    invalid,
    resources,
)
from core.clients import client_key
from core.facets import MAX_VALUES_PER_FACET, SLUG_RE
from core.mail import site_url
from core.openapi import openapi_document
from core.page_cache import seconds_since_purge
from core.ratelimit import count


def _json(data, status: int = 200, content_type: str = JSON_TYPE) -> HttpResponse:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return HttpResponse(body, status=status, content_type=content_type)


def problem(request, error: ApiError) -> HttpResponse:
    """Problem details (RFC 9457): `title` is the status's own phrase (as
    the RFC asks for type about:blank), `detail` says what went wrong in
    Dutch, `invalidParams` names each parameter that was wrong."""
    data = {
        "type": "about:blank",
        "title": HTTPStatus(error.status).phrase,
        "status": error.status,
        "detail": error.detail,
        # The path as a URI (percent-encoded), as the RFC asks.
        "instance": escape_uri_path(request.path),
    }
    if error.invalid_params:
        data["invalidParams"] = error.invalid_params
    response = _json(data, error.status, PROBLEM_TYPE)
    for name, value in error.headers.items():
        response[name] = value
    return response


def _last_modified(resource=None) -> float | None:
    """When what the API shows last changed: the start of the content's
    generation (every publication and taxonomy change starts one), or
    today's start for what moves with the day. None when unknown or when
    it moves with the clock."""
    if resource is not None and resource.changes_hourly:
        return None
    since = seconds_since_purge()
    if since is None or since < 1:
        # Another change within the same second would carry the same date,
        # and a client asking If-Modified-Since would keep the older copy.
        return None
    changed = math.floor(time.time() - since)
    if resource is not None and resource.changes_daily:
        today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
        changed = max(changed, math.floor(today.timestamp()))
    return changed


def _answer(request, data, last_modified: float | None) -> HttpResponse:
    """The data as JSON with its validators, or 304 when the client has it."""
    response = _json(data)
    etag = '"' + hashlib.blake2b(response.content, digest_size=16).hexdigest() + '"'
    response["ETag"] = etag
    # Clients and proxies may keep it, and ask again with its validators.
    response["Cache-Control"] = "public, no-cache"
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified)
    if _unchanged(request, etag, last_modified):
        not_modified = HttpResponseNotModified()
        for name in ("ETag", "Last-Modified", "Cache-Control"):
            if name in response:
                not_modified[name] = response[name]
        return not_modified
    return response


def _unchanged(request, etag: str, last_modified) -> bool:
    """Whether the client's copy is current (RFC 9110, 13.2.2): by
    If-None-Match when it sends one (weak comparison), else by
    If-Modified-Since. If-Match and If-Unmodified-Since are for changing
    a resource, which this API never does: they are not evaluated."""
    if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or etag in tags
    since = parse_http_date_safe(request.META.get("HTTP_IF_MODIFIED_SINCE", ""))
    return last_modified is not None and since is not None and last_modified <= since


def api_endpoint(view):
    """Methods, rate limit, errors as problem details, and the headers every
    API response carries (API-Version, CORS). The view returns the data and
    when it last changed, or raises ApiError."""

    @functools.wraps(view)
    @csrf_exempt  # nothing is ever changed: every other method gets a 405
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            # A browser's preflight for a cross-origin GET.
            response = HttpResponse(status=204)
            response["Allow"] = ALLOWED_METHODS
            response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response["Access-Control-Allow-Headers"] = (
                "Accept, Accept-Language, If-None-Match, If-Modified-Since"
            )
            response["Access-Control-Max-Age"] = "86400"
        elif request.method not in ("GET", "HEAD"):
            response = problem(
                request,
                ApiError(
                    405,
                    "Deze API kan alleen lezen: gebruik GET.",
                    headers={"Allow": ALLOWED_METHODS},
                ),
            )
        else:
            response = _limited(request, view, args, kwargs)
        response["API-Version"] = API_VERSION
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
        return response

    return wrapper


def _limited(request, view, args, kwargs) -> HttpResponse:
    limit, window = settings.API_RATE_LIMIT, settings.API_RATE_WINDOW
    used, reset = count("api", client_key(request), window)
    if used > limit:
        response = problem(
            request,
            ApiError(
                429,
                f"Te veel verzoeken: maximaal {limit} per {window} seconden per "
                f"adres. Probeer het over {reset} seconden opnieuw.",
                headers={"Retry-After": str(reset)},
            ),
        )
    else:
        try:
            data, last_modified = view(request, *args, **kwargs)
        except ApiError as error:
            response = problem(request, error)
        else:
            response = _answer(request, data, last_modified)
    response["RateLimit-Limit"] = str(limit)
    response["RateLimit-Remaining"] = str(max(0, limit - used))
    response["RateLimit-Reset"] = str(reset)
    return response


def _resource(name: str):
    resource = resources().get(name)
    if resource is None:
        raise ApiError(
            404,
            f"Onbekende resource. Beschikbaar: {', '.join(resources())}.",
        )
    return resource


def _one(request, name: str) -> str | None:
    values = request.GET.getlist(name)
    if len(values) > 1:
        raise ApiError(400, "Ongeldige parameter.", [invalid(name, "Geef één waarde.")])
    return values[0] if values else None


def _number(request, name: str, default: int, maximum: int | None, problems):
    value = _one(request, name)
    if value is None:
        return default
    if not DIGITS.fullmatch(value) or int(value) < 1:
        problems.append(invalid(name, "Geef een geheel getal van 1 of meer."))
        return default
    if maximum is not None and int(value) > maximum:
        problems.append(invalid(name, f"Ten hoogste {maximum}."))
        return default
    return int(value)


def checked_query(request, resource) -> tuple[dict, int, int]:
    """The filters (name -> values), the page and the page size, each
    checked; every wrong parameter is named in one 400."""
    params = {param.name: param for param in resource.params()}
    allowed = [PAGE_PARAM, PAGE_SIZE_PARAM, *params]
    problems = [
        invalid(name, f"Onbekende parameter. Mogelijk: {', '.join(allowed)}.")
        for name in request.GET
        if name not in allowed
    ]
    query = {}
    for name, param in params.items():
        values = request.GET.getlist(name)
        if not values:
            continue
        if not param.many and len(values) > 1:
            problems.append(invalid(name, "Geef één waarde."))
        elif len(values) > MAX_VALUES_PER_FACET:
            problems.append(invalid(name, f"Ten hoogste {MAX_VALUES_PER_FACET}."))
        elif param.values and any(value not in param.values for value in values):
            problems.append(
                invalid(name, f"Onbekende waarde. Mogelijk: {', '.join(param.values)}.")
            )
        elif not all(SLUG_RE.fullmatch(value) for value in values):
            problems.append(
                invalid(name, "Een waarde bestaat uit letters, cijfers, - en _.")
            )
        else:
            query[name] = values
    page = _number(request, PAGE_PARAM, 1, MAX_PAGE, problems)
    size = _number(request, PAGE_SIZE_PARAM, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, problems)
    if problems:
        raise ApiError(400, "Een of meer parameters kloppen niet.", problems)
    return query, page, size


@api_endpoint
def root(request):
    if request.GET:
        raise ApiError(400, "Deze URL heeft geen parameters.")
    return {
        "naam": "API van het Kenniscentrum Data",
        "versie": API_VERSION,
        "_links": {
            "self": {"href": site_url(API_PATH)},
            "openapi": {"href": site_url(f"{API_PATH}/openapi.json")},
            **{
                name: {"href": resource.href(), "title": resource.title}
                for name, resource in resources().items()
            },
        },
    }, _last_modified()


@api_endpoint
def openapi(request):
    if request.GET:
        raise ApiError(400, "Deze URL heeft geen parameters.")
    # What the code declares: it changes with a release, not with content.
    return openapi_document(), None


@api_endpoint
def item_list(request, name):
    resource = _resource(name)
    query, page, size = checked_query(request, resource)
    section = resource.section()
    found = resource.select(section, query) if section is not None else None
    items = found.items if found is not None else []
    # A queryset's count() or an index's bit count, never the items read.
    total = Paginator(items, size).count
    pages = max(1, math.ceil(total / size))
    start = (page - 1) * size
    # A page past the last is empty (not an error): a harvester stops there.
    shown = list(items[start : start + size]) if start < total else []
    pairs = [(key, value) for key, values in query.items() for value in values]

    def link(number):
        extra = [(PAGE_PARAM, number)] if number > 1 else []
        if size != DEFAULT_PAGE_SIZE:
            extra.append((PAGE_SIZE_PARAM, size))
        query_string = urlencode(pairs + extra)
        return {"href": resource.href(query=f"?{query_string}" if query_string else "")}

    links = {"self": link(page), "first": link(1), "last": link(pages)}
    if 1 < page <= pages:
        links["prev"] = link(page - 1)
    if page < pages:
        links["next"] = link(page + 1)
    data = {
        "_links": links,
        "aantal": total,
        "pagina": page,
        "paginaGrootte": size,
        "aantalPaginas": pages,
    }
    if resource.filtered:
        data["facetten"] = found.facets if found is not None else []
    data["resultaten"] = [resource.represent(item, request) for item in shown]
    return data, _last_modified(resource)


@api_endpoint
def item_detail(request, name, pk):
    resource = _resource(name)
    if request.GET:
        raise ApiError(
            400,
            "Een item heeft geen parameters.",
            [invalid(key, "Onbekende parameter.") for key in request.GET],
        )
    section = resource.section()
    item = None
    if section is not None and DIGITS.fullmatch(pk) and int(pk) <= MAX_ID:
        item = resource.detail(section, int(pk))
    if item is None:
        raise ApiError(404, f"Er is geen openbaar item met dit id in {name}.")
    return resource.represent(item, request), _last_modified(resource)


@api_endpoint
def not_found(request, rest=""):
    detail = "Deze URL bestaat niet in de API."
    if request.path.endswith("/") and request.path != "/":
        detail += f" Laat de slash aan het eind weg: {request.path.rstrip('/')}"
    elif not request.path.startswith(f"{API_PATH}/") and request.path != API_PATH:
        detail += f" De API staat op {site_url(API_PATH)}."
    raise ApiError(404, detail)


urlpatterns = [
    path("api/v1", root, name="api-root"),
    path("api/v1/openapi.json", openapi, name="api-openapi"),
    path("api/v1/<str:name>", item_list, name="api-list"),
    path("api/v1/<str:name>/<str:pk>", item_detail, name="api-detail"),
    re_path(r"^api(?:/(?P<rest>.*))?$", not_found),
]
