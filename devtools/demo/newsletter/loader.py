"""Demo Data-nieuwsbrief from newsletter/demo.py, for `load_demo_content`.

Pages are found by slug and subscribers by e-mail address; only what is
missing is created. An issue's date (and so its slug) follows the day of
loading, so a demo issue also counts as present when an issue with its intro
exists: a load in a later month adds no new pair of issues.
"""

import calendar
import datetime

from django.utils import timezone

from devtools.demo.newsletter import data as demo
from knowledge.models import GovernmentLayer, QuestionPage
from newsletter.models import (
    CONSENT_VERSION,
    NewsletterIndexPage,
    NewsletterIssuePage,
    Subscriber,
)

SENT_AT = datetime.time(8, 0)  # issues "went out" at 08:00 local time


def ensure_newsletter(home, publish) -> NewsletterIndexPage:
    """/nieuwsbrief/ with the two demo issues."""
    index = NewsletterIndexPage.objects.child_of(home).first()
    if index is None:
        index = publish(
            home,
            NewsletterIndexPage(
                title="Data-nieuwsbrief",
                slug="nieuwsbrief",
                intro=demo.INTRO,
                show_in_menus=True,
            ),
        )
    ensure_issues(index, publish)
    return index


def issue_date(today: datetime.date, months_ago: int) -> datetime.date:
    """The same day `months_ago` months back (or that month's last day)."""
    year, month = divmod(today.year * 12 + today.month - 1 - months_ago, 12)
    month += 1
    day = min(today.day, calendar.monthrange(year, month)[1])
    return datetime.date(year, month, day)


def ensure_issues(index, publish) -> None:
    existing = NewsletterIssuePage.objects.child_of(index)
    slugs = set(existing.values_list("slug", flat=True))
    intros = set(existing.values_list("intro", flat=True))
    today = timezone.localdate()
    for data in demo.ISSUES:
        date = issue_date(today, data["months_ago"])
        month = f"{demo.MONTHS[date.month - 1]} {date.year}"
        slug = month.replace(" ", "-")
        if slug in slugs or data["intro"] in intros:
            continue
        page = NewsletterIssuePage(
            title=f"Data-nieuwsbrief {month}",
            slug=slug,
            issue_date=date,
            intro=data["intro"],
            sections=[
                {"type": "section", "value": {"kind": kind, "entries": entries}}
                for kind, entries in data["sections"]
            ],
        )
        sent = timezone.make_aware(datetime.datetime.combine(date, SENT_AT))
        publish(index, page, sent)


def ensure_subscribers() -> int:
    """Create the missing demo subscribers; existing ones are left alone."""
    existing = set(
        Subscriber.objects.filter(
            email__in=[data["email"] for data in demo.SUBSCRIBERS]
        ).values_list("email", flat=True)
    )
    new = [data for data in demo.SUBSCRIBERS if data["email"] not in existing]
    if not new:
        return 0
    layers = {layer.slug: layer for layer in GovernmentLayer.objects.all()}
    questions = {page.slug: page for page in QuestionPage.objects.all()}
    now = timezone.now()
    for data in new:
        consented = now - datetime.timedelta(days=data["consented_days_ago"])
        pending = data["status"] == Subscriber.Status.PENDING
        subscriber = Subscriber.objects.create(
            email=data["email"],
            name=data["name"],
            government_layer=layers.get(data["layer"]),
            status=data["status"],
            consented_at=consented,
            consent_version=CONSENT_VERSION,
            consent_form=data["form"],
            confirmed_at=None if pending else consented + datetime.timedelta(minutes=4),
        )
        subscriber.questions.set([questions[slug] for slug in data["questions"]])
    return len(new)
