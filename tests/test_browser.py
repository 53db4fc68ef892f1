"""In a real browser (Debian's chromium, headless): keyboard use, visible
focus, reflow at 320 px, colour contrast, the filters without JavaScript, and
no request to another origin or CSP violation on any page type.

Without chromium these tests are skipped locally; CI installs it and sets
REQUIRE_BROWSER=1, which turns a missing browser into a failure.
"""

import os
import shutil
from urllib.parse import urlparse

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None and os.environ.get("REQUIRE_BROWSER") == "1":
    raise RuntimeError("REQUIRE_BROWSER=1 but no chromium on PATH")

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed"),
    # The live server needs committed data; restore the migrations' seed data
    # (taxonomy, groups) afterwards for the tests that follow.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Playwright's sync API runs an event loop in this thread; the ORM calls made
# by the factories are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# WCAG 2.1 contrast of every visible text element against the first opaque
# background behind it. Returns the failures.
CONTRAST_JS = """
() => {
  const lum = (rgb) => {
    const c = rgb.map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const parse = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
  const background = (el) => {
    for (; el; el = el.parentElement) {
      const c = parse(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const failures = [];
  for (const el of document.querySelectorAll("body *")) {
    const own = [...el.childNodes].some(
      (n) => n.nodeType === 3 && n.textContent.trim()
    );
    if (!own || !el.offsetParent && el.tagName !== "BODY") continue;
    const style = getComputedStyle(el);
    if (el.closest(".visually-hidden")) continue;
    const fg = parse(style.color).slice(0, 3);
    const [l1, l2] = [lum(fg), lum(background(el))].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const size = parseFloat(style.fontSize);
    const bold = parseInt(style.fontWeight, 10) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    if (ratio < (large ? 3 : 4.5)) {
      const text = el.textContent.trim().slice(0, 30);
      failures.push(`${el.tagName} "${text}" ${ratio.toFixed(2)}`);
    }
  }
  return failures;
}
"""


@pytest.fixture
def browser(transactional_db):
    """A fresh headless chromium per test.

    Started after the database is set up and stopped before it is flushed:
    Playwright's event loop, left running across tests, made the restore of
    the migrations' data (serialized rollback) silently miss.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def site(sample_pages, live_server):
    return live_server.url


PAGES = [
    "/",
    "/vragen/",
    "/vragen/starten/",
    "/kennisbank/",
    "/kennisbank/?type=toolbox",
    "/kennisbank/?type=checklist",
    "/kennisbank/leidraad/",
    "/praktijkvoorbeelden/",
    "/praktijkvoorbeelden/voorbeeld/",
    "/privacy/",
    "/zoeken/?q=leidraad",
    "/zoeken/?q=a",
    "/bestaat-niet/",
]


def test_pages_stay_on_their_origin_and_pass_contrast(browser, site):
    page = browser.new_page()
    requests, errors = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on(
        "console",
        lambda message: errors.append(message.text) if message.type == "error" else 0,
    )
    origin = urlparse(site).netloc
    for path in PAGES:
        requests.clear()
        page.goto(site + path)
        assert page.evaluate(CONTRAST_JS) == [], path
        foreign = [url for url in requests if urlparse(url).netloc != origin]
        assert foreign == [], path
    # A 404 logs its status as an error; anything else (a CSP violation) counts.
    assert [e for e in errors if "404" not in e] == []
    page.close()


def test_skip_link_and_visible_focus_by_keyboard(browser, site):
    page = browser.new_page()
    page.goto(site + "/kennisbank/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    box = page.locator(".skip-link").bounding_box()
    assert box["y"] >= 0, "the skip link must come into view when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"
    # Every focused control shows an outline.
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.close()


@pytest.mark.parametrize("path", ["/", "/kennisbank/", "/kennisbank/leidraad/"])
def test_reflows_at_320_pixels_without_horizontal_scrolling(browser, site, path):
    page = browser.new_page(viewport={"width": 320, "height": 640})
    page.goto(site + path)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{path} scrolls {overflow}px sideways"
    page.close()


def test_filters_work_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/kennisbank/")
    page.get_by_label("Toolbox").check()
    page.get_by_role("button", name="Filters toepassen").click()
    assert "type=toolbox" in page.url
    assert page.get_by_role("heading", name="1 kennisproduct met deze filters").count()
    # The chosen filter can be removed again with one link.
    page.get_by_role("link", name="Type: Toolbox").click()
    assert "type=toolbox" not in page.url
    context.close()


def test_search_from_the_header(browser, site):
    page = browser.new_page()
    page.goto(site + "/")
    page.get_by_label("Zoeken in het kenniscentrum").fill("leidraden")
    page.keyboard.press("Enter")
    page.wait_for_url("**/zoeken/?q=leidraden")
    assert page.get_by_role("heading", level=1).inner_text() == "Zoeken"
    assert page.locator(".result").count() >= 1
    page.close()


def test_the_contrast_check_catches_pale_text(browser):
    page = browser.new_page()
    page.set_content(
        '<body style="background:#fff"><p style="color:#999">Lichtgrijs</p>'
        '<p style="color:#333">Donker</p></body>'
    )
    failures = page.evaluate(CONTRAST_JS)
    assert len(failures) == 1 and "Lichtgrijs" in failures[0]
    page.close()


def test_the_admin_makes_no_third_party_requests(
    browser, live_server, django_user_model
):
    django_user_model.objects.create_superuser("beheer", password="geheim-wachtwoord")
    page = browser.new_page()
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Gebruikersnaam").fill("beheer")
    page.locator("#id_password").fill("geheim-wachtwoord")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    page.wait_for_load_state("networkidle")
    assert hosts == {urlparse(live_server.url).netloc}
    page.close()
