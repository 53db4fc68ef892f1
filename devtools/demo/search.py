"""Demo synonyms and search counts, for `load_demo_content`.

The synonym groups are the abbreviations civil servants use next to the
words they stand for; a group counts as present when any of its terms is in
a group already (an editor may have changed it). The search counts cover
the last WEEKS weeks, drawn with a fixed seed, so a second load writes the
same figures again; the number of results of each query is what the demo
site's own search gives (with the synonyms), so the report's queries
without results find nothing on the demo site either.
"""

import datetime
import random

from django.utils import timezone

from core.models import SearchCount, SynonymGroup
from core.search import prepare_query, search_kinds, search_pages
from core.synonyms import build_thesaurus, parse_term, split_terms

SYNONYMS = [
    (
        "AVG\nGDPR\nprivacywet\nAlgemene verordening gegevensbescherming",
        "De Europese privacywet heet in het Engels GDPR.",
    ),
    (
        "DPIA\ngegevensbeschermingseffectbeoordeling",
        "Verplicht bij een verwerking met een hoog risico (AVG artikel 35).",
    ),
    (
        "IAMA\nImpact Assessment Mensenrechten en Algoritmes",
        "Het instrument van BZK voor algoritmes die mensen raken.",
    ),
    ("Woo\nWet open overheid", "Opvolger van de Wob sinds 1 mei 2022."),
    (
        "BIO\nBaseline Informatiebeveiliging Overheid",
        "Het normenkader voor informatiebeveiliging van alle overheidslagen.",
    ),
    ("FG\nfunctionaris gegevensbescherming", ""),
]

WEEKS = 6
SEED = 20
# Query -> searches on a usual working day: what colleagues type in the
# search box, some of which the site has nothing on (yet).
QUERIES = {
    "algoritme": 9,
    "avg": 7,
    "datadeling": 6,
    "dpia": 5,
    "woo": 4,
    "privacy": 4,
    "camerabeelden": 3,
    "data governance": 3,
    "iama": 2,
    "wet open overheid": 2,
    "gegevensbeschermingseffectbeoordeling": 1,
    "bewaartermijn": 1,
    "chatgpt richtlijn": 3,
    "verwerkersovereenkomst model": 2,
    "anonimiseren dataset": 2,
    "cookiebanner": 1,
    "open source licentie eupl": 1,
    "datakluis": 1,
}


def ensure_synonyms() -> int:
    """The demo groups that are missing; how many were created."""
    taken = {
        parse_term(term).key
        for text in SynonymGroup.objects.values_list("terms", flat=True)
        for term in split_terms(text)
    }
    created = 0
    for terms, note in SYNONYMS:
        if any(parse_term(term).key in taken for term in split_terms(terms)):
            continue
        group = SynonymGroup(terms=terms, note=note)
        group.full_clean()
        group.save()
        created += 1
    return created


def _results() -> dict[str, int]:
    """Each demo query's number of results on the demo site, with the
    synonyms."""
    from wagtail.models import Page

    models = [model for model, _kind in search_kinds().values()]
    pages = Page.objects.live().public().type(*models)
    thesaurus = build_thesaurus(SynonymGroup.objects.values_list("terms", flat=True))
    return {
        query: search_pages(pages, prepare_query(query, thesaurus=thesaurus)).total
        for query in QUERIES
    }


def ensure_search_counts() -> int:
    """WEEKS weeks of counts up to yesterday (fewer at weekends); the same
    rows on every load. The number of rows written."""
    rng = random.Random(SEED)  # noqa: S311 - demo figures, not secrets
    results = _results()
    today = timezone.localdate()
    rows = []
    for back in range(WEEKS * 7, 0, -1):
        day = today - datetime.timedelta(days=back)
        weekend = day.weekday() >= 5
        for query, usual in QUERIES.items():
            searches = max(0, round(rng.gauss(usual, usual / 2 + 0.5)))
            if weekend:
                searches //= 4
            if searches:
                rows.append(
                    SearchCount(
                        day=day,
                        query=query,
                        searches=searches,
                        results=results[query],
                    )
                )
    SearchCount.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["query", "day"],
        update_fields=["searches", "results"],
    )
    return len(rows)
