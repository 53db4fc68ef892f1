""" "Deel een praktijkvoorbeeld": a member's case becomes a draft in the
editors' review, attributed to them; nothing is public before approval."""

import pytest
from django.test import Client
from wagtail.models import WorkflowState

from community.case_views import CASES_PER_HOUR
from core.editorial import ensure_redactie_workflow
from knowledge.models import GovernmentLayer, Organisation, PracticeCasePage
from tests.community.conftest import PASSWORD, log_in
from tests.factories import QuestionPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clear_cache")]
URL = "/praktijkvoorbeelden/delen/"


@pytest.fixture
def question(site_tree):
    return QuestionPageFactory(parent=site_tree.questions, title="Hoe start ik?")


def case_data(question, **overrides):
    data = {
        "title": "Vulgraadsensoren in ondergrondse containers",
        "organisation": "Gemeente Zwolle",
        "government_layer": GovernmentLayer.objects.get(slug="gemeente").pk,
        "phase": "pilot",
        "summary": "Sensoren melden wanneer een container vol is.",
        "challenge": "Te vaak <script>alert(1)</script> halflege containers.",
        "approach": "Eerst tien containers.\n\nDaarna de hele wijk.",
        "result": "Een kwart minder ritten.",
        "lessons": "Begin klein en betrek de chauffeurs.",
        "questions": [question.pk],
    }
    data.update(overrides)
    return data


def test_a_shared_case_becomes_an_attributed_draft_in_review(
    client,
    site_tree,
    question,
    member,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    ensure_redactie_workflow([site_tree.cases])
    log_in(client, member)
    assert client.get(URL).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, case_data(question))
    assert response["Location"] == "/praktijkvoorbeelden/delen/bedankt/"
    case = PracticeCasePage.objects.get()
    assert not case.live
    assert case.contributor == member
    assert case.get_parent().specific == site_tree.cases
    assert case.organisation.name == "Gemeente Zwolle"
    assert list(case.questions.all()) == [question]
    # Typed text is text: escaped, in paragraphs.
    assert "&lt;script&gt;" in case.challenge and "<script>" not in case.challenge
    assert case.approach == "<p>Eerst tien containers.</p><p>Daarna de hele wijk.</p>"
    assert WorkflowState.objects.filter(
        base_content_type__model="page", object_id=str(case.pk), status="in_progress"
    ).exists()
    [mail] = mailoutbox
    assert mail.to == [member.email]
    assert "Vulgraadsensoren" in mail.subject

    # Nothing public before approval.
    assert Client().get(case.url or "/praktijkvoorbeelden/vulgraad/").status_code == 404
    assert (
        "Vulgraadsensoren" not in Client().get("/praktijkvoorbeelden/").content.decode()
    )

    case.save_revision().publish()
    html = Client().get(case.url).content.decode()
    assert "Gedeeld door" in html and "Lid Een" in html


def test_a_known_organisation_is_reused(client, site_tree, question, member):
    known = Organisation.objects.create(
        name="Vereniging van Nederlandse Gemeenten", short_name="VNG", slug="vng"
    )
    log_in(client, member)
    client.post(URL, case_data(question, organisation="vng"))
    assert PracticeCasePage.objects.get().organisation == known
    assert Organisation.objects.count() == 1


def test_bad_input_is_explained_in_dutch_and_kept(client, site_tree, question, member):
    log_in(client, member)
    response = client.post(
        URL, case_data(question, summary="x" * 301, questions=[], title="Mijn case")
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Controleer het formulier" in html
    assert "Kies minstens één vraag." in html
    assert "hoogstens 300" in html or "maximaal 300" in html
    assert 'value="Mijn case"' in html
    assert "Begin klein en betrek de chauffeurs." in html
    assert not PracticeCasePage.objects.exists()


def test_sharing_needs_a_login_and_the_csrf_token(site_tree, question, member):
    anonymous = Client()
    assert anonymous.get(URL)["Location"].startswith("/account/inloggen/")
    assert anonymous.post(URL, case_data(question)).status_code == 302
    client = Client(enforce_csrf_checks=True)
    log_in(client, member)
    assert client.post(URL, case_data(question)).status_code == 403
    assert not PracticeCasePage.objects.exists()


def test_sharing_is_rate_limited(client, site_tree, question, member):
    log_in(client, member)
    for number in range(CASES_PER_HOUR):
        client.post(URL, case_data(question, title=f"Voorbeeld {number}"))
    response = client.post(URL, case_data(question, title="Te veel"))
    assert response.status_code == 429
    assert "al meerdere praktijkvoorbeelden ingestuurd" in response.content.decode()
    assert 'value="Te veel"' in response.content.decode()
    assert PracticeCasePage.objects.count() == CASES_PER_HOUR


def test_a_deleted_account_leaves_the_case_without_the_name(
    client, site_tree, question, member
):
    log_in(client, member)
    client.post(URL, case_data(question))
    case = PracticeCasePage.objects.get()
    case.save_revision().publish()
    client.post("/account/verwijderen/", {"password": PASSWORD})
    case.refresh_from_db()
    assert case.contributor is None
    html = Client().get(case.url).content.decode()
    assert "Vulgraadsensoren" in html
    assert "Gedeeld door" not in html and "Lid Een" not in html
    # The stored revision still names the old id; publishing it again works.
    case.get_latest_revision().publish()
    case.refresh_from_db()
    assert case.contributor is None


def test_editors_see_who_shared_the_case(
    client, site_tree, question, member, admin_user
):
    log_in(client, member)
    client.post(URL, case_data(question))
    case = PracticeCasePage.objects.get()
    admin = Client()
    admin.force_login(admin_user)
    html = admin.get(f"/admin/pages/{case.pk}/edit/").content.decode()
    assert "Lid Een &lt;lid@gemeente.example&gt;" in html


def test_the_limit_is_per_member_not_per_office_network(
    client, site_tree, question, member, make_member
):
    log_in(client, member)
    for number in range(CASES_PER_HOUR + 1):
        client.post(URL, case_data(question, title=f"Voorbeeld {number}"))
    colleague = Client()  # the same address (127.0.0.1)
    log_in(colleague, make_member("Collega"))
    response = colleague.post(URL, case_data(question, title="Van de collega"))
    assert response.status_code == 302
    assert PracticeCasePage.objects.filter(title="Van de collega").exists()


def test_a_case_called_delen_does_not_hide_behind_the_form(
    client, site_tree, question, member
):
    log_in(client, member)
    client.post(URL, case_data(question, title="Delen"))
    assert PracticeCasePage.objects.get().slug == "delen-2"
