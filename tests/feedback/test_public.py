"""The public side of "Heeft deze informatie je geholpen?": the buttons
under every page that answers something, the answer, the comment after a
Nee, and what is kept of it."""

import re
import time

import pytest
from django.core import signing
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.forms import SALT as START_SALT
from core.models import RateLimitSlot
from core.privacy import EMAIL_REPLACEMENT, PHONE_REPLACEMENT
from feedback import views
from feedback.models import COMMENT_MAX_LENGTH, Feedback
from feedback.tokens import SALT, comment_token
from tests.conftest import SAMPLE_FEEDBACK_ID
from tests.factories import (
    DecisionAidIndexPageFactory,
    DecisionAidPageFactory,
    KnowledgeProductPageFactory,
    PracticeCasePageFactory,
    QuestionPageFactory,
    StandardPageFactory,
    TrainingPageFactory,
)

pytestmark = pytest.mark.django_db

SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"}


def started(seconds_ago=60):
    """A signed start time as the comment form handed it out a while ago."""
    return signing.dumps(time.time() - seconds_ago, salt=START_SALT)


def vote(client, page, helped="ja", **extra):
    data = {"page": page.pk, "helped": helped, "website": ""}
    data.update(extra.pop("data", {}))
    return client.post("/feedback/", data, **{**SAME_ORIGIN, **extra})


def send_comment(client, url, text, **extra):
    data = {"comment": text, "website": "", "started": started()}
    data.update(extra.pop("data", {}))
    return client.post(url, data, **{**SAME_ORIGIN, **extra})


@pytest.fixture
def question(site_tree):
    return QuestionPageFactory(parent=site_tree.questions, slug="vraag")


def no_cookies(*responses):
    for response in responses:
        assert not response.cookies, response.cookies


# -- The form on the pages ----------------------------------------------------


def pages_that_ask(site_tree):
    return {
        "question": QuestionPageFactory(parent=site_tree.questions, slug="v"),
        "product": KnowledgeProductPageFactory(parent=site_tree.knowledge, slug="p"),
        "case": PracticeCasePageFactory(parent=site_tree.cases, slug="c"),
        "training": TrainingPageFactory(parent=site_tree.trainings, slug="t"),
        "beslishulp": DecisionAidPageFactory(
            parent=DecisionAidIndexPageFactory(parent=site_tree.home), slug="b"
        ),
    }


def test_every_page_type_that_answers_something_asks(client, site_tree):
    for kind, page in pages_that_ask(site_tree).items():
        html = client.get(page.url).content.decode()
        form = re.search(r'<form class="feedback__form".*?</form>', html, re.S)
        assert form, kind
        assert 'action="/feedback/"' in form.group()
        assert f'name="page" value="{page.pk}"' in form.group(), kind
        assert 'name="helped" value="ja">Ja</button>' in form.group(), kind
        assert 'name="helped" value="nee">Nee</button>' in form.group(), kind
        assert "Heeft deze informatie je geholpen?" in form.group()
        # A form in a page everyone shares: nothing of one visitor's.
        assert "csrfmiddlewaretoken" not in html
        assert 'name="started"' not in form.group()


def test_pages_that_answer_nothing_do_not_ask(client, site_tree):
    StandardPageFactory(parent=site_tree.home, slug="privacy")
    for path in ("/", "/vragen/", "/kennisbank/", "/privacy/", "/zoeken/"):
        assert "feedback__form" not in client.get(path).content.decode(), path


# -- Answers ----------------------------------------------------------------


def test_ja_is_counted_and_thanked(client, question):
    response = vote(client, question, "ja")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Bedankt voor je antwoord</h1>" in html
    assert f'href="{question.url}"' in html
    assert list(Feedback.objects.values_list("page", "helped", "comment")) == [
        (question.pk, True, "")
    ]
    no_cookies(response)


