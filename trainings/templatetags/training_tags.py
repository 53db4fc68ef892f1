"""Trainings shown elsewhere: on a question page and on the home page."""

from django import template

from trainings.models import TrainingIndexPage

register = template.Library()


@register.inclusion_tag("trainings/trainings_block.html")
def trainings_for_question(question, limit=3):
    """Trainings that help with this question, the soonest first (none yet
    in the preview of a question that was never saved)."""
    if question.pk is None:
        return {"trainings": []}
    catalogue = TrainingIndexPage.published()
    trainings = []
    if catalogue is not None:
        # The catalogue's own first few for the question, from its facet
        # index: the same trainings, in the same order, as its filter shows.
        index = catalogue.listing_index()
        mask = index.bits["vraag"].get(question.slug, 0)
        trainings = list(catalogue.listing_items(index, mask)[:limit])
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
    trainings = []
    if catalogue is not None:
        index = catalogue.listing_index()
        first = catalogue.listing_items(index, index.all)[:limit]
        trainings = [training for training in first if training.next_start]
    return {
        "trainings": trainings,
        "catalogue": catalogue,
        "filter_query": "",
        "heading": "Binnenkort van start",
        "heading_id": "binnenkort",
    }
