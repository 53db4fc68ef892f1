"""schema.org JSON-LD on product, case, question, meetup and training pages:
parsed out of the rendered HTML and checked against schema.org's vocabulary
(tests/schema_vocabulary.py); hostile texts stay inside the JSON and decode
back to themselves; restricted or unpublished related pages and a meetup's
join link never appear; building it costs the page no query."""

import datetime
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from community.models import EventRegistration
from core import page_cache
from core.structured_data import compact, iso, json_ld_script
from knowledge.models import (
    GovernmentLayer,
    KnowledgeProductAttachment,
    Perspective,
    QuestionRelation,
)
from tests.factories import (
    CommunityGroupPageFactory,
    CommunityIndexPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    KnowledgeProductPageFactory,
    OrganisationFactory,
    PracticeCasePageFactory,
    QuestionPageFactory,
    TrainingPageFactory,
    make_document,
    moment,
    pdf_bytes,
    run,
    term,
)
from tests.html_checks import problems as html_problems
from tests.schema_vocabulary import json_ld_blocks, problems, raw_json_ld

pytestmark = pytest.mark.django_db

HOSTILE = '</script><script>alert(1)</script> & "aanhalingstekens" <b>vet</b>'
HOSTILE_SUMMARY = "Wat de AVG vraagt & wat je ermee doet: <!-- geen commentaar -->"
JOIN_LINK = "https://vergaderen.example/geheime-link?pin=1234"


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type="login")


def only_json_ld(client, url: str) -> tuple[dict, str]:
    """The page's one JSON-LD document, checked against schema.org, and its
    raw text in the HTML."""
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    blocks = json_ld_blocks(html)
    assert len(blocks) == 1, blocks
    assert problems(blocks[0]) == []
    assert html_problems(html) == []
    raw = raw_json_ld(html)[0]
    # Nothing in the data can end the element early or open another one.
    assert "<" not in raw and ">" not in raw
    return blocks[0], raw


@pytest.fixture
def keeping(settings, clear_cache, tmp_path):
    """What pages keep per content generation is kept, as in production; the
    generation in a file of this test's own (no other test run purges it)."""
    settings.LISTING_CACHE_SECONDS = 3600
    settings.PAGE_CACHE_GENERATION_FILE = tmp_path / "generation"


@pytest.fixture
def kennisbank(site_tree, keeping):
    """A product and a case with hostile texts, each with a public, a
    restricted and an unpublished question, and a restricted product."""
    tree = site_tree
    tree.question = QuestionPageFactory(
        parent=tree.questions,
        slug="starten",
        title="Hoe start ik een dataproject?",
        summary="Waar begin je <en> met wie?",
        short_answer='Begin klein & "samen".',
    )
    tree.secret_question = QuestionPageFactory(
        parent=tree.questions, slug="geheim", title="Geheime vraag"
    )
    restrict(tree.secret_question)
    tree.draft_question = QuestionPageFactory(
        parent=tree.questions, slug="concept", title="Vraag in concept"
    )
    tree.draft_question.unpublish()
    tree.other_question = QuestionPageFactory(
        parent=tree.questions, slug="ander", title="Een andere vraag"
    )
    questions = [tree.question, tree.secret_question, tree.draft_question]
    tree.product = KnowledgeProductPageFactory(
        parent=tree.knowledge,
        slug="leidraad",
        title=HOSTILE,
        summary=HOSTILE_SUMMARY,
        organisation=OrganisationFactory(
            name="Vereniging & Co", short_name="V&C", website="https://vc.example/"
        ),
        external_url="https://vc.example/leidraad?a=1&b=2",
        questions=questions,
        government_layers=[term(GovernmentLayer, "gemeente")],
        perspectives=[term(Perspective, "juridisch")],
        tags=["AVG", "<script>"],
        attachments=[
            KnowledgeProductAttachment(
                document=make_document("Leidraad", pdf_bytes(2), "leidraad.pdf"),
                language="en",
                sort_order=0,
            )
        ],
    )
    tree.secret_product = KnowledgeProductPageFactory(
        parent=tree.knowledge,
        slug="geheim",
        title="Geheim product",
        questions=[tree.question],
    )
    restrict(tree.secret_product)
    tree.case = PracticeCasePageFactory(
        parent=tree.cases,
        slug="voorbeeld",
        title=f"Casus {HOSTILE}",
        summary=HOSTILE_SUMMARY,
        organisation=OrganisationFactory(name="Gemeente Zwolle"),
        phase="productie",
        questions=questions,
        products_used=[tree.product, tree.secret_product],
        tags=["Woo"],
    )
    tree.question.related_question_links = [
        QuestionRelation(question=tree.secret_question, sort_order=0),
        QuestionRelation(question=tree.other_question, sort_order=1),
    ]
    tree.question.save_revision().publish()
    return tree