def test_nee_leads_to_the_comment_page(client, question):
    response = vote(client, question, "nee")
    answer = Feedback.objects.get()
    assert (answer.helped, answer.comment) == (False, "")
    assert response.status_code == 302
    assert response["Location"] == f"/feedback/opmerking/{comment_token(answer)}/"
    page = client.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    assert "<h1>Wat miste je?</h1>" in html
    assert "Schrijf geen persoonsgegevens op" in html
    assert f'maxlength="{COMMENT_MAX_LENGTH}"' in html
    # A private link: kept out of caches, other sites and search engines.
    assert "no-cache" in page["Cache-Control"] or "no-store" in page["Cache-Control"]
    assert page["Referrer-Policy"] == "same-origin"
    assert page["X-Robots-Tag"] == "noindex, nofollow"
    no_cookies(response, page)


def test_a_comment_joins_its_nee_once(client, question):
    vote(client, question, "nee")
    url = f"/feedback/opmerking/{comment_token(Feedback.objects.get())}/"
    response = send_comment(
        client, url, "Een voorbeeld van een DPIA voor een gemeente."
    )
    assert response.status_code == 302 and response["Location"] == url
    shown = client.get(url)
    assert "Bedankt voor je opmerking" in shown.content.decode()
    assert "Een voorbeeld van een DPIA" in shown.content.decode()
    # Again (a reload, a second tab): the first one stays.
    again = send_comment(client, url, "Iets anders")
    assert again.status_code == 200
    assert Feedback.objects.get().comment == (
        "Een voorbeeld van een DPIA voor een gemeente."
    )
    assert Feedback.objects.count() == 1
    no_cookies(response, shown, again)


# -- Privacy: what is typed is kept without addresses and numbers -------------


@pytest.mark.parametrize(
    "typed, kept",
    [
        (
            "Mail me op j.jansen@gemeente.example, dan leg ik het uit.",
            f"Mail me op {EMAIL_REPLACEMENT}, dan leg ik het uit.",
        ),
        (
            "Bel 06-12345678 of +31 (0)20 123 4567 voor een toelichting.",
            f"Bel {PHONE_REPLACEMENT} of {PHONE_REPLACEMENT} voor een toelichting.",
        ),
        ("fg (at) provincie punt nl weet het", f"{EMAIL_REPLACEMENT} weet het"),
    ],
)
def test_addresses_and_numbers_never_reach_the_database(client, question, typed, kept):
    vote(client, question, "nee")
    url = f"/feedback/opmerking/{comment_token(Feedback.objects.get())}/"
    send_comment(client, url, typed)
    stored = list(Feedback.objects.values_list("comment", flat=True))
    assert stored == [kept]
    for secret in ("jansen@", "12345678", "123 4567", "provincie punt nl"):
        assert all(secret not in text for text in stored)
    html = client.get(url).content.decode()
    assert "uit je opmerking gehaald" in html


def test_the_model_strips_them_too(question):
    """Whatever path a comment takes (a script, the shell), save() strips."""
    answer = Feedback.objects.create(
        page=question, helped=False, comment="Bel me: 0612345678"
    )
    assert Feedback.objects.get(pk=answer.pk).comment == f"Bel me: {PHONE_REPLACEMENT}"


def test_nothing_about_the_reader_is_stored():
    fields = {field.name for field in Feedback._meta.get_fields()}
    assert fields == {"id", "page", "helped", "comment", "created_at", "handled_at"}


# -- Bad input: Dutch, nothing lost, never a 500 ------------------------------


def test_an_empty_comment_is_asked_for_again(client, question):
    vote(client, question, "nee")
    url = f"/feedback/opmerking/{comment_token(Feedback.objects.get())}/"
    response = send_comment(client, url, "   ")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Controleer het formulier" in html
    assert "Schrijf in het vak wat je miste" in html
    assert Feedback.objects.get().comment == ""


def test_a_comment_too_long_keeps_its_text(client, question):
    vote(client, question, "nee")
    url = f"/feedback/opmerking/{comment_token(Feedback.objects.get())}/"
    text = "Meer voorbeelden van waterschappen graag. " * 30
    response = send_comment(client, url, text)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Je opmerking is te lang: gebruik hoogstens 1000 tekens" in html
    assert f"(nu {len(text.strip())})" in html
    assert "Meer voorbeelden van waterschappen graag." in html
    assert Feedback.objects.get().comment == ""


