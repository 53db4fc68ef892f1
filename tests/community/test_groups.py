"""Groups: join (open, or on request decided by a group moderator), leave
with one click; the member list is for members only and shows only those
who opted in."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from community.editorial import ensure_community_permissions
from community.group_views import MOTIVATION_MAX
from community.models import Membership
from core.editorial import EDITORS
from core.mail import MAILS_PER_ADDRESS
from tests.community.conftest import log_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clear_cache")]


def url(group, action=""):
    return group.url + action


@pytest.fixture
def moderator(community, make_member):
    """The moderator of the group one joins on request."""
    user = make_member("Mo Derator")
    Membership.objects.create(
        group=community.closed_group, user=user, is_moderator=True
    )
    return user


def test_an_anonymous_visitor_is_asked_to_log_in(client, community):
    group = community.open_group
    html = client.get(url(group)).content.decode()
    assert "Log in om lid te worden" in html
    assert 'id="leden"' not in html
    assert "csrfmiddlewaretoken" not in html  # no form, so no cookie
    response = client.post(url(group, "lid-worden/"))
    assert response.status_code == 302
    assert response["Location"].startswith("/account/inloggen/?next=/community/open/")
    assert not Membership.objects.exists()


def test_actions_are_posts_only(client, community, member):
    log_in(client, member)
    for action in ("lid-worden/", "verzoeken/1/"):
        assert client.get(url(community.open_group, action)).status_code == 405
    # Leaving asks first; not a member: nothing to confirm, back to the group.
    response = client.get(url(community.open_group, "verlaten/"))
    assert response.status_code == 302
    assert not Membership.objects.exists()


def test_leaving_asks_for_confirmation_first(client, community, member):
    group = community.open_group
    Membership.objects.create(group=group, user=member, is_moderator=True)
    anonymous = client.get(url(group, "verlaten/"))
    assert anonymous["Location"].startswith("/account/inloggen/?next=")
    log_in(client, member)
    page = client.get(url(group)).content.decode()
    assert f'href="{url(group, "verlaten/")}">Groep verlaten' in page
    confirm = client.get(url(group, "verlaten/"))
    html = confirm.content.decode()
    assert confirm.status_code == 200
    assert (
        "no-store" in confirm["Cache-Control"] or "no-cache" in confirm["Cache-Control"]
    )
    assert "Wil je Kopgroep Datagedreven werken verlaten?" in html
    assert "ook geen moderator" in html
    assert "Ja, verlaat de groep" in html and "Nee, terug naar" in html
    # Only asking changed nothing; the button does.
    assert Membership.objects.filter(user=member).exists()
    client.post(url(group, "verlaten/"))
    assert not Membership.objects.filter(user=member).exists()


def test_join_an_open_group_see_the_listed_members_and_leave(
    client, community, member, make_member
):
    group = community.open_group
    shown = make_member("Sanne Visser", listed=True, organisation="Provincie Utrecht")
    hidden = make_member("Niet Zichtbaar", listed=False)
    for user in (shown, hidden):
        Membership.objects.create(group=group, user=user)
    log_in(client, member)
    before = client.get(url(group)).content.decode()
    assert "Sanne Visser" not in before  # not a member yet: no list
    assert "Word lid" in before

    response = client.post(url(group, "lid-worden/"), follow=True)
    html = response.content.decode()
    assert "Je bent nu lid van Kopgroep Datagedreven werken." in html
    membership = Membership.objects.get(user=member)
    assert membership.is_active and membership.joined_at is not None
    assert "Sanne Visser" in html and "Provincie Utrecht" in html
    assert "Niet Zichtbaar" not in html
    assert "Lid Een" not in html  # opted out (the default) of member lists
    assert "3 leden" in html

    response = client.post(url(group, "verlaten/"), follow=True)
    assert "Je bent geen lid meer van" in response.content.decode()
    assert not Membership.objects.filter(user=member).exists()
    assert "Sanne Visser" not in client.get(url(group)).content.decode()


def test_joining_twice_changes_nothing(client, community, member):
    log_in(client, member)
    client.post(url(community.open_group, "lid-worden/"))
    client.post(url(community.open_group, "lid-worden/"))
    assert Membership.objects.filter(user=member).count() == 1


def test_a_request_is_decided_by_a_moderator(
    client,
    community,
    member,
    moderator,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    group = community.closed_group
    log_in(client, member)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url(group, "lid-worden/"), {"motivation": "Ik werk aan <b>ethiek</b>."}
        )
    request = Membership.objects.get(user=member)
    assert request.status == Membership.Status.REQUESTED
    assert request.joined_at is None
    [mail] = mailoutbox
    assert mail.to == [moderator.email]
    assert "Lid Een vraagt om lid te worden van Kopgroep Ethiek" in mail.body
    assert "/community/ethiek/#verzoeken" in mail.body
    html = client.get(url(group)).content.decode()
    assert "Verzoek intrekken" in html
    assert 'id="leden"' not in html  # a request is not a membership

    moderating = Client()
    log_in(moderating, moderator)
    html = moderating.get(url(group)).content.decode()
    assert "Ik werk aan &lt;b&gt;ethiek&lt;/b&gt;." in html  # escaped
    with django_capture_on_commit_callbacks(execute=True):
        response = moderating.post(
            url(group, f"verzoeken/{request.pk}/"), {"besluit": "toelaten"}, follow=True
        )
    assert "Lid Een is nu lid van de groep." in response.content.decode()
    request.refresh_from_db()
    assert request.is_active and request.joined_at is not None
    assert mailoutbox[-1].to == [member.email]
    assert "Welkom bij Kopgroep Ethiek" in mailoutbox[-1].subject

    # A second decision on the same request (another moderator, a resent
    # form) changes nothing.
    response = moderating.post(
        url(group, f"verzoeken/{request.pk}/"), {"besluit": "afwijzen"}, follow=True
    )
    assert "Over dit verzoek is al beslist." in response.content.decode()
    assert Membership.objects.filter(pk=request.pk, status="lid").exists()


def test_a_declined_request_is_removed_and_told(
    client,
    community,
    member,
    moderator,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    group = community.closed_group
    request = Membership.objects.create(group=group, user=member, status="aangevraagd")
    log_in(client, moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url(group, f"verzoeken/{request.pk}/"), {"besluit": "afwijzen"})
    assert not Membership.objects.filter(pk=request.pk).exists()
    assert mailoutbox[-1].to == [member.email]
    assert "niet goedgekeurd" in mailoutbox[-1].body


def test_only_the_groups_own_moderators_decide_here(
    client, community, member, make_member, django_user_model
):
    group = community.closed_group
    request = Membership.objects.create(
        group=group, user=member, status="aangevraagd", motivation="Mijn reden"
    )
    ordinary = make_member("Gewoon Lid")
    Membership.objects.create(group=group, user=ordinary)
    # A moderator of another group is nobody here.
    elsewhere = make_member("Andere Moderator")
    Membership.objects.create(
        group=community.open_group, user=elsewhere, is_moderator=True
    )
    # Nor are editors, whatever their permissions: the public site grants no
    # power through admin permissions (they decide in the admin, after the
    # second factor). Not even an administrator.
    ensure_community_permissions()
    editor = django_user_model.objects.create_user("redacteur", email="r@x.example")
    editor.groups.add(Group.objects.get(name=EDITORS))
    assert editor.has_perm("community.change_membership")
    admin = django_user_model.objects.create_superuser("beheer", "b@x.example")
    for user in (ordinary, elsewhere, editor, admin):
        other = Client()
        other.force_login(user)
        html = other.get(url(group)).content.decode()
        assert "Verzoeken om lid te worden" not in html
        assert "Mijn reden" not in html
        response = other.post(
            url(group, f"verzoeken/{request.pk}/"), {"besluit": "toelaten"}
        )
        assert response.status_code == 403, user
        assert "Geen toegang" in response.content.decode()
    request.refresh_from_db()
    assert request.status == Membership.Status.REQUESTED


def test_editors_decide_in_the_admin_and_the_asker_hears_of_it(
    community,
    member,
    make_member,
    django_user_model,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    ensure_community_permissions()
    editor = django_user_model.objects.create_user("redacteur", email="r@x.example")
    editor.groups.add(Group.objects.get(name=EDITORS))
    editing = Client()
    editing.force_login(editor)
    group = community.closed_group
    admitted = Membership.objects.create(group=group, user=member, status="aangevraagd")
    edit = f"/admin/snippets/community/membership/edit/{admitted.pk}/"
    form = {"group": group.pk, "user": member.pk, "status": "lid"}
    with django_capture_on_commit_callbacks(execute=True):
        assert editing.post(edit, form).status_code == 302
    admitted.refresh_from_db()
    assert admitted.is_active and admitted.joined_at
    assert mailoutbox[-1].to == [member.email]
    assert "goedgekeurd" in mailoutbox[-1].body
    assert "niet goedgekeurd" not in mailoutbox[-1].body
    # Saving an existing membership again mails nobody.
    with django_capture_on_commit_callbacks(execute=True):
        editing.post(edit, {**form, "is_moderator": "on"})
    assert len(mailoutbox) == 1

    other = make_member("Ander Lid")
    declined = Membership.objects.create(group=group, user=other, status="aangevraagd")
    delete = f"/admin/snippets/community/membership/delete/{declined.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        assert editing.post(delete).status_code == 302
    assert not Membership.objects.filter(pk=declined.pk).exists()
    assert mailoutbox[-1].to == [other.email]
    assert "niet goedgekeurd" in mailoutbox[-1].body


def test_where_two_factor_login_is_required_editors_need_it_to_decide(
    community, member, django_user_model, settings
):
    settings.TWO_FACTOR_REQUIRED = True
    ensure_community_permissions()
    editor = django_user_model.objects.create_user("redacteur", email="r@x.example")
    editor.groups.add(Group.objects.get(name=EDITORS))
    editing = Client()
    editing.force_login(editor)  # the password only
    request = Membership.objects.create(
        group=community.closed_group, user=member, status="aangevraagd"
    )
    edit = f"/admin/snippets/community/membership/edit/{request.pk}/"
    answer = editing.post(
        edit, {"group": request.group_id, "user": member.pk, "status": "lid"}
    )
    assert answer["Location"].startswith("/admin/2fa/instellen/")
    assert "Verzoeken" not in editing.get(url(community.closed_group)).content.decode()
    request.refresh_from_db()
    assert request.status == Membership.Status.REQUESTED


def test_a_moderator_cannot_decide_on_another_groups_request_through_theirs(
    client, community, member, make_member
):
    moderator = make_member("Mo Derator")
    Membership.objects.create(
        group=community.open_group, user=moderator, is_moderator=True
    )
    request = Membership.objects.create(
        group=community.closed_group, user=member, status="aangevraagd"
    )
    log_in(client, moderator)
    client.post(
        url(community.open_group, f"verzoeken/{request.pk}/"), {"besluit": "toelaten"}
    )
    request.refresh_from_db()
    assert request.status == Membership.Status.REQUESTED


def test_a_tampered_decision_changes_nothing(client, community, member, moderator):
    group = community.closed_group
    request = Membership.objects.create(group=group, user=member, status="aangevraagd")
    log_in(client, moderator)
    for decision in ("", "ja", "<script>"):
        response = client.post(
            url(group, f"verzoeken/{request.pk}/"), {"besluit": decision}
        )
        assert response.status_code == 302
    assert client.post(url(group, "verzoeken/99999/")).status_code == 302
    request.refresh_from_db()
    assert request.status == Membership.Status.REQUESTED


def test_a_too_long_motivation_is_explained_and_kept(client, community, member):
    log_in(client, member)
    text = "x" * (MOTIVATION_MAX + 1)
    response = client.post(
        url(community.closed_group, "lid-worden/"), {"motivation": text}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Je toelichting is te lang" in html
    assert text in html
    assert "<title>Fout:" in html
    assert not Membership.objects.exists()


def test_requests_mail_a_moderator_only_a_few_times_a_day(
    client,
    community,
    member,
    moderator,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    group = community.closed_group
    log_in(client, member)
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(6):
            client.post(url(group, "lid-worden/"))
            client.post(url(group, "verlaten/"))
    assert len(mailoutbox) == MAILS_PER_ADDRESS


def test_group_actions_need_the_csrf_token(community, member):
    client = Client(enforce_csrf_checks=True)
    log_in(client, member)
    assert client.post(url(community.open_group, "lid-worden/")).status_code == 403
    assert not Membership.objects.exists()


def test_the_community_page_lists_groups_with_member_counts(
    client, community, make_member
):
    Membership.objects.create(group=community.open_group, user=make_member("A"))
    Membership.objects.create(
        group=community.closed_group, user=make_member("B"), status="aangevraagd"
    )
    html = client.get("/community/").content.decode()
    assert "Kopgroep Datagedreven werken" in html and "Kopgroep Ethiek" in html
    assert "1 lid" in html and "0 leden" in html
    assert "Lid worden op aanvraag" in html
    assert "/praktijkvoorbeelden/delen/" in html and "/vraagbaak/" in html


def test_deleting_an_account_removes_its_memberships(client, community, member):
    Membership.objects.create(group=community.open_group, user=member)
    log_in(client, member)
    client.post("/account/verwijderen/", {"password": "een lange zin als wachtwoord"})
    assert not Membership.objects.exists()


def test_odd_motivations_are_refused_clearly(client, community, member):
    log_in(client, member)
    response = client.post(
        url(community.closed_group, "lid-worden/"), {"motivation": "a\x00b"}
    )
    assert response.status_code == 400
    assert "niet is toegestaan" in response.content.decode()
    assert not Membership.objects.exists()


def test_a_pending_request_marked_moderator_decides_nothing(
    client, community, member, make_member
):
    group = community.closed_group
    pending = make_member("Nog Niet Lid")
    Membership.objects.create(
        group=group, user=pending, status="aangevraagd", is_moderator=True
    )
    request = Membership.objects.create(group=group, user=member, status="aangevraagd")
    log_in(client, pending)
    response = client.post(
        url(group, f"verzoeken/{request.pk}/"), {"besluit": "toelaten"}
    )
    assert response.status_code == 403
    request.refresh_from_db()
    assert request.status == Membership.Status.REQUESTED


def test_members_views_are_kept_out_of_caches(client, community, member):
    anonymous = client.get(url(community.open_group))
    assert "private" not in anonymous.get("Cache-Control", "")
    Membership.objects.create(group=community.open_group, user=member)
    log_in(client, member)
    personal = client.get(url(community.open_group))
    assert "private" in personal["Cache-Control"]
    assert "no-store" in personal["Cache-Control"]


def test_an_unpublished_group_is_not_named_with_its_meetups(client, community):
    from tests.factories import EventPageFactory

    event = EventPageFactory(parent=community.events, group=community.open_group)
    assert "Kopgroep Datagedreven werken" in client.get(event.url).content.decode()
    community.open_group.unpublish()
    for page in ("/community/bijeenkomsten/", event.url, "/"):
        html = client.get(page).content.decode()
        assert "Kopgroep Datagedreven werken" not in html, page


def test_deleting_an_account_clears_the_admins_history_of_it(
    client, community, member, admin_user
):
    from wagtail.models import ModelLogEntry

    membership = Membership.objects.create(group=community.open_group, user=member)
    admin = Client()
    admin.force_login(admin_user)
    edit_url = f"/admin/snippets/community/membership/edit/{membership.pk}/"
    response = admin.post(
        edit_url,
        {
            "group": community.open_group.pk,
            "user": member.pk,
            "status": "lid",
            "is_moderator": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ModelLogEntry.objects.filter(label__contains="Lid Een").exists()
    log_in(client, member)
    client.post("/account/verwijderen/", {"password": "een lange zin als wachtwoord"})
    assert not ModelLogEntry.objects.filter(label__contains="Lid Een").exists()
