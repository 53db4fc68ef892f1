"""The section index pages (kennisbank, opleidingen, ...): read once per
request for every link to them and every listing a page consults, and only
the live ones that anyone may see."""

import pytest
from wagtail.models import PageViewRestriction

from core.page_cache import reading_once
from knowledge.models import KnowledgeIndexPage, PracticeCaseIndexPage
from knowledge.models.questions import site_listings
from tests.factories import QuestionPageFactory
from trainings.models import TrainingIndexPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def nothing_kept(settings, clear_cache):
    settings.PAGE_CACHE_SECONDS = 0
    settings.LISTING_CACHE_SECONDS = 0


def test_a_request_reads_the_section_pages_once(site_tree, django_assert_num_queries):
    question = QuestionPageFactory(parent=site_tree.questions)
    with reading_once():
        TrainingIndexPage.published()  # Django keeps the content types once read
    with reading_once(), django_assert_num_queries(2):
        # The view restrictions and the section pages, however many
        # sections are looked up.
        trainings = TrainingIndexPage.published()
        knowledge = KnowledgeIndexPage.published()
        listings = site_listings(question)
        sections = site_tree.home.sections()
    assert trainings.pk == site_tree.trainings.pk
    assert knowledge.pk == site_tree.knowledge.pk
    assert {kind: page.pk for kind, page in listings.items()} == {
        KnowledgeIndexPage: site_tree.knowledge.pk,
        PracticeCaseIndexPage: site_tree.cases.pk,
    }
    assert {name: page.pk for name, page in sections.items()} == {
        "questions": site_tree.questions.pk,
        "knowledge": site_tree.knowledge.pk,
        "cases": site_tree.cases.pk,
    }


def test_an_unpublished_or_restricted_section_is_not_found(site_tree):
    site_tree.trainings.unpublish()
    PageViewRestriction.objects.create(
        page=site_tree.cases, restriction_type=PageViewRestriction.LOGIN
    )
    question = QuestionPageFactory(parent=site_tree.questions)
    with reading_once():
        assert TrainingIndexPage.published() is None
        assert set(site_listings(question)) == {KnowledgeIndexPage}
        assert "cases" not in site_tree.home.sections()
        # A section's own fields still read as they are (loaded when asked).
        assert KnowledgeIndexPage.published().intro == site_tree.knowledge.intro


def test_a_section_published_since_the_last_request_is_found(site_tree):
    site_tree.trainings.unpublish()
    with reading_once():
        assert TrainingIndexPage.published() is None
    site_tree.trainings.save_revision().publish()
    with reading_once():
        assert TrainingIndexPage.published().pk == site_tree.trainings.pk
