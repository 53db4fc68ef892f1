"""The newsletter as a new subscriber meets it, in a real browser without
JavaScript: sign up in the footer, confirm by the mailed link, manage the
subscription with a mailed link, and unsubscribe."""

import re
import time

import pytest
from django.core import mail
from playwright.sync_api import expect

from core.models import RateLimitSlot
from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "java_script_enabled": False}


def link_in(message) -> str:
    return re.search(r"http://testserver(/\S+)", message.body).group(1)


def submit(page, name):
    with page.expect_navigation():
        page.get_by_role("button", name=name).click()


def test_sign_up_confirm_manage_and_leave(page, site):
    page.goto(site + "/vragen/")
    footer = page.locator("form.footer-signup__form")
    footer.get_by_label("Je e-mailadres voor de nieuwsbrief").fill(
        "sanne@gemeente.example"
    )
    footer.get_by_label("Ja, stuur mij de Data-nieuwsbrief", exact=False).check()
    time.sleep(3)  # nobody fills in a form faster (the bot check)
    submit(page, "Aanmelden voor de nieuwsbrief")
    expect(page.locator("h1")).to_have_text("Kijk in je e-mail")
    subscriber = Subscriber.objects.get(email="sanne@gemeente.example")
    assert (subscriber.status, subscriber.consent_form) == ("wacht", "voettekst")

    page.goto(site + link_in(mail.outbox[-1]))
    submit(page, "Ja, ik wil de nieuwsbrief ontvangen")
    expect(page.locator("h1")).to_have_text("Je bent ingeschreven")

    mail.outbox.clear()
    RateLimitSlot.objects.all().delete()  # one mail per address an hour: a new hour
    page.goto(site + "/nieuwsbrief/beheren/")
    page.locator("main").get_by_label("Je e-mailadres").fill("sanne@gemeente.example")
    time.sleep(3)
    submit(page, "Stuur mij een link")
    page.goto(site + link_in(mail.outbox[-1]))
    page.get_by_label("Je naam (optioneel)").fill("Sanne")
    submit(page, "Opslaan en pauzeren")
    expect(page.locator("h1")).to_have_text("Opgeslagen")
    subscriber.refresh_from_db()
    assert (subscriber.status, subscriber.name) == ("gepauzeerd", "Sanne")

    # Leaving after all, from the saved page, with the same link.
    submit(page, "Afmelden")
    expect(page.locator("h1")).to_have_text("Je bent afgemeld")
    assert not Subscriber.objects.filter(email="sanne@gemeente.example").exists()
