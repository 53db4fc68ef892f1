"""iCalendar (RFC 5545) files: `<page url>agenda.ics` for every page that
offers one (a training, the training catalogue, later meetups).

Such a page has `calendar_events(request)`, returning `Event`s, and
`calendar_name`. Events are whole days unless they carry times.
"""

import datetime
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.encoding import iri_to_uri
from django.views.decorators.http import require_GET
from wagtail.models import Site

from core.mail import public_url


@dataclass(frozen=True)
class Event:
    uid: str
    start: datetime.date | datetime.datetime
    end: datetime.date | datetime.datetime  # the last day (inclusive) or end time
    summary: str
    description: str = ""
    location: str = ""
    url: str = ""
    cancelled: bool = False


# RFC 5545 TEXT allows no control characters but the tab; a line break inside
# a value must be escaped, and only DESCRIPTION may have one at all. Editors
# can type any of these into a title through the admin.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")


def one_line(value) -> str:
    """A single-line property (SUMMARY, LOCATION, UID, the calendar's name):
    line breaks and control characters become spaces, runs of space shrink."""
    return " ".join(_LINE_BREAK.sub(" ", _CONTROL.sub(" ", str(value))).split())


def multi_line(value) -> str:
    """DESCRIPTION: line breaks kept as plain newlines (the library escapes
    them), control characters dropped."""
    return _LINE_BREAK.sub("\n", _CONTROL.sub("", str(value))).strip()


def uri(value) -> str:
    """A URL property: no whitespace or control characters, non-ASCII
    percent-encoded."""
    return iri_to_uri("".join(one_line(value).split()))


def page_url(page) -> str:
    """A page's address on the configured site (WAGTAILADMIN_BASE_URL), as
    mail has it: never the Host of the request nor the Site's hostname."""
    return public_url(page)


def calendar_uid(name: str) -> str:
    """A UID that stays the same whichever address the calendar was fetched
    from: the name at the configured site's host."""
    return f"{name}@{urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname}"


def _utc(value):
    """A time in UTC ("…Z"), which needs no VTIMEZONE in the file; a day
    stays a day."""
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC)
    return value


def calendar_bytes(events, name: str) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Kenniscentrum Data//Portaal//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", one_line(name))
    stamp = timezone.now()
    for item in events:
        event = icalendar.Event()
        event.add("uid", one_line(item.uid))
        event.add("dtstamp", stamp)
        event.add("dtstart", _utc(item.start))
        if isinstance(item.end, datetime.datetime):
            event.add("dtend", _utc(item.end))
        else:  # all-day: DTEND is the day after the last day
            event.add("dtend", item.end + datetime.timedelta(days=1))
        event.add("summary", one_line(item.summary))
        if item.description:
            event.add("description", multi_line(item.description))
        if item.location:
            event.add("location", one_line(item.location))
        if item.url:
            event.add("url", uri(item.url))
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        calendar.add_component(event)
    return calendar.to_ical()


@require_GET
def page_calendar(request, page_path):
    """The .ics of the page at `page_path`, for pages that have one."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    components = [part for part in page_path.split("/") if part]
    page = site.root_page.specific.route(request, components).page.specific
    if not hasattr(page, "calendar_events"):
        raise Http404
    for restriction in page.get_view_restrictions():
        if not restriction.accept_request(request):
            raise Http404
    body = calendar_bytes(page.calendar_events(request), page.calendar_name)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{page.slug}.ics"'
    if request.user.is_authenticated:
        # It may carry what only this member may see (a meetup's join link).
        patch_cache_control(response, private=True)
        patch_vary_headers(response, ["Cookie"])
    return response
