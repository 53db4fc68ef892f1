"""Every page type and form state passes the structural HTML checks."""

import pytest

from tests.conftest import SAMPLE_MEMBER
from tests.html_checks import problems
from tests.pages import MEMBER_PAGES, PAGES

pytestmark = pytest.mark.django_db


def problems_of(client, samples) -> dict[str, list[str]]:
    """Every sample page's problems, reported together."""
    found = {}
    for sample in samples:
        response = client.get(sample.path)
        page_problems = problems(response.content.decode())
        if response.status_code != sample.status:
            page_problems.append(f"status {response.status_code}")
        if page_problems:
            found[f"{sample.path} ({sample.what})"] = page_problems
    return found


def test_every_page_passes_html_checks(client, sample_pages):
    # One sample site for all pages (building it per page cost half a minute).
    assert problems_of(client, PAGES) == {}


def test_logged_in_pages_pass_html_checks(client, sample_pages):
    email, password = SAMPLE_MEMBER
    client.post("/account/inloggen/", {"username": email, "password": password})
    assert problems_of(client, MEMBER_PAGES) == {}


def test_the_empty_state_suggests_what_to_try(client, sample_pages):
    html = client.get("/kennisbank/?type=toolbox&bestuurslaag=gemeente").content
    assert (
        "Er zijn geen kennisproducten die aan al deze filters voldoen" in html.decode()
    )


def test_not_found_page_says_so(client, sample_pages):
    response = client.get("/bestaat-niet/")
    assert "Deze pagina bestaat niet" in response.content.decode()


def test_the_checker_catches_problems():
    bad = (
        "<html><head><title>x</title><script>alert(1)</script></head><body>"
        "<header></header><main><h1>a</h1><h1>b</h1><h4>c</h4>"
        '<input name="q"><img src="https://cdn.example/x.png"></main></body></html>'
    )
    found = problems(bad)
    assert any("lang" in item for item in found)
    assert any("2 <h1>" in item for item in found)
    assert any("no label" in item for item in found)
    assert any("another origin" in item for item in found)
    assert any("no alt" in item for item in found)
    assert any("inline <script>" in item for item in found)
    assert any("skip link" in item for item in found)
    assert any("jumps" in item for item in found)
