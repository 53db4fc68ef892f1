"""Dutch full-text search on both databases.

PostgreSQL stems Dutch itself (the `dutch` text search configuration in
WAGTAILSEARCH_BACKENDS). SQLite's FTS5 has no Dutch stemmer, so there the
portal indexes a stemmed copy of each page's text (`StemmedSearchMixin`) and
adds the stems of the visitor's words to the query (`prepare_query`): then
"dataprojecten" and "dataproject" meet at the stem "dataproject".
"""

import functools
import operator
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

import snowballstemmer
from django.apps import apps
from django.db import connection, connections
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


# Marks the words added for the search alone (stems, a kind's words) in the
# text that the index keeps: the index reads them as word breaks, and
# excerpts and suggestions leave out what lies between two marks.
ADDED_MARK = "\u2042"
_ADDED = re.compile(f"{ADDED_MARK}.*?(?:{ADDED_MARK}|$)", re.S)


def shown_text(text: str) -> str:
    """The text of an index entry without the words added for the search."""
    return _ADDED.sub(" ", text or "")


class StemmedSearchMixin:
    """Adds `stemmed_search_text`: on SQLite a stemmed copy of the page's text
    (PostgreSQL stems itself), and on both the words of the page's kind
    (`SearchKind.words`: a training is found by "opleiding" even when its
    text never says so), between two ADDED_MARKs.

    List `index.SearchField(STEMMED_FIELD)` in the model's `search_fields`
    (`with_stemming()` does that).
    """

    def stemmed_search_text(self) -> str:
        kind = getattr(type(self), "search_kind", None)
        added = list(kind.words) if kind is not None else []
        if app_side_stemming():
            added.append(stem_text(" ".join(_texts(self, self.get_search_fields()))))
        if not added:
            return ""
        return f"{ADDED_MARK} {' '.join(added)} {ADDED_MARK}"


def with_stemming(fields: list) -> list:
    return [*fields, SearchField(STEMMED_FIELD)]


@dataclass(frozen=True)
class PhraseAlternative:
    """Words that, side by side, stand for some of the visitor's words: an
    editor's synonym of more than one word ("wet open overheid" for "woo").
    A page with the phrase counts as having each word it `covers`."""

    # As the words stand in a text, stop words included.
    words: tuple[str, ...]
    # Indexes of the visitor's words (PreparedQuery.groups) it stands for.
    covers: tuple[int, ...]

    @property
    def text(self) -> str:
        return " ".join(self.words)


# At most this many phrases per query (each is a look-up of its own).
MAX_PHRASES = 8


@dataclass(frozen=True)
class PreparedQuery:
    """What to send to the search backend, and what to tell the visitor."""

    # The words that count, in the visitor's order, and per word the forms
    # that count as that word (itself, singular and plural, on SQLite their
    # stems, and the editors' one-word synonyms).
    words: tuple[str, ...]
    groups: tuple[tuple[str, ...], ...] = ()
    notice: str = ""
    # What we searched for, cleaned, to show back to the visitor.
    display: str = ""
    # Every word typed, stop words included: the phrase as it stands in a
    # text ("Wet op de archiefbewaring").
    typed: tuple[str, ...] = ()
    # The editors' synonyms of more than one word, each standing for one or
    # more of the words.
    phrases: tuple[PhraseAlternative, ...] = ()

    @property
    def terms(self) -> tuple[str, ...]:
        """Every form of every word, once: any of them matches."""
        return tuple(dict.fromkeys(form for group in self.groups for form in group))

    @property
    def text(self) -> str:
        return " ".join(self.terms)

    @property
    def phrase(self) -> str:
        """What was typed as a phrase (two words or more, one of them not a
        stop word), to rank exact matches first."""
        return " ".join(self.typed) if len(self.typed) > 1 and self.words else ""


def plural_forms(word: str) -> list[str]:
    """Singular and plural of a Dutch noun, as far as a rule can tell:
    "algoritme" and "algoritmes" (and "algoritmen") meet, which the Snowball
    stemmer leaves apart. Forms that are no word cost nothing: they match
    nothing. (Plurals in -en the stemmer already joins.)"""
    if len(word) < 4 or word.isdigit():
        return [word]
    return [
        word,
        *(form for form in _plural_forms(word) if form != word and _useful(form)),
    ]


def _plural_forms(word: str) -> list[str]:
    base = word
    if word.endswith("s") and len(word) > 4 and word[-2] not in "s'":
        base = word[:-1]
    elif word.endswith("en") and len(word) > 5:
        base = word[:-1]  # algoritmen, gemeenten
    forms = [word, base, base + "s"]
    if base.endswith("e"):
        forms.append(base + "n")
    return list(dict.fromkeys(forms))


