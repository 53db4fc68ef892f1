"""The editors' synonyms and abbreviations (`SynonymGroup`, a snippet) as
the site search reads them.

A group holds terms that mean the same ("AVG", "GDPR", "privacywet",
"Algemene verordening gegevensbescherming"). A term is found in a query by
its stems, word for word, stop words left out (as the query leaves them
out), so "Wet open overheid", "wet-open-overheid" and "de wet open
overheid" all match the term "Wet open overheid". `prepare_query` then adds
the group's other terms (core.search): a one-word term as further forms of
the words it stands for, a longer one as a phrase. The query changes, the
index does not: a saved synonym works at the next search.

Per search the synonyms come from a `Thesaurus` kept in each process and
keyed by the content generation (core.page_cache), which every process
reads at the start of each request anyway; saving or deleting a group
starts a new generation (`connect_signals`), so every process reads the
groups again (one query) at its next search. That costs no query per
search, where asking the database each time would cost one; the price is
that a synonym edit purges the page cache as a publication does, which
edits this rare can afford. The thesaurus decides nothing about access
and lives only as long as its process (and so its release). A change made
around Django's signals (a bulk update in a shell) needs `manage.py
purge_cache`, as for pages.
"""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from core.search import STOPWORDS, _clean, _stemmer, plural_forms, words

MAX_GROUP_TERMS = 12
MAX_TERM_WORDS = 8
MAX_TERM_LENGTH = 100
_SEPARATORS = re.compile(r"[\n\r,;]+")


@dataclass(frozen=True)
class Term:
    """A synonym as the search uses it."""

    # As typed by the editor, cleaned: what the admin shows.
    text: str
    # Every word, stop words included: the phrase as it stands in a text.
    typed: tuple[str, ...]
    # The words a query keeps (core.search.prepare_query drops stop words
    # and single letters): what a term is recognised by.
    meaningful: tuple[str, ...]

    @property
    def key(self) -> tuple[str, ...]:
        return stems(self.meaningful)


def stems(found) -> tuple[str, ...]:
    return tuple(_stemmer().stemWords(list(found)))


def split_terms(text: str) -> list[str]:
    """The terms of a group's text, cleaned, in their order."""
    return [term for term in (_clean(p) for p in _SEPARATORS.split(text or "")) if term]


def parse_term(text: str) -> Term:
    typed = tuple(words(text))
    meaningful = tuple(w for w in typed if len(w) > 1 and w not in STOPWORDS)
    return Term(text, typed, meaningful)


def _group_terms(text: str) -> list[Term]:
    """A group's usable terms, each meaning once (the first spelling)."""
    terms = {}
    for piece in split_terms(text):
        term = parse_term(piece)
        if term.meaningful and 0 < len(term.typed) <= MAX_TERM_WORDS:
            terms.setdefault(term.key, term)
    return list(terms.values())


def checked_terms(text: str, group=None) -> str:
    """The group's text as it is stored (one term per line), or a
    ValidationError that says in Dutch what to change. `group` is the
    group being saved: its own terms do not count as taken."""
    from core.models import SynonymGroup

    errors = []
    seen = {}
    for piece in split_terms(text):
        term = parse_term(piece)
        if len(piece) > MAX_TERM_LENGTH:
            errors.append(
                f"‘{piece[:40]}…’ is te lang: een term heeft hoogstens "
                f"{MAX_TERM_LENGTH} tekens."
            )
        elif len(term.typed) > MAX_TERM_WORDS:
            errors.append(
                f"‘{piece}’ heeft te veel woorden: hoogstens {MAX_TERM_WORDS}."
            )
        elif not term.meaningful:
            errors.append(
                f"Op ‘{piece}’ kan niet worden gezocht: een term heeft minstens "
                "één woord van twee of meer letters dat geen stopwoord is "
                "(zoals ‘de’, ‘en’ of ‘van’)."
            )
        else:
            seen.setdefault(term.key, term)
    if errors:
        raise ValidationError({"terms": errors})
    if len(seen) < 2:
        raise ValidationError(
            {
                "terms": "Geef minstens twee termen die hetzelfde betekenen, "
                "elk op een eigen regel (bijvoorbeeld ‘Woo’ en ‘Wet open "
                "overheid’)."
            }
        )
    if len(seen) > MAX_GROUP_TERMS:
        raise ValidationError(
            {
                "terms": f"Een groep heeft hoogstens {MAX_GROUP_TERMS} termen; "
                "verdeel ze over meer groepen."
            }
        )
    others = SynonymGroup.objects.all()
    if group is not None and group.pk is not None:
        others = others.exclude(pk=group.pk)
    taken = []
    for other in others.only("pk", "terms"):
        for term in _group_terms(other.terms):
            if term.key in seen:
                taken.append(
                    f"‘{seen[term.key].text}’ staat al in de groep ‘{other}’. "
                    "Een term hoort bij één groep: voeg de andere termen daar "
                    "toe, of haal hem daar eerst weg."
                )
    if taken:
        raise ValidationError({"terms": taken})
    return "\n".join(term.text for term in seen.values())


@dataclass(frozen=True)
class Thesaurus:
    """Every group's terms by key (the stems of a term's words)."""

    groups: dict[tuple[str, ...], tuple[Term, ...]] = field(default_factory=dict)

    @property
    def longest(self) -> int:
        return max((len(key) for key in self.groups), default=0)

    def matches(self, kept: tuple[str, ...]):
        """(start, end, the other terms of the group) for every run of the
        query's kept words that is a term: "woo" at 0-1; "wet open overheid"
        at 0-3. A single word also matches by its singular or plural."""
        if not self.groups:
            return []
        found = []
        longest = self.longest
        kept_stems = stems(kept)
        for start in range(len(kept)):
            for end in range(start + 1, min(len(kept), start + longest) + 1):
                keys = {kept_stems[start:end]}
                if end == start + 1:
                    keys.update((stem,) for stem in stems(plural_forms(kept[start])))
                for key in keys:
                    if key in self.groups:
                        others = tuple(t for t in self.groups[key] if t.key != key)
                        found.append((start, end, others))
                        break
        return found


def build_thesaurus(texts) -> Thesaurus:
    groups = {}
    for text in texts:
        terms = tuple(_group_terms(text))
        if len(terms) > 1:
            for term in terms:
                groups[term.key] = terms
    return Thesaurus(groups)


# (generation, thesaurus) of this process; see the module docstring.
_kept: tuple[str, Thesaurus] | None = None


def current_thesaurus() -> Thesaurus:
    """The synonyms as saved at the start of this request's generation."""
    global _kept
    from core.models import SynonymGroup
    from core.page_cache import current_generation

    generation = current_generation()
    kept = _kept
    if kept is not None and kept[0] == generation:
        return kept[1]
    thesaurus = build_thesaurus(SynonymGroup.objects.values_list("terms", flat=True))
    _kept = (generation, thesaurus)
    return thesaurus


def forget() -> None:
    """Read the groups again at the next search (tests; a purge does it
    for every process)."""
    global _kept
    _kept = None


def _purge(sender, instance, **kwargs):
    from core.page_cache import purge

    forget()
    purge(f"synonyms {instance.pk}")


def connect_signals():
    from django.db.models.signals import post_delete, post_save

    from core.models import SynonymGroup

    post_save.connect(_purge, sender=SynonymGroup, dispatch_uid="synonyms-save")
    post_delete.connect(_purge, sender=SynonymGroup, dispatch_uid="synonyms-delete")
