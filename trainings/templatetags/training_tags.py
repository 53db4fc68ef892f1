"""Trainings shown elsewhere: on a question page and on the home page."""

from django import template
from django.utils import timezone

from core.page_cache import remember
from trainings.models import TrainingIndexPage, TrainingPage

register = template.Library()


def _current():
    return (
        TrainingPage.objects.live()
        .public()
        .current()
        .for_cards()
        .select_related("provider")
    )


@register.inclusion_tag("trainings/trainings_block.html")
def trainings_for_question(question, limit=3):
    """Trainings that help with this question, the soonest first (none yet
    in the preview of a question that was never saved)."""
    if question.pk is None:
        return {"trainings": []}
    today = timezone.localdate()
    trainings = remember(
        "question-trainings",
        f"{question.pk}:{today}:{limit}",
        lambda: list(
            _current().filter(questions=question).by_next_start(today)[:limit]
        ),
    )
    return {
        "trainings": trainings,
        "catalogue": TrainingIndexPage.published(),
        "filter_query": f"?vraag={question.slug}",
        "heading": "Opleidingen bij deze vraag",
        "heading_id": "opleidingen",
    }


@register.inclusion_tag("trainings/trainings_block.html")
def upcoming_trainings(limit=3):
    """The next trainings to start (dated ones only)."""
    today = timezone.localdate()
    # The same for every visitor until the content changes or the day does.
    trainings = remember(
        "upcoming-trainings",
        f"{today}:{limit}",
        lambda: list(_current().starting_first(limit, today)),
    )
    return {
        "trainings": trainings,
        "catalogue": TrainingIndexPage.published(),
        "filter_query": "",
        "heading": "Binnenkort van start",
        "heading_id": "binnenkort",
    }
