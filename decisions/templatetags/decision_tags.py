"""Beslishulpen on a question page and in the kennisbank."""

from django import template

from core.page_cache import remember
from decisions.models import DecisionAidIndexPage, DecisionAidPage

register = template.Library()


@register.inclusion_tag("decisions/aids_block.html")
def decision_aids(question=None, heading="Beslishulpen", heading_id="beslishulpen"):
    aids = DecisionAidPage.objects.live().public().order_by("title")
    if question is not None:
        if question.pk is None:  # the preview of a new question
            return {"aids": []}
        aids = aids.filter(questions=question)
    key = str(question.pk if question is not None else "")
    return {
        "aids": remember("decision-aids", key, lambda: list(aids[:6])),
        "index": DecisionAidIndexPage.published(),
        "heading": heading,
        "heading_id": heading_id,
    }
