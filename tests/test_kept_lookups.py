"""What pages keep between requests while the content is unchanged (a
listing's facet index, and with page_cache.remember the navigation, counts,
newest items, coming trainings and meetups): a repeat costs no more
queries and renders the same, and every change visitors can see shows on
the next request. The page cache itself is off here, so each request
renders."""

import datetime
import re

import pytest
import time_machine
from django.utils import timezone
from wagtail.models import PageViewRestriction

from community.models import EventIndexPage
from knowledge.models import KnowledgeProductPage, Organisation, QuestionPage
from tests.conftest import SAMPLE_MEMBER
from tests.factories import (
    EventPageFactory,
    KnowledgeProductPageFactory,
    PracticeCasePageFactory,
    TrainingPageFactory,
    run,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def kept(settings, clear_cache):
    settings.PAGE_CACHE_SECONDS = 0
    settings.LISTING_CACHE_SECONDS = 300


def queries_of(client, path, django_assert_max_num_queries):
    with django_assert_max_num_queries(200) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return response, len(queries)


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/vragen/starten/",
        "/kennisbank/",
        "/kennisbank/?type=toolbox&bestuurslaag=gemeente",
        "/praktijkvoorbeelden/",
        "/opleidingen/",
        "/opleidingen/?kosten=gratis&start=binnen-3-maanden",
        "/kennisbank/leidraad/",
    ],
)
def test_a_repeat_costs_fewer_queries_and_renders_the_same(
    client, sample_pages, path, django_assert_max_num_queries
):
    first, cold = queries_of(client, path, django_assert_max_num_queries)
    again, warm = queries_of(client, path, django_assert_max_num_queries)
    assert warm < cold
    assert without_start_time(again) == without_start_time(first)


def without_start_time(response):
    """The page without the footer form's signed start time (new each time)."""
    return re.sub(r'name="started" value="[^"]*"', "", response.content.decode())


def test_the_home_page_shows_a_new_product_and_its_count_at_once(
    client, site_tree, sample_pages
):
    question = QuestionPage.objects.get(slug="starten")
    before = client.get("/").context["questions"]
    count = next(q.item_count for q in before if q.pk == question.pk)
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Gloednieuwe handreiking",
        questions=[question],
    )
    response = client.get("/")
    assert "Gloednieuwe handreiking" in response.content.decode()
    after = response.context["questions"]
    assert next(q.item_count for q in after if q.pk == question.pk) == count + 1


def test_a_question_page_shows_a_new_case_at_once(client, site_tree, sample_pages):
    question = QuestionPage.objects.get(slug="starten")
    assert "Nieuw voorbeeld uit Zwolle" not in client.get(question.url).content.decode()
    PracticeCasePageFactory(
        parent=site_tree.cases, title="Nieuw voorbeeld uit Zwolle", questions=[question]
    )
    assert "Nieuw voorbeeld uit Zwolle" in client.get(question.url).content.decode()


def test_a_question_keeps_the_same_cards_whoever_renders_them_first(
    client, site_tree, sample_pages
):
    """The cards are kept as HTML: a member who comes first must not leave a
    product for members only, or anything of theirs, in them."""
    question = QuestionPage.objects.get(slug="starten")
    members_only = KnowledgeProductPageFactory(
        parent=site_tree.knowledge, title="Alleen voor leden", questions=[question]
    )
    PageViewRestriction.objects.create(
        page=members_only, restriction_type=PageViewRestriction.LOGIN
    )
    email, password = SAMPLE_MEMBER
    client.post("/account/inloggen/", {"username": email, "password": password})
    member_view = client.get(question.url).content.decode()
    client.post("/account/uitloggen/")
    anonymous_view = client.get(question.url).content.decode()
    assert (
        "Mijn Kenniscentrum" in member_view
        and "Mijn Kenniscentrum" not in anonymous_view
    )
    for html in (member_view, anonymous_view):
        assert "Alleen voor leden" not in html

    def cards(html):  # what helps, up to the question's own aside
        return html[html.index('class="linked"') : html.index('id="niet-ertussen"')]

    assert cards(member_view) == cards(anonymous_view)
    assert email not in cards(member_view)
    assert "csrfmiddlewaretoken" not in cards(member_view)


