"""The kennisbank answered from its facet index (core.facets): for any
filter combination the same items, order and counts as filtering every item
by hand; a combination nobody asked for before costs no more than a repeat;
and what is shown is checked against the pages themselves."""

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

from knowledge.models import (
    GovernmentLayer,
    KnowledgeProductPage,
    KnowledgeType,
    Perspective,
)
from tests.factories import KnowledgeProductPageFactory, QuestionPageFactory

pytestmark = pytest.mark.django_db
FACETS = ["vraag", "type", "bestuurslaag", "perspectief", "thema"]
THEMES = ["AVG", "camera's", "energie", "schuldhulp"]


@pytest.fixture
def products(site_tree):
    """Eighteen products with their taxonomy drawn at random (seeded)."""
    draw = random.Random(17)
    questions = [
        QuestionPageFactory(parent=site_tree.questions, title=f"Vraag {n}?")
        for n in range(3)
    ]
    kinds = list(KnowledgeType.objects.all()[:4])
    layers = list(GovernmentLayer.objects.all())
    perspectives = list(Perspective.objects.all())
    for number in range(18):
        KnowledgeProductPageFactory(
            parent=site_tree.knowledge,
            title=f"Product {draw.choice('ABCDEFGH')}{number:02d}",
            knowledge_type=draw.choice(kinds),
            questions=draw.sample(questions, draw.randint(0, 2)),
            government_layers=draw.sample(layers, draw.randint(0, 3)),
            perspectives=draw.sample(perspectives, draw.randint(0, 2)),
            tags=draw.sample(THEMES, draw.randint(0, 2)),
        )
    return site_tree


def values_of(product) -> dict[str, set[str]]:
    return {
        "vraag": {q.slug for q in product.questions.all()},
        "type": {product.knowledge_type.slug},
        "bestuurslaag": {layer.slug for layer in product.government_layers.all()},
        "perspectief": {p.slug for p in product.perspectives.all()},
        "thema": {tag.slug for tag in product.tags.all()},
    }


def by_hand(selected: dict[str, list[str]]):
    """What the listing must show, from every product's own relations."""
    shown = list(
        KnowledgeProductPage.objects.live()
        .public()
        .order_by("-first_published_at", "title")
    )
    values = {product.pk: values_of(product) for product in shown}
    # A value no product has is not offered, and so ignored (like a typo).
    present = {
        param: {v for pk in values for v in values[pk][param]} for param in FACETS
    }
    selected = {
        param: [value for value in chosen if value in present[param]]
        for param, chosen in selected.items()
    }

    def fits(pk, skip=None):
        return all(
            values[pk][param] & set(chosen)
            for param, chosen in selected.items()
            if chosen and param != skip
        )

    matching = [product.pk for product in shown if fits(product.pk)]
    counts = {
        param: {
            value: sum(
                1 for pk in values if value in values[pk][param] and fits(pk, param)
            )
            for value in {v for pk in values for v in values[pk][param]}
        }
        for param in FACETS
    }
    return matching, counts


def slugs():
    return {
        "vraag": [
            p.slug for p in Page.objects.filter(depth=4, slug__startswith="vraag")
        ],
        "type": list(KnowledgeType.objects.values_list("slug", flat=True)),
        "bestuurslaag": list(GovernmentLayer.objects.values_list("slug", flat=True)),
        "perspectief": list(Perspective.objects.values_list("slug", flat=True)),
        "thema": ["avg", "cameras", "energie", "schuldhulp", "bestaat-niet"],
    }


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(choice=st.data())
def test_any_combination_gives_what_filtering_by_hand_gives(client, products, choice):
    known = slugs()
    selected = {
        param: choice.draw(st.lists(st.sampled_from(known[param]), max_size=2))
        for param in choice.draw(st.lists(st.sampled_from(FACETS), max_size=3))
    }
    query = "&".join(f"{p}={v}" for p, values in selected.items() for v in values)
    response = client.get(f"/kennisbank/?{query}&page=1")
    matching, counts = by_hand(selected)
    assert response.context["paginator"].count == len(matching)
    assert [item.pk for item in response.context["items"]] == matching[:12]
    for facet in response.context["facets"]:
        shown = {option.value: option.count for option in facet.options}
        expected = {v: n for v, n in counts[facet.param].items() if v in shown}
        assert shown == expected, facet.param
        # Every value any product has is offered (none of the products' is
        # behind a restriction or unpublished here).
        assert set(shown) == set(counts[facet.param]), facet.param