def test_product_is_a_creative_work_with_only_public_questions(client, kennisbank):
    product = kennisbank.product
    data, raw = only_json_ld(client, product.url)
    assert data["@type"] == "CreativeWork"
    # The hostile texts decode back to exactly what the editor typed.
    assert data["name"] == HOSTILE
    assert data["description"] == HOSTILE_SUMMARY
    assert "alert(1)" in raw and "</script" not in raw
    assert data["url"] == "http://testserver/kennisbank/leidraad/"
    assert data["identifier"] == {
        "@type": "PropertyValue",
        "propertyID": "kennisbank-id",
        "value": str(product.pk),
    }
    assert data["genre"] == "Leidraad"
    assert data["inLanguage"] == "nl"
    assert data["about"] == [
        {
            "@type": "Question",
            "name": "Hoe start ik een dataproject?",
            "url": "http://testserver/vragen/starten/",
        }
    ]
    assert "Geheime vraag" not in raw and "Vraag in concept" not in raw
    assert data["audience"] == [{"@type": "Audience", "audienceType": "Gemeente"}]
    assert set(data["keywords"][:2]) == {"AVG", "<script>"}
    assert data["keywords"][2] == {
        "@type": "DefinedTerm",
        "name": "Juridisch",
        "description": "Mag het?",
    }
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "Vereniging & Co",
        "alternateName": "V&C",
        "url": "https://vc.example/",
    }
    assert data["sameAs"] == "https://vc.example/leidraad?a=1&b=2"
    [media] = data["associatedMedia"]
    assert media["@type"] == "MediaObject"
    assert media["contentUrl"].startswith("http://testserver/documenten/")
    # The storage is shared by the process's tests: another "leidraad.pdf"
    # may have been stored first, and this one then has a suffix.
    assert re.search(r"/leidraad(_\w+)?\.pdf$", media["contentUrl"])
    assert media["encodingFormat"] == "application/pdf"
    assert media["inLanguage"] == "en"
    assert media["contentSize"].endswith(" B")
    assert data["datePublished"] == timezone.localdate().isoformat()
    assert datetime.datetime.fromisoformat(data["dateModified"]).tzinfo is not None


def test_case_is_an_article_about_its_organisation_without_restricted_products(
    client, kennisbank
):
    data, raw = only_json_ld(client, kennisbank.case.url)
    assert data["@type"] == "Article"
    assert data["name"] == f"Casus {HOSTILE}"
    assert data["genre"] == "Praktijkvoorbeeld"
    assert data["about"][0] == {"@type": "Organization", "name": "Gemeente Zwolle"}
    assert [item["name"] for item in data["about"][1:]] == [
        "Hoe start ik een dataproject?"
    ]
    assert data["mentions"] == [
        {
            "@type": "CreativeWork",
            "name": HOSTILE,
            "url": "http://testserver/kennisbank/leidraad/",
        }
    ]
    assert "Geheim product" not in raw and "Geheime vraag" not in raw
    assert data["keywords"] == [
        "Woo",
        {
            "@type": "DefinedTerm",
            "name": "In productie",
            "termCode": "productie",
            "inDefinedTermSet": {"@type": "DefinedTermSet", "name": "Fase"},
        },
    ]


def test_question_is_a_collection_page_around_its_question(client, kennisbank):
    question = kennisbank.question
    data, raw = only_json_ld(client, question.url)
    assert data["@type"] == "CollectionPage"
    assert data["mainEntity"] == {
        "@type": "Question",
        "name": "Hoe start ik een dataproject?",
        "text": "Waar begin je <en> met wie?",
        "answerCount": 1,
        "acceptedAnswer": {
            "@type": "Answer",
            "text": 'Begin klein & "samen".',
            "url": "http://testserver/vragen/starten/#kort-antwoord",
        },
    }
    # What the page lists: the public product and case, not the restricted one.
    assert data["hasPart"] == [
        {
            "@type": "CreativeWork",
            "name": HOSTILE,
            "url": "http://testserver/kennisbank/leidraad/",
        },
        {
            "@type": "Article",
            "name": f"Casus {HOSTILE}",
            "url": "http://testserver/praktijkvoorbeelden/voorbeeld/",
        },
    ]
    # The editors picked a restricted and a public question: one is shown.
    assert data["relatedLink"] == ["http://testserver/vragen/ander/"]
    assert "Geheim" not in raw
    # Kept with the listing, the second visit says the same.
    assert only_json_ld(client, question.url)[0] == data


