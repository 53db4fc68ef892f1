"""The vraagbaak: anyone asks (no account), follows the status through a
private link, and hears by mail when editors have answered in the admin."""

import datetime
import time

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core import signing

from community.models import Enquiry, EnquiryStatus
from community.models.enquiries import ANONYMOUS_EMAIL
from community.views import ENQUIRIES_PER_HOUR
from core.forms import SALT
from core.mail import MAILS_PER_ADDRESS
from tests.html_checks import problems

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clear_cache")]
URL = "/vraagbaak/"


def enquiry_data(**overrides):
    data = {
        "question": "Mogen wij scanautobeelden gebruiken voor bijplaatsingen?",
        "context": "We willen <b>afval</b> naast containers opsporen.",
        "organisation": "Gemeente Voorbeeld",
        "government_layer": "",
        "name": "Ahmed",
        "email": "ahmed@gemeente.example",
        "started": signing.dumps(time.time() - 60, salt=SALT),
        "website": "",
    }
    data.update(overrides)
    return data


def test_asking_gives_a_private_link_and_a_mail(
    client, site_tree, mailoutbox, django_capture_on_commit_callbacks
):
    assert not client.get(URL).cookies  # no cookie on the form page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, enquiry_data())
    enquiry = Enquiry.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/vraagbaak/{enquiry.token}/"
    assert len(enquiry.token) >= 32
    assert enquiry.status == EnquiryStatus.NIEUW

    page = client.get(response["Location"])
    html = page.content.decode()
    assert "Mogen wij scanautobeelden gebruiken" in html
    assert "&lt;b&gt;afval&lt;/b&gt;" in html  # shown as typed, not as markup
    assert page["Referrer-Policy"] == "no-referrer"
    assert page["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in page["Cache-Control"] or "max-age=0" in page["Cache-Control"]

    [mail] = mailoutbox
    assert mail.to == ["ahmed@gemeente.example"]
    assert f"/vraagbaak/{enquiry.token}/" in mail.body
    assert mail.alternatives[0][1] == "text/html"


def test_mails_to_the_unconfirmed_address_carry_nothing_the_asker_typed(
    client, site_tree, mailoutbox, django_capture_on_commit_callbacks
):
    """Anyone can type any address and any name: the Kenniscentrum must not
    mail a stranger someone else's words ("Hallo <name>")."""
    typed = {
        "name": "Klik-op-win-actie.example",
        "question": "Gefeliciteerd, u heeft gewonnen",
        "context": "Bel nu 0900-1234",
        "organisation": "Prijzenbureau",
    }
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, enquiry_data(**typed))
    enquiry = Enquiry.objects.get()
    enquiry.status = EnquiryStatus.BEANTWOORD
    enquiry.answer = "Ons antwoord."
    with django_capture_on_commit_callbacks(execute=True):
        enquiry.save()
    received, answered = mailoutbox
    for mail in (received, answered):
        text = " ".join([mail.subject, mail.body, mail.alternatives[0][0]])
        assert enquiry.token in text
        for value in typed.values():
            assert value not in text


def test_unknown_or_guessed_links_are_not_found(client, site_tree):
    Enquiry.objects.create(question="x", email="a@b.example")
    assert client.get("/vraagbaak/abc/").status_code == 404
    assert client.get("/vraagbaak/" + "A" * 32 + "/").status_code == 404


