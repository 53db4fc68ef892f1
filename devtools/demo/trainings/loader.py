"""Demo trainings from trainings/demo.py, for `load_demo_content`.

Run dates are offsets from today, so the demo never goes stale: each load
moves the runs of the demo trainings to today's dates (with a new revision
only when they actually changed, i.e. at most once a day).
"""

import datetime
from decimal import Decimal
from html import escape

from django.utils import timezone

from devtools.demo.knowledge import ensure_organisations
from devtools.demo.trainings import data as demo
from knowledge.models import GovernmentLayer, Organisation, QuestionPage
from trainings.models import (
    Audience,
    TrainingIndexPage,
    TrainingPage,
    TrainingRun,
    TrainingSession,
)

INTRO = (
    "Welke opleidingen helpen je verder met verantwoord datagebruik? Filter op "
    "vraag, niveau, vorm, kosten en doelgroep, of kijk wat binnenkort start."
)


def ensure_catalogue(home, publish) -> TrainingIndexPage:
    index = TrainingIndexPage.objects.child_of(home).first()
    if index is None:
        index = publish(
            home,
            TrainingIndexPage(
                title="Opleidingen", slug="opleidingen", intro=INTRO, show_in_menus=True
            ),
        )
    return index


def demo_runs(data, today) -> list[TrainingRun]:
    runs = []
    for item in data["runs"]:
        start = today + datetime.timedelta(days=item["start"])
        run = TrainingRun(
            start=start,
            end=start + datetime.timedelta(days=item["days"] - 1),
            location=item["location"],
            online=item["online"],
            status=item["status"],
        )
        run.sessions = [
            TrainingSession(
                date=start + datetime.timedelta(days=day),
                start_time=datetime.time.fromisoformat(begins),
                end_time=datetime.time.fromisoformat(ends),
            )
            for day, begins, ends in item.get("sessions", [])
        ]
        runs.append(run)
    return runs


def run_key(runs):
    return [
        (
            r.start,
            r.end,
            r.location,
            r.online,
            r.status,
            [(s.date, s.start_time, s.end_time) for s in r.session_list],
        )
        for r in runs
    ]


def ensure_trainings(index, publish) -> int:
    """Create the missing demo trainings; move existing ones' runs to today."""
    today = timezone.localdate()
    layers = {layer.slug: layer for layer in GovernmentLayer.objects.all()}
    created = ensure_organisations(demo.PROVIDERS)
    orgs = {org.slug: org for org in Organisation.objects.all()}
    questions = {page.slug: page for page in QuestionPage.objects.all()}
    audiences = {audience.slug: audience for audience in Audience.objects.all()}
    existing = {
        page.slug: page
        for page in TrainingPage.objects.child_of(index).prefetch_related(
            "runs__sessions"
        )
    }
    for data in demo.TRAININGS:
        runs = demo_runs(data, today)
        page = existing.get(data["slug"])
        if page is not None:
            if run_key(sorted(page.runs.all(), key=lambda r: r.sort_order or 0)) != (
                run_key(runs)
            ):
                page.runs = runs
                page.save_revision().publish()
            continue
        page = TrainingPage(
            title=data["title"],
            slug=data["slug"],
            provider=orgs.get(data["provider"]),
            summary=data["summary"],
            description="".join(f"<p>{escape(p)}</p>" for p in data["description"]),
            level=data["level"],
            format=data["format"],
            workload_hours=data["workload_hours"],
            duration=data["duration"],
            cost=data["cost"],
            price=Decimal(data["price"]) if data["price"] else None,
            language=data["language"],
            registration_url=data["registration_url"],
            runs=runs,
        )
        page.questions = [questions[slug] for slug in data["questions"]]
        page.audiences = [audiences[slug] for slug in data["audiences"]]
        page.government_layers = [layers[slug] for slug in data["government_layers"]]
        publish(index, page)
        created += 1
    return created
