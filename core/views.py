"""Site-wide views: search, robots.txt and security.txt. Pages are served by
Wagtail."""

from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models.functions import Lower
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.models import Site

from core.listing import SORT_PARAM, sort_options
from core.pages import site_pages
from core.search import RANKED_LIMIT, prepare_query, search_kinds, search_pages
from core.search_insights import record_search
from core.search_text import excerpts, suggestion
from core.security import security_txt_expires
from core.synonyms import current_thesaurus

RESULTS_PER_PAGE = 10
# Below this many results the search looks for a better spelling.
SUGGEST_BELOW = 3
# Besides relevance (the default): value -> (label, fields to order by). Only
# the ranked matches (core.search.RANKED_LIMIT) are put in another order.
SEARCH_SORTS = {
    "nieuwste": (_("Nieuwste eerst"), ("-first_published_at", "-pk")),
    "titel": (_("Titel (A–Z)"), (Lower("title"), "pk")),
}


def _searchable_pages(request):
    pages = site_pages().live().public()
    site = Site.find_for_request(request)
    if site is not None:
        pages = pages.in_site(site)
    return pages.type(*(model for model, _kind in search_kinds().values()))


def _found(searchable, ids, types) -> dict:
    """The pages with these ids, each fetched as its own type with what its
    result shows: a query per type. `types` (id -> content type id) comes
    with hits that the database matched against `searchable` in this
    request; other hits (OpenSearch: its index may be a moment behind) are
    checked against `searchable` again first (`types` None)."""
    if types is None:
        types = dict(
            searchable.filter(pk__in=ids)
            .order_by()
            .values_list("pk", "content_type_id")
        )
    by_type = defaultdict(list)
    for pk in ids:
        if pk in types:
            by_type[types[pk]].append(pk)
    found = {}
    for type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        found.update({page.pk: page for page in model.search_results(pks)})
    return found


@require_GET
def search(request):
    """Every page type that has a `search_kind` (core.search.SearchKind),
    in the order the kinds give, with a filter per kind; the editors'
    synonyms (core.synonyms) widen the query.

    A search is counted (core.search_insights) as the visitor starts it:
    the first page of results, in order of relevance, of every type. Paging,
    sorting and the type filter's links look at the same search again (and
    a query typed while a type is chosen cannot be told from them)."""
    kinds = search_kinds()
    query = prepare_query(request.GET.get("q", ""), thesaurus=current_thesaurus())
    selected_type = request.GET.get("type", "")
    if selected_type not in kinds:
        selected_type = ""
    sort = request.GET.get(SORT_PARAM, "")
    if sort not in SEARCH_SORTS:
        sort = ""
    context = {
        "search_query": query.display,
        "query": query,
        "selected_type": selected_type,
        "sort": sort,
        "sort_options": sort_options(_("Relevantie"), SEARCH_SORTS, sort),
    }
    if query.terms:
        types = {
            value: ContentType.objects.get_for_model(model).pk
            for value, (model, _kind) in kinds.items()
        }
        searchable = _searchable_pages(request)
        hits = search_pages(
            searchable,
            query,
            content_types=[types[selected_type]] if selected_type else None,
        )
        # The filter links with the number of matches of each type.
        context["type_options"] = [
            {
                "value": value,
                "label": kind.label,
                "count": hits.counts.get(types[value], 0),
            }
            for value, (_model, kind) in kinds.items()
        ]
        ranked = hits.ranked
        if sort and ranked:
            ranked = list(
                searchable.filter(pk__in=ranked)
                .order_by(*SEARCH_SORTS[sort][1])
                .values_list("pk", flat=True)
            )
        page = Paginator(ranked, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        found = _found(searchable, page.object_list, hits.types)
        shown = excerpts(searchable.model, list(found), query)
        context["results"] = page
        context["result_items"] = [
            {
                "page": found[pk],
                "type_label": found[pk].search_label,
                "excerpt": shown.get(pk),
            }
            for pk in page.object_list
            if pk in found
        ]
        context["total"] = hits.total
        if hits.total < SUGGEST_BELOW:
            # Few or no results: perhaps a word is spelled wrong.
            site = Site.find_for_request(request)
            context["suggestion"] = suggestion(
                searchable, query, scope=str(site.pk) if site else ""
            )
        context["ranked_limit"] = RANKED_LIMIT if hits.total > RANKED_LIMIT else None
        if not any(request.GET.get(key) for key in ("type", SORT_PARAM, "page")):
            record_search(query.display, hits.total)
    response = render(request, "core/search.html", context)
    if query.terms:
        # Every query is a URL of its own: kept in a shared cache (the page
        # cache, a proxy), a flood of made-up queries would push out the
        # pages that everyone asks for.
        patch_cache_control(response, private=True)
    return response


def _plain_text(lines: list[str]) -> HttpResponse:
    return HttpResponse(
        "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"
    )


@require_GET
def robots_txt(request):
    """Crawlers may read every public page, not the admin nor the endless
    combinations of search queries; the sitemap lists what there is."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /zoeken/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return _plain_text(lines)


@require_GET
def security_txt(request):
    """RFC 9116: where to report a vulnerability, and until when that holds."""
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {security_txt_expires().strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: nl, en",
        f"Canonical: {request.build_absolute_uri(request.path)}",
    ]
    return _plain_text(lines)
