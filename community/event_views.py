"""Signing up for a meetup in the portal, and cancelling.

Both are POSTs with Django's CSRF token to sub-URLs of the meetup page; the
capacity is checked with the meetup's row locked, so two members taking the
last seat at once cannot both get it.
"""

from django.contrib import messages
from django.db import IntegrityError, transaction

from community.models import EventPage, EventRegistration, Registration
from community.page_actions import back_to, refuse_unless_member_post
from core.mail import may_mail, send_after_commit, site_url


def event_context(event, request) -> dict:
    saved = event.pk is not None  # a preview of a new meetup is not
    count = (
        event.registered_count()
        if saved and event.registration == Registration.PORTAL
        else 0
    )
    registered = (
        saved
        and request.user.is_authenticated
        and event.registrations.filter(user=request.user).exists()
    )
    full = event.capacity is not None and count >= event.capacity
    return {
        "registered": registered,
        "registered_count": count,
        "seats_left": (
            None if event.capacity is None else max(event.capacity - count, 0)
        ),
        "full": full,
        # The online link: for everyone, unless signing up here is needed.
        "show_online_url": bool(event.online_url)
        and (event.registration != Registration.PORTAL or registered),
    }


def _refuse(request, event, message, status):
    response = event.serve(request)
    response.context_data["sign_up_error"] = message
    response.status_code = status
    return response


def sign_up(request, event):
    refused = refuse_unless_member_post(request, event)
    if refused:
        return refused
    if event.registration != Registration.PORTAL:
        return _refuse(
            request, event, "Voor deze bijeenkomst meld je je hier niet aan.", 400
        )
    if event.is_past:
        return _refuse(request, event, "Deze bijeenkomst is al voorbij.", 400)
    with transaction.atomic():
        # Lock the meetup's row: the count and the insert go together.
        locked = EventPage.objects.select_for_update().get(pk=event.pk)
        if locked.registrations.filter(user=request.user).exists():
            return back_to(event, "#aanmelden")
        if locked.capacity is not None and locked.registrations.count() >= (
            locked.capacity
        ):
            full = True
        else:
            full = False
            try:
                with transaction.atomic():
                    EventRegistration.objects.create(event=locked, user=request.user)
            except IntegrityError:  # signed up in another tab just now
                return back_to(event, "#aanmelden")
            if request.user.email and may_mail(f"event-{event.pk}", request.user.email):
                send_after_commit(
                    "community/email/event_registered",
                    {
                        "event": event,
                        "event_url": site_url(event.url),
                        "calendar_url": site_url(event.url + "agenda.ics"),
                    },
                    to=request.user.email,
                )
    if full:
        return _refuse(
            request,
            event,
            "Deze bijeenkomst is vol. Je bent niet aangemeld.",
            409,
        )
    messages.success(request, f"Je bent aangemeld voor {event.title}.")
    return back_to(event, "#aanmelden")


def cancel(request, event):
    refused = refuse_unless_member_post(request, event)
    if refused:
        return refused
    deleted, _ = EventRegistration.objects.filter(
        event=event, user=request.user
    ).delete()
    if deleted:
        messages.success(request, f"Je bent afgemeld voor {event.title}.")
    return back_to(event, "#aanmelden")
