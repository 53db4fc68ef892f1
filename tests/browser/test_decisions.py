"""A beslishulp by keyboard only: answer, reach a result, change an earlier
answer; and the result as it prints."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_journeys import activate, tab_to

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
URL = "/beslishulpen/voorbeeld/"


def test_walk_a_decision_aid_by_keyboard(page, site):
    page.goto(site + URL)
    tab_to(page, "Ja")
    activate(page)
    expect(page.locator("#vraag")).to_have_text("Past het nieuwe doel bij het oude?")
    tab_to(page, "Nee")
    activate(page)
    outcome = page.locator("#uitkomst")
    expect(outcome).to_contain_text("Niet toegestaan: Dat mag niet")
    # Change the answer to the first question: it is above the outcome.
    for _ in range(20):
        page.keyboard.press("Shift+Tab")
        focused = page.evaluate("document.activeElement.textContent")
        if "Wijzig je antwoord op: Staan er personen" in focused:
            break
    activate(page)
    expect(page.locator("#vraag")).to_have_text("Staan er personen op de beelden?")
    tab_to(page, "Nee")
    activate(page)
    expect(page.locator("#uitkomst")).to_contain_text("Toegestaan: Dat mag")


def test_the_result_prints_without_navigation(page, site):
    page.goto(site + URL + "?antwoorden=1-1")
    page.emulate_media(media="print")
    expect(page.locator(".site-nav")).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(page.locator(".decision__keep")).to_be_hidden()
    expect(page.locator("#verantwoording")).to_be_visible()
    expect(page.locator("#uitkomst")).to_be_visible()


def test_the_result_has_a_print_button_that_prints(page, site):
    page.goto(site + URL + "?antwoorden=1-1")
    page.evaluate("window.print = () => { window.printed = true; }")
    page.get_by_role("button", name="Deze pagina afdrukken").click()
    assert page.evaluate("window.printed") is True
    expect(page.get_by_text("via het menu Afdrukken van je browser")).to_be_hidden()


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_without_javascript_the_page_says_how_to_print(page, site):
    page.goto(site + URL + "?antwoorden=1-1")
    expect(page.get_by_role("button", name="Deze pagina afdrukken")).to_be_hidden()
    expect(page.get_by_text("via het menu Afdrukken van je browser")).to_be_visible()
    expect(
        page.get_by_role("link", name="Download de verantwoording als PDF")
    ).to_be_visible()