def _useful(form: str) -> bool:
    """A form that is a stop word ("eens" gives "een") or whose stem is
    shorter than four letters ("mensen" gives "mense", stem "men") would
    match nearly every page."""
    return form not in STOPWORDS and len(_stemmer().stemWord(form)) >= 4


def word_forms(word: str, *, stem: bool) -> tuple[str, ...]:
    # The editors' synonyms, which also join phrases ("woo", "wet open
    # overheid"), come in through prepare_query's `thesaurus` (core.synonyms);
    # neither needs anything indexed again: the query changes, not the index.
    forms = list(dict.fromkeys(form for form in plural_forms(word) if form))
    if stem:
        # The word's own stem always; another form's only where it is no
        # stop word and not too short.
        stems = _stemmer().stemWords(forms)
        forms += [
            stems[0],
            *(s for s in stems[1:] if s not in STOPWORDS and len(s) >= 4),
        ]
    return tuple(dict.fromkeys(forms))


def _clean(raw: str) -> str:
    # Control characters (NUL among them) break PostgreSQL queries; drop them.
    text = unicodedata.normalize("NFKC", raw)
    return " ".join(
        "".join(
            ch if unicodedata.category(ch)[0] != "C" else " " for ch in text
        ).split()
    )


def prepare_query(
    raw: str, *, stem: bool | None = None, thesaurus=None
) -> PreparedQuery:
    """Turn whatever a visitor typed into plain search terms.

    Operators and punctuation become word breaks, overly long input is cut,
    stop words are dropped (unless nothing else remains), and on SQLite each
    word's stem is added so that inflected forms meet. With a `thesaurus`
    (core.synonyms.Thesaurus) every run of words that is a synonym brings
    the group's other terms: one-word terms as forms of each word of the
    run, longer ones as a phrase that stands for the run.
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
        return PreparedQuery((), (), notice, text)
    meaningful = [word for word in found if word not in STOPWORDS] or found
    kept = tuple(dict.fromkeys(meaningful))[:MAX_TERMS]
    stemming = stem if stem is not None else app_side_stemming()
    groups = [list(word_forms(word, stem=stemming)) for word in kept]
    phrases = []
    for start, end, terms in thesaurus.matches(kept) if thesaurus else ():
        covers = tuple(range(start, end))
        for term in terms:
            if len(term.meaningful) == 1:
                forms = word_forms(term.meaningful[0], stem=stemming)
                for index in covers:
                    groups[index].extend(forms)
            else:
                phrases.append(PhraseAlternative(term.typed, covers))
    return PreparedQuery(
        kept,
        tuple(tuple(dict.fromkeys(group)) for group in groups),
        notice,
        text,
        tuple(found[:MAX_TERMS]),
        tuple(dict.fromkeys(phrases))[:MAX_PHRASES],
    )


# Search results are ranked up to this many; the rest is counted, not shown.
# Nobody reads past 20 pages of ten, and ranking every match of a common word
# is what makes a large index slow.
@dataclass(frozen=True)
class SearchKind:
    """How a page type takes part in the site search (/zoeken/): the value
    of its `type=` filter, the filter's label, and its place among the
    others. A page model that sets `search_kind` is searched; the search
    names no page type itself."""

    value: str
    label: str
    order: int
    # Words that find every page of the kind, also when its text never uses
    # them ("opleiding", "cursus" for a training): indexed with the page.
    words: tuple[str, ...] = ()


@cache
def search_kinds() -> dict[str, tuple[type, SearchKind]]:
    """value -> (page model, kind), in order: every installed model that
    declares a `search_kind` of its own (the code's, not the content's, so
    it is worked out once per process)."""
    found = [
        (vars(model)["search_kind"], model)
        for model in apps.get_models()
        if "search_kind" in vars(model)
    ]
    found.sort(key=lambda pair: pair[0].order)
    return {kind.value: (model, kind) for kind, model in found}


RANKED_LIMIT = 200
# Relevance weights: a word in the title counts this many times a word in the
# rest of the page.
TITLE_WEIGHT = 3.0
# Ranking in tiers: the exact phrase first, then pages with every word (in
# any form), then the rest; within a tier by relevance. The bonuses are far
# above any ts_rank (which stays below 1 per part).
PHRASE_BONUS = 100.0
ALL_WORDS_BONUS = 10.0
# On PostgreSQL the tiers are worked out for this many best matches by
# relevance (reading each one's document again), not for every match.
TIERED_LIMIT = 1000


@dataclass(frozen=True)
class SearchHits:
    """The matches of a query among some pages."""

    ranked: list[int]  # page ids, best first, at most RANKED_LIMIT
    total: int  # matches of the selected type (all types if none)
    counts: dict[int, int]  # content type id -> matches of that type
    # Ranked page id -> its content type id when the database matched them
    # against the visible pages in this request (nothing left to check);
    # None from another backend, whose hits are checked again.
    types: dict[int, int] | None = None


def search_pages(pages, query: PreparedQuery, content_types=None) -> SearchHits:
    """Match `query` against the search index of `pages` (a Page queryset of
    the searchable types) in two queries, whatever the number of matches:
    one counts the matches per type, one ranks the best RANKED_LIMIT (only
    of `content_types`, when given).

    Wagtail's own ranked search re-runs the match for every result on SQLite
    and counts each type with a query of its own; this does neither.

    Nothing is kept between searches: every query is a key of its own, and
    a flood of made-up queries would fill a cache with them.
    """
    if not query.terms:
        return SearchHits([], 0, {})
    if not _database_backend():
        return _search_backend(pages, query.text, content_types)
    if connection.vendor == "postgresql":
        return _search_postgres(pages, query, content_types)
    return _search_sqlite(pages, query, content_types)


def _database_backend() -> bool:
    """True for the database backends (PostgreSQL, SQLite): their index
    tables are searched directly."""
    from wagtail.search.backends import get_search_backend

    module = type(get_search_backend()).__module__
    return module.startswith("modelsearch.backends.database")


def _search_backend(pages, text, content_types):
    """Any other search backend (OpenSearch, with OPENSEARCH_URL): its own
    ranking, and a count per searchable type (requests to the search server,
    not the database)."""
    from modelsearch.utils import get_descendants_content_types_pks

    counts = {}
    for type_id in get_descendants_content_types_pks(pages.model):
        of_type = pages.filter(content_type=type_id).search(text, operator="or")
        counts[type_id] = of_type.count()
    counts = {type_id: n for type_id, n in counts.items() if n}
    if content_types:
        pages = pages.filter(content_type__in=content_types)
    ranked = [page.pk for page in pages.search(text, operator="or")[:RANKED_LIMIT]]
    return _hits(counts, content_types, ranked)


def _hits(counts, content_types, ranked, types=None):
    wanted = content_types or counts.keys()
    total = sum(counts.get(ct, 0) for ct in wanted)
    return SearchHits(ranked, total, counts, types)


# What a search reads on PostgreSQL (core migrations 0002 and 0004): each
# entry's stored document (title and body), for the exact phrase; and the
# postings, each word of each entry with its score in the title and the body.
DOCUMENT_COLUMN = "portal_document"
POSTINGS_TABLE = "core_search_posting"


def _lexemes(cursor, config, query) -> dict[str, int]:
    """Each word the database makes of the query's forms (its `config`
    stems and drops stop words, as for the index), with a bit per word of
    the visitor's that it stands for."""
    forms = [form for group in query.groups for form in group]
    bits = [1 << i for i, group in enumerate(query.groups) for _form in group]
    cursor.execute(
        "SELECT lexeme, bit_or(f.bit)"
        " FROM unnest(%s::text[], %s::int[]) AS f(form, bit),"
        " unnest(tsvector_to_array(to_tsvector(%s::regconfig, f.form))) AS lexeme"
        " GROUP BY lexeme",
        [forms, bits, config],
    )
    return dict(cursor.fetchall())


