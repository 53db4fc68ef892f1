"""What the search shows beside its results, read from the index's own text:
an excerpt around the matched words per result, and "Bedoelde je …?" for a
word that is spelled wrong.

Both read the plain text the search index keeps of each page (`title` and
`body` on SQLite, `title_text` and `body_text` on PostgreSQL), without the
words added for the search alone (core.search.shown_text).
"""

import json
import re
from collections import Counter, defaultdict
from html import escape

from django.db import connection
from django.db.models import CharField
from django.db.models.functions import Cast, Substr
from django.utils.safestring import SafeString, mark_safe

from core.listing import kept_for_content
from core.search import STOPWORDS, PreparedQuery, _stemmer, shown_text, words

EXCERPT_LENGTH = 220
# Words of a page that the vocabulary reads: its title and the start of its
# text (the summary, mostly), where its subject is named. Reading whole
# texts took 0.9 s at 10,000 products, this about 0.3 s (in Python: the
# same in SQL, to_tsvector and unnest, took longer).
VOCABULARY_TEXT = 500
VOCABULARY_KEY = "search:vocabulary"
# A visitor's word of up to this many letters may differ by one letter from
# the suggestion, a longer one by two.
ONE_EDIT_UP_TO = 5


def _text_columns() -> tuple[str, str]:
    if connection.vendor == "postgresql":
        return "title_text", "body_text"
    return "title", "body"


def _page_entries(model):
    """The index entries of pages of `model` and its subclasses."""
    from modelsearch.utils import get_descendants_content_types_pks
    from wagtail.search.models import IndexEntry

    return IndexEntry.objects.filter(
        content_type_id__in=get_descendants_content_types_pks(model)
    )


def _entries(model, ids):
    return _page_entries(model).filter(object_id__in=[str(pk) for pk in ids])


# Excerpts


def highlighter(query: PreparedQuery):
    """A pattern for the words a query matches: each form (and its stem, so
    "algoritmes" lights up for "algoritme") as the start of a word; a short
    word only whole; a synonym's phrase only as a whole."""
    parts = set()
    for group in query.groups:
        for form in group:
            stem = _stemmer().stemWords([form])[0]
            for part in {form, stem}:
                if len(part) >= ONE_EDIT_UP_TO:
                    parts.add(re.escape(part) + r"\w*")
                elif len(part) >= 2:
                    parts.add(re.escape(part) + r"\b")
    for phrase in query.phrases:
        # An editor's synonym of several words: lit only as a whole.
        parts.add(
            r"\W+".join(
                re.escape(word) + (r"\w*" if len(word) >= ONE_EDIT_UP_TO else r"\b")
                for word in phrase.words
            )
        )
    if not parts:
        return None
    alternatives = "|".join(sorted(parts, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})", re.IGNORECASE)


