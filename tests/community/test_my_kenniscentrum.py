"""A member's own page (Mijn Kenniscentrum), coming back to the page one
logged in or registered from, and forms that start with what the portal
knows."""

import datetime
import re

import pytest
from django.utils import timezone

from community.models import Enquiry, EventRegistration, Membership
from knowledge.models import GovernmentLayer
from newsletter.models import Subscriber
from tests.community.conftest import PASSWORD, log_in
from tests.community.test_enquiries import enquiry_data
from tests.factories import EventPageFactory, QuestionPageFactory, term

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clear_cache")]


def moment(days):
    return timezone.now() + datetime.timedelta(days=days)


def test_the_page_lists_groups_meetups_questions_and_the_newsletter(
    client, community, make_member, django_assert_max_num_queries
):
    member = make_member("Fatima Bakker")
    other = make_member("Iemand Anders")
    Membership.objects.create(group=community.open_group, user=member)
    Membership.objects.create(
        group=community.closed_group, user=member, status="aangevraagd"
    )
    coming = EventPageFactory(
        parent=community.events, title="Meetup datakwaliteit", start=moment(5)
    )
    gone = EventPageFactory(
        parent=community.events, title="Al geweest", start=moment(-5)
    )
    not_mine = EventPageFactory(
        parent=community.events, title="Niet de mijne", start=moment(6)
    )
    for event in (coming, gone):
        EventRegistration.objects.create(event=event, user=member)
    EventRegistration.objects.create(event=not_mine, user=other)
    mine = Enquiry.objects.create(
        question="Mogen wij scanautobeelden hergebruiken?", email=member.email.upper()
    )
    Enquiry.objects.create(question="Van een ander", email=other.email)
    subscriber = Subscriber.objects.create(
        email=member.email, status=Subscriber.Status.ACTIVE
    )

    log_in(client, member)
    with django_assert_max_num_queries(20):
        response = client.get("/account/")
    html = response.content.decode()
    assert "<h1>Mijn Kenniscentrum</h1>" in html
    assert "Kopgroep Datagedreven werken</a>: lid" in html
    assert "Kopgroep Ethiek</a>: je hebt gevraagd om lid te worden" in html
    assert "Meetup datakwaliteit" in html
    assert "Al geweest" not in html and "Niet de mijne" not in html
    assert f'href="/vraagbaak/{mine.token}/">{mine.reference}</a>' in html
    assert "(nieuw)" in html
    assert "Van een ander" not in html
    # The newsletter: a link to manage it, without waiting for a mail.
    manage = re.search(r'href="(/nieuwsbrief/beheren/[^"]+)"', html).group(1)
    assert f"{subscriber.email}" in client.get(manage).content.decode()
    assert (
        "no-store" in response["Cache-Control"]
        or "private" in response["Cache-Control"]
    )
    # The header names the page, and marks it as the current one.
    assert 'aria-current="page">Mijn Kenniscentrum</a>' in html


def test_an_address_alone_proves_nothing(client, community, make_member):
    """Anyone can type a member's address into the vraagbaak, and an editor
    can change their own address without confirming it: neither shows
    someone's questions or subscription."""
    from django.contrib.auth.models import Group

    member = make_member("Fatima Bakker")
    typed_by_someone = Enquiry.objects.create(
        question="Door een ander ingetypt", email=member.email
    )
    editor = make_member("Redacteur")
    editor.groups.add(Group.objects.get(name="Editors"))
    editor.email = member.email.upper()
    editor.save()
    Subscriber.objects.create(email=member.email, status=Subscriber.Status.ACTIVE)
    log_in(client, editor)
    html = client.get("/account/").content.decode()
    assert typed_by_someone.reference not in html
    assert "/nieuwsbrief/beheren/" not in html
    export = client.get("/account/gegevens.json").json()
    assert export["vraagbaak"] == []
    # Asked while logged in: theirs, whatever the address.
    client.post(
        "/vraagbaak/",
        enquiry_data(question="Mag dit?", email="ander@adres.example"),
    )
    asked = Enquiry.objects.get(question="Mag dit?")
    assert asked.asker == editor
    assert asked.reference in client.get("/account/").content.decode()