def _search_postgres(pages, query, content_types):
    """Two queries: the query's words as the index has them, then the
    postings of those words (core migration 0004), summed per entry, counted
    per type and the best ranked; no entry's text is read but for the phrase.

    The rank is ts_rank's for the words joined by OR (the sum of each word's
    score, over the number of words), the title's counting TITLE_WEIGHT
    times the body's; pages with every word (in some form) rank above the
    rest, and of those the pages with the exact phrase first."""
    from django.conf import settings
    from modelsearch.utils import get_descendants_content_types_pks
    from wagtail.search.models import IndexEntry

    config = settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG")
    config = config or "simple"
    entries = IndexEntry._meta.db_table
    visible_sql, visible_params = pages.order_by().values("pk").query.sql_with_params()
    # Integers from the content types table, never visitor input.
    type_ids = ",".join(map(str, get_descendants_content_types_pks(pages.model)))
    shown = ",".join(map(str, map(int, content_types or ())))
    ranked_where = f"WHERE content_type_id IN ({shown})" if shown else ""
    with connections[pages.db].cursor() as cursor:
        lexemes = _lexemes(cursor, config, query)
        if not lexemes and not query.phrases:
            return SearchHits([], 0, {}, {})
        # Every word the visitor typed that the index can hold (not only
        # stop words).
        every = functools.reduce(
            operator.or_,
            [*lexemes.values(), *(_bits(phrase) for phrase in query.phrases)],
        )
        phrase = (
            # Per best entry with every word: a subquery, not a join, so
            # that only those entries' documents are read.
            f"""CASE WHEN best.words = {every}
                    AND numnode(phraseto_tsquery(%s::regconfig, %s)) > 1
                    AND (SELECT e.{DOCUMENT_COLUMN}
                            @@ phraseto_tsquery(%s::regconfig, %s)
                        FROM {entries} e WHERE e.id = best.entry_id)
                THEN %s ELSE 0 END"""  # noqa: S608 - names and an integer only
            if query.phrase
            else "0"
        )
        phrase_params = (
            [config, query.phrase, config, query.phrase, PHRASE_BONUS]
            if query.phrase
            else []
        )
        # The bits of a posting's word. A constant list of words, rather
        # than a join, lets PostgreSQL estimate the matches from its
        # statistics (and join them to the visible pages by hash when many).
        bits = "(%s::int[])[array_position(%s::text[], p.lexeme)]"
        words = list(lexemes)
        postings = f"""
            SELECT p.entry_id, p.page_id, p.content_type_id,
                p.title_score, p.body_score, {bits} AS bits
            FROM {POSTINGS_TABLE} p
            WHERE p.lexeme = ANY(%s::text[])
                AND p.content_type_id IN ({type_ids})
                AND p.page_id IN ({visible_sql})
        """  # noqa: S608 - names and integers only
        postings_params = [
            [lexemes[word] for word in words],
            words,
            words,
            *visible_params,
        ]
        if query.phrases:
            postings, postings_params = _with_phrases(
                postings,
                postings_params,
                query,
                config,
                type_ids,
                visible_sql,
                visible_params,
            )
        # Only table and column names and integers are formatted in; the
        # words go in as parameters.
        sql = f"""
            WITH matches AS MATERIALIZED (
                SELECT p.entry_id, p.page_id, p.content_type_id,
                    (SUM(p.title_score) * %s + SUM(p.body_score)) / %s AS score,
                    bit_or(p.bits) AS words
                FROM ({postings}) p
                GROUP BY p.entry_id, p.page_id, p.content_type_id
            ),
            -- The exact phrase is looked for among the best matches only.
            best AS (
                SELECT *,
                    score + CASE WHEN words = {every} THEN %s ELSE 0 END AS rank
                FROM matches {ranked_where}
                ORDER BY rank DESC, page_id DESC LIMIT {TIERED_LIMIT}
            )
            SELECT content_type_id, NULL, COUNT(*) FROM matches
            GROUP BY content_type_id
            UNION ALL
            (SELECT best.content_type_id, best.page_id, best.rank + {phrase}
                FROM best
                ORDER BY 3 DESC, best.page_id DESC LIMIT {RANKED_LIMIT})
        """  # noqa: S608 - only names and integers formatted in; words are parameters
        cursor.execute(
            sql,
            [
                TITLE_WEIGHT,
                len(words) + len(query.phrases),
                *postings_params,
                ALL_WORDS_BONUS,
                *phrase_params,
            ],
        )
        rows = cursor.fetchall()
    counts = {type_id: int(n) for type_id, page_id, n in rows if page_id is None}
    types = {page_id: type_id for type_id, page_id, _ in rows if page_id is not None}
    return _hits(counts, content_types, list(types), types)