def excerpt(text: str, pattern) -> SafeString | None:
    """About EXCERPT_LENGTH characters of `text` around its first match, the
    matches in <mark>; None when nothing matches. Every part is escaped."""
    text = " ".join(shown_text(text).split())
    first = pattern.search(text)
    if first is None:
        return None
    start = max(0, first.start() - EXCERPT_LENGTH // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first.start() else first.start()
    stop = min(len(text), start + EXCERPT_LENGTH)
    if stop < len(text):
        space = text.rfind(" ", first.end(), stop)
        stop = space if space > 0 else stop
    window = text[start:stop]
    pieces, at = [], 0
    for match in pattern.finditer(window):
        pieces.append(escape(window[at : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        at = match.end()
    pieces.append(escape(window[at:]))
    before = "… " if start else ""
    after = " …" if stop < len(text) else ""
    return mark_safe(before + "".join(pieces) + after)  # noqa: S308 - escaped above


def excerpts(model, ids, query: PreparedQuery) -> dict[int, SafeString]:
    """Page id -> its excerpt, for the results shown (one query)."""
    pattern = highlighter(query)
    if pattern is None or not ids:
        return {}
    _title, body = _text_columns()
    found = {}
    for object_id, text in _entries(model, ids).values_list("object_id", body):
        shown = excerpt(text or "", pattern)
        if shown is not None:
            found[int(object_id)] = shown
    return found


# "Bedoelde je …?"


class Vocabulary:
    """The words of the current content with their counts; the stems and
    the words by first letter are worked out when first asked for, once per
    process and content."""

    def __init__(self, counts: dict[str, int]):
        self.counts = counts
        self._stems = None
        self._by_start = None

    @property
    def stems(self) -> set[str]:
        if self._stems is None:
            self._stems = set(_stemmer().stemWords(list(self.counts)))
        return self._stems

    @property
    def by_start(self) -> dict[str, list[str]]:
        if self._by_start is None:
            grouped = defaultdict(list)
            for word in self.counts:
                grouped[word[0]].append(word)
            self._by_start = dict(grouped)
        return self._by_start

    def knows(self, group) -> bool:
        """Whether any form of a word, or its stem, occurs in the content."""
        return any(form in self.counts for form in group) or bool(
            set(_stemmer().stemWords(list(group))) & self.stems
        )


def _build_vocabulary(pages) -> dict[str, int]:
    """Every word of the live, public pages' titles and first text, with how
    often it occurs; one query."""
    title, body = _text_columns()
    visible = pages.order_by().annotate(key=Cast("pk", CharField())).values("key")
    rows = (
        _page_entries(pages.model)
        .filter(object_id__in=visible)
        .annotate(start=Substr(body, 1, VOCABULARY_TEXT))
        .values_list(title, "start")
    )
    text = " ".join(f"{page_title} {start or ''}" for page_title, start in rows)
    # Counted all at once (Counter's C loop), then filtered.
    return {
        word: count
        for word, count in Counter(words(shown_text(text))).items()
        if len(word) > 2 and not word.isdigit() and word not in STOPWORDS
    }


def vocabulary(pages, scope: str = "") -> Vocabulary:
    """The words of the current content, kept like a listing's facet index
    (core.listing.kept_for_content): built by the first search after a
    change that needs it. `scope` names what `pages` are (the site), when
    there is more than one."""
    key = f"{VOCABULARY_KEY}:{scope}"
    return kept_for_content(
        key,
        key,
        f"vocabulary|{VOCABULARY_TEXT}",
        lambda: Vocabulary(_build_vocabulary(pages)),
        dump=lambda found: json.dumps(found.counts, separators=(",", ":")).encode(),
        load=lambda data: Vocabulary(json.loads(data)),
    )


def edit_distance(a: str, b: str, limit: int) -> int:
    """Letters to add, drop, change or swap to turn `a` into `b` (optimal
    string alignment), or limit + 1 once it is certain to exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(
                previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost
            )
            if (
                previous2 is not None
                and i > 1
                and j > 1
                and a[i - 1] == b[j - 2]
                and a[i - 2] == b[j - 1]
            ):
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def closest(word: str, known: Vocabulary) -> str:
    """The known word nearest to `word` (the most frequent among equals), or
    "". Only words with the same first letter: few typos are there, and it
    keeps the comparison to a few hundred words."""
    limit = 1 if len(word) <= ONE_EDIT_UP_TO else 2
    best, best_key = "", None
    for candidate in known.by_start.get(word[0], []):
        distance = edit_distance(word, candidate, limit)
        if distance <= limit:
            key = (distance, -known.counts[candidate], candidate)
            if best_key is None or key < best_key:
                best, best_key = candidate, key
    return best


def suggestion(pages, query: PreparedQuery, scope: str = "") -> str:
    """What was typed with each unknown word replaced by the nearest known
    one, or "" when every word is known or nothing is near."""
    if not query.words:
        return ""
    known = vocabulary(pages, scope)
    replaced = {}
    for word, group in zip(query.words, query.groups, strict=True):
        if len(word) >= 4 and not word.isdigit() and not known.knows(group):
            near = closest(word, known)
            if near:
                replaced[word] = near
    if not replaced:
        return ""
    return " ".join(replaced.get(word, word) for word in query.typed)
