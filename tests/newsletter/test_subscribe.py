"""Subscribing (double opt-in), managing without a password and leaving with
one click; the same answer whatever the address, one mail an hour at most."""

import datetime
import re
import time

import pytest
import time_machine
from django.core import signing
from django.template.defaultfilters import date
from django.test import Client
from django.utils import timezone

from core.forms import SALT
from knowledge.models import GovernmentLayer
from newsletter import tokens
from newsletter.management.commands.purge_newsletter_signups import purge_unconfirmed
from newsletter.models import CONSENT_VERSION, Subscriber
from newsletter.views import SIGNUPS_PER_HOUR
from tests.factories import NewsletterIndexPageFactory, QuestionPageFactory
from tests.html_checks import problems

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clear_cache")]
URL = "/nieuwsbrief/aanmelden/"


@pytest.fixture
def newsletter(site_tree):
    return NewsletterIndexPageFactory(parent=site_tree.home)


def signup_data(**overrides):
    data = {
        "email": "Femke@Provincie.example",
        "name": "Femke",
        "government_layer": GovernmentLayer.objects.get(slug="provincie").pk,
        "consent": "on",
        "source": "pagina",
        "started": signing.dumps(time.time() - 60, salt=SALT),
        "website": "",
    }
    data.update(overrides)
    return data


def sign_up(client, capture, **overrides):
    with capture(execute=True):
        return client.post(URL, signup_data(**overrides))


def path_in(mail) -> str:
    return re.search(r"http://testserver(/\S+)", mail.body).group(1)


@pytest.fixture
def capture(django_capture_on_commit_callbacks):
    return django_capture_on_commit_callbacks


def test_the_confirmation_carries_nothing_the_visitor_typed(
    client, newsletter, mailoutbox, capture
):
    sign_up(client, capture, name="Klik-op-win-actie.example")
    [mail] = mailoutbox
    text = " ".join([mail.subject, mail.body, mail.alternatives[0][0]])
    assert "/nieuwsbrief/bevestigen/" in text
    assert "Klik-op-win-actie" not in text


def test_double_opt_in(client, newsletter, site_tree, mailoutbox, capture):
    question = QuestionPageFactory(parent=site_tree.questions)
    response = sign_up(client, capture, questions=[question.pk])
    assert response["Location"] == "/nieuwsbrief/aanmelden/verstuurd/"
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "femke@provincie.example"
    assert subscriber.status == Subscriber.Status.PENDING
    # The consent record.
    assert subscriber.consent_version == CONSENT_VERSION
    assert subscriber.consent_form == "pagina"
    assert subscriber.consented_at is not None and subscriber.confirmed_at is None
    assert list(subscriber.questions.all()) == [question]
    [mail] = mailoutbox
    assert "Bevestig je aanmelding" in mail.subject
    expires = timezone.localtime() + datetime.timedelta(days=7)
    assert f"De link werkt tot en met {date(expires, 'l j F Y')}" in mail.body
    link = path_in(mail)

    # Opening the link (a mail scanner does) changes nothing.
    page = client.get(link)
    assert page.status_code == 200
    assert "Ja, ik wil de nieuwsbrief ontvangen" in page.content.decode()
    assert page["Referrer-Policy"] == "no-referrer"
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING

    confirmed = Client().post(link)  # no cookies, no CSRF token
    assert confirmed.status_code == 200
    assert "Je bent ingeschreven" in confirmed.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE
    assert subscriber.confirmed_at is not None
    # Pressing again says it worked already.
    again = client.post(link)
    assert "al bevestigd" in again.content.decode()