def test_an_empty_page_says_where_to_start(client, community, make_member):
    log_in(client, make_member("Nieuw Lid"))
    html = client.get("/account/").content.decode()
    assert "Je bent nog geen lid van een kopgroep of expertgroep" in html
    assert "Je bent niet aangemeld voor een komende bijeenkomst" in html
    assert "Je ontvangt de Data-nieuwsbrief niet." in html


def test_logging_in_from_a_page_comes_back_to_it(client, community, make_member):
    member = make_member("Fatima Bakker")
    page = client.get("/community/open/?x=1").content.decode()
    assert 'href="/account/inloggen/?next=/community/open/%3Fx%3D1">Inloggen' in page
    # Never from a private link: its token would end up in the login URL.
    enquiry = Enquiry.objects.create(question="Vraag", email="iemand@example.org")
    private = client.get(f"/vraagbaak/{enquiry.token}/").content.decode()
    assert 'href="/account/inloggen/">Inloggen' in private
    assert enquiry.token not in private.split("site-nav__account")[1][:300]
    response = client.post(
        "/account/inloggen/?next=/community/open/%3Fx%3D1",
        {
            "username": member.email,
            "password": PASSWORD,
            "next": "/community/open/?x=1",
        },
    )
    assert response["Location"] == "/community/open/?x=1"


@pytest.mark.parametrize(
    "next_url",
    [
        "https://elders.example/",
        "//elders.example/",
        "/\\elders.example/",
        "http://testserver@elders.example/",
        "javascript:alert(1)",
    ],
)
def test_never_back_to_another_site(client, community, make_member, next_url):
    member = make_member("Fatima Bakker")
    response = client.post(
        "/account/inloggen/",
        {"username": member.email, "password": PASSWORD, "next": next_url},
    )
    assert response["Location"] == "/account/"


@pytest.mark.parametrize(
    ("next_url", "back"),
    [
        ("/community/open/", "/community/open/"),
        ("/community/open/?q=Bel+ons", "/community/open/"),  # no query in a mail
        ("https://elders.example/", "/account/"),
        ("//elders.example/", "/account/"),
        ("/\\elders.example/", "/account/"),
    ],
)
def test_registering_from_a_page_comes_back_to_it(
    client,
    community,
    mailoutbox,
    django_capture_on_commit_callbacks,
    next_url,
    back,
):
    form = client.get("/account/registreren/", {"next": next_url}).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/account/registreren/",
            {"email": "nieuw@gemeente.example", "next": next_url},
        )
    link = re.search(r"https?://\S+", mailoutbox[0].body).group(0)
    link = link.split("testserver", 1)[-1]
    assert "elders" not in link and "Bel" not in link
    confirmed = client.post(link, {"name": "Nieuw Lid", "password": PASSWORD})
    assert confirmed["Location"] == back
    if back != "/account/":
        assert f'<input type="hidden" name="next" value="{back}">' in form


def test_the_vraagbaak_and_newsletter_forms_start_with_what_we_know(
    client, community, make_member
):
    question = QuestionPageFactory(parent=community.questions, title="Hoe start ik?")
    layer = term(GovernmentLayer, "waterschap")
    member = make_member(
        "Fatima Bakker", organisation="Waterschap Aa", government_layer=layer
    )
    profile = member.member_profile
    profile.questions.set([question])
    profile.save()  # a parental many-to-many is stored with its profile
    log_in(client, member)
    ask = client.get("/vraagbaak/").content.decode()
    assert f'value="{member.email}"' in ask
    assert 'value="Fatima Bakker"' in ask and 'value="Waterschap Aa"' in ask
    assert f'<option value="{layer.pk}" selected>' in ask
    signup = client.get("/nieuwsbrief/aanmelden/").content.decode()
    assert f'value="{member.email}"' in signup and 'value="Fatima Bakker"' in signup
    assert re.search(rf'value="{question.pk}"[^>]*checked', signup)
    # A visitor without an account starts empty.
    client.logout()
    assert member.email not in client.get("/vraagbaak/").content.decode()
