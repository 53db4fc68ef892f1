"""What the long-tail rows of the load benchmark draw their URLs from.

    DJANGO_SETTINGS_MODULE=ibds_portal.settings.bench \\
    DATABASE_URL=sqlite:///var/bench/ibds_bench_1000.sqlite3 \\
        .venv/bin/python manage.py bench_vocabulary

Prints one JSON object, read by scripts/bench.py (`make bench`), which
builds the URL lists from it:

- `kennisbank`: the kennisbank's path and its facets in the order of its
  filter form, each with its query parameter and every value the page
  offers as an option (a slug that at least one live product has), read
  through the page's own `listing_filters()` and `listing_queryset()`, so
  the parameters and values are the ones a visitor can pick;
- `search`: the search page's path and the words (four letters or more,
  no stop word, no digits) in the titles and summaries of the live
  knowledge products, practice cases and trainings, split as the search
  splits a query.

Read-only, and in a fixed order (facets as the form shows them, words
sorted), so the same corpus always gives the same lists.
"""

import json

from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict
from django.urls import reverse

from core.facets import FacetIndex
from core.search import STOPWORDS, words
from knowledge.models import KnowledgeIndexPage, KnowledgeProductPage, PracticeCasePage
from trainings.models import TrainingPage

# Shorter words are mostly function words and inflections ("het", "wie").
MIN_WORD_LENGTH = 4


def facet_values(page) -> list[dict]:
    """The listing's facets, each with the values the page offers."""
    filters = page.listing_filters(QueryDict())
    index = FacetIndex.build(page.listing_queryset(), filters.facets)
    return [
        {
            "param": facet.param,
            "values": [choice.value for choice in index.choices[facet.param]],
        }
        for facet in filters.facets
    ]


def corpus_words(texts) -> list[str]:
    """The distinct searchable words of `texts`, sorted."""
    found = set()
    for text in texts:
        found.update(
            word
            for word in words(text)
            if len(word) >= MIN_WORD_LENGTH and word.isalpha() and word not in STOPWORDS
        )
    return sorted(found)


def titles_and_summaries():
    for model in (KnowledgeProductPage, PracticeCasePage, TrainingPage):
        for title, summary in model.objects.live().values_list("title", "summary"):
            yield title
            yield summary


class Command(BaseCommand):
    help = (
        "Print the kennisbank's facet values and the corpus's words as JSON "
        "(for the long-tail rows of make bench)."
    )

    def handle(self, *args, **options):
        page = KnowledgeIndexPage.objects.live().order_by("path").first()
        if page is None:
            raise CommandError("Geen kennisbank: bouw eerst een corpus.")
        vocabulary = {
            "kennisbank": {
                "path": page.get_url_parts()[2],
                "facets": facet_values(page),
            },
            "search": {
                "path": reverse("search"),
                "param": "q",
                "words": corpus_words(titles_and_summaries()),
            },
        }
        self.stdout.write(json.dumps(vocabulary, ensure_ascii=False, indent=1))