@pytest.mark.parametrize(
    "token",
    [
        "vervalst:link",
        signing.dumps(1, salt="iets-anders"),
        signing.dumps("4301", salt=SALT),
        signing.dumps(10**30, salt=SALT),
    ],
    # Named: a signed value holds the time, which differs between the
    # processes that collect the tests.
    ids=["unsigned", "other-salt", "not-a-number", "huge-id"],
)
def test_a_forged_link_says_so(client, question, token):
    response = client.get(f"/feedback/opmerking/{token}/")
    assert response.status_code == 400
    assert "Deze link werkt niet" in response.content.decode()
    post = send_comment(client, f"/feedback/opmerking/{token}/", "Tekst")
    assert post.status_code == 400
    assert not Feedback.objects.exclude(comment="").exists()


def test_an_expired_link_says_so(client, question, time_machine):
    time_machine.move_to("2026-03-01 12:00")
    vote(client, question, "nee")
    url = f"/feedback/opmerking/{comment_token(Feedback.objects.get())}/"
    time_machine.move_to("2026-03-02 13:00")
    response = send_comment(client, url, "Te laat")
    assert response.status_code == 400
    assert "Deze link werkt niet" in response.content.decode()
    assert Feedback.objects.get().comment == ""


def test_a_link_for_a_ja_takes_no_comment(client, question):
    vote(client, question, "ja")
    url = f"/feedback/opmerking/{comment_token(Feedback.objects.get())}/"
    assert client.get(url).status_code == 400


@pytest.mark.parametrize(
    "data, message",
    [
        ({"helped": "misschien"}, "Kies Ja of Nee."),
        ({"helped": ""}, "Kies Ja of Nee."),
        ({"page": ""}, "over welke pagina"),
        ({"page": "abc"}, "bestaat niet"),
        ({"page": "99999999999999999999999"}, "bestaat niet"),
        ({"page": "987654"}, "bestaat niet"),
    ],
)
def test_a_bad_answer_is_refused_in_dutch(client, question, data, message):
    response = vote(client, question, data=data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Dit formulier klopt niet" in html and message in html
    assert not Feedback.objects.exists()


def test_pages_that_do_not_ask_take_no_answer(client, site_tree, question):
    for page in (site_tree.home, site_tree.questions):
        response = vote(client, page)
        assert response.status_code == 400
        assert "vragen we niet om feedback" in response.content.decode()
    draft = QuestionPageFactory(parent=site_tree.questions, slug="concept")
    draft.unpublish()
    assert vote(client, draft).status_code == 400
    assert not Feedback.objects.exists()


def test_restricted_pages_take_no_answer(client, question):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=question, restriction_type=PageViewRestriction.LOGIN
    )
    assert vote(client, question).status_code == 400
    assert not Feedback.objects.exists()


def test_a_get_of_the_form_address_explains(client):
    response = client.get("/feedback/")
    assert response.status_code == 405
    assert "Dit formulier klopt niet" in response.content.decode()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    data=st.dictionaries(
        st.sampled_from(["page", "helped", "website", "comment", "started", "x"]),
        st.one_of(
            st.text(max_size=30),
            st.sampled_from(["ja", "nee", "\x00", "9" * 40, "-1", "1e9", "1"]),
            st.text(min_size=1000, max_size=1200),
        ),
    ),
)
def test_arbitrary_post_data_never_fails(client, question, data):
    Visitor.n += 1
    address = f"10.9.{Visitor.n >> 8 & 255}.{Visitor.n & 255}"
    answer = Feedback.objects.create(page=question, helped=False)
    for url in ("/feedback/", f"/feedback/opmerking/{comment_token(answer)}/"):
        response = client.post(url, data, REMOTE_ADDR=address, **SAME_ORIGIN)
        assert response.status_code in {200, 302, 400, 429}, (url, data)
        if response.status_code == 400:
            html = response.content.decode()
            assert "klopt niet" in html or "Controleer het formulier" in html
        no_cookies(response)
    assert not Feedback.objects.filter(comment__contains="@").exists()


class Visitor:
    n = 0


# -- Abuse ------------------------------------------------------------------


def test_a_filled_honeypot_looks_accepted_and_stores_nothing(client, question):
    response = vote(client, question, "nee", data={"website": "https://spam.example"})
    assert response.status_code == 200
    assert "Bedankt voor je antwoord" in response.content.decode()
    assert not Feedback.objects.exists()


