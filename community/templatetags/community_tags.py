"""Meetups shown elsewhere: on the home page and the community page."""

from django import template
from django.utils import timezone

from community.models import EventIndexPage, EventPage
from community.models.events import upcoming
from core.page_cache import remember

register = template.Library()

# Kept beyond the few shown, so that meetups ending in the meantime can be
# dropped without a query.
SPARE = 5


@register.inclusion_tag("community/events_block.html")
def upcoming_events(limit=3, heading="Bijeenkomsten"):
    now = timezone.now()

    def coming():
        events = EventPage.objects.live().public().select_related("group")
        return list(upcoming(events, now)[: limit + SPARE])

    # The same for every visitor until the content changes, except that
    # meetups end: those are left out here.
    kept = remember("coming-events", str(limit), coming)
    events = [event for event in kept if event.end >= now]
    if len(events) < limit and len(kept) == limit + SPARE:
        # All the spare ones ended since: look again, and keep that.
        events = remember("coming-events", str(limit), coming, refresh=True)
    return {
        "events": events[:limit],
        "event_index": EventIndexPage.published(),
        "heading": heading,
        "heading_id": "bijeenkomsten",
    }
