"""How long a login lasts: admin sessions end after 30 minutes idle and 12
hours in all; members stay logged in for up to 14 days, and are told so."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.utils import timezone

from tests.conftest import MEMBER_PASSWORD as PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(
        "redacteur", email="red@x.example", password=PASSWORD
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def later(start, **delta):
    return time_machine.travel(start + datetime.timedelta(**delta), tick=False)


def logged_in_to_admin(client) -> bool:
    return client.get("/admin/").status_code == 200


def test_an_idle_admin_session_ends_after_30_minutes(client, editor, site_tree):
    start = timezone.now()
    with later(start):
        client.post("/admin/login/", {"username": "redacteur", "password": PASSWORD})
    with later(start, minutes=29):
        assert logged_in_to_admin(client)
    with later(start, minutes=58):  # 29 minutes after the last request
        assert logged_in_to_admin(client)
    with later(start, minutes=89):  # 31 minutes idle
        answer = client.get("/admin/")
        assert answer.status_code == 302
        assert answer["Location"].startswith("/admin/login/")
        assert "_auth_user_id" not in client.session


def test_an_admin_session_ends_after_12_hours_however_busy(client, editor):
    start = timezone.now()
    with later(start):
        client.force_login(editor)
    for minutes in range(20, 12 * 60, 20):
        with later(start, minutes=minutes):
            assert logged_in_to_admin(client), minutes
    with later(start, hours=12, minutes=1):
        assert not logged_in_to_admin(client)


def test_the_admin_limits_hold_on_the_public_site_too(client, editor, site_tree):
    start = timezone.now()
    with later(start):
        client.force_login(editor)
    with later(start, minutes=31):
        client.get("/")
        assert "_auth_user_id" not in client.session


def test_members_stay_logged_in_for_up_to_14_days(client, member, site_tree):
    start = timezone.now()
    with later(start):
        login = client.get("/account/inloggen/").content.decode()
        assert "hoogstens 14 dagen" in login
        answer = client.post(
            "/account/inloggen/",
            {"username": "lid@gemeente.example", "password": PASSWORD},
        )
        assert answer["Location"] == "/account/"
    with later(start, days=6):  # idle for days: still logged in
        assert client.get("/account/").status_code == 200
    with later(start, days=13, hours=23):
        assert client.get("/account/").status_code == 200
    with later(start, days=14, minutes=1):
        assert client.get("/account/")["Location"].startswith("/account/inloggen/")


def test_a_session_without_its_login_time_counts_as_expired(client, member):
    client.force_login(member)
    session = client.session
    del session["login_started"]
    session.save()
    assert client.get("/account/").status_code == 302
