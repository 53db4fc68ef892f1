"""`public()` on the portal's page querysets (core.pages.SitePageQuerySet)
reads the restricted sections once per request and must agree with
Wagtail's own test, wherever a restriction sits."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from core.page_cache import reading_once
from core.pages import site_pages
from knowledge.models import KnowledgeProductPage

pytestmark = pytest.mark.django_db


def wagtails_own(model):
    return set(PageQuerySet(model).live().public().values_list("pk", flat=True))


def portals(queryset):
    return set(queryset.live().public().values_list("pk", flat=True))


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(picks=st.lists(st.integers(min_value=0, max_value=10**6), max_size=3))
def test_public_agrees_with_wagtails_own(sample_pages, picks):
    pages = list(Page.objects.filter(depth__gte=2).order_by("path"))
    PageViewRestriction.objects.all().delete()
    for pick in picks:
        PageViewRestriction.objects.create(
            page=pages[pick % len(pages)],
            restriction_type=PageViewRestriction.LOGIN,
        )
    assert portals(site_pages()) == wagtails_own(Page)
    assert portals(KnowledgeProductPage.objects.all()) == wagtails_own(
        KnowledgeProductPage
    )


def test_the_restrictions_are_read_once_per_request_and_afresh_in_the_next(
    sample_pages,
):
    product = KnowledgeProductPage.objects.live().first()
    with reading_once(), CaptureQueriesContext(connection) as first:
        for _ in range(3):
            assert product.pk in portals(KnowledgeProductPage.objects.all())
    restriction_reads = [
        q for q in first.captured_queries if "pageviewrestriction" in q["sql"]
    ]
    assert len(restriction_reads) == 1
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=product, restriction_type=PageViewRestriction.LOGIN)]
    )
    with reading_once():
        assert product.pk not in portals(KnowledgeProductPage.objects.all())
