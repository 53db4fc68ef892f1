"""Site-wide views: search, robots.txt and security.txt. Pages are served by
Wagtail."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from decisions.models import DecisionAidPage
from ibds_portal.security import security_txt_expires
from knowledge.models import (
    KnowledgeProductPage,
    KnowledgeType,
    PracticeCasePage,
    QuestionPage,
    StandardPage,
)
from knowledge.search import RANKED_LIMIT, prepare_query, search_pages
from trainings.models import TrainingPage

RESULTS_PER_PAGE = 10
# The `type` filter of /zoeken/: URL value -> (page model, label).
SEARCH_TYPES = {
    "vraag": (QuestionPage, _("Vragen")),
    "kennisproduct": (KnowledgeProductPage, _("Kennisproducten")),
    "praktijkvoorbeeld": (PracticeCasePage, _("Praktijkvoorbeelden")),
    "opleiding": (TrainingPage, _("Opleidingen")),
    "beslishulp": (DecisionAidPage, _("Beslishulpen")),
    "pagina": (StandardPage, _("Overige pagina's")),
}


def _searchable_pages(request):
    pages = Page.objects.live().public()
    site = Site.find_for_request(request)
    if site is not None:
        pages = pages.in_site(site)
    return pages.type(*(model for model, _label in SEARCH_TYPES.values()))


def _type_label(page, type_names):
    """A product shows its own type (Leidraad, Toolbox), others their kind."""
    if isinstance(page, KnowledgeProductPage):
        return type_names.get(page.knowledge_type_id, page._meta.verbose_name)
    return page._meta.verbose_name


@require_GET
def search(request):
    query = prepare_query(request.GET.get("q", ""))
    selected_type = request.GET.get("type", "")
    if selected_type not in SEARCH_TYPES:
        selected_type = ""
    context = {
        "search_query": query.display,
        "query": query,
        "selected_type": selected_type,
    }
    if query.terms:
        types = {
            value: ContentType.objects.get_for_model(model).pk
            for value, (model, _label) in SEARCH_TYPES.items()
        }
        searchable = _searchable_pages(request)
        hits = search_pages(
            searchable,
            query,
            content_types=[types[selected_type]] if selected_type else None,
        )
        # The filter links with the number of matches of each type.
        context["type_options"] = [
            {"value": value, "label": label, "count": hits.counts.get(types[value], 0)}
            for value, (_model, label) in SEARCH_TYPES.items()
        ]
        page = Paginator(hits.ranked, RESULTS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        # Checked again: the hits may be kept (or, with OpenSearch, indexed)
        # from just before a page was unpublished or made private.
        found = searchable.filter(pk__in=page.object_list).specific().in_bulk()
        type_names = dict(KnowledgeType.objects.values_list("pk", "name"))
        context["results"] = page
        context["result_items"] = [
            {"page": found[pk], "type_label": _type_label(found[pk], type_names)}
            for pk in page.object_list
            if pk in found
        ]
        context["total"] = hits.total
        context["ranked_limit"] = RANKED_LIMIT if hits.total > RANKED_LIMIT else None
    response = render(request, "ibds_portal/search.html", context)
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
