"""schema.org Event JSON-LD for a meetup page.

What anyone may see only: where it is (a Place, and for an online meetup a
VirtualLocation whose URL is the meetup's page, never the link to join,
which is for members who signed up), who organises it (its group when that
page is visible, else the Kenniscentrum), and how to take part.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.utils.safestring import SafeString

from community.models.events import Registration
from core.mail import public_url
from core.pages import visible
from core.structured_data import iso, json_ld_script

SCHEMA = "https://schema.org/"


def attendance_mode(page) -> str:
    if page.location and page.online_url:
        return f"{SCHEMA}MixedEventAttendanceMode"
    if page.online_url:
        return f"{SCHEMA}OnlineEventAttendanceMode"
    return f"{SCHEMA}OfflineEventAttendanceMode"


def locations(page, url: str) -> list[dict]:
    found = []
    if page.location:
        # One field holds the building and the town: a Place with a text address.
        found.append(
            {"@type": "Place", "name": page.location, "address": page.location}
        )
    if page.online_url:
        found.append({"@type": "VirtualLocation", "url": url})
    return found


def organizer(page, request, url: str) -> dict:
    groups = visible([page.group]) if page.group_id else []
    if groups:
        return {
            "@type": "Organization",
            "name": groups[0].title,
            "url": public_url(groups[0], request),
        }
    # The portal itself organises a meetup that no visible group does.
    return {
        "@type": "Organization",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": urljoin(url, "/"),
    }


def offer(page, url: str, context: dict) -> dict | None:
    """How to take part in a coming meetup: signing up here (free, while
    there are seats) or at the organiser's; nothing when no sign-up is
    needed or the meetup is over."""
    if page.is_past:
        return None
    if page.registration == Registration.PORTAL:
        return {
            "@type": "Offer",
            "url": f"{url}#aanmelden",
            "price": "0",
            "priceCurrency": "EUR",
            "availability": f"{SCHEMA}SoldOut"
            if context.get("full")
            else f"{SCHEMA}InStock",
        }
    if page.registration == Registration.EXTERNAL and page.registration_url:
        return {"@type": "Offer", "url": page.registration_url}
    return None


def event_data(page, request, context: dict) -> dict:
    """The meetup as an Event. Its status is always "scheduled": a meetup
    that will not take place is unpublished rather than marked cancelled.
    Free when one signs up here or need not; what the organiser of a
    meetup elsewhere asks is not known here, so then it says nothing."""
    url = public_url(page, request)
    return {
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": url,
        "startDate": iso(page.start),
        "endDate": iso(page.end),
        "eventStatus": f"{SCHEMA}EventScheduled",
        "eventAttendanceMode": attendance_mode(page),
        "location": locations(page, url),
        "organizer": organizer(page, request, url),
        "inLanguage": "nl",
        "isAccessibleForFree": True
        if page.registration != Registration.EXTERNAL
        else None,
        "offers": offer(page, url, context),
    }


def event_json_ld(page, request, context: dict) -> SafeString:
    return json_ld_script(event_data(page, request, context))
