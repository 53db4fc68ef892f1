"""Trainings shown elsewhere: on a question page and on the home page."""

from django import template
from django.utils import timezone

from core.page_cache import remember
from trainings.models import TrainingIndexPage

register = template.Library()


@register.inclusion_tag("trainings/trainings_block.html")
def trainings_for_question(question, limit=3):
    """Trainings that help with this question, the soonest first (none yet
    in the preview of a question that was never saved)."""
    if question.pk is None:
        return {"trainings": []}
    catalogue = TrainingIndexPage.published()

    def first():
        # The catalogue's own first few for the question, from its facet
        # index: the same trainings, in the same order, as its filter shows.
        index = catalogue.listing_index()
        mask = index.bits["vraag"].get(question.slug, 0)
        return list(catalogue.listing_items(index, mask)[:limit])

    # Kept until the content changes or the day does: fetching them costs
    # a third of a question page's time (docs/performance.md).
    trainings = (
        remember(
            "question-trainings",
            f"{question.pk}:{question.slug}:{timezone.localdate()}:{limit}",
            first,
        )
        if catalogue is not None
        else []
    )
    return {
        "trainings": trainings,
        "catalogue": catalogue,
        "filter_query": f"?vraag={question.slug}",
        "heading": "Opleidingen bij deze vraag",
        "heading_id": "opleidingen",
    }


@register.inclusion_tag("trainings/trainings_block.html")
def upcoming_trainings(limit=3):
    """The next trainings to start (dated ones only): the catalogue's first
    few, from its facet index, as it orders them (the soonest start first,
    the undated ones last)."""
    catalogue = TrainingIndexPage.published()

    def soonest():
        index = catalogue.listing_index()
        first = catalogue.listing_items(index, index.all)[:limit]
        return [training for training in first if training.next_start]

    # Kept until the content changes or the day does, as above.
    trainings = (
        remember("upcoming-trainings", f"{timezone.localdate()}:{limit}", soonest)
        if catalogue is not None
        else []
    )
    return {
        "trainings": trainings,
        "catalogue": catalogue,
        "filter_query": "",
        "heading": "Binnenkort van start",
        "heading_id": "binnenkort",
    }
