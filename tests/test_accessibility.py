"""Every page type and form state passes the structural HTML checks."""

import pytest

from tests.html_checks import problems

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/vragen/",
        "/vragen/starten/",
        "/vragen/tweede/",
        "/kennisbank/",
        "/kennisbank/?type=leidraad&bestuurslaag=gemeente",
        "/kennisbank/?type=toolbox&bestuurslaag=gemeente",  # empty state
        "/kennisbank/leidraad/",
        "/kennisbank/extern/",
        "/praktijkvoorbeelden/",
        "/praktijkvoorbeelden/voorbeeld/",
        "/privacy/",
        "/zoeken/",
        "/zoeken/?q=leidraad",
        "/zoeken/?q=leidraad&type=vraag",  # no results of this type
        "/zoeken/?q=a",  # notice
    ],
)
def test_page_passes_html_checks(client, sample_pages, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert problems(html) == []
    if "bestuurslaag=gemeente" in url and "toolbox" in url:
        assert "Er zijn geen kennisproducten die aan al deze filters voldoen" in html


def test_not_found_page_passes_html_checks(client, sample_pages):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet" in html
    assert problems(html) == []


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
