"""Calendar files (.ics) stay valid RFC 5545 whatever text editors typed."""

import datetime

import icalendar
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st

from core.calendar import Event, calendar_bytes

START = timezone.make_aware(datetime.datetime(2026, 12, 7, 13, 30))
texts = st.text(max_size=200)


@settings(max_examples=150, deadline=None)
@given(
    summary=texts,
    description=texts,
    location=texts,
    name=texts,
    path=texts,
)
def test_any_text_gives_a_valid_calendar(summary, description, location, name, path):
    event = Event(
        uid=f"bijeenkomst-1@{summary[:20]}",
        start=START,
        end=START + datetime.timedelta(hours=2),
        summary=summary,
        description=description,
        location=location,
        url=f"https://kenniscentrum.example/{path}",
    )
    body = calendar_bytes([event], name)
    text = body.decode()
    # Only CRLF ends a line; no other control character appears at all.
    assert not any(
        ord(char) < 32 and char not in "\r\n\t" or char in "\x7f\u2028\u2029\x85"
        for char in text
    )
    assert all(line.endswith("\r") for line in text.split("\n")[:-1])
    [parsed] = icalendar.Calendar.from_ical(body).walk("VEVENT")
    assert "\n" not in str(parsed["SUMMARY"])
    assert " ".join(summary.split()) == str(parsed["SUMMARY"]) or not all(
        char.isprintable() or char.isspace() for char in summary
    )
