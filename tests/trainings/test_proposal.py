"""Proposing a training: good input makes a draft in the editors' review and
a confirmation mail; bad input keeps what was typed and explains in Dutch;
bots, other sites and floods get nowhere."""

import datetime
import re
import time

import pytest
import time_machine
from django.core import signing
from django.utils import timezone
from wagtail.models import WorkflowState

from core.editorial import ensure_redactie_workflow
from core.forms import SALT
from core.mail import MAILS_PER_ADDRESS
from tests.factories import OrganisationFactory, QuestionPageFactory
from trainings.models import TrainingPage, TrainingProposal
from trainings.views import PROPOSALS_PER_HOUR

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clear_cache")]
URL = "/opleidingen/voorstellen/"
TODAY = timezone.localdate()
IN_TWO_MONTHS = TODAY + datetime.timedelta(days=60)


@pytest.fixture
def catalogue(site_tree):
    ensure_redactie_workflow([site_tree.trainings])
    return site_tree.trainings


def started(seconds_ago=60):
    return signing.dumps(time.time() - seconds_ago, salt=SALT)


def proposal(**overrides):
    data = {
        "title": "Data-ethiek voor teams",
        "provider_name": "Data Academie",
        "summary": "Twee dagdelen oefenen met ethische vragen over data.",
        "description": "Eerste alinea.\n\nTweede <b>alinea</b> met <script>x</script>.",
        "level": "basis",
        "format": "klassikaal",
        "workload_hours": "8",
        "duration": "2 dagdelen",
        "cost": "betaald",
        "price": "350,00",
        "language": "nl",
        "registration_url": "academie.example/ethiek",
        "start": str(IN_TWO_MONTHS),
        "end": str(IN_TWO_MONTHS + datetime.timedelta(days=1)),
        "location": "Utrecht",
        "contact_name": "Sanne de Vries",
        "contact_email": "sanne@academie.example",
        "started": started(),
        "website": "",
    }
    data.update(overrides)
    return data


def post(client, data, **headers):
    return client.post(URL, data, **headers)


def test_the_confirmation_carries_nothing_the_proposer_typed(
    client, catalogue, mailoutbox, django_capture_on_commit_callbacks
):
    typed = {
        "contact_name": "Klik-op-win-actie.example",
        "title": "Gefeliciteerd u heeft gewonnen",
        "provider_name": "Prijzenbureau",
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(URL, proposal(**typed)).status_code == 302
    [mail] = mailoutbox
    text = " ".join([mail.subject, mail.body, mail.alternatives[0][0]])
    assert "voorstel" in text
    for value in typed.values():
        assert value not in text


def test_the_form_page_sets_no_cookie_and_passes_checks(client, catalogue):
    response = client.get(URL)
    assert response.status_code == 200
    assert not response.cookies
    assert 'name="website"' in response.content.decode()


def test_a_good_proposal_becomes_a_draft_in_review(
    client, site_tree, catalogue, mailoutbox, django_capture_on_commit_callbacks
):
    academy = OrganisationFactory(name="Data Academie")
    question = QuestionPageFactory(parent=site_tree.questions)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, proposal(questions=[question.pk]))
    assert response.status_code == 302
    assert response["Location"] == "/opleidingen/voorstellen/bedankt/"

    page = TrainingPage.objects.get(slug="data-ethiek-voor-teams")
    assert not page.live
    assert page.provider == academy
    assert str(page.price) == "350.00"
    assert page.registration_url == "https://academie.example/ethiek"
    assert [q.pk for q in page.questions.all()] == [question.pk]
    run = page.runs.get()
    assert (run.start, run.location, run.online) == (IN_TWO_MONTHS, "Utrecht", False)
    # Typed text is kept as text: markup is escaped, paragraphs kept.
    assert page.description.startswith("<p>Eerste alinea.</p><p>Tweede &lt;b&gt;")
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert TrainingProposal.objects.get().contact_email == "sanne@academie.example"

    # Nothing is public before approval.
    assert client.get("/opleidingen/data-ethiek-voor-teams/").status_code == 404
    assert "Data-ethiek" not in client.get("/opleidingen/").content.decode()

    [mail] = mailoutbox
    assert mail.to == ["sanne@academie.example"]
    assert "voorstel voor een opleiding" in mail.subject
    assert "De redactie bekijkt je voorstel" in mail.body
    assert mail.alternatives[0][1] == "text/html"
    assert client.get(response["Location"]).status_code == 200