def _bits(phrase: PhraseAlternative) -> int:
    return functools.reduce(operator.or_, (1 << index for index in phrase.covers))


def _with_phrases(postings, params, query, config, type_ids, visible_sql, visible):
    """The postings of the query's words and, as if they were postings too,
    the entries with each phrase of the editors' synonyms ("wet open
    overheid" for "woo"), with the bits of the words the phrase stands for
    and ts_rank's score of the phrase. The stored document's index finds
    them (core migration 0002); only entries with every word of a phrase
    are read to check their order."""
    from wagtail.search.models import IndexEntry

    entries = IndexEntry._meta.db_table
    # Index entries of pages have a page's id (digits) as their object id.
    page_id = "CASE WHEN e.object_id ~ '^[0-9]{1,18}$' THEN e.object_id::bigint END"
    found = "phraseto_tsquery(%s::regconfig, %s)"
    parts, params = [postings], list(params)
    for phrase in query.phrases:
        parts.append(
            f"""SELECT e.id, {page_id}, e.content_type_id,
                    coalesce(ts_rank(e.title, {found}), 0)::real,
                    coalesce(ts_rank(e.body, {found}), 0)::real, %s
                FROM {entries} e
                WHERE e.{DOCUMENT_COLUMN} @@ {found}
                    AND e.content_type_id IN ({type_ids})
                    AND {page_id} IN ({visible_sql})"""  # noqa: S608 - names and integers only
        )
        text = [config, phrase.text]
        params += [*text, *text, _bits(phrase), *text, *visible]
    return " UNION ALL ".join(parts), params


