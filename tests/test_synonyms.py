"""The editors' synonyms and abbreviations (core.synonyms): a search for one
term finds pages with another, one-word and multi-word, both ways, on the
database the suite runs on (SQLite by default, PostgreSQL with
DATABASE_URL; CI runs both), from the moment a group is saved, without
indexing anything again."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import synonyms
from core.models import SynonymGroup
from core.search import prepare_query
from core.synonyms import build_thesaurus, checked_terms
from tests.factories import KnowledgeProductPageFactory

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/core/synonymgroup/add/"
FUZZ = settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)
# Every message the group's form can give about its terms, in Dutch.
DUTCH_ERRORS = (
    "Geef minstens twee termen",
    "kan niet worden gezocht",
    "staat al in de groep",
    "is te lang",
    "heeft te veel woorden",
    "hoogstens",
    "Dit is een verplicht veld",
    "Null-tekens zijn niet toegestaan",
    "Zorg dat deze waarde niet meer dan",
)


@pytest.fixture(autouse=True)
def fresh_thesaurus():
    """Each test reads the groups its own transaction holds (a rollback
    sends no signal to forget them)."""
    synonyms.forget()
    yield
    synonyms.forget()


def titles(client, q, **params):
    response = client.get("/zoeken/", {"q": q, **params})
    assert response.status_code == 200
    return [item["page"].title for item in response.context["result_items"]]


def group(*terms):
    item = SynonymGroup(terms="\n".join(terms))
    item.full_clean()
    item.save()
    return item


@pytest.fixture
def pages(site_tree):
    make = KnowledgeProductPageFactory
    parent = site_tree.knowledge
    return {
        "avg": make(parent=parent, title="AVG in de praktijk", summary="Uitleg."),
        "gdpr": make(parent=parent, title="GDPR checklist", summary="Een lijst."),
        "woo-phrase": make(
            parent=parent,
            title="Actief openbaar maken",
            summary="Wat de Wet open overheid van je organisatie vraagt.",
        ),
        "woo-word": make(
            parent=parent,
            title="Woo-verzoeken afhandelen",
            summary="Termijnen en stappen.",
        ),
        "scattered": make(
            parent=parent,
            title="Open data bij de overheid",
            summary="Welke wet geldt er voor open standaarden?",
        ),
        "open": make(
            parent=parent,
            title="Open standaarden",
            summary="Open source en open data voor iedereen.",
        ),
        "iama-phrase": make(
            parent=parent,
            title="Mensenrechten toetsen",
            summary="De Impact Assessment Mensenrechten en Algoritmes stap voor stap.",
        ),
        "iama-word": make(
            parent=parent, title="IAMA invullen", summary="Een werkvoorbeeld."
        ),
    }


def test_a_one_word_synonym_works_both_ways_from_its_save(client, pages):
    assert titles(client, "gdpr") == ["GDPR checklist"]
    group("AVG", "GDPR", "privacywet")
    # The very next search, with nothing indexed again.
    assert set(titles(client, "gdpr")) == {"AVG in de praktijk", "GDPR checklist"}
    assert set(titles(client, "AVG")) == {"AVG in de praktijk", "GDPR checklist"}
    assert set(titles(client, "privacywet")) == {
        "AVG in de praktijk",
        "GDPR checklist",
    }


def test_an_abbreviation_finds_its_words_side_by_side_not_each_word(client, pages):
    group("Woo", "Wet open overheid")
    found = titles(client, "woo")
    # The page with the words side by side, and the one with the
    # abbreviation; not the pages that merely have "open", or all three
    # words apart.
    assert set(found) == {"Actief openbaar maken", "Woo-verzoeken afhandelen"}


def test_the_words_find_the_abbreviation(client, pages):
    group("Woo", "Wet open overheid")
    found = titles(client, "Wet open overheid")
    # The exact phrase first; the page that only says "Woo" has every word
    # (as its synonym), as has the one with the three words apart; both come
    # before the page with only some of the words.
    assert found[0] == "Actief openbaar maken"
    assert set(found[1:3]) == {"Woo-verzoeken afhandelen", "Open data bij de overheid"}
    assert found[3:] == ["Open standaarden"]


def test_a_long_term_with_a_stop_word_works_both_ways(client, pages):
    group("IAMA", "Impact Assessment Mensenrechten en Algoritmes")
    assert set(titles(client, "iama")) == {"IAMA invullen", "Mensenrechten toetsen"}
    found = titles(client, "impact assessment mensenrechten en algoritmes")
    assert found[0] == "Mensenrechten toetsen"
    assert "IAMA invullen" in found


def test_inflected_and_punctuated_queries_still_match_the_term(client, pages):
    group("Woo", "Wet open overheid")
    assert "Woo-verzoeken afhandelen" in titles(client, "de wet-open-overheid")
    group("DPIA", "gegevensbeschermingseffectbeoordeling")
    KnowledgeProductPageFactory(
        parent=pages["avg"].get_parent(), title="DPIA uitvoeren", summary="Hoe."
    )
    assert "DPIA uitvoeren" in titles(client, "gegevensbeschermingseffectbeoordelingen")


def test_the_type_filter_and_counts_see_the_synonyms(client, pages):
    group("Woo", "Wet open overheid")
    response = client.get("/zoeken/", {"q": "woo", "type": "kennisproduct"})
    counts = {o["value"]: o["count"] for o in response.context["type_options"]}
    assert counts["kennisproduct"] == 2
    assert response.context["total"] == 2


def test_the_excerpt_marks_the_phrase_as_a_whole(client, pages):
    group("Woo", "Wet open overheid")
    response = client.get("/zoeken/", {"q": "woo"})
    shown = {
        item["page"].title: str(item["excerpt"])
        for item in response.context["result_items"]
    }
    assert "<mark>Wet open overheid</mark>" in shown["Actief openbaar maken"]
    response = client.get("/zoeken/", {"q": "wet open overheid"})
    [shown] = [
        str(item["excerpt"])
        for item in response.context["result_items"]
        if item["page"].title == "Open data bij de overheid"
    ]
    # Its words apart are each marked; "open" alone is no phrase.
    assert "<mark>wet</mark>" in shown and "<mark>open</mark> standaarden" in shown


def test_editing_or_deleting_a_group_counts_at_the_next_search(client, pages):
    item = group("AVG", "GDPR")
    assert "AVG in de praktijk" in titles(client, "gdpr")
    item.terms = "GDPR\nprivacywet"
    item.full_clean()
    item.save()
    assert titles(client, "gdpr") == ["GDPR checklist"]
    assert "GDPR checklist" in titles(client, "privacywet")
    item.delete()
    assert titles(client, "privacywet") == []


def test_a_search_reads_no_synonyms_while_nothing_changed(
    client, pages, django_assert_max_num_queries
):
    group("AVG", "GDPR")
    client.get("/zoeken/", {"q": "avg"})  # reads the groups once
    with django_assert_max_num_queries(50) as captured:
        client.get("/zoeken/", {"q": "gdpr"})
    assert not [q for q in captured if "core_synonymgroup" in q["sql"]]


def test_prepare_query_adds_forms_and_phrases():
    thesaurus = build_thesaurus(
        ["AVG\nGDPR\nprivacywet", "Woo\nWet open overheid", "BIO\nBaseline"]
    )
    query = prepare_query("AVG woo", stem=False, thesaurus=thesaurus)
    assert query.words == ("avg", "woo")
    assert {"gdpr", "privacywet"} <= set(query.groups[0])
    assert [(p.words, p.covers) for p in query.phrases] == [
        (("wet", "open", "overheid"), (1,))
    ]
    reverse = prepare_query("wet open overheid", stem=False, thesaurus=thesaurus)
    assert all("woo" in forms for forms in reverse.groups)
    assert reverse.phrases == ()
    # Without a thesaurus nothing changes.
    assert prepare_query("AVG", stem=False).groups == (("avg",),)


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ("AVG", "Geef minstens twee termen"),
        ("AVG\navg\nAVG!", "Geef minstens twee termen"),
        ("AVG\nde", "Op ‘de’ kan niet worden gezocht"),
        ("AVG\nx", "Op ‘x’ kan niet worden gezocht"),
        ("AVG\n" + "lang " * 30, "is te lang"),
        ("AVG\neen twee drie vier vijf zes zeven acht negen", "te veel woorden"),
        (",".join(f"term{i}" for i in range(13)), "hoogstens 12 termen"),
    ],
)
def test_terms_are_checked_in_dutch(terms, message):
    with pytest.raises(ValidationError) as raised:
        checked_terms(terms)
    assert message in " ".join(raised.value.message_dict["terms"])


def test_a_term_belongs_to_one_group():
    group("AVG", "GDPR")
    with pytest.raises(ValidationError) as raised:
        checked_terms("privacywet\nde AVG")
    [error] = raised.value.message_dict["terms"]
    assert "‘de AVG’ staat al in de groep ‘AVG, GDPR’" in error
    # Its own group may keep it.
    own = SynonymGroup.objects.get()
    assert checked_terms("AVG, GDPR; privacywet", group=own) == "AVG\nGDPR\nprivacywet"


def test_editors_make_a_group_in_the_admin_and_see_dutch_errors(admin_client, pages):
    response = admin_client.post(ADD_URL, {"terms": "AVG", "note": "x"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Geef minstens twee termen" in html
    assert "x" in response.context["form"]["note"].value()  # nothing lost
    response = admin_client.post(ADD_URL, {"terms": "AVG\nGDPR", "note": ""})
    assert response.status_code == 302
    assert str(SynonymGroup.objects.get()) == "AVG, GDPR"
    assert "AVG in de praktijk" in titles(admin_client, "gdpr")


@FUZZ
@given(
    terms=st.text(max_size=300)
    | st.lists(st.text(max_size=40), max_size=15).map("\n".join),
    note=st.text(max_size=250),
)
def test_any_input_to_the_synonym_form_is_saved_or_explained(
    admin_client, site_tree, terms, note
):
    with transaction.atomic():
        response = admin_client.post(ADD_URL, {"terms": terms, "note": note})
        assert response.status_code in (200, 302)
        if response.status_code == 200:
            form = response.context["form"]
            errors = [e for field in form.errors.values() for e in field]
            assert errors
            assert all(any(m in e for m in DUTCH_ERRORS) for e in errors), errors
        transaction.set_rollback(True)
    synonyms.forget()


@FUZZ
@given(q=st.text(max_size=120) | st.sampled_from(["woo", "AVG gdpr", "wet open"]))
def test_any_search_with_synonyms_present_answers(client, pages, q):
    if not SynonymGroup.objects.exists():
        group("AVG", "GDPR", "privacywet", "Algemene verordening gegevensbescherming")
        group("Woo", "Wet open overheid")
        group("IAMA", "Impact Assessment Mensenrechten en Algoritmes")
    with transaction.atomic():
        response = client.get("/zoeken/", {"q": q})
        assert response.status_code == 200
        transaction.set_rollback(True)


def test_the_phrase_is_matched_by_the_database_in_its_own_way(client, pages):
    """PostgreSQL finds a phrase through the stored document's index, SQLite
    as an FTS5 phrase (also in the stemmed copy): the same pages."""
    group("Woo", "Wet open overheid")
    KnowledgeProductPageFactory(
        parent=pages["avg"].get_parent(),
        title="Verzoeken",
        summary="Besluiten op grond van de wetten open overheden.",
    )
    found = set(titles(client, "woo"))
    # Inflected words side by side: the stems meet on both databases.
    assert "Verzoeken" in found
    assert connection.vendor in ("sqlite", "postgresql")
