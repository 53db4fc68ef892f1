"""Every page type and every form's error state, in a real browser: zero
axe-core violations (WCAG 2.0/2.1 A and AA), no request to another origin, no
console error (a CSP violation is one), strict security headers as read from
the live server, and no cookies for anonymous visitors."""

import pytest

from tests.browser.conftest import axe_violations, log_in
from tests.pages import FORM_ERROR_STATES, MEMBER_PAGES, PAGES

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

UNSAFE = ("'unsafe-inline'", "'unsafe-eval'")


def header_problems(headers: dict[str, str], sets_cookie=False) -> list[str]:
    found = []
    policy = {}
    for directive in headers.get("content-security-policy", "").split(";"):
        name, _, value = directive.strip().partition(" ")
        policy[name] = value
    for name in ("default-src", "base-uri", "form-action", "frame-ancestors"):
        if name not in policy:
            found.append(f"CSP without {name}")
    for name in ("default-src", "script-src", "style-src"):
        if any(word in policy.get(name, "") for word in UNSAFE):
            found.append(f"CSP {name} allows unsafe code")
    if headers.get("x-content-type-options") != "nosniff":
        found.append("no X-Content-Type-Options: nosniff")
    for name in ("referrer-policy", "permissions-policy"):
        if not headers.get(name):
            found.append(f"no {name}")
    if "set-cookie" in headers and not sets_cookie:
        found.append(f"sets a cookie: {headers['set-cookie']}")
    return found


def check_pages(page, tracker, site, samples) -> dict[str, list[str]]:
    problems = {}
    for sample in samples:
        tracker.requests.clear()
        tracker.errors.clear()
        response = page.goto(site + sample.path)
        found = []
        if response.status != sample.status:
            found.append(f"status {response.status}, expected {sample.status}")
        found += axe_violations(page)
        found += [f"request to {url}" for url in tracker.foreign_requests()]
        found += header_problems(response.all_headers(), sample.sets_cookie)
        # The browser logs an error status (404, 400) as an error; anything
        # else counts.
        found += [
            f"console: {error}"
            for error in tracker.errors
            if not (sample.status >= 400 and str(sample.status) in error)
        ]
        if found:
            problems[f"{sample.path} ({sample.what})"] = found
    return problems


def test_every_page_type(page, tracker, site):
    assert check_pages(page, tracker, site, PAGES) == {}


def test_every_logged_in_page(page, tracker, site):
    log_in(page, site)
    assert check_pages(page, tracker, site, MEMBER_PAGES) == {}


def test_every_form_error_state(page, tracker, site):
    problems = {}
    logged_in = False
    # The anonymous forms first, then those behind the login.
    for state in sorted(FORM_ERROR_STATES, key=lambda state: state.logged_in):
        if state.logged_in and not logged_in:
            log_in(page, site)
            logged_in = True
        page.goto(site + state.path)
        form = page.locator(state.form)
        for label, value in state.fields.items():
            form.get_by_label(label, exact=True).fill(value)
        with page.expect_navigation():
            form.locator("[type=submit]").first.click()
        found = axe_violations(page)
        if state.expect not in page.locator("main").inner_text():
            found.append(f"does not say {state.expect!r}")
        found += [f"request to {url}" for url in tracker.foreign_requests()]
        if found:
            problems[state.what] = found
    assert problems == {}


def test_axe_finds_what_it_should(page, tracker, site):
    """The scanner is really running: it reports a missing alt text and pale
    text added to a page (through the DOM, as the CSP forbids inline styles)."""
    page.goto(site + "/")
    page.evaluate(
        """() => {
            const text = document.createElement("p");
            text.textContent = "Lichtgrijze tekst";
            text.style.color = "#bbb";
            document.querySelector("main").append(text, document.createElement("img"));
        }"""
    )
    found = " ".join(axe_violations(page))
    assert "color-contrast" in found
    assert "image-alt" in found


@pytest.mark.browser_context_args(viewport={"width": 390, "height": 844})
def test_the_phone_layout_with_the_menu_and_filters_open(page, tracker, site):
    """At 390 pixels the header's menu and the filters are folds; opened,
    they pass the same checks."""
    problems = {}
    for path in ("/kennisbank/", "/zoeken/?q=leidraad"):
        page.goto(site + path)
        for fold in page.locator("details.fold").all():
            fold.locator("summary").click()
        found = axe_violations(page)
        if found:
            problems[path] = found
    assert problems == {}