def _fts_any(terms) -> str:
    # FTS5 syntax: every term quoted (they are letters and digits only); a
    # term of several words is a phrase.
    return "(" + " OR ".join(f'"{term}"' for term in terms) + ")"


def _fts_phrases(phrase: PhraseAlternative) -> list[str]:
    """A phrase as FTS5 finds it: its words side by side in the text, or
    their stems in the stemmed copy (StemmedSearchMixin), which has every
    word in its place."""
    stemmed = " ".join(_stemmer().stemWords(list(phrase.words)))
    return list(dict.fromkeys([phrase.text, stemmed]))


def _fts_word(query: PreparedQuery, index: int) -> list[str]:
    """What counts as the query's word `index`: its forms, or a phrase
    that stands for it."""
    return [
        *query.groups[index],
        *(
            text
            for phrase in query.phrases
            if index in phrase.covers
            for text in _fts_phrases(phrase)
        ),
    ]


def _search_sqlite(pages, query, content_types):
    from django.db.models.expressions import RawSQL
    from modelsearch.utils import get_descendants_content_types_pks
    from wagtail.search.models import IndexEntry, SQLiteFTSIndexEntry

    fts = SQLiteFTSIndexEntry._meta.db_table
    entries = IndexEntry._meta.db_table
    columns = "{title body} : "
    # Any form of any word (or a phrase standing for one) in the title or
    # the body; every word; the phrase.
    phrases = [text for phrase in query.phrases for text in _fts_phrases(phrase)]
    match = columns + _fts_any([*query.terms, *phrases])
    every = (
        columns
        + "("
        + " AND ".join(_fts_any(_fts_word(query, i)) for i in range(len(query.groups)))
        + ")"
    )
    phrase = columns + f'"{query.phrase}"' if query.phrase else ""
    # Integers from the content types table, never visitor input.
    type_ids = ",".join(map(str, get_descendants_content_types_pks(pages.model)))
    # Index entries of pages only: images and documents have ids of their own.
    # Only table names and content type ids are formatted in; the match is a
    # parameter.
    matched_ids = RawSQL(  # noqa: S611
        f"SELECT CAST(e.object_id AS INTEGER) FROM {fts} JOIN {entries} e "  # noqa: S608
        f"ON e.id = {fts}.rowid WHERE {fts} MATCH %s "
        f"AND e.content_type_id IN ({type_ids})",
        [match],
    )
    found = dict(
        pages.filter(pk__in=matched_ids).order_by().values_list("pk", "content_type")
    )
    counts = dict(Counter(found.values()))
    if content_types:
        found = {pk: ct for pk, ct in found.items() if ct in content_types}
    # bm25() is lower for better matches; columns: autocomplete, body, title.
    # The tiers (phrase, every word) come from the same index, by rowid.
    in_phrase = f"e.id IN (SELECT rowid FROM {fts} WHERE {fts} MATCH %s)"  # noqa: S608
    phrase_sql = in_phrase if phrase else "0"
    with connections[pages.db].cursor() as cursor:
        cursor.execute(
            f"SELECT CAST(e.object_id AS INTEGER), bm25({fts}, 0, 1, %s), "  # noqa: S608
            f"e.id IN (SELECT rowid FROM {fts} WHERE {fts} MATCH %s), {phrase_sql} "
            f"FROM {fts} JOIN {entries} e ON e.id = {fts}.rowid "
            f"WHERE {fts} MATCH %s AND e.content_type_id IN ({type_ids})",
            [TITLE_WEIGHT, every, *([phrase] if phrase else []), match],
        )
        scores = {
            pk: (-bool(has_phrase), -bool(has_all), score, -pk)
            for pk, score, has_all, has_phrase in cursor.fetchall()
            if pk in found
        }
    ranked = sorted(scores, key=scores.get)[:RANKED_LIMIT]
    return _hits(counts, content_types, ranked, {pk: found[pk] for pk in ranked})
