"""Every page says what it is in one `<meta name="description">`: from the
page's own fields where it has them, else in its template's own words."""

import pytest
from bs4 import BeautifulSoup

from core.pages import DESCRIPTION_LENGTH, shorten
from decisions.models import DecisionAidPage
from knowledge.models import KnowledgeIndexPage
from tests.conftest import SAMPLE_MEMBER
from tests.pages import MEMBER_PAGES, PAGES

pytestmark = pytest.mark.django_db


def descriptions(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    tags = soup.find_all("meta", attrs={"name": "description"})
    return [tag.get("content", "") for tag in tags]


def without_one_description(client, samples) -> dict[str, list[str]]:
    """The sample pages that lack exactly one non-empty description."""
    found = {}
    for sample in samples:
        texts = descriptions(client.get(sample.path).content.decode())
        if len(texts) != 1 or not texts[0].strip():
            found[f"{sample.path} ({sample.what})"] = texts
    return found


def test_every_page_has_one_meta_description(client, sample_pages):
    # Error pages too: a shared link to one still says what it is.
    assert without_one_description(client, PAGES) == {}
    email, password = SAMPLE_MEMBER
    client.post("/account/inloggen/", {"username": email, "password": password})
    assert without_one_description(client, MEMBER_PAGES) == {}


def test_home_and_kennisbank_describe_themselves(client, site_tree):
    # The home page has its intro; the kennisbank, without one, its
    # template's text; with one, that intro.
    home = descriptions(client.get("/").content.decode())
    assert home == [site_tree.home.intro]
    (fallback,) = descriptions(client.get("/kennisbank/").content.decode())
    assert fallback.startswith("Leidraden, handreikingen, instrumenten")

    site_tree.knowledge.intro = "Alle   leidraden\nvan de overheid op één plek."
    site_tree.knowledge.save_revision().publish()
    assert descriptions(client.get("/kennisbank/").content.decode()) == [
        "Alle leidraden van de overheid op één plek."
    ]


def test_the_editors_search_description_comes_first():
    page = KnowledgeIndexPage(
        title="Kennisbank", intro="De inleiding.", search_description=" Voor  zoekers. "
    )
    assert page.meta_description() == "Voor zoekers."


def test_a_rich_text_intro_is_not_a_description():
    aid = DecisionAidPage(title="Beslishulp", summary="", intro="<p>Begin hier.</p>")
    assert aid.meta_description() == ""
    aid.summary = "Mag ik deze beelden hergebruiken?"
    assert aid.meta_description() == "Mag ik deze beelden hergebruiken?"


def test_a_long_text_is_cut_at_a_word():
    text = "Verantwoord datagebruik bij de overheid, " * 10
    short = shorten(text)
    assert len(short) <= DESCRIPTION_LENGTH
    kept = short.removesuffix("…")
    assert kept != short
    assert " ".join(text.split()).startswith(kept + " ")  # a whole word
    assert shorten("Kort genoeg.") == "Kort genoeg."
