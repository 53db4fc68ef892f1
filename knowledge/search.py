"""Dutch full-text search on both databases.

PostgreSQL stems Dutch itself (the `dutch` text search configuration in
WAGTAILSEARCH_BACKENDS). SQLite's FTS5 has no Dutch stemmer, so there the
portal indexes a stemmed copy of each page's text (`StemmedSearchMixin`) and
adds the stems of the visitor's words to the query (`prepare_query`): then
"dataprojecten" and "dataproject" meet at the stem "dataproject".
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import snowballstemmer
from django.db import connection
from django.utils.translation import gettext as _
from modelsearch.index import RelatedFields, SearchField

STEMMED_FIELD = "stemmed_search_text"
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# Letters and digits; underscores and every operator character split words.
WORD_RE = re.compile(r"[^\W_]+")
# Words that say nothing about the subject. PostgreSQL's `dutch` configuration
# drops its own list; on SQLite they would match nearly every page.
STOPWORDS = frozenset(
    """aan al alle als bij dan dat de der deze die dit doch door een en er
    hem het hij hoe hun ik in is je jij kan kun kunnen maar me mijn met na naar
    niet nog of om onder ons ook op over te tegen tot u uit van veel voor wat
    we wel welke wie wij wordt worden zal ze zich zij zijn zo zonder""".split()
)


@cache
def _stemmer():
    # "dutch_porter" is the classic Dutch Snowball stemmer, the one behind
    # PostgreSQL's `dutch` configuration: both databases then agree on stems.
    # (Snowball 3's newer "dutch" strips prefixes: "gemeente" -> "meen".)
    return snowballstemmer.stemmer("dutch_porter")


def app_side_stemming() -> bool:
    """True when the database cannot stem Dutch itself (anything but PostgreSQL)."""
    return connection.vendor != "postgresql"


def words(text: str) -> list[str]:
    # NFKC: "e" plus a combining diaeresis becomes one "ë", not a word break.
    return WORD_RE.findall(unicodedata.normalize("NFKC", text).lower())


def stem_text(text: str) -> str:
    return " ".join(_stemmer().stemWords(words(text)))


def _texts(obj, fields):
    """The plain text of an object's search fields, related ones included."""
    for field in fields:
        if isinstance(field, SearchField) and field.field_name != STEMMED_FIELD:
            yield from _flatten(field.get_value(obj))
        elif isinstance(field, RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            items = related.all() if hasattr(related, "all") else [related]
            for item in items:
                yield from _texts(item, field.fields)


def _flatten(value):
    if value is None:
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from _flatten(item)
    elif isinstance(value, dict):
        yield from _flatten(list(value.values()))
    else:
        yield str(value)


class StemmedSearchMixin:
    """Adds `stemmed_search_text` for the SQLite index (empty on PostgreSQL).

    List `index.SearchField(STEMMED_FIELD)` in the model's `search_fields`
    (`with_stemming()` does that).
    """

    def stemmed_search_text(self) -> str:
        if not app_side_stemming():
            return ""
        return stem_text(" ".join(_texts(self, self.get_search_fields())))


def with_stemming(fields: list) -> list:
    return [*fields, SearchField(STEMMED_FIELD)]


@dataclass(frozen=True)
class PreparedQuery:
    """What to send to the search backend, and what to tell the visitor."""

    terms: tuple[str, ...]
    notice: str = ""
    # What we searched for, cleaned, to show back to the visitor.
    display: str = ""

    @property
    def text(self) -> str:
        return " ".join(self.terms)


def _clean(raw: str) -> str:
    # Control characters (NUL among them) break PostgreSQL queries; drop them.
    text = unicodedata.normalize("NFKC", raw)
    return " ".join(
        "".join(
            ch if unicodedata.category(ch)[0] != "C" else " " for ch in text
        ).split()
    )


def prepare_query(raw: str, *, stem: bool | None = None) -> PreparedQuery:
    """Turn whatever a visitor typed into plain search terms.

    Operators and punctuation become word breaks, overly long input is cut,
    stop words are dropped (unless nothing else remains), and on SQLite each
    word's stem is added so that inflected forms meet.
    """
    text = _clean(raw)
    notice = ""
    if len(text) > MAX_QUERY_LENGTH:
        # Cut at the last whole word that fits.
        text = text[: MAX_QUERY_LENGTH + 1].rsplit(" ", 1)[0][:MAX_QUERY_LENGTH]
        notice = _(
            "Je zoekopdracht was erg lang; we hebben gezocht op het begin ervan."
        )
    found = [word for word in words(text) if len(word) > 1]
    if not found:
        if text:
            notice = _("Typ minstens twee letters of cijfers om te zoeken.")
        return PreparedQuery((), notice, text)
    meaningful = [word for word in found if word not in STOPWORDS] or found
    terms = list(dict.fromkeys(meaningful))[:MAX_TERMS]
    if stem if stem is not None else app_side_stemming():
        stems = _stemmer().stemWords(terms)
        terms = list(dict.fromkeys([*terms, *stems]))
    return PreparedQuery(tuple(terms), notice, text)