def test_expired_and_tampered_links_get_a_clear_page(
    client, newsletter, mailoutbox, capture
):
    sign_up(client, capture)
    link = path_in(mailoutbox[0])
    tampered = client.get(link[:-3] + "abc/")
    assert tampered.status_code == 400
    assert "Deze link werkt niet (meer)" in tampered.content.decode()
    assert "Meld je opnieuw aan" in tampered.content.decode()
    assert client.post("/nieuwsbrief/bevestigen/onzin/").status_code == 400
    with time_machine.travel(timezone.now() + datetime.timedelta(days=7, minutes=1)):
        expired = client.post(link)
    assert expired.status_code == 400
    assert "verlopen" in expired.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_the_same_answer_for_every_address(client, newsletter, mailoutbox, capture):
    for status in ("actief", "wacht", "gepauzeerd"):
        Subscriber.objects.create(
            email=f"{status}@gemeente.example",
            status=status,
            consent_version=CONSENT_VERSION,
            consent_form="pagina",
        )
    answers = [
        sign_up(client, capture, email=f"{kind}@gemeente.example")
        for kind in ("nieuw", "actief", "wacht", "gepauzeerd")
    ]
    pages = [client.get(answer["Location"]).content.decode() for answer in answers]
    mains = {page[page.index("<main") : page.index("</main>")] for page in pages}
    assert len(mains) == 1  # the page after it too
    mailoutbox[:] = [m for m in mailoutbox if m.to[0].startswith(("nieuw", "actief"))]
    assert {(a.status_code, a["Location"]) for a in answers} == {
        (302, "/nieuwsbrief/aanmelden/verstuurd/")
    }
    new, known = mailoutbox
    assert "Bevestig" in new.subject
    assert "al ingeschreven" in known.subject
    assert "/nieuwsbrief/beheren/" in known.body
    # A stranger cannot change an active subscriber's data by signing up.
    sign_up(client, capture, email="actief@gemeente.example", name="Iemand anders")
    assert Subscriber.objects.get(email="actief@gemeente.example").name == ""


def test_one_mail_per_address_per_hour(
    client, newsletter, mailoutbox, capture, settings
):
    for _ in range(3):
        assert sign_up(client, capture).status_code == 302
    assert len(mailoutbox) == 1
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=61)):
        sign_up(client, capture)
    assert len(mailoutbox) == 2
    assert Subscriber.objects.count() == 1


def test_bad_input_is_explained_and_kept(client, newsletter):
    response = client.post(URL, signup_data(email="geen-adres", consent=""))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Voer een geldig e-mailadres in" in html
    assert "zonder jouw toestemming sturen we niets" in html
    assert 'value="geen-adres"' in html
    assert 'value="Femke"' in html
    assert not Subscriber.objects.exists()


def test_bots_and_floods_and_other_sites(client, newsletter, mailoutbox, capture):
    # A filled honeypot is thanked and dropped.
    response = sign_up(client, capture, website="http://spam.example")
    assert response.status_code == 302
    assert not Subscriber.objects.exists() and not mailoutbox
    # Another site's form is refused.
    forged = client.post(URL, signup_data(), HTTP_ORIGIN="https://evil.example")
    assert forged.status_code == 403
    for number in range(SIGNUPS_PER_HOUR):
        sign_up(client, capture, email=f"a{number}@gemeente.example")
    too_many = client.post(URL, signup_data(email="laatste@gemeente.example"))
    assert too_many.status_code == 429
    assert 'value="laatste@gemeente.example"' in too_many.content.decode()


def test_no_mail_when_the_transaction_rolls_back(newsletter, mailoutbox, capture):
    from django.db import transaction

    from newsletter.views import sign_up as store_signup

    data = {
        "email": "terug@gemeente.example",
        "name": "",
        "government_layer": None,
        "questions": [],
        "source": "pagina",
    }
    with capture(execute=True):
        try:
            with transaction.atomic():
                store_signup(data)
                raise RuntimeError("something later failed")
        except RuntimeError:
            pass
    assert not mailoutbox
    assert not Subscriber.objects.exists()


def test_the_footer_form_is_on_every_page_and_records_its_source(
    client, newsletter, mailoutbox, capture
):
    html = client.get("/").content.decode()
    assert 'id="voet_email"' in html and "Aanmelden voor de nieuwsbrief" in html
    sign_up(client, capture, source="voettekst", name="")
    assert Subscriber.objects.get().consent_form == "voettekst"


