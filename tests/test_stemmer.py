"""The Dutch stemmer: Snowball's "dutch_porter", the algorithm behind
PostgreSQL's `dutch` configuration, so that SQLite's stemmed index and the
query's word forms agree with PostgreSQL's. PyStemmer (Snowball's C build)
is installed, and snowballstemmer hands it out: the same stems some 200
times faster than its own pure-Python ones (about 0.6 ms of every search,
and most of indexing a page on SQLite)."""

from hypothesis import given
from hypothesis import strategies as st
from snowballstemmer.dutch_porter_stemmer import DutchPorterStemmer

from core.search import _stemmer


def test_the_stemmer_is_snowballs_c_build():
    assert type(_stemmer()).__module__ == "Stemmer"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäëïöüéè'-", max_size=24))
def test_the_c_build_stems_as_the_algorithm_does(word):
    assert _stemmer().stemWord(word) == DutchPorterStemmer().stemWord(word)


def test_known_stems():
    stems = _stemmer().stemWords(["gemeenten", "gegevens", "juridische"])
    assert stems == ["gemeent", "gegeven", "juridisch"]
