"""Editors' accounts: password rules, lockout after failed logins, and the
two-factor step of the admin login."""

import base64
import datetime
import re

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone, translation
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.two_factor import THROTTLED, WRONG_CODE

pytestmark = pytest.mark.django_db
PASSWORD = "een lange zin als wachtwoord"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("redacteur", password=PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def code(device, offset=0):
    """The code the authenticator app shows now (offset in 30-second steps)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.drift += offset
    return f"{totp.token():0{device.digits}d}"


def wait_out_throttle(device):
    """After a wrong code django-otp makes the next try wait (1 s, then longer)."""
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)


def confirmed_device(user):
    return TOTPDevice.objects.create(user=user, name="app", confirmed=True)


def login(client, password=PASSWORD, ip="10.0.0.1", username="redacteur"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


# Passwords


@pytest.mark.parametrize(
    "password",
    [
        "correct paard batterij nietje",  # spaces in a passphrase
        "Wie niet waagt, die niet wint; en wie wel waagt... " * 4,  # 200 chars
        "ÿ€ß-unicode-wachtwoord-ok",
    ],
)
def test_long_passphrases_are_welcome(password, editor):
    validate_password(password, editor)


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("kort-wacht", "te kort"),
        ("qwertyuiop12", "te algemeen"),
        ("password1234", "te algemeen"),
        ("483920175639", "alleen cijfers"),
        ("redacteur2026", "lijkt te veel"),
    ],
)
def test_weak_passwords_are_refused_in_dutch(password, reason, editor):
    with translation.override("nl"):
        with pytest.raises(ValidationError) as refused:
            validate_password(password, editor)
        assert reason in " ".join(refused.value.messages)


def test_the_login_form_lets_password_managers_paste(client):
    html = client.get("/admin/login/").content.decode().lower()
    assert 'name="password"' in html
    assert (
        "onpaste" not in html
        and "maxlength" not in html.split('name="password"')[1][:200]
    )


# Lockout


def test_repeated_failed_logins_lock_out_that_name_from_that_address(client, editor):
    for _ in range(4):
        assert login(client, "fout").status_code == 200
    locked = login(client, "fout")
    assert locked.status_code == 429
    assert "te veel mislukte inlogpogingen" in locked.content.decode()
    assert "15 minuten" in locked.content.decode()
    # Even the right password is refused from there for now ...
    assert login(client).status_code == 429
    # ... while the editor can still log in from elsewhere.
    assert login(client, ip="10.0.0.2").status_code == 302


def test_a_successful_login_resets_the_count(client, editor):
    for _ in range(4):
        login(client, "fout")
    assert login(client).status_code == 302
    client.logout()
    for _ in range(4):
        assert login(client, "fout").status_code == 200


def test_unknown_names_lock_out_the_same_way(client):
    """Same answers for known and unknown accounts: no enumeration."""
    answers = [login(client, "fout", username="onbekend").status_code for _ in range(5)]
    assert answers == [200, 200, 200, 200, 429]


def member_login(client, password=PASSWORD, ip="10.0.0.1", email="red@x.example"):
    return client.post(
        "/account/inloggen/",
        {"username": email, "password": password},
        REMOTE_ADDR=ip,
    )


def test_the_admin_and_member_logins_of_one_person_count_together(client, editor):
    editor.email = "Red@X.example"
    editor.save()
    for attempt in range(4):
        answer = (login if attempt % 2 else member_login)(client, "fout")
        assert answer.status_code == 200
    # The fifth failure, at either door, locks that person out from there.
    assert member_login(client, "fout", email="RED@x.example").status_code == 429
    assert login(client).status_code == 429
    assert login(client, ip="10.0.0.2").status_code == 302


def test_guesses_spread_over_many_addresses_hit_a_limit_per_account(
    client, editor, settings
):
    settings.LOGIN_ACCOUNT_FAILURE_LIMIT = 8
    for number in range(8):  # two wrong guesses from each of four addresses
        assert login(client, "fout", ip=f"10.1.0.{number // 2}").status_code == 200
    # Now even the right password, from an address that never failed, waits.
    refused = login(client, ip="10.2.0.1")
    assert refused.status_code == 200
    assert "te vaak een verkeerd wachtwoord" in refused.content.decode()
    assert "_auth_user_id" not in client.session
    # An account that does not exist answers the same way.
    for number in range(8):
        login(client, "fout", ip=f"10.3.0.{number}", username="onbekend")
    unknown = login(client, ip="10.4.0.1", username="onbekend")
    assert "te vaak een verkeerd wachtwoord" in unknown.content.decode()
    # After the hour the account opens again.
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=61)):
        assert login(client, ip="10.2.0.1").status_code == 302


def test_behind_a_proxy_the_forwarded_address_counts(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        client.post(
            "/admin/login/",
            {"username": "redacteur", "password": "fout"},
            REMOTE_ADDR="10.9.9.9",
            HTTP_X_FORWARDED_FOR="1.2.3.4, 192.0.2.7",
        )
    # Another visitor behind the same proxy is not locked out.
    response = client.post(
        "/admin/login/",
        {"username": "redacteur", "password": PASSWORD},
        REMOTE_ADDR="10.9.9.9",
        HTTP_X_FORWARDED_FOR="192.0.2.8",
    )
    assert response.status_code == 302


# Two-factor authentication


@pytest.fixture
def required(settings):
    settings.TWO_FACTOR_REQUIRED = True


def test_when_required_an_editor_sets_up_an_app_first(client, editor, required):
    assert login(client).status_code == 302
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/instellen/?next=%2Fadmin%2Fpages%2F"
    page = client.get(response["Location"])
    html = page.content.decode()
    assert 'src="data:image/svg+xml;base64,' in html  # QR code, from our own page
    key = re.search(r"Sleutel: <code>([A-Z2-7 =]+)</code>", html).group(1)
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert key.replace(" ", "") == base64.b32encode(device.bin_key).decode()

    wrong = client.post(
        "/admin/2fa/instellen/", {"token": "000000", "next": "/admin/pages/"}
    )
    assert WRONG_CODE in wrong.content.decode()
    wait_out_throttle(device)
    done = client.post(
        "/admin/2fa/instellen/", {"token": code(device), "next": "/admin/pages/"}
    )
    assert done["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_an_editor_with_an_app_enters_its_code_after_the_password(
    client, editor, settings
):
    device = confirmed_device(editor)  # optional mode (tests, dev): still asked
    login(client)
    response = client.get("/admin/")
    assert response["Location"].startswith("/admin/2fa/code/")
    empty = client.post("/admin/2fa/code/", {"token": ""})
    assert empty.status_code == 200
    assert "Vul de code uit je authenticator-app in." in empty.content.decode()
    assert client.get("/admin/").status_code == 302
    ok = client.post(
        "/admin/2fa/code/", {"token": f" {code(device)[:3]} {code(device)[3:]}"}
    )
    assert ok["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_codes_cannot_be_replayed_or_guessed_fast(client, editor):
    device = confirmed_device(editor)
    login(client)
    for _ in range(3):
        client.post("/admin/2fa/code/", {"token": "123456"})
    # After several wrong codes even the right one has to wait.
    response = client.post("/admin/2fa/code/", {"token": code(device)})
    assert THROTTLED in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_a_used_code_does_not_work_twice(client, editor, django_user_model):
    device = confirmed_device(editor)
    login(client)
    token = code(device)
    assert client.post("/admin/2fa/code/", {"token": token}).status_code == 302
    other = client.__class__()
    login(other)
    response = other.post("/admin/2fa/code/", {"token": token})
    assert WRONG_CODE in response.content.decode()


def test_without_being_verified_the_app_cannot_be_replaced(client, editor):
    confirmed_device(editor)
    login(client)
    response = client.get("/admin/2fa/instellen/?next=/admin/pages/")
    assert response["Location"] == (
        "/admin/2fa/code/?next=%2Fadmin%2F2fa%2Finstellen%2F%3Fnext%3D%2Fadmin%2Fpages%2F"
    )


def test_after_the_code_no_redirect_to_another_site(client, editor):
    device = confirmed_device(editor)
    login(client)
    response = client.post(
        "/admin/2fa/code/", {"token": code(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


def test_optional_mode_lets_editors_without_an_app_in(client, editor):
    login(client)
    assert client.get("/admin/").status_code == 200


def test_public_pages_and_non_editors_are_not_affected(
    client, django_user_model, required, site_tree
):
    assert client.get("/").status_code == 200
    member = django_user_model.objects.create_user("lid", password=PASSWORD)
    client.force_login(member)
    assert client.get("/").status_code == 200


def test_reset_command_removes_the_app(editor, capsys):
    confirmed_device(editor)
    call_command("reset_2fa", "redacteur")
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert "Removed 1 device(s)" in capsys.readouterr().out
