"""The Wagtail admin in a real browser: it too stays on its own origin."""

from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_admin_makes_no_third_party_requests(
    page, tracker, live_server, migration_data, django_user_model
):
    django_user_model.objects.create_superuser("beheer", password="geheim wachtwoord")
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Gebruikersnaam").fill("beheer")
    page.locator("#id_password").fill("geheim wachtwoord")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    page.wait_for_load_state("networkidle")
    assert tracker.foreign_requests() == []
    assert {urlparse(url).netloc for url in tracker.requests} == {tracker.origin}