def test_an_answer_in_the_admin_reaches_the_asker(
    client, site_tree, django_user_model, mailoutbox, django_capture_on_commit_callbacks
):
    enquiry = Enquiry.objects.create(question="Mag dit?", email="a@gemeente.example")
    editor = django_user_model.objects.create_user("redacteur", password="x" * 12)
    editor.groups.add(Group.objects.get(name="Editors"))
    from community.editorial import ensure_community_permissions

    ensure_community_permissions()
    client.force_login(editor)
    edit_url = f"/admin/snippets/community/enquiry/edit/{enquiry.pk}/"
    assert client.get(edit_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            edit_url,
            {"status": "in-behandeling", "answer": "", "related_question": ""},
        )
    assert response.status_code == 302
    assert mailoutbox == []  # nothing to tell yet
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            edit_url,
            {
                "status": "beantwoord",
                "answer": "Ja, onder voorwaarden.",
                "related_question": "",
            },
        )
    enquiry.refresh_from_db()
    assert enquiry.answered_at is not None
    [mail] = mailoutbox
    assert "antwoord" in mail.subject
    assert enquiry.token in mail.body
    # Saving again does not mail again.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            edit_url,
            {
                "status": "beantwoord",
                "answer": "Ja, onder voorwaarden!",
                "related_question": "",
            },
        )
    assert len(mailoutbox) == 1
    client.logout()
    html = client.get(f"/vraagbaak/{enquiry.token}/").content.decode()
    assert "Ja, onder voorwaarden!" in html and "Beantwoord" in html


def test_editors_cannot_change_what_was_asked(client, site_tree, django_user_model):
    enquiry = Enquiry.objects.create(question="Origineel", email="a@gemeente.example")
    admin = django_user_model.objects.create_superuser("beheer", password="x" * 12)
    client.force_login(admin)
    client.post(
        f"/admin/snippets/community/enquiry/edit/{enquiry.pk}/",
        {"question": "Veranderd", "email": "ander@x.example", "status": "nieuw"},
    )
    enquiry.refresh_from_db()
    assert (enquiry.question, enquiry.email) == ("Origineel", "a@gemeente.example")


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"question": ""}, "Dit is een verplicht veld."),
        ({"email": "geen-adres"}, "Voer een geldig e-mailadres in."),
        ({"question": "x" * 2001}, "2000 tekens"),
        ({"government_layer": "999"}, "Selecteer een geldige keuze"),
    ],
)
def test_bad_input_is_explained_and_kept(client, site_tree, overrides, message):
    response = client.post(URL, enquiry_data(**overrides))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and "Controleer het formulier" in html
    assert "Gemeente Voorbeeld" in html
    assert not Enquiry.objects.exists()