def test_unconfirmed_signups_are_purged_after_seven_days(
    client, newsletter, mailoutbox, capture
):
    sign_up(client, capture)
    Subscriber.objects.create(
        email="actief@gemeente.example",
        status="actief",
        consent_version=CONSENT_VERSION,
        consent_form="pagina",
        consented_at=timezone.now() - datetime.timedelta(days=30),
    )
    assert purge_unconfirmed() == 0
    later = timezone.now() + datetime.timedelta(days=7, hours=1)
    assert purge_unconfirmed(now=later) == 1
    assert list(Subscriber.objects.values_list("email", flat=True)) == [
        "actief@gemeente.example"
    ]


@pytest.fixture
def active(newsletter):
    return Subscriber.objects.create(
        email="lid@waterschap.example",
        name="Lid",
        status="actief",
        consent_version=CONSENT_VERSION,
        consent_form="pagina",
        confirmed_at=timezone.now(),
    )


def request_manage_link(client, capture, email):
    with capture(execute=True):
        return client.post(
            "/nieuwsbrief/beheren/",
            {
                "email": email,
                "started": signing.dumps(time.time() - 60, salt=SALT),
                "website": "",
            },
        )


def test_manage_by_a_link_that_works_for_an_hour(
    client, site_tree, active, mailoutbox, capture
):
    question = QuestionPageFactory(parent=site_tree.questions)
    unknown = request_manage_link(client, capture, "onbekend@gemeente.example")
    known = request_manage_link(client, capture, "LID@waterschap.example")
    assert (
        unknown["Location"] == known["Location"] == "/nieuwsbrief/aanmelden/verstuurd/"
    )
    [mail] = mailoutbox
    assert mail.to == ["lid@waterschap.example"]
    assert "werkt een uur lang" in mail.body
    link = path_in(mail)
    page = client.get(link)
    assert page.status_code == 200 and "lid@waterschap.example" in page.content.decode()
    saved = Client().post(
        link, {"name": "Lid Nieuw", "questions": [question.pk], "actie": "pauzeren"}
    )
    assert saved.status_code == 200
    active.refresh_from_db()
    assert active.status == Subscriber.Status.PAUSED
    assert active.name == "Lid Nieuw"
    assert list(active.questions.all()) == [question]
    # The same link, later in its hour: resumed.
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=59)):
        resumed = client.post(link, {"name": "Lid Nieuw", "actie": "hervatten"})
    assert resumed.status_code == 200
    active.refresh_from_db()
    assert active.status == Subscriber.Status.ACTIVE


def test_after_saving_the_subscriber_can_still_leave(
    client, active, mailoutbox, capture
):
    """The journey that stopped people: preferences saved with the mailed
    link, then "afmelden" after all. The saved page offers it; asking for a
    new link within the hour sends nothing, and the page says so, in the
    same words as for any other address."""
    request_manage_link(client, capture, "lid@waterschap.example")
    link = path_in(mailoutbox[0])
    saved = client.post(link, {"name": "Lid", "actie": "opslaan"})
    html = saved.content.decode()
    assert f'<form method="post" action="{link}"' in html
    assert 'name="actie" value="afmelden"' in html and ">Afmelden</button>" in html
    assert problems(html) == []
    # Asked for a new link instead: none is sent within the hour ...
    known = request_manage_link(client, capture, "lid@waterschap.example")
    unknown = request_manage_link(client, capture, "niemand@gemeente.example")
    assert len(mailoutbox) == 1

    # ... and the page after asking says why, the same for every address.
    def main(response):
        html = client.get(response["Location"]).content.decode()
        return html[html.index("<main") : html.index("</main>")]

    known_page, unknown_page = main(known), main(unknown)
    assert known_page == unknown_page
    assert "hoogstens één e-mail per uur" in known_page
    assert "die werkt een uur lang, ook als je hem al gebruikte" in known_page
    # The first link still does it.
    left = client.post(link, {"actie": "afmelden"})
    assert "Je bent afgemeld" in left.content.decode()
    assert not Subscriber.objects.exists()


