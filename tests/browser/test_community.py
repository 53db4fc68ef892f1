"""A newcomer's way through the community, in a real browser and without
JavaScript: register, confirm by the mailed link, join a group, sign up for
a meetup, share a case, download the data and delete the account."""

import json
import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from community.models import EventRegistration, Membership
from knowledge.models import PracticeCasePage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
PASSWORD = "koffie met de kopgroep op dinsdag"


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "java_script_enabled": False}


def submit(page, name):
    with page.expect_navigation():
        page.get_by_role("button", name=name).click()


def test_from_registering_to_deleting_the_account(page, site):
    page.goto(site + "/account/registreren/")
    page.get_by_label("Je e-mailadres", exact=True).fill("noor@waterschap.example")
    submit(page, "Stuur mij de link")
    expect(page.locator("h1")).to_have_text("Kijk in je e-mail")

    link = re.search(r"http://testserver(\S+)", mail.outbox[-1].body).group(1)
    page.goto(site + link)
    page.get_by_label("Je naam").fill("Noor Jansen")
    page.get_by_label("Kies een wachtwoord").fill(PASSWORD)
    submit(page, "Account aanmaken")
    expect(page.locator("h1")).to_have_text("Mijn Kenniscentrum")

    page.goto(site + "/community/datagedreven-werken/")
    submit(page, "Word lid van Kopgroep Datagedreven werken")
    expect(page.get_by_role("status")).to_contain_text("Je bent nu lid")
    expect(page.locator("#leden + p + ul")).to_contain_text("Sanne Visser")

    page.goto(site + "/community/bijeenkomsten/meetup/")
    submit(page, "Meld je aan voor Meetup datastrategie")
    expect(page.get_by_role("status")).to_contain_text("Je bent aangemeld")
    expect(page.get_by_role("link", name="Online meedoen")).to_be_visible()

    # Mijn Kenniscentrum gathers both; leaving the group asks first.
    page.get_by_role("link", name="Mijn Kenniscentrum").click()
    mine = page.locator("main")
    expect(mine).to_contain_text("Kopgroep Datagedreven werken: lid")
    expect(mine).to_contain_text("Meetup datastrategie")

    page.goto(site + "/praktijkvoorbeelden/delen/")
    fields = {
        "Titel": "Peilbuizen uitlezen op afstand",
        "Organisatie": "Waterschap Voorbeeld",
        "Samenvatting": "Sensoren in peilbuizen melden de grondwaterstand.",
        "De uitdaging": "Handmatig uitlezen kostte veel tijd.",
        "De aanpak": "Twintig peilbuizen kregen een sensor.",
        "Het resultaat": "Dagelijks actuele standen.",
        "Lessen": "Regel het beheer van de sensoren vooraf.",
    }
    for label, value in fields.items():
        page.get_by_label(label, exact=True).fill(value)
    page.get_by_label("Bestuurslaag").select_option(label="Waterschap")
    page.get_by_label("Hoe start ik een dataproject?").check()
    submit(page, "Praktijkvoorbeeld insturen")
    expect(page.locator("h1")).to_have_text("Bedankt voor je praktijkvoorbeeld")

    data = json.loads(page.request.get(site + "/account/gegevens.json").body())
    assert data["groups"][0]["group"] == "Kopgroep Datagedreven werken"
    assert data["meetups"][0]["meetup"] == "Meetup datastrategie"
    assert data["shared_cases"][0]["title"] == "Peilbuizen uitlezen op afstand"

    page.goto(site + "/community/datagedreven-werken/")
    page.get_by_role("link", name="Groep verlaten").click()
    expect(page.locator("h1")).to_have_text(
        "Wil je Kopgroep Datagedreven werken verlaten?"
    )
    page.get_by_role("link", name="Nee, terug naar").click()
    expect(page.get_by_role("link", name="Groep verlaten")).to_be_visible()
    page.get_by_role("link", name="Groep verlaten").click()
    submit(page, "Ja, verlaat de groep")
    expect(page.get_by_role("status")).to_contain_text("Je bent geen lid meer")

    page.goto(site + "/account/verwijderen/")
    page.get_by_label("Je wachtwoord, ter bevestiging").fill(PASSWORD)
    submit(page, "Account definitief verwijderen")
    assert not Membership.objects.filter(user__email="noor@waterschap.example")
    assert not EventRegistration.objects.filter(user__email="noor@waterschap.example")
    case = PracticeCasePage.objects.get(title="Peilbuizen uitlezen op afstand")
    assert case.contributor is None and not case.live


def test_an_outsider_sees_no_member_list_and_cannot_decide(page, site):
    page.goto(site + "/community/ethiek/")
    expect(page.locator("main")).not_to_contain_text("Joost de Vries")
    expect(page.locator("#leden")).to_have_count(0)
    response = page.request.post(site + "/community/ethiek/verzoeken/1/")
    assert response.status == 403  # no CSRF token, no session: refused