def test_odd_query_parameters_do_not_reach_the_data(client, kennisbank):
    data, raw = only_json_ld(
        client, kennisbank.product.url + '?x="></script><b>&url=https://evil.example'
    )
    assert data["url"] == "http://testserver/kennisbank/leidraad/"
    assert "evil" not in raw


@pytest.fixture
def meetups(site_tree, keeping):
    community = CommunityIndexPageFactory(parent=site_tree.home)
    tree = site_tree
    tree.group = CommunityGroupPageFactory(
        parent=community, slug="kopgroep", title="Kopgroep <Data> & meer"
    )
    tree.secret_group = CommunityGroupPageFactory(
        parent=community, slug="besloten", title="Besloten groep"
    )
    restrict(tree.secret_group)
    tree.events = EventIndexPageFactory(parent=community)
    return tree


def test_meetup_is_an_event_without_the_join_link(client, meetups):
    start = moment(10, hour=13)
    meetup = EventPageFactory(
        parent=meetups.events,
        slug="meetup",
        title=HOSTILE,
        summary=HOSTILE_SUMMARY,
        start=start,
        end=start + datetime.timedelta(hours=3),
        location="Stadskantoor, Zwolle",
        online_url=JOIN_LINK,
        group=meetups.group,
        capacity=30,
    )
    data, raw = only_json_ld(client, meetup.url)
    url = "http://testserver/community/bijeenkomsten/meetup/"
    assert data["@type"] == "Event"
    assert data["name"] == HOSTILE
    assert data["url"] == url
    # With the site's offset (Europe/Amsterdam), the same moment as stored.
    assert datetime.datetime.fromisoformat(data["startDate"]) == start
    assert data["startDate"].endswith(("+01:00", "+02:00"))
    assert data["endDate"] == iso(start + datetime.timedelta(hours=3))
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["location"] == [
        {
            "@type": "Place",
            "name": "Stadskantoor, Zwolle",
            "address": "Stadskantoor, Zwolle",
        },
        {"@type": "VirtualLocation", "url": url},
    ]
    # The link to join is for members who signed up: never in the data.
    assert "vergaderen" not in raw and "1234" not in raw
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Kopgroep <Data> & meer",
        "url": "http://testserver/community/kopgroep/",
    }
    assert data["isAccessibleForFree"] is True
    assert data["offers"] == {
        "@type": "Offer",
        "url": f"{url}#aanmelden",
        "price": "0",
        "priceCurrency": "EUR",
        "availability": "https://schema.org/InStock",
    }


def test_meetup_online_full_or_elsewhere(client, meetups, member):
    online = EventPageFactory(
        parent=meetups.events,
        slug="online",
        location="",
        online_url=JOIN_LINK,
        group=meetups.secret_group,
        capacity=1,
    )
    EventRegistration.objects.create(event=online, user=member)
    data, raw = only_json_ld(client, online.url)
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == [{"@type": "VirtualLocation", "url": data["url"]}]
    assert "vergaderen" not in raw
    # A restricted group is not named: the portal organises it.
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Kenniscentrum Data",
        "url": "http://testserver/",
    }
    assert "Besloten" not in raw
    assert data["offers"]["availability"] == "https://schema.org/SoldOut"

    elsewhere = EventPageFactory(
        parent=meetups.events,
        slug="congres",
        registration="extern",
        registration_url="https://congres.example/aanmelden",
    )
    data, _raw = only_json_ld(client, elsewhere.url)
    assert (
        data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    )
    assert data["offers"] == {
        "@type": "Offer",
        "url": "https://congres.example/aanmelden",
    }
    assert "isAccessibleForFree" not in data  # the organiser's price is unknown

    over = EventPageFactory(
        parent=meetups.events, slug="voorbij", start=moment(-10), registration="geen"
    )
    data, _raw = only_json_ld(client, over.url)
    assert "offers" not in data
    assert data["isAccessibleForFree"] is True