def test_bots_other_sites_and_floods_get_nowhere(client, site_tree, mailoutbox):
    assert client.post(URL, enquiry_data(website="x")).status_code == 200
    assert client.post(URL, enquiry_data(started="")).status_code == 200
    assert not Enquiry.objects.exists()
    response = client.post(URL, enquiry_data(), HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    for _ in range(ENQUIRIES_PER_HOUR - 2):
        assert client.post(URL, enquiry_data()).status_code == 302
    response = client.post(URL, enquiry_data())
    assert response.status_code == 429
    assert Enquiry.objects.count() == ENQUIRIES_PER_HOUR - 2


def test_one_address_gets_few_mails(
    client, site_tree, mailoutbox, django_capture_on_commit_callbacks
):
    for number in range(MAILS_PER_ADDRESS + 1):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(URL, enquiry_data(), REMOTE_ADDR=f"10.0.1.{number}")
    assert len(mailoutbox) == MAILS_PER_ADDRESS


def test_question_pages_and_empty_searches_point_to_the_vraagbaak(client, sample_pages):
    assert 'href="/vraagbaak/"' in client.get("/vragen/starten/").content.decode()
    empty = client.get("/zoeken/", {"q": "zwembadrooster"}).content.decode()
    assert 'href="/vraagbaak/"' in empty


def status_page(client, enquiry):
    return f"/vraagbaak/{enquiry.token}/"


def test_the_status_page_gives_a_reference_and_when_to_expect_an_answer(
    client, site_tree, settings
):
    settings.ENQUIRY_ANSWER_WORKDAYS = 10
    with time_machine.travel(datetime.datetime(2026, 12, 4, 10, tzinfo=datetime.UTC)):
        enquiry = Enquiry.objects.create(question="Mag dit?", email="a@b.example")
    html = client.get(status_page(client, enquiry)).content.decode()
    assert f"VB-2026-{enquiry.pk:05d}" in html
    # Friday 4 December plus ten working days: Friday 18 December.
    assert '<time datetime="2026-12-18">vrijdag 18 december 2026</time>' in html
    assert "binnen 10 werkdagen" in html
    # No reaction forms before there is an answer, and none is taken.
    assert 'name="actie"' not in html
    for data in ({"actie": "geholpen"}, {"actie": "reageren", "reply": "En nu?"}):
        response = client.post(status_page(client, enquiry), data)
        assert response.status_code == 400
        assert "Reageren kan zodra er een antwoord is" in response.content.decode()
    enquiry.refresh_from_db()
    assert (enquiry.helped, enquiry.reply) == (None, "")


@pytest.fixture
def answered(site_tree):
    return Enquiry.objects.create(
        question="Mogen wij sensordata delen?",
        email="a@gemeente.example",
        status=EnquiryStatus.BEANTWOORD,
        answer="Ja, met afspraken over doel en bewaartermijn.",
    )


def test_the_asker_says_once_whether_the_answer_helped(client, answered):
    page = status_page(client, answered)
    html = client.get(page).content.decode()
    assert "<legend>Heeft dit antwoord je geholpen?</legend>" in html
    assert problems(html) == []
    response = client.post(page, {"actie": "niet-geholpen"})
    assert response.status_code == 302 and response["Location"].endswith("#reactie")
    client.post(page, {"actie": "geholpen"})  # a second press changes nothing
    answered.refresh_from_db()
    assert answered.helped is False
    html = client.get(page).content.decode()
    assert "niet heeft geholpen" in html and "<legend>Heeft dit" not in html


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        ("", "Schrijf je reactie in het vak."),
        ("x" * 2001, "Zorg dat deze waarde niet meer dan 2000 tekens bevat"),
        ("nul\x00teken", "Null-tekens zijn niet toegestaan."),
    ],
)
def test_a_bad_reply_is_explained_and_kept(client, answered, reply, message):
    response = client.post(
        status_page(client, answered), {"actie": "reageren", "reply": reply}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and "Controleer het formulier" in html
    if reply and "\x00" not in reply:
        assert reply in html  # nothing lost
    answered.refresh_from_db()
    assert answered.reply == ""


def test_the_asker_replies_once(client, answered):
    page = status_page(client, answered)
    response = client.post(
        page, {"actie": "reageren", "reply": "Geldt dat ook voor <b>camera's</b>?"}
    )
    assert response.status_code == 302
    answered.refresh_from_db()
    assert answered.reply == "Geldt dat ook voor <b>camera's</b>?"
    assert answered.replied_at is not None
    html = client.get(page).content.decode()
    assert "&lt;b&gt;camera&#x27;s&lt;/b&gt;" in html  # as typed, not as markup
    assert "Reactie versturen" not in html
    again = client.post(page, {"actie": "reageren", "reply": "Nog iets"})
    assert again.status_code == 400
    assert "reageren kan maar één keer" in again.content.decode()
    answered.refresh_from_db()
    assert answered.reply.startswith("Geldt dat ook")


def test_a_deleted_askers_question_takes_no_reactions(client, answered):
    Enquiry.objects.filter(pk=answered.pk).update(email=ANONYMOUS_EMAIL)
    response = client.post(status_page(client, answered), {"actie": "geholpen"})
    assert response.status_code == 400
    answered.refresh_from_db()
    assert answered.helped is None


def test_the_vraagbaak_is_linked_from_the_home_page_and_every_footer(
    client, sample_pages
):
    for path in ("/", "/kennisbank/", "/vragen/"):
        html = client.get(path).content.decode()
        assert '<a href="/vraagbaak/">Stel een vraag aan de vraagbaak</a>' in html
    home = client.get("/").content.decode()
    assert 'Staat je vraag er niet bij? <a href="/vraagbaak/">' in home
