"""Demo community from community/demo.py, for `load_demo_content`.

Pages are found by slug and members by e-mail address; only what is missing
is created. Meetup dates are offsets from today, so each load moves the demo
meetups along with today (with a new revision only when they actually
changed, i.e. at most once a day): the coming ones stay coming.
"""

import datetime
import uuid
from html import escape

from django.contrib.auth import get_user_model
from django.utils import timezone

from community.models import (
    CommunityGroupPage,
    CommunityIndexPage,
    EventIndexPage,
    EventPage,
    EventRegistration,
    MemberProfile,
    Membership,
)
from devtools.demo.community import data as demo
from knowledge.models import GovernmentLayer, QuestionPage


def rich_text(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def ensure_community(home, publish) -> tuple[CommunityIndexPage, int]:
    """/community/ with its groups, /community/bijeenkomsten/ and the meetups."""
    created = 0
    community = CommunityIndexPage.objects.child_of(home).first()
    if community is None:
        community = publish(
            home,
            CommunityIndexPage(
                title="Community",
                slug="community",
                intro=demo.INTRO,
                show_in_menus=True,
            ),
        )
        created += 1
    created += ensure_groups(community, publish)
    events = EventIndexPage.objects.child_of(community).first()
    if events is None:
        events = publish(
            community,
            EventIndexPage(
                title="Bijeenkomsten", slug="bijeenkomsten", intro=demo.EVENT_INTRO
            ),
        )
        created += 1
    created += ensure_events(community, events, publish)
    return community, created


def ensure_groups(community, publish) -> int:
    existing = set(
        CommunityGroupPage.objects.child_of(community).values_list("slug", flat=True)
    )
    questions = {page.slug: page for page in QuestionPage.objects.all()}
    created = 0
    for data in demo.GROUPS:
        if data["slug"] in existing:
            continue
        page = CommunityGroupPage(
            title=data["title"],
            slug=data["slug"],
            kind=data["kind"],
            summary=data["summary"],
            description=rich_text(data["description"]),
            join_policy=data["join_policy"],
        )
        page.questions = [questions[slug] for slug in data["questions"]]
        publish(community, page)
        created += 1
    return created


def event_times(data, today) -> tuple[datetime.datetime, datetime.datetime]:
    """The meetup's start and end, `days_from_now` days after today."""
    day = today + datetime.timedelta(days=data["days_from_now"])

    def at(time: str) -> datetime.datetime:
        return timezone.make_aware(
            datetime.datetime.combine(day, datetime.time.fromisoformat(time))
        )

    return at(data["start"]), at(data["end"])


def ensure_events(community, index, publish) -> int:
    """Create the missing demo meetups; move existing ones to today's dates."""
    today = timezone.localdate()
    groups = {
        page.slug: page for page in CommunityGroupPage.objects.child_of(community)
    }
    existing = {page.slug: page for page in EventPage.objects.child_of(index)}
    created = 0
    for data in demo.EVENTS:
        start, end = event_times(data, today)
        page = existing.get(data["slug"])
        if page is not None:
            if (page.start, page.end) != (start, end):
                page.start, page.end = start, end
                page.save_revision().publish()
            continue
        page = EventPage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            start=start,
            end=end,
            location=data["location"],
            online_url=data["online_url"],
            group=groups.get(data["group"]),
            description=rich_text(data["description"]),
            agenda=[
                {
                    "type": "item",
                    "value": {"time": time, "subject": subject, "speaker": speaker},
                }
                for time, subject, speaker in data["agenda"]
            ],
            registration=data["registration"],
            registration_url=data["registration_url"],
            capacity=data["capacity"],
            report=rich_text(data.get("report", [])),
            recording_url=data.get("recording_url", ""),
        )
        publish(index, page)
        created += 1
    return created


def ensure_members(password: str) -> int:
    """Create the missing demo members (active, with `password`), with their
    memberships and sign-ups; members that exist are left alone."""
    User = get_user_model()
    existing = set(
        User.objects.filter(
            email__in=[data["email"] for data in demo.MEMBERS]
        ).values_list("email", flat=True)
    )
    new = [data for data in demo.MEMBERS if data["email"] not in existing]
    if not new:
        return 0
    layers = {layer.slug: layer for layer in GovernmentLayer.objects.all()}
    questions = {page.slug: page for page in QuestionPage.objects.all()}
    groups = {page.slug: page for page in CommunityGroupPage.objects.all()}
    events = {page.slug: page for page in EventPage.objects.all()}
    for data in new:
        user = User.objects.create_user(
            username=f"lid-{uuid.uuid4().hex[:20]}",
            email=data["email"],
            password=password,
            first_name=data["name"][:150],
            is_active=True,
        )
        profile = MemberProfile(
            user=user,
            name=data["name"],
            organisation=data["organisation"],
            government_layer=layers.get(data["layer"]),
            role=data["role"],
            listed=data["listed"],
        )
        profile.questions = [questions[slug] for slug in data["questions"]]
        profile.save()
        for item in data["memberships"]:
            Membership.objects.create(
                group=groups[item["group"]],
                user=user,
                status=item.get("status", Membership.Status.ACTIVE),
                is_moderator=item.get("moderator", False),
                motivation=item.get("motivation", ""),
            )
        EventRegistration.objects.bulk_create(
            EventRegistration(event=events[slug], user=user)
            for slug in data["registrations"]
        )
    return len(new)
