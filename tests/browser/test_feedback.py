"""'Heeft deze informatie je geholpen?' in a real browser without
JavaScript: Nee, then a comment with an e-mail address in it, by mouse and by
keyboard; the browser's own headers must pass the same-origin check, no
cookie is set, and the address never reaches the database."""

import pytest
from playwright.sync_api import expect

from core.forms import MIN_SECONDS
from core.privacy import EMAIL_REPLACEMENT

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_nee_and_a_comment_without_javascript(page, site, tracker):
    from feedback.models import Feedback

    before = set(Feedback.objects.values_list("pk", flat=True))
    page.goto(site + "/kennisbank/leidraad/")
    block = page.get_by_role("region", name="Heeft deze informatie je geholpen?")
    with page.expect_navigation():
        block.get_by_role("button", name="Nee").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wat miste je?")
    # Nobody types a comment within the bot check's few seconds.
    page.wait_for_timeout(MIN_SECONDS * 1000 + 200)
    page.get_by_label("Wat miste je?").fill(
        "Een voorbeeld voor provincies. Mail me: p.devries@provincie.example"
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Versturen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Bedankt voor je opmerking"
    )
    expect(page.locator("main")).to_contain_text("uit je opmerking gehaald")
    new = Feedback.objects.exclude(pk__in=before).get()
    assert (new.helped, new.comment) == (
        False,
        f"Een voorbeeld voor provincies. Mail me: {EMAIL_REPLACEMENT}",
    )
    assert page.context.cookies() == []
    assert tracker.foreign_requests() == []


def test_ja_by_keyboard(page, site):
    from feedback.models import Feedback

    before = Feedback.objects.filter(helped=True).count()
    page.goto(site + "/vragen/starten/")
    button = page.get_by_role("button", name="Ja", exact=True)
    button.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Bedankt voor je antwoord"
    )
    page.get_by_role("link", name="Terug naar").click()
    assert page.url.endswith("/vragen/starten/")
    assert Feedback.objects.filter(helped=True).count() == before + 1
    assert page.context.cookies() == []