def test_later_pages_follow_the_same_order(client, products):
    matching, _counts = by_hand({})
    second = client.get("/kennisbank/?page=2")
    assert [item.pk for item in second.context["items"]] == matching[12:24]


def test_a_new_combination_costs_no_more_queries_than_a_repeat(
    client, products, settings, django_assert_max_num_queries
):
    settings.LISTING_CACHE_SECONDS = 300
    client.get("/kennisbank/?type=leidraad")  # builds the index
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as repeat:
        client.get("/kennisbank/?type=leidraad")
    for query in (
        "?type=toolbox&bestuurslaag=gemeente",
        "?thema=avg&perspectief=juridisch&vraag=vraag-1",
        "?bestuurslaag=provincie&bestuurslaag=waterschap",
    ):
        # At most: a combination with fewer results fetches fewer cards.
        with django_assert_max_num_queries(len(repeat)):
            client.get(f"/kennisbank/{query}")


def test_what_is_shown_is_checked_against_the_pages_themselves(
    client, products, settings
):
    """If a page went offline or private without the index noticing yet
    (another process, a replica a moment behind), it is not shown."""
    settings.LISTING_CACHE_SECONDS = 300
    first = client.get("/kennisbank/").context["items"][0]
    # Changed behind the index's back: no signal, no new generation.
    Page.objects.filter(pk=first.pk).update(live=False)
    titles = [item.title for item in client.get("/kennisbank/").context["items"]]
    assert first.title not in titles


def test_a_stored_index_is_read_by_another_process_not_built_again(
    client, products, settings, monkeypatch
):
    """The first request after a change builds the index and stores it;
    another process (here: this one with its own memory emptied) reads it
    from the database and answers the same."""
    import core.facets
    import core.listing
    from core.models import ListingIndex

    settings.LISTING_CACHE_SECONDS = 300
    first = client.get("/kennisbank/?type=leidraad")
    assert ListingIndex.objects.count() == 1
    core.listing._indexes.clear()

    def no_build(*args, **kwargs):
        raise AssertionError("built again, although stored")

    monkeypatch.setattr(core.facets.FacetIndex, "build", no_build)
    again = client.get("/kennisbank/?type=leidraad")
    assert [i.pk for i in again.context["items"]] == [
        i.pk for i in first.context["items"]
    ]
    assert again.context["facets"] == first.context["facets"]


@pytest.mark.parametrize("change", ["publication", "release", "restriction"])
def test_a_stored_index_is_built_again_after_a_change(
    client, products, settings, change
):
    from wagtail.models import PageViewRestriction

    import core.listing
    from core.models import ListingIndex

    settings.LISTING_CACHE_SECONDS = 300
    before = client.get("/kennisbank/").context["paginator"].count
    stored = ListingIndex.objects.get()
    core.listing._indexes.clear()
    if change == "publication":
        KnowledgeProductPageFactory(parent=products.knowledge, title="Nieuw product")
    elif change == "release":
        settings.RELEASE = "een-nieuwe-release"
    else:  # written without signals: no purge, no new generation
        PageViewRestriction.objects.bulk_create(
            [
                PageViewRestriction(
                    page=KnowledgeProductPage.objects.first(),
                    restriction_type=PageViewRestriction.LOGIN,
                )
            ]
        )
    after = client.get("/kennisbank/").context["paginator"].count
    rebuilt = ListingIndex.objects.get()
    assert (rebuilt.stamp, rebuilt.format) != (stored.stamp, stored.format)
    assert after == before + {"publication": 1, "release": 0, "restriction": -1}[change]


def test_cards_show_perspectives_and_layers_as_read_from_the_index(client, products):
    response = client.get("/kennisbank/")
    html = response.content.decode()
    for item in response.context["items"]:
        layers = [
            layer.name
            for layer in item.government_layers.order_by("sort_order", "name")
        ]
        perspectives = [
            perspective.name
            for perspective in item.perspectives.order_by("sort_order", "name")
        ]
        assert item.facet_labels["bestuurslaag"] == layers, item.title
        assert item.facet_labels["perspectief"] == perspectives, item.title
        for name in layers:
            assert f'<span class="tag">{name}</span>' in html
        for name in perspectives:
            assert f'<span class="tag tag--perspective">{name}</span>' in html


