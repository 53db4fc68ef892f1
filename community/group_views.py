"""Joining and leaving a group, and moderators deciding on requests.

Each action is a POST with Django's CSRF token to a sub-URL of the group page
(see CommunityGroupPage); after it, the visitor lands back on the group page
with a message saying what happened.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError, transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers

from community.models import Membership, member_name
from community.page_actions import back_to, refuse_unless_member_post
from core.mail import may_mail, send_after_commit, site_url

MOTIVATION_MAX = 1000


class JoinForm(forms.Form):
    motivation = forms.CharField(
        max_length=MOTIVATION_MAX,
        required=False,
        error_messages={
            "max_length": f"Je toelichting is te lang: maximaal {MOTIVATION_MAX} "
            "tekens.",
            "null_characters_not_allowed": "Je toelichting bevat een teken dat "
            "niet is toegestaan.",
        },
    )


def group_context(group, request) -> dict:
    """What the group page shows this visitor: their membership and, for
    members, the members who opted in; for moderators, the open requests."""
    if group.pk is None:  # the preview of a group not saved yet
        return {"membership": None, "member_count": 0, "upcoming_events": []}
    user = request.user
    membership = group.membership_of(user)
    context = {
        "membership": membership,
        "member_count": group.memberships.filter(
            status=Membership.Status.ACTIVE
        ).count(),
        "upcoming_events": _upcoming_events(group),
        "motivation_max": MOTIVATION_MAX,
    }
    if membership is not None and membership.is_active:
        context["members"] = [
            {
                "name": m.user.member_profile.name,
                "organisation": m.user.member_profile.organisation,
                "role": m.user.member_profile.role,
                "is_moderator": m.is_moderator,
            }
            for m in group.memberships.filter(
                status=Membership.Status.ACTIVE, user__member_profile__listed=True
            )
            .select_related("user__member_profile")
            .order_by("user__member_profile__name")
        ]
    if group.can_moderate(user, membership):
        context["can_moderate"] = True
        requests = list(
            group.memberships.filter(status=Membership.Status.REQUESTED)
            .select_related("user__member_profile")
            .order_by("created_at")
        )
        for request_ in requests:
            request_.display_name = member_name(request_.user)
            request_.organisation = getattr(
                getattr(request_.user, "member_profile", None), "organisation", ""
            )
        context["requests"] = requests
    return context


def _upcoming_events(group):
    from community.models.events import EventPage, upcoming

    events = EventPage.objects.live().public().filter(group=group)
    return list(upcoming(events.select_related("group"))[:5])


def join(request, group):
    refused = refuse_unless_member_post(request, group)
    if refused:
        return refused
    form = JoinForm(request.POST)
    if not form.is_valid():
        response = group.serve(request)  # the page with the error beside the field
        response.context_data.update(
            {
                "motivation": request.POST.get("motivation", ""),
                "motivation_error": " ".join(form.errors["motivation"]),
            }
        )
        response.status_code = 400
        return response
    motivation = form.cleaned_data["motivation"]
    status = Membership.Status.ACTIVE if group.is_open else Membership.Status.REQUESTED
    try:
        with transaction.atomic():
            membership = Membership.objects.create(
                group=group,
                user=request.user,
                status=status,
                motivation="" if group.is_open else motivation,
            )
    except IntegrityError:  # already a member or already asked: nothing changes
        return back_to(group, "#lidmaatschap")
    if membership.is_active:
        messages.success(request, f"Je bent nu lid van {group.title}.")
    else:
        messages.success(
            request,
            "Je verzoek is verstuurd. Een moderator van de groep beslist erover; "
            "je krijgt bericht per e-mail.",
        )
        _mail_moderators(request, group, membership)
    return back_to(group, "#lidmaatschap")


def _mail_moderators(request, group, membership):
    moderators = Membership.objects.filter(
        group=group, status=Membership.Status.ACTIVE, is_moderator=True
    ).select_related("user")
    for moderator in moderators:
        address = moderator.user.email
        # A member who asks, leaves and asks again cannot flood a moderator.
        if address and may_mail(f"group-request-{group.pk}", address):
            send_after_commit(
                "community/email/group_request",
                {
                    "group": group.title,
                    "name": member_name(request.user),
                    "motivation": membership.motivation,
                    "group_url": site_url(group.url),
                },
                to=address,
            )


def leave(request, group):
    """GET asks to confirm (a page of its own, no JavaScript needed); the
    POST from there leaves the group or withdraws the request."""
    if request.method in ("GET", "HEAD"):
        if not request.user.is_authenticated:
            return redirect_to_login(group.url + "verlaten/")
        membership = group.membership_of(request.user)
        if membership is None:
            return back_to(group, "#lidmaatschap")
        response = TemplateResponse(
            request,
            "community/group_leave.html",
            {"page": group, "self": group, "membership": membership},
        )
        add_never_cache_headers(response)
        return response
    refused = refuse_unless_member_post(request, group)
    if refused:
        return refused
    deleted, _ = Membership.objects.filter(group=group, user=request.user).delete()
    if deleted:
        messages.success(request, f"Je bent geen lid meer van {group.title}.")
    return back_to(group, "#lidmaatschap")


def decide(request, group, membership_id):
    """A moderator admits (`besluit=toelaten`) or declines a request."""
    refused = refuse_unless_member_post(request, group)
    if refused:
        return refused
    own = group.membership_of(request.user)
    if not group.can_moderate(request.user, own):
        return TemplateResponse(
            request, "community/group_forbidden.html", {"page": group}, status=403
        )
    membership = (
        Membership.objects.filter(
            pk=membership_id, group=group, status=Membership.Status.REQUESTED
        )
        .select_related("user__member_profile")
        .first()
    )
    decision = request.POST.get("besluit")
    if membership is None or decision not in {"toelaten", "afwijzen"}:
        # Already decided (by another moderator) or a tampered form.
        messages.info(request, "Over dit verzoek is al beslist.")
        return back_to(group, "#verzoeken")
    name = member_name(membership.user)
    admitted = decision == "toelaten"
    with transaction.atomic():
        if admitted:
            membership.status = Membership.Status.ACTIVE
            membership.joined_at = timezone.now()
            membership.save(update_fields=["status", "joined_at"])
        else:
            membership.delete()
        tell_decision(membership, admitted)
    if admitted:
        messages.success(request, f"{name} is nu lid van de groep.")
    else:
        messages.success(request, f"Het verzoek van {name} is afgewezen.")
    return back_to(group, "#verzoeken")


def tell_decision(membership, admitted: bool) -> None:
    """Mail the asker the decision on their request (once the transaction
    commits), whether a moderator took it here or an editor in the admin."""
    address = membership.user.email
    group = membership.group
    if address and may_mail(f"group-decision-{group.pk}", address):
        send_after_commit(
            "community/email/group_decision",
            {
                "group": group.title,
                "name": member_name(membership.user),
                "admitted": admitted,
                "group_url": site_url(group.url),
            },
            to=address,
        )
