"""Members' accounts: register and confirm by mail, log in with the e-mail
address, reset a password, edit the profile; without enumeration, with rate
limits on every mail and CSRF on every form."""

import datetime
import json
import re

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from community.account_views import ATTEMPTS_PER_HOUR
from community.auth import registration_token
from community.models import Enquiry, MemberProfile
from core.mail import MAILS_PER_ADDRESS
from knowledge.models import GovernmentLayer
from tests.community.conftest import PASSWORD
from tests.factories import QuestionPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clear_cache")]


def register(client, email="fatima@gemeente.example"):
    return client.post("/account/registreren/", {"email": email})


def confirm(client, link, **overrides):
    data = {"name": "Fatima Bakker", "password": PASSWORD, **overrides}
    return client.post(link, data)


def link_in(mail) -> str:
    return re.search(r"https?://\S+", mail.body).group(0).split("testserver", 1)[-1]


def registration_link(email):
    return f"/account/bevestigen/{registration_token(email)}/"


def test_register_confirm_by_mail_choose_a_password_and_land_logged_in(
    client, site_tree, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, email="Fatima@Gemeente.example")
    assert response["Location"] == "/account/registreren/verstuurd/"
    assert not get_user_model().objects.exists()  # nothing until confirmed
    [mail] = mailoutbox
    link = link_in(mail)
    assert link.startswith("/account/bevestigen/")

    # Opening the link (as a mail scanner does) changes nothing.
    page = client.get(link)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Maak je account af" in html and "fatima@gemeente.example" in html
    # A private link: kept out of search engines, and in Referer headers only
    # towards our own origin.
    assert page["Referrer-Policy"] == "same-origin"
    assert "noindex" in page["X-Robots-Tag"]
    assert not get_user_model().objects.exists()

    confirmed = confirm(client, link)
    assert confirmed["Location"] == "/account/"
    user = get_user_model().objects.get(email="fatima@gemeente.example")
    assert user.is_active and user.check_password(PASSWORD)
    assert user.member_profile.name == "Fatima Bakker"
    assert client.get("/account/").status_code == 200
    # The link makes one account: used again it says so and makes nothing.
    client.post("/account/uitloggen/")
    again = confirm(client, link, password="nog een ander wachtwoord")
    assert again.status_code == 200
    assert "Dit account bestaat al" in again.content.decode()
    user.refresh_from_db()
    assert user.check_password(PASSWORD)
    assert get_user_model().objects.count() == 1