def test_a_question_page_shows_what_the_filtered_kennisbank_shows(client, products):
    """Per type the same count and the same newest items as the kennisbank
    filtered on the question and the type: one index answers both."""
    for question in Page.objects.filter(depth=4, slug__startswith="vraag"):
        response = client.get(question.url)
        groups = response.context["linked_html"]
        page = response.context["page"]
        for group in page.linked_item_groups():
            listing = client.get(group["all_url"])
            assert group["count"] == listing.context["paginator"].count
            newest = [item.pk for item in listing.context["items"]][:6]
            assert [item.pk for item in group["items"]] == newest
            assert f"({group['count']})" in groups


def test_the_home_page_counts_what_the_filters_count(client, products):
    home = client.get("/")
    for question in home.context["questions"]:
        listing = client.get(f"/kennisbank/?vraag={question.slug}")
        cases = client.get(f"/praktijkvoorbeelden/?vraag={question.slug}")
        assert question.item_count == (
            listing.context["paginator"].count + cases.context["paginator"].count
        )


def test_counts_are_read_out_in_the_singular_and_the_plural():
    from core.facets import FacetState, Option

    state = FacetState(
        "type",
        "Type",
        [
            Option("leidraad", "Leidraad", 1, False),
            Option("toolbox", "Toolbox", 4, False),
            Option("instrument", "Instrument", 0, False),
        ],
    )
    html = str(state.options_html())
    hidden = '<span class="visually-hidden">'
    assert f'Leidraad <span class="filters__count">(1{hidden} resultaat</span>)' in html
    assert f'Toolbox <span class="filters__count">(4{hidden} resultaten</span>)' in html
    assert f"(0{hidden} resultaten</span>)" in html


def test_the_skip_link_counts_one_result_in_the_singular(client, products):
    KnowledgeProductPageFactory(
        parent=products.knowledge, title="Enige met dit thema", tags=["zeldzaam"]
    )
    html = client.get("/kennisbank/?thema=zeldzaam").content.decode()
    assert "Sla de filters over: naar het resultaat</a>" in html
    html = client.get("/kennisbank/").content.decode()
    assert "Sla de filters over: naar de 19 resultaten</a>" in html


@st.composite
def facet_indexes(draw):
    """Any index: ids (any primary key), per facet some options with a
    bitmap over the items, and other orders as permutations."""
    from core.facets import Choice, FacetIndex

    ids = draw(st.lists(st.integers(1, 2**63 - 1), max_size=300, unique=True))
    every = (1 << len(ids)) - 1
    bits, choices = {}, {}
    for param in draw(st.lists(st.sampled_from(FACETS), max_size=5, unique=True)):
        values = draw(st.lists(st.text(max_size=12), max_size=6, unique=True))
        bits[param] = {v: draw(st.integers(0, every)) for v in values}
        choices[param] = [
            Choice(v, draw(st.text(max_size=20)), draw(st.integers(-5, 5)))
            for v in values
        ]
    orders = {
        name: draw(st.permutations(range(len(ids))))
        for name in draw(st.lists(st.sampled_from(["titel", "datum"]), unique=True))
    }
    return FacetIndex(ids, bits, choices, orders)


@given(index=facet_indexes())
@settings(max_examples=60, deadline=None)
def test_a_stored_index_reads_back_as_it_was(index):
    """What the database holds (FacetIndex.to_bytes) gives back every id,
    bitmap, option and order exactly."""
    from core.facets import FacetIndex

    again = FacetIndex.from_bytes(index.to_bytes())
    assert again.ids == index.ids
    assert again.bits == index.bits
    assert again.choices == index.choices
    assert again.orders == index.orders
    assert again.all == index.all


def test_a_damaged_stored_index_is_built_again(client, products, settings):
    """A stored index that cannot be read (a restored backup, a row edited
    by hand) gives the same page, never an error, and is stored anew."""
    import core.listing
    from core.models import ListingIndex

    settings.LISTING_CACHE_SECONDS = 300
    first = client.get("/kennisbank/?type=leidraad")
    core.listing._indexes.clear()
    stored = ListingIndex.objects.get()
    for damaged in (b"", b"niet gecomprimeerd", stored.data[:-40]):
        ListingIndex.objects.filter(pk=stored.pk).update(data=damaged)
        core.listing._indexes.clear()
        again = client.get("/kennisbank/?type=leidraad")
        assert again.status_code == 200
        assert [i.pk for i in again.context["items"]] == [
            i.pk for i in first.context["items"]
        ]
        assert bytes(ListingIndex.objects.get().data) == bytes(stored.data)
