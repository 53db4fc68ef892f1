"""iCalendar (RFC 5545) files: `<page url>agenda.ics` for every page that
offers one (a training, the training catalogue, later meetups).

Such a page has `calendar_events(request)`, returning `Event`s, and
`calendar_name`. Events are whole days unless they carry times.
"""

import datetime
from dataclasses import dataclass

import icalendar
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET
from wagtail.models import Site


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


def calendar_bytes(events, name: str) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Kenniscentrum Data//Portaal//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", str(name))
    stamp = timezone.now()
    for item in events:
        event = icalendar.Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.start)
        if isinstance(item.end, datetime.datetime):
            event.add("dtend", item.end)
        else:  # all-day: DTEND is the day after the last day
            event.add("dtend", item.end + datetime.timedelta(days=1))
        event.add("summary", item.summary)
        if item.description:
            event.add("description", item.description)
        if item.location:
            event.add("location", item.location)
        if item.url:
            event.add("url", item.url)
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
    return response