def test_an_unpublished_product_leaves_the_home_page_and_its_question(
    client, sample_pages
):
    product = KnowledgeProductPage.objects.get(slug="leidraad")
    assert product.title in client.get("/").content.decode()
    assert product.title in client.get("/vragen/starten/").content.decode()
    product.unpublish()
    assert product.title not in client.get("/").content.decode()
    assert product.title not in client.get("/vragen/starten/").content.decode()


def test_a_product_page_shows_a_renamed_type_and_publisher_at_once(
    client, sample_pages
):
    """A product's type and publisher are kept with its facts; renaming
    either (no publication of the product) shows on its next view."""
    product = KnowledgeProductPage.objects.get(slug="leidraad")
    product.organisation = Organisation.objects.create(name="Gemeente Oudstad")
    product.save_revision().publish()
    html = client.get(product.url).content.decode()
    assert "Gemeente Oudstad" in html
    assert product.knowledge_type.name in html
    product.organisation.name = "Gemeente Nieuwstad"
    product.organisation.save()
    product.knowledge_type.name = "Handleiding voor de praktijk"
    product.knowledge_type.save()
    html = client.get(product.url).content.decode()
    assert "Gemeente Nieuwstad" in html
    assert "Gemeente Oudstad" not in html
    assert "Handleiding voor de praktijk" in html


def test_the_filtered_count_follows_a_new_product(client, site_tree, sample_pages):
    path = "/kennisbank/?type=toolbox"
    before = client.get(path).context["paginator"].count
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        title="Nog een toolbox",
        knowledge_type=KnowledgeProductPage.objects.get(slug="toolbox").knowledge_type,
    )
    assert client.get(path).context["paginator"].count == before + 1


def test_a_new_training_shows_in_the_catalogue_and_on_the_home_page(
    client, site_tree, sample_pages
):
    def facet_count(response, param, value):
        facet = next(f for f in response.context["facets"] if f.param == param)
        return next((o.count for o in facet.options if o.value == value), 0)

    catalogue = client.get("/opleidingen/")
    free = facet_count(catalogue, "kosten", "gratis")
    client.get("/")
    TrainingPageFactory(
        parent=site_tree.trainings,
        title="Morgen al van start",
        cost="gratis",
        runs=[run(1)],
    )
    catalogue = client.get("/opleidingen/")
    assert "Morgen al van start" in catalogue.content.decode()
    assert facet_count(catalogue, "kosten", "gratis") == free + 1
    assert "Morgen al van start" in client.get("/").content.decode()


def test_what_is_coming_moves_with_the_day_without_a_publication(
    client, site_tree, sample_pages
):
    """A training whose only run is tomorrow is coming today; the day after,
    it is gone from the home page and the catalogue with nothing published
    in between."""
    TrainingPageFactory(
        parent=site_tree.trainings, title="Alleen morgen", runs=[run(1)]
    )
    assert "Alleen morgen" in client.get("/").content.decode()
    assert "Alleen morgen" in client.get("/opleidingen/").content.decode()
    later = timezone.now() + datetime.timedelta(days=3)
    with time_machine.travel(later, tick=False):
        assert "Alleen morgen" not in client.get("/").content.decode()
        assert "Alleen morgen" not in client.get("/opleidingen/").content.decode()


def test_meetups_that_end_leave_the_list_without_a_publication(
    settings, client, sample_pages
):
    settings.LISTING_CACHE_SECONDS = 3600
    events = EventIndexPage.objects.get()
    now = timezone.now()
    soon = 8
    for minute in range(1, soon + 1):
        start = now + datetime.timedelta(minutes=minute)
        EventPageFactory(
            parent=events,
            title=f"Korte sessie {minute}",
            start=start,
            end=start + datetime.timedelta(minutes=1),
        )
    assert "Korte sessie 1<" in client.get("/community/").content.decode()
    with time_machine.travel(now + datetime.timedelta(minutes=soon + 2), tick=False):
        assert "Korte sessie" not in client.get("/community/").content.decode()
