"""Inputs that once gave a 500 or an English error page, each as found by
the arbitrary-input tests (tests/test_arbitrary_input.py)."""

import pytest
from django.test import Client

from tests.html_checks import problems

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("token", ["%00", "a%00b", "%FF", "a.b", "%C3%A9"])
def test_a_vraagbaak_link_with_odd_bytes_is_not_found(client, sample_pages, token):
    # PostgreSQL refuses a NUL byte in a query parameter: this was a 500.
    response = client.get(f"/vraagbaak/{token}/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()


def test_a_real_vraagbaak_link_still_works(client, sample_pages):
    from tests.conftest import SAMPLE_ENQUIRY_TOKEN

    response = client.get(f"/vraagbaak/{SAMPLE_ENQUIRY_TOKEN}/")
    assert response.status_code == 200


def test_too_many_fields_are_refused_in_dutch(client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    # Django's own 400 page was English ("Bad Request (400)").
    for response in [
        client.get("/zoeken/", {"q": ["leidraad"] * 11}),
        client.post(
            "/nieuwsbrief/aanmelden/",
            "&".join(["questions=1"] * 11),
            content_type="application/x-www-form-urlencoded",
        ),
    ]:
        html = response.content.decode()
        assert response.status_code == 400
        assert '<html lang="nl">' in html
        assert "Deze aanvraag klopt niet" in html
        assert "Bad Request" not in html
        assert problems(html) == []


def test_a_member_form_without_its_csrf_token_is_refused_in_dutch(sample_pages):
    # Django's own page was English ("CSRF verification failed").
    strict = Client(enforce_csrf_checks=True)
    for cookie in (False, True):
        if cookie:
            strict.get("/account/inloggen/")  # sets the CSRF cookie
        response = strict.post("/account/inloggen/", {"username": "x@y.example"})
        html = response.content.decode()
        assert response.status_code == 403
        assert '<html lang="nl">' in html and "niet verwerkt" in html
        assert "CSRF verification" not in html
        assert problems(html) == []


@pytest.mark.parametrize(
    "path",
    [
        "/vraagbaak/",
        "/nieuwsbrief/aanmelden/",
        "/nieuwsbrief/beheren/",
        "/opleidingen/voorstellen/",
        "/account/registreren/",
    ],
)
def test_an_empty_submission_says_what_is_missing(client, sample_pages, path):
    """A POST without any field left the form unbound (`request.POST or
    None`): a 400 that named nothing. Found by the arbitrary-input tests."""
    response = client.post(path, {})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Controleer het formulier" in html
    assert 'class="field__error"' in html


def test_an_empty_submission_of_a_member_form_says_what_is_missing(
    client, sample_pages
):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="lid-voorbeeld"))
    for path in ("/praktijkvoorbeelden/delen/", "/account/verwijderen/"):
        response = client.post(path, {})
        assert response.status_code == 400, path
        assert "Controleer het formulier" in response.content.decode(), path
