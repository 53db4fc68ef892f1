"""Beslishulpen in the public API (core.api): what each answers and where
to find it; the tree itself is walked on the portal."""

from core.api import TERMS, TEXT, Field, QueryResource, page_fields
from decisions.models import DecisionAidIndexPage, DecisionAidPage
from knowledge.api import public_questions, question_terms


class DecisionAidResource(QueryResource):
    path = "beslishulpen"
    schema_name = "Beslishulp"
    title = "Beslishulpen"
    description = (
        "Beslishulpen, op titel zoals /beslishulpen/. De beslisboom zelf "
        "doorloop je op de pagina (`url`)."
    )
    order = 60
    section_class = DecisionAidIndexPage
    fields = [
        *page_fields("de beslishulp"),
        Field(
            "samenvatting",
            TEXT,
            "Welke vraag de beslishulp beantwoordt.",
            lambda aid: aid.summary,
        ),
        Field("vragen", TERMS, "Bij welke vragen ze hoort.", question_terms),
    ]

    def items(self, section):
        return (
            DecisionAidPage.objects.child_of(section)
            .live()
            .public()
            .defer_streamfields()
            .prefetch_related(public_questions())
            .order_by("title", "pk")
        )


def api_resources():
    return [DecisionAidResource()]
