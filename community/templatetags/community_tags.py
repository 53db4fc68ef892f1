"""Meetups shown elsewhere: on the home page and the community page."""

from django import template
from django.utils import timezone

from community.models import EventIndexPage, EventPage
from community.models.events import upcoming

register = template.Library()


@register.inclusion_tag("community/events_block.html")
def upcoming_events(limit=3, heading="Bijeenkomsten"):
    events = EventPage.objects.live().public().select_related("group")
    return {
        "events": list(upcoming(events, timezone.now())[:limit]),
        "event_index": EventIndexPage.published(),
        "heading": heading,
        "heading_id": "bijeenkomsten",
    }