def test_known_addresses_get_the_same_answer_and_a_different_mail(
    client, site_tree, member, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new = register(client, email="nieuw@gemeente.example")
        known = register(client, email="LID@gemeente.example")
    assert (new.status_code, new["Location"]) == (known.status_code, known["Location"])
    assert new.content == known.content
    assert (
        get_user_model().objects.filter(email__iexact="lid@gemeente.example").count()
        == 1
    )
    assert "al een account" in mailoutbox[1].subject
    member.refresh_from_db()
    assert member.check_password(PASSWORD)  # the password was not changed


def test_bad_registrations_are_explained_and_kept(client, site_tree):
    response = register(client, email="geen-adres")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Voer een geldig e-mailadres in." in html
    assert "Controleer het formulier" in html
    assert 'value="geen-adres"' in html


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"password": "kort"}, "Dit wachtwoord is te kort"),
        ({"password": "qwertyuiop12"}, "te algemeen"),
        ({"password": "fatima@gemeente"}, "te veel op"),
        ({"name": ""}, "Dit is een verplicht veld."),
    ],
)
def test_bad_confirmations_are_explained_and_kept(
    client, site_tree, overrides, message
):
    response = confirm(
        client, registration_link("fatima@gemeente.example"), **overrides
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Controleer het formulier" in html
    if overrides.get("name") != "":
        assert 'value="Fatima Bakker"' in html
    assert PASSWORD not in html  # a password is never sent back
    assert not get_user_model().objects.exists()


def test_registration_and_its_mails_are_rate_limited(
    client, site_tree, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(ATTEMPTS_PER_HOUR):
            assert register(client).status_code == 302
    assert len(mailoutbox) == MAILS_PER_ADDRESS
    response = register(client)
    assert response.status_code == 429
    assert 'value="fatima@gemeente.example"' in response.content.decode()


def test_a_tampered_or_old_link_gets_a_clear_page(client, site_tree, member):
    forged = registration_link("fatima@gemeente.example").replace("/bevestigen/", "/")
    for link in (
        "/account/bevestigen/xx/yy/",  # the form of links before this version
        "/account/bevestigen/MQ/abc-def/",
        "/account/bevestigen/abc/",
        "/account/bevestigen/" + forged.rsplit("/", 2)[-2][:-2] + "xx/",
    ):
        response = client.get(link)
        assert response.status_code == 400, link
        assert "Deze link werkt niet" in response.content.decode()
        assert confirm(client, link).status_code == 400
    link = registration_link("fatima@gemeente.example")
    with time_machine.travel(timezone.now() + datetime.timedelta(days=4)):
        assert confirm(client, link).status_code == 400
    assert not get_user_model().objects.filter(email="fatima@gemeente.example")


def test_someone_elses_registration_never_opens_the_account(
    client, site_tree, mailoutbox, django_capture_on_commit_callbacks
):
    """Account pre-hijacking: whatever order the registrations come in, only
    the owner of the mailbox chooses the password."""
    owner = "owner@gemeente.example"
    with django_capture_on_commit_callbacks(execute=True):
        register(client, email=owner)  # the attacker
        register(client, email=owner)  # the owner
    # Both mails went to the owner; the attacker has no link and set nothing.
    assert [m.to for m in mailoutbox] == [[owner], [owner]]
    assert not get_user_model().objects.exists()
    assert confirm(client, link_in(mailoutbox[0]))["Location"] == "/account/"
    client.post("/account/uitloggen/")
    # Registering again after confirmation changes nothing either.
    with django_capture_on_commit_callbacks(execute=True):
        register(client, email=owner)
    assert "al een account" in mailoutbox[-1].subject
    user = get_user_model().objects.get(email=owner)
    assert user.check_password(PASSWORD)
    assert (
        client.post(
            "/account/inloggen/", {"username": owner, "password": PASSWORD}
        ).status_code
        == 302
    )


def test_an_account_left_unconfirmed_takes_the_owners_password(
    client, site_tree, django_user_model
):
    """An account made by the earlier registration (with a password someone
    typed, perhaps not the owner) gets the owner's password on confirmation,
    and the other password never opens it."""
    pending = django_user_model.objects.create_user(
        "lid-oud",
        email="owner@gemeente.example",
        password="aanvaller wachtwoord",
        is_active=False,
    )
    MemberProfile.objects.create(user=pending, name="Aanvaller")
    assert (
        confirm(client, registration_link("owner@gemeente.example")).status_code == 302
    )
    client.post("/account/uitloggen/")
    pending.refresh_from_db()
    assert pending.is_active and pending.member_profile.name == "Fatima Bakker"
    attacker = client.post(
        "/account/inloggen/",
        {"username": "owner@gemeente.example", "password": "aanvaller wachtwoord"},
    )
    assert attacker.status_code == 200  # refused
    assert get_user_model().objects.filter(email="owner@gemeente.example").count() == 1


def test_login_by_e_mail_address(client, site_tree, member):
    response = client.post(
        "/account/inloggen/", {"username": "LID@gemeente.example", "password": PASSWORD}
    )
    assert response["Location"] == "/account/"
    client.post("/account/uitloggen/")
    wrong = client.post(
        "/account/inloggen/", {"username": "lid@gemeente.example", "password": "fout"}
    )
    assert wrong.status_code == 200
    assert "horen niet bij elkaar" in wrong.content.decode()
    assert 'value="lid@gemeente.example"' in wrong.content.decode()


def test_an_unconfirmed_account_cannot_log_in_and_says_nothing_more(
    client, site_tree, member
):
    member.is_active = False
    member.save()
    response = client.post(
        "/account/inloggen/", {"username": "lid@gemeente.example", "password": PASSWORD}
    )
    unknown = client.post(
        "/account/inloggen/", {"username": "wie@gemeente.example", "password": PASSWORD}
    )
    assert response.status_code == unknown.status_code == 200
    assert "horen niet bij elkaar" in response.content.decode()


def test_repeated_failures_lock_out(client, site_tree, member):
    for _ in range(4):
        client.post(
            "/account/inloggen/", {"username": "lid@gemeente.example", "password": "x"}
        )
    locked = client.post(
        "/account/inloggen/", {"username": "lid@gemeente.example", "password": "x"}
    )
    assert locked.status_code == 429


def test_forms_need_their_csrf_token(site_tree, member):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        "/account/inloggen/", {"username": "lid@gemeente.example", "password": PASSWORD}
    )
    assert response.status_code == 403


def test_password_reset_without_enumeration(
    client, site_tree, member, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        known = client.post(
            "/account/wachtwoord-vergeten/", {"email": "lid@gemeente.example"}
        )
        unknown = client.post(
            "/account/wachtwoord-vergeten/", {"email": "wie@gemeente.example"}
        )
    assert (
        known["Location"]
        == unknown["Location"]
        == "/account/wachtwoord-vergeten/verstuurd/"
    )
    [mail] = mailoutbox
    assert mail.alternatives[0][1] == "text/html"
    link = link_in(mail)
    form_page = client.get(link, follow=True)
    assert "Kies een nieuw wachtwoord" in form_page.content.decode()
    new = "een ander lang wachtwoord"
    done = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
    )
    assert done["Location"] == "/account/wachtwoord-vergeten/klaar/"
    member.refresh_from_db()
    assert member.check_password(new)


def test_password_reset_is_rate_limited(
    client, site_tree, member, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(ATTEMPTS_PER_HOUR):
            client.post(
                "/account/wachtwoord-vergeten/", {"email": "lid@gemeente.example"}
            )
    assert len(mailoutbox) == MAILS_PER_ADDRESS
    response = client.post("/account/wachtwoord-vergeten/", {"email": "x@y.example"})
    assert response.status_code == 429


def test_the_profile_needs_a_login_and_saves(client, site_tree, member):
    response = client.get("/account/")
    assert response["Location"] == "/account/inloggen/?next=/account/"
    client.force_login(member, backend="community.auth.EmailBackend")
    saved = client.post(
        "/account/",
        {
            "name": "Lid Een",
            "organisation": "Gemeente Voorbeeld",
            "role": "Adviseur",
            "listed": "on",
        },
    )
    assert saved["Location"] == "/account/?opgeslagen=1"
    profile = MemberProfile.objects.get(user=member)
    assert profile.listed and profile.organisation == "Gemeente Voorbeeld"
    bad = client.post("/account/", {"name": "", "organisation": "Elders"})
    assert bad.status_code == 400
    assert 'value="Elders"' in bad.content.decode()


def test_members_never_reach_the_admin(client, site_tree, member):
    client.force_login(member, backend="community.auth.EmailBackend")
    assert client.get("/admin/").status_code == 302


def test_the_export_holds_everything_stored_about_the_member(client, site_tree, member):
    question = QuestionPageFactory(parent=site_tree.questions, title="Hoe deel ik?")
    profile = member.member_profile
    profile.organisation, profile.role, profile.listed = "Gemeente X", "Adviseur", True
    profile.government_layer = GovernmentLayer.objects.get(slug="gemeente")
    profile.questions = [question]
    profile.save()
    Enquiry.objects.create(
        question="Mag dit?", email="LID@gemeente.example", name="Lid"
    )
    client.force_login(member, backend="community.auth.EmailBackend")
    response = client.get("/account/gegevens.json")
    assert (
        response["Content-Disposition"] == 'attachment; filename="mijn-gegevens.json"'
    )
    data = json.loads(response.content)
    assert data["account"]["email"] == "lid@gemeente.example"
    exported = data["profile"]
    # Every field of the profile is in the export (a new field must be added).
    stored = {f.name for f in MemberProfile._meta.get_fields() if f.concrete}
    assert len(exported) == len(stored - {"id", "user"})
    assert exported["questions_of_interest"] == ["Hoe deel ik?"]
    assert exported["government_layer"] == "Gemeente"
    assert data["vraagbaak"][0]["question"] == "Mag dit?"


def test_deleting_removes_the_member_and_anonymises_questions(
    client, site_tree, member
):
    enquiry = Enquiry.objects.create(
        question="Mag dit?", email="lid@gemeente.example", name="Lid", organisation="X"
    )
    client.force_login(member, backend="community.auth.EmailBackend")
    wrong = client.post("/account/verwijderen/", {"password": "fout"})
    assert wrong.status_code == 400
    assert "Dit wachtwoord klopt niet." in wrong.content.decode()
    response = client.post("/account/verwijderen/", {"password": PASSWORD})
    assert response["Location"] == "/account/verwijderd/"
    assert not get_user_model().objects.filter(pk=member.pk).exists()
    assert not MemberProfile.objects.exists()
    enquiry.refresh_from_db()
    assert (enquiry.name, enquiry.organisation) == ("", "")
    assert enquiry.email == "verwijderd@example.invalid"
    assert enquiry.question == "Mag dit?"  # the question and answer stay
    assert client.get("/account/")["Location"].startswith("/account/inloggen/")


def test_deleting_leaves_no_trace_of_the_member(
    client, site_tree, member, django_capture_on_commit_callbacks
):
    from newsletter.models import Subscriber
    from tests.factories import PracticeCasePageFactory

    enquiry = Enquiry.objects.create(
        question="Mag dit?", email="lid@gemeente.example", answer="Ja."
    )
    link = f"/vraagbaak/{enquiry.token}/"
    assert client.get(link).status_code == 200
    Subscriber.objects.create(
        email="lid@gemeente.example", name="Lid Een", status="actief"
    )
    case = PracticeCasePageFactory(parent=site_tree.cases, contributor=member)
    case.save_revision(user=member, log_action=True)
    assert Revision.objects.filter(content__contributor=member.pk).exists()
    assert PageLogEntry.objects.filter(user_id=member.pk).exists()
    client.force_login(member, backend="community.auth.EmailBackend")
    exported = client.get("/account/gegevens.json").json()
    assert exported["newsletter"]["name"] == "Lid Een"
    assert exported["newsletter"]["status"] == "Actief"

    assert client.post("/account/verwijderen/", {"password": PASSWORD}).status_code
    assert not Subscriber.objects.filter(email__iexact="lid@gemeente.example")
    assert client.get(link).status_code == 404  # the private link is dead
    enquiry.refresh_from_db()
    assert (enquiry.question, enquiry.answer) == ("Mag dit?", "Ja.")
    assert not Revision.objects.filter(content__contributor=member.pk).exists()
    case.refresh_from_db()
    assert case.contributor is None
    assert not PageLogEntry.objects.filter(user_id=member.pk).exists()
    assert not Revision.objects.filter(user_id=member.pk).exists()


def test_the_delete_page_says_what_stays_and_why(client, site_tree, member):
    client.force_login(member, backend="community.auth.EmailBackend")
    html = client.get("/account/verwijderen/").content.decode()
    assert "Wat blijft" in html
    assert "Data-nieuwsbrief" in html


def test_one_member_never_reaches_another_members_data(
    client, site_tree, member, django_user_model
):
    other = django_user_model.objects.create_user(
        "lid-2", email="ander@gemeente.example", password=PASSWORD
    )
    MemberProfile.objects.create(user=other, name="Ander Lid")
    client.force_login(other, backend="community.auth.EmailBackend")
    data = json.loads(client.get("/account/gegevens.json").content)
    assert data["account"]["email"] == "ander@gemeente.example"
    assert "Lid Een" not in json.dumps(data)
    # There is no address with someone else's id in it to try.
    assert client.get(f"/account/gegevens.json?user={member.pk}").json()["account"][
        "email"
    ] == ("ander@gemeente.example")
    client.post("/account/verwijderen/", {"password": PASSWORD})
    assert get_user_model().objects.filter(pk=member.pk).exists()


def test_editors_delete_no_account_here(client, site_tree, django_user_model):
    editor = django_user_model.objects.create_user(
        "redacteur", email="red@x.example", password=PASSWORD
    )
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert (
        client.post("/account/verwijderen/", {"password": PASSWORD}).status_code == 403
    )
    assert get_user_model().objects.filter(pk=editor.pk).exists()


def test_export_and_delete_need_a_login(client, site_tree):
    for url in ("/account/gegevens.json", "/account/verwijderen/"):
        assert client.get(url)["Location"].startswith("/account/inloggen/")


def test_a_switched_off_editor_cannot_switch_back_on_by_registering(
    client, site_tree, django_user_model, mailoutbox, django_capture_on_commit_callbacks
):
    editor = django_user_model.objects.create_user(
        "redacteur", email="red@gemeente.example", password=PASSWORD, is_active=False
    )
    editor.groups.add(Group.objects.get(name="Editors"))
    with django_capture_on_commit_callbacks(execute=True):
        register(client, email="red@gemeente.example")
    [mail] = mailoutbox
    assert "al een account" in mail.subject  # no confirmation link
    # Even a link for that address (as if forged) neither opens nor changes it.
    link = registration_link("red@gemeente.example")
    assert "Dit account bestaat al" in confirm(client, link).content.decode()
    editor.refresh_from_db()
    assert not editor.is_active
    assert editor.check_password(PASSWORD)


def test_questions_of_interest_are_saved(client, site_tree, member):
    question = QuestionPageFactory(parent=site_tree.questions)
    client.force_login(member, backend="community.auth.EmailBackend")
    client.post("/account/", {"name": "Lid Een", "questions": [question.pk]})
    profile = MemberProfile.objects.get(user=member)
    assert list(profile.questions.all()) == [question]


def test_the_lockout_ignores_letter_case(client, site_tree, member):
    for name in (
        "Lid@gemeente.example",
        "LID@gemeente.example",
        "lid@Gemeente.example",
        "lid@GEMEENTE.example",
        "LiD@gemeente.example",
    ):
        client.post("/account/inloggen/", {"username": name, "password": "fout"})
    locked = client.post(
        "/account/inloggen/", {"username": "lid@gemeente.example", "password": PASSWORD}
    )
    assert locked.status_code == 429


def test_failed_logins_are_exported_and_deleted_with_the_account(
    client, site_tree, member
):
    client.post(
        "/account/inloggen/", {"username": "lid@gemeente.example", "password": "x"}
    )
    client.force_login(member, backend="community.auth.EmailBackend")
    data = client.get("/account/gegevens.json").json()
    assert data["failed_logins"][0]["failures"] == 1
    # Where the attempts came from is someone else's data, not the member's.
    assert "127.0.0.1" not in json.dumps(data)
    assert "ip_address" not in data["failed_logins"][0]
    client.post("/account/verwijderen/", {"password": PASSWORD})
    from axes.models import AccessAttempt

    assert not AccessAttempt.objects.filter(
        username__iexact="lid@gemeente.example"
    ).exists()


def test_reset_links_point_at_the_configured_site(
    client, site_tree, member, mailoutbox
):
    client.post(
        "/account/wachtwoord-vergeten/",
        {"email": "lid@gemeente.example"},
        HTTP_HOST="evil.example",
    )
    assert "evil.example" not in "".join(m.body for m in mailoutbox)


def test_the_export_covers_groups_meetups_and_shared_cases(client, site_tree, member):
    from community.models import EventRegistration, Membership
    from tests.factories import (
        CommunityGroupPageFactory,
        CommunityIndexPageFactory,
        EventIndexPageFactory,
        EventPageFactory,
        PracticeCasePageFactory,
    )

    community = CommunityIndexPageFactory(parent=site_tree.home)
    group = CommunityGroupPageFactory(parent=community, title="Kopgroep Ethiek")
    Membership.objects.create(
        group=group, user=member, status="aangevraagd", motivation="Graag!"
    )
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=community), title="Meetup"
    )
    EventRegistration.objects.create(event=event, user=member)
    PracticeCasePageFactory(
        parent=site_tree.cases, title="Onze sensoren", contributor=member
    )
    client.force_login(member, backend="community.auth.EmailBackend")
    data = client.get("/account/gegevens.json").json()
    assert data["groups"][0]["group"] == "Kopgroep Ethiek"
    assert data["groups"][0]["motivation"] == "Graag!"
    assert data["meetups"][0]["meetup"] == "Meetup"
    assert data["shared_cases"][0]["title"] == "Onze sensoren"
    assert data["shared_cases"][0]["published"] is True


def test_every_relation_to_a_member_is_in_the_export():
    """A new model pointing at the member must be added to the export (and
    decide what deleting the account does with it)."""
    exported = {
        "community.memberprofile": "profile",
        "community.enquiry": "vraagbaak",
        "community.membership": "groups",
        "community.eventregistration": "meetups",
        "knowledge.practicecasepage": "shared_cases",
    }
    ours = {"community", "knowledge", "trainings"}
    related = {
        relation.related_model._meta.label_lower
        for relation in get_user_model()._meta.related_objects
        if relation.related_model._meta.app_label in ours
    }
    assert related == set(exported)
