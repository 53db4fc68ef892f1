"""A search result of every searchable type reads everything it shows from
the one query that fetches the results of its type (`search_results` fetches
only those fields): nothing is loaded afterwards, one result at a time."""

import pytest
from django.test import RequestFactory
from wagtail.models import Page

from core.search import search_kinds

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", list(search_kinds()))
def test_a_search_result_shows_without_further_queries(
    kind, sample_pages, django_assert_num_queries
):
    model, _kind = search_kinds()[kind]
    pages = list(model.objects.live()[:3])
    assert pages, f"the sample site has no {kind} page"
    request = RequestFactory().get("/zoeken/", HTTP_HOST="localhost")
    pages[0].get_url(request)  # Wagtail keeps the sites' root paths
    with django_assert_num_queries(1):
        found = list(model.search_results([page.pk for page in pages]))
    with django_assert_num_queries(0):
        shown = {
            result.pk: (
                result.title,
                result.get_url(request),
                str(result.search_label),
                result.summary,
            )
            for result in found
        }
    for page in pages:
        page = Page.objects.get(pk=page.pk).specific
        assert shown[page.pk] == (
            page.title,
            page.get_url(request),
            str(page.search_label),
            page.summary,
        )