def test_a_comment_from_a_bot_looks_accepted_and_stores_nothing(client, question):
    vote(client, question, "nee")
    url = f"/feedback/opmerking/{comment_token(Feedback.objects.get())}/"
    filled = send_comment(client, url, "Koop nu", data={"website": "x"})
    too_fast = send_comment(client, url, "Koop nu", data={"started": started(0)})
    for response in (filled, too_fast):
        assert response.status_code == 200
        assert "Bedankt" in response.content.decode()
    assert Feedback.objects.get().comment == ""


def test_another_site_cannot_send_answers(client, question):
    for headers in (
        {"HTTP_ORIGIN": "https://elders.example"},
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_REFERER": "https://elders.example/pagina"},
    ):
        response = client.post(
            "/feedback/", {"page": question.pk, "helped": "ja"}, **headers
        )
        assert response.status_code == 403, headers
        assert "kwam niet van deze website" in response.content.decode()
    assert not Feedback.objects.exists()


def test_answers_are_limited_per_address(client, question):
    for _ in range(views.VOTES_PER_HOUR):
        assert vote(client, question, REMOTE_ADDR="10.1.1.1").status_code == 200
    refused = vote(client, question, "nee", REMOTE_ADDR="10.1.1.1")
    assert refused.status_code == 429
    assert "Probeer het later opnieuw" in refused.content.decode()
    assert Feedback.objects.count() == views.VOTES_PER_HOUR
    # Another address is not held back.
    assert vote(client, question, REMOTE_ADDR="10.1.1.2").status_code == 200
    # Nothing of the address is kept with the answers (only the rate
    # limit's hashed slot, which expires).
    assert not RateLimitSlot.objects.filter(key__contains="10.1.1.1").exists()


def test_comments_are_limited_per_address(client, question):
    answers = [
        Feedback.objects.create(page=question, helped=False)
        for _ in range(views.COMMENTS_PER_HOUR + 1)
    ]
    statuses = [
        send_comment(
            client,
            f"/feedback/opmerking/{comment_token(answer)}/",
            "Meer voorbeelden",
            REMOTE_ADDR="10.1.1.3",
        ).status_code
        for answer in answers
    ]
    assert statuses == [302] * views.COMMENTS_PER_HOUR + [429]
    assert Feedback.objects.exclude(comment="").count() == views.COMMENTS_PER_HOUR


# -- Caching ------------------------------------------------------------------


def test_a_page_with_the_form_stays_in_the_page_cache(settings, tmp_path, question):
    from django.core.cache import caches

    from core import page_cache

    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_CACHE_GENERATION_FILE = tmp_path / "generation"
    caches["pages"].clear()
    first = Client().get(question.url)
    assert "feedback__form" in first.content.decode()
    assert first.get(page_cache.HEADER) == "miss"
    no_cookies(first)
    # The form adds no Vary of its own (every page of base.html varies on
    # Cookie already, for the login link; the page cache keys without it).
    assert first["Vary"] == Client().get("/vragen/")["Vary"]
    again = Client().get(question.url)
    assert again.get(page_cache.HEADER) == "hit"
    assert again.content == first.content
    # An answer changes nothing about the page.
    vote(Client(), question, "nee")
    assert Client().get(question.url).get(page_cache.HEADER) == "hit"


def test_the_sample_comment_page_works(client, sample_pages):
    """tests/pages.py lists it for the site-wide checks."""
    from tests.pages import FEEDBACK_COMMENT_LINK

    assert Feedback.objects.filter(pk=SAMPLE_FEEDBACK_ID).exists()
    assert "Wat miste je?" in client.get(FEEDBACK_COMMENT_LINK).content.decode()


def test_a_restricted_page_does_not_ask(client, site_tree, django_user_model):
    from wagtail.models import PageViewRestriction

    from tests.factories import KnowledgeProductPageFactory

    page = KnowledgeProductPageFactory(parent=site_tree.knowledge)
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    user = django_user_model.objects.create_user("lid", password="geheim-1234")
    client.force_login(user)
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Heeft deze informatie je geholpen?" not in response.content.decode()