def test_a_manage_link_expires_after_an_hour(client, active):
    link = f"/nieuwsbrief/beheren/{tokens.manage_token(active)}/"
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=61)):
        response = client.get(link)
    assert response.status_code == 400
    assert "Vraag een nieuwe link aan" in response.content.decode()


def test_unsubscribe_from_the_manage_page_erases(client, active):
    link = f"/nieuwsbrief/beheren/{tokens.manage_token(active)}/"
    response = client.post(link, {"actie": "afmelden"})
    assert "Je bent afgemeld" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_one_click_unsubscribe(active):
    link = f"/nieuwsbrief/afmelden/{tokens.unsubscribe_token(active)}/"
    client = Client(enforce_csrf_checks=True)
    page = client.get(link)
    assert page.status_code == 200 and "Afmelden" in page.content.decode()
    assert Subscriber.objects.exists()  # a GET only asks
    # RFC 8058: a POST without cookies or token, from the mail provider.
    for _ in range(2):  # idempotent
        response = client.post(link, {"List-Unsubscribe": "One-Click"})
        assert response.status_code == 200
        assert "Je bent afgemeld" in response.content.decode()
    assert not Subscriber.objects.exists()
    assert "set-cookie" not in {name.lower() for name in response.headers}
    assert client.post("/nieuwsbrief/afmelden/vervalst/").status_code == 400


def test_manage_links_are_limited_to_one_an_hour(client, active, mailoutbox, capture):
    for _ in range(3):
        request_manage_link(client, capture, "lid@waterschap.example")
    assert len(mailoutbox) == 1
    # Signing up again within that hour sends nothing more either.
    sign_up(client, capture, email="lid@waterschap.example")
    assert len(mailoutbox) == 1


def test_leaving_meanwhile_is_not_undone_by_an_open_manage_page(client, active):
    link = f"/nieuwsbrief/beheren/{tokens.manage_token(active)}/"
    assert client.get(link).status_code == 200
    # In another tab: unsubscribed with the link from a mail.
    client.post(f"/nieuwsbrief/afmelden/{tokens.unsubscribe_token(active)}/")
    response = client.post(link, {"name": "Terug?", "actie": "opslaan"})
    assert response.status_code == 400
    assert not Subscriber.objects.exists()


def test_a_manage_link_keeps_every_change_made_within_its_hour(client, active):
    link = f"/nieuwsbrief/beheren/{tokens.manage_token(active)}/"
    first = client.post(link, {"name": "Een", "actie": "opslaan"})
    second = client.post(link, {"name": "Twee", "actie": "opslaan"})
    assert (first.status_code, second.status_code) == (200, 200)
    active.refresh_from_db()
    assert active.name == "Twee"


def test_a_confirmation_ends_the_manage_links_sent_before(client, active):
    """A link stays good for its hour unless the address is confirmed again
    meanwhile (a new sign-up), which starts a new link version."""
    link = f"/nieuwsbrief/beheren/{tokens.manage_token(active)}/"
    Subscriber.objects.filter(pk=active.pk).update(link_version=active.link_version + 1)
    assert client.post(link, {"name": "Oud", "actie": "opslaan"}).status_code == 400
    active.refresh_from_db()
    assert active.name == "Lid"


def test_addresses_are_stored_in_lower_case_within_the_column(client, newsletter):
    long_address = "a" * 60 + "@" + "İ" * 190 + ".nl"
    response = client.post(URL, signup_data(email=long_address))
    assert response.status_code == 400  # too long once lower-cased, no 500
    assert not Subscriber.objects.exists()


def test_the_error_summary_names_the_consent_briefly(client, newsletter):
    """The summary says which field is wrong in a word, not by repeating the
    whole consent sentence; the field itself keeps its full label."""
    from newsletter.forms import CONSENT_TEXT

    response = client.post(URL, signup_data(consent=""))
    html = response.content.decode()
    summary = html.split('class="error-summary"')[1].split("</div>")[0]
    assert "Toestemming: Vink aan dat je de nieuwsbrief wilt ontvangen" in summary
    assert str(CONSENT_TEXT) not in summary
    assert str(CONSENT_TEXT) in html