def test_two_proposals_with_one_title_get_their_own_pages(client, catalogue):
    post(client, proposal())
    post(client, proposal())
    assert sorted(TrainingPage.objects.values_list("slug", flat=True)) == [
        "data-ethiek-voor-teams",
        "data-ethiek-voor-teams-2",
    ]


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"title": ""}, "title", "Dit is een verplicht veld."),
        (
            {"contact_email": "geen-adres"},
            "contact_email",
            "Voer een geldig e-mailadres in.",
        ),
        ({"price": ""}, "price", "Vul de prijs in."),
        (
            {"cost": "gratis", "price": "10"},
            "price",
            "Een gratis opleiding heeft geen prijs",
        ),
        ({"start": "2020-01-01"}, "start", "Deze datum ligt in het verleden."),
        ({"end": str(TODAY)}, "end", "De einddatum ligt vóór de startdatum."),
        ({"start": "2099-01-01", "end": ""}, "start", "Deze datum ligt te ver weg."),
        ({"start": "31-02-2027"}, "start", "Voer een geldige datum in."),
        ({"location": ""}, "location", "Vul de plaats in, of vink ‘online’ aan."),
        ({"start": "", "end": ""}, "start", "Vul ook de startdatum in."),
        ({"level": "meester"}, "level", "Selecteer een geldige keuze."),
        ({"summary": "x" * 301}, "summary", "300 tekens"),
    ],
)
def test_bad_input_is_explained_in_dutch_and_kept(
    client, catalogue, overrides, field, message
):
    data = proposal(**overrides)
    response = post(client, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Controleer het formulier" in html
    assert f'id="id_{field}_error"' in html
    assert 'value="Sanne de Vries"' in html  # what was typed stays
    assert not TrainingPage.objects.exists()


def test_the_error_is_linked_to_its_input(client, catalogue):
    html = post(client, proposal(title="")).content.decode()
    assert 'aria-describedby="id_title_error"' in html
    assert 'aria-invalid="true"' in html
    assert '<a href="#id_title">' in html


def test_a_filled_honeypot_is_thanked_and_dropped(client, catalogue, mailoutbox):
    response = post(client, proposal(website="https://spam.example"))
    assert response.status_code == 302
    assert not TrainingPage.objects.exists() and not mailoutbox


@pytest.mark.parametrize("token", ["", "vervalst", None])
def test_too_fast_or_forged_start_time_is_dropped(client, catalogue, token):
    data = proposal(started=started(seconds_ago=1) if token is None else token)
    assert post(client, data).status_code == 302
    assert not TrainingPage.objects.exists()


def test_a_form_left_open_for_days_asks_to_send_again(client, catalogue):
    response = post(client, proposal(started=started(seconds_ago=3 * 24 * 3600)))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Dit formulier stond lang open" in html
    # The form comes back with a fresh start time, so sending again works.
    fresh = re.search(r'name="started" value="([^"]+)"', html).group(1)
    with time_machine.travel(time.time() + 10):
        assert post(client, proposal(started=fresh)).status_code == 302
    assert TrainingPage.objects.count() == 1


def test_one_address_gets_few_confirmations(
    client, catalogue, mailoutbox, django_capture_on_commit_callbacks
):
    """However many IP addresses a sender uses, the form cannot be used to
    flood someone's mailbox."""
    for number in range(MAILS_PER_ADDRESS + 2):
        with django_capture_on_commit_callbacks(execute=True):
            post(client, proposal(), REMOTE_ADDR=f"10.0.0.{number}")
    assert TrainingPage.objects.count() == MAILS_PER_ADDRESS + 2
    assert len(mailoutbox) == MAILS_PER_ADDRESS


def test_a_long_registration_address_is_refused_not_a_500(client, catalogue):
    url = "https://academie.example/" + "a" * 300
    response = post(client, proposal(registration_url=url))
    assert response.status_code == 400
    assert "200 tekens" in response.content.decode()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_REFERER": "https://evil.example/form.html"},
        {"HTTP_ORIGIN": "https://testserver"},  # another scheme
    ],
)
def test_posts_from_other_sites_are_refused(client, catalogue, headers):
    response = post(client, proposal(), **headers)
    assert response.status_code == 403
    assert "niet verstuurd" in response.content.decode()
    assert not TrainingPage.objects.exists()


def test_posts_from_our_own_pages_are_accepted(client, catalogue):
    response = post(
        client,
        proposal(),
        HTTP_ORIGIN="http://TestServer",
        HTTP_SEC_FETCH_SITE="same-origin",
    )
    assert response.status_code == 302
    assert TrainingPage.objects.exists()


def test_a_flood_from_one_address_is_slowed_down(client, catalogue):
    for number in range(PROPOSALS_PER_HOUR):
        assert post(client, proposal(title=f"Opleiding {number}")).status_code == 302
    response = post(client, proposal(title="Nog een"))
    assert response.status_code == 429
    assert "Probeer het over een uur opnieuw" in response.content.decode()
    assert 'value="Nog een"' in response.content.decode()
    assert TrainingPage.objects.count() == PROPOSALS_PER_HOUR
    # Someone else is not affected.
    other = post(client, proposal(title="Elders"), REMOTE_ADDR="10.1.2.3")
    assert other.status_code == 302


def test_only_get_and_post(client, catalogue):
    assert client.put(URL).status_code == 405
