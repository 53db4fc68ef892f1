"""What visitors do, in a real browser: with the mouse, by keyboard only
(skip link first, focus always visible), without JavaScript and on a narrow
screen."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

QUESTION = "Hoe start ik een dataproject?"
PRODUCT = "Leidraad verantwoord datagebruik"

# The focused element: its name as a user hears it, and whether a focus
# indicator (outline or box shadow) shows.
FOCUS_JS = """
() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const label = el.labels && el.labels.length ? el.labels[0].textContent : "";
    const name = label || el.getAttribute("aria-label") || el.textContent || "";
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const box = el.getBoundingClientRect();
    return {
        name: name.replace(/\\s+/g, " ").trim(),
        tag: el.tagName,
        visible: outline || style.boxShadow !== "none",
        onScreen: box.width > 0 && box.height > 0,
    };
}
"""


def tab_to(page, name: str, limit: int = 80, key: str = "Tab") -> None:
    """Press Tab (or `key`: Shift+Tab goes back) until the focused element's
    name contains `name`; every stop on the way must show where the focus
    is."""
    for _ in range(limit):
        page.keyboard.press(key)
        focus = page.evaluate(FOCUS_JS)
        assert focus["visible"] and focus["onScreen"], f"focus hidden on {focus}"
        if name in focus["name"]:
            return
    raise AssertionError(f"{name!r} not reached with {limit} Tab presses")


def activate(page, key: str = "Enter") -> None:
    """Press a key that follows a link or submits a form; wait for the page."""
    with page.expect_navigation():
        page.keyboard.press(key)


def heading(page):
    return page.get_by_role("heading", level=1)


# With the mouse


def test_home_to_a_question_to_a_product(page, site):
    page.goto(site + "/")
    page.get_by_role("link", name=QUESTION).click()
    expect(page).to_have_url(site + "/vragen/starten/")
    expect(heading(page)).to_have_text(QUESTION)
    page.get_by_role("link", name=PRODUCT).click()
    expect(page).to_have_url(site + "/kennisbank/leidraad/")
    expect(heading(page)).to_have_text(PRODUCT)


def test_kennisbank_filters_applied_combined_and_cleared(page, site):
    page.goto(site + "/kennisbank/")
    page.get_by_label("Leidraad").check()
    page.get_by_role("button", name="Filters toepassen").click()
    expect(page).to_have_url(re.compile(r"type=leidraad"))
    expect(
        page.get_by_role("heading", name="2 kennisproducten met deze filters")
    ).to_be_visible()
    page.get_by_label("Gemeente").check()
    page.get_by_role("button", name="Filters toepassen").click()
    expect(page).to_have_url(re.compile(r"type=leidraad.*bestuurslaag=gemeente"))
    expect(
        page.get_by_role("heading", name="1 kennisproduct met deze filters")
    ).to_be_visible()
    expect(page.get_by_role("link", name=PRODUCT)).to_be_visible()
    page.get_by_role("link", name="Alle filters wissen").click()
    expect(page).to_have_url(site + "/kennisbank/")


def test_search_with_and_without_results(page, site):
    page.goto(site + "/")
    page.get_by_label("Zoeken in het kenniscentrum").fill("leidraden")
    page.keyboard.press("Enter")
    expect(page).to_have_url(site + "/zoeken/?q=leidraden")
    expect(page.locator(".result").first).to_be_visible()
    page.get_by_label("Zoek in vragen").fill("zwembadrooster")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.get_by_text("We vonden niets")).to_be_visible()
    expect(
        page.get_by_role("link", name="de vragen die collega's stellen")
    ).to_be_visible()


# By keyboard only


def test_the_skip_link_is_the_first_tab_stop(page, site):
    page.goto(site + "/kennisbank/")
    page.keyboard.press("Tab")
    focus = page.evaluate(FOCUS_JS)
    assert focus["name"] == "Direct naar de inhoud" and focus["visible"]
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"


def test_home_to_a_question_to_a_product_by_keyboard(page, site):
    page.goto(site + "/")
    tab_to(page, QUESTION)
    activate(page)
    expect(heading(page)).to_have_text(QUESTION)
    tab_to(page, PRODUCT)
    activate(page)
    expect(heading(page)).to_have_text(PRODUCT)


def test_filters_by_keyboard(page, site):
    page.goto(site + "/kennisbank/")
    tab_to(page, "Leidraad")
    page.keyboard.press("Space")
    tab_to(page, "Filters toepassen")
    activate(page)
    # Filtering brings the visitor to the results; the next Tab is the
    # first way to sort them, and the filters are back up.
    expect(page).to_have_url(re.compile(r"type=leidraad#resultaten$"))
    tab_to(page, "Nieuwste eerst", limit=1)
    tab_to(page, "Gemeente", key="Shift+Tab")
    page.keyboard.press("Space")
    tab_to(page, "Filters toepassen")
    activate(page)
    expect(
        page.get_by_role("heading", name="1 kennisproduct met deze filters")
    ).to_be_in_viewport()
    tab_to(page, "Alle filters wissen", key="Shift+Tab")
    activate(page)
    expect(page).to_have_url(site + "/kennisbank/")


def test_search_by_keyboard(page, site):
    page.goto(site + "/")
    tab_to(page, "Zoeken in het kenniscentrum")
    page.keyboard.type("leidraden")
    activate(page)
    expect(page).to_have_url(site + "/zoeken/?q=leidraden")
    tab_to(page, PRODUCT)
    activate(page)
    expect(heading(page)).to_have_text(PRODUCT)
    page.go_back()
    tab_to(page, "Zoek in vragen")
    page.keyboard.press("Control+A")
    page.keyboard.type("zwembadrooster")
    activate(page)
    expect(page.get_by_text("We vonden niets")).to_be_visible()


# Without JavaScript, and narrow


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_filters_work_without_javascript(page, site):
    page.goto(site + "/kennisbank/")
    page.get_by_label("Toolbox").check()
    page.get_by_role("button", name="Filters toepassen").click()
    assert "type=toolbox" in page.url
    expect(
        page.get_by_role("heading", name="1 kennisproduct met deze filters")
    ).to_be_visible()
    # The chosen filter can be removed again with one link.
    page.get_by_role("link", name="Type: Toolbox").click()
    assert "type=toolbox" not in page.url


PHONE = {"width": 390, "height": 844}


@pytest.mark.browser_context_args(java_script_enabled=False, viewport=PHONE)
def test_on_a_phone_the_header_is_one_line_with_a_menu_button(page, site):
    page.goto(site + "/kennisbank/")
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 80, header
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    expect(menu).to_be_hidden()
    expect(page.get_by_label("Zoeken in het kenniscentrum")).to_be_hidden()
    page.locator("summary", has_text="Menu").click()
    expect(menu.get_by_role("link", name="Kennisbank")).to_be_visible()
    expect(page.get_by_label("Zoeken in het kenniscentrum")).to_be_visible()
    # The button stays where the finger was, and closes the menu again.
    page.locator("summary", has_text="Menu").click()
    expect(menu).to_be_hidden()


@pytest.mark.browser_context_args(java_script_enabled=False, viewport=PHONE)
def test_on_a_phone_the_filters_fold_and_filtering_shows_the_results(page, site):
    page.goto(site + "/kennisbank/")
    # The results start on the first screen, below the folded filters.
    expect(page.locator("#resultaten")).to_be_in_viewport()
    expect(page.get_by_label("Toolbox")).to_be_hidden()
    page.locator("summary", has_text="Filteren").click()
    page.get_by_label("Toolbox").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Filters toepassen").click()
    assert page.url.endswith("?type=toolbox#resultaten")
    found = page.get_by_role("heading", name="1 kennisproduct met deze filters")
    expect(found).to_be_in_viewport()
    expect(page.locator("summary", has_text="Filteren (1 gekozen)")).to_be_visible()


@pytest.mark.browser_context_args(viewport={"width": 1280, "height": 800})
def test_on_a_wide_screen_the_menu_and_the_filters_are_open(page, site):
    page.goto(site + "/kennisbank/")
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    expect(menu.get_by_role("link", name="Kennisbank")).to_be_visible()
    expect(page.get_by_label("Zoeken in het kenniscentrum")).to_be_visible()
    expect(page.get_by_label("Toolbox")).to_be_visible()
    expect(page.locator("summary", has_text="Menu")).to_be_hidden()
    expect(page.locator("summary", has_text="Filteren")).to_be_hidden()


def test_sorting_by_title_keeps_the_filters(page, site):
    page.goto(site + "/kennisbank/?type=leidraad")
    with page.expect_navigation():
        page.get_by_role("link", name="Titel (A–Z)").click()
    assert "type=leidraad" in page.url and "sortering=titel" in page.url
    titles = page.locator(".listing .card__title").all_inner_texts()
    assert len(titles) > 1 and titles == sorted(titles), titles
    expect(page.get_by_role("link", name="Titel (A–Z)")).to_have_attribute(
        "aria-current", "true"
    )


@pytest.mark.parametrize("path", ["/", "/kennisbank/", "/kennisbank/leidraad/"])
def test_reflows_at_320_pixels_without_horizontal_scrolling(page, site, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site + path)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{path} scrolls {overflow}px sideways"


def test_long_dutch_words_break_with_a_hyphen(page, site):
    """Titles, labels and cards hyphenate (Dutch, from the page's lang)
    rather than cutting a compound anywhere."""
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site + "/kennisbank/")
    found = page.evaluate(
        """() => {
            const hyphens = (selector) => {
                const style = getComputedStyle(document.querySelector(selector));
                return style.hyphens || style.webkitHyphens;
            };
            return {
                lang: document.documentElement.lang,
                h1: hyphens("h1"),
                label: hyphens(".filters label"),
                card: hyphens(".card__title"),
            };
        }"""
    )
    assert found == {"lang": "nl", "h1": "auto", "label": "auto", "card": "auto"}