def test_training_course_is_valid_schema_org(client, site_tree, keeping):
    training = TrainingPageFactory(
        parent=site_tree.trainings,
        slug="avg",
        title=HOSTILE,
        summary=HOSTILE_SUMMARY,
        provider=OrganisationFactory(name="Academie & Co", website="https://a.example"),
        format="hybride",
        workload_hours=12,
        cost="betaald",
        price="450.00",
        runs=[run(5, days=2, location="Zwolle"), run(20, online=True)],
    )
    data, raw = only_json_ld(client, training.url)
    assert data["@type"] == "Course"
    assert data["name"] == HOSTILE
    assert data["description"] == HOSTILE_SUMMARY
    assert data["provider"]["name"] == "Academie & Co"
    assert len(data["hasCourseInstance"]) == 2


def test_the_check_finds_what_schema_org_does_not_define():
    """The vocabulary check can fail: each mistake here is reported."""
    document = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "x",
        "genre": "Meetup",  # a CreativeWork's property
        "startDate": "morgen",  # not a date
        "endDate": "2026-03-10T13:00:00",  # a time without its offset
        "eventStatus": "https://schema.org/InStock",  # another enumeration
        "url": "/relative/",
        "organizer": {"@type": "Place", "name": "y"},  # not in the range
        "location": {"@type": "Gebouw"},  # no schema.org type
        "isAccessibleForFree": "ja",
        "colour": "blue",
    }
    found = problems(document)
    for fragment in (
        "$.genre: not a property of Event",
        "$.startDate[0]: 'morgen'",
        "$.endDate[0]",
        "$.eventStatus[0]",
        "$.url[0]",
        "$.organizer[0]: ['Place'] is not in the range",
        "'Gebouw' is no schema.org type",
        "$.isAccessibleForFree[0]",
        "$.colour: no schema.org property",
    ):
        assert any(fragment in problem for problem in found), (fragment, found)
    assert len(found) == 9


def test_script_element_escapes_and_round_trips():
    text = "</script><!-- \u2028 & > '\""
    element = str(json_ld_script({"@type": "Thing", "name": text, "x": "", "y": []}))
    body = element.removeprefix('<script type="application/ld+json">')
    body = body.removesuffix("</script>")
    assert "<" not in body and ">" not in body and "\u2028" not in body
    assert json.loads(body) == {
        "@context": "https://schema.org",
        "@type": "Thing",
        "name": text,
    }
    assert compact({"a": False, "b": 0, "c": [None, {}], "d": {"e": ""}}) == {
        "a": False,
        "b": 0,
    }


BUILDERS = {
    "product": ("knowledge.structured_data", "product_json_ld"),
    "case": ("knowledge.structured_data", "case_json_ld"),
    "question": ("knowledge.structured_data", "question_json_ld"),
    "meetup": ("community.structured_data", "event_json_ld"),
}


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_data_costs_the_pages_no_query(client, kennisbank, meetups, monkeypatch):
    """Each page with its JSON-LD and with the builder stubbed out costs the
    same number of queries, on the first visit after a change (nothing
    kept) and on a repeat."""
    meetup = EventPageFactory(
        parent=meetups.events,
        slug="meetup",
        online_url=JOIN_LINK,
        group=meetups.group,
    )
    urls = {
        "product": kennisbank.product.url,
        "case": kennisbank.case.url,
        "question": kennisbank.question.url,
        "meetup": meetup.url,
    }
    for url in urls.values():  # per-process caches (content types, site paths)
        client.get(url)

    def measure() -> dict:
        page_cache.purge()
        first = {kind: count_queries(client, url) for kind, url in urls.items()}
        repeat = {kind: count_queries(client, url) for kind, url in urls.items()}
        return {"first": first, "repeat": repeat}

    with_data = measure()
    for module, name in BUILDERS.values():
        monkeypatch.setattr(f"{module}.{name}", lambda *args: "")
    without = measure()
    assert "ld+json" not in client.get(kennisbank.product.url).content.decode()
    assert with_data == without
    # Kept per content generation: a repeat costs less than the first visit.
    assert with_data["repeat"]["question"] < with_data["first"]["question"]
