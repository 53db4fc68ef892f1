"""The load benchmark: the corpus generator and the report of scripts/bench.py.

The benchmark itself (`make bench`) is run by hand; these tests keep its two
moving parts honest: generate_bench_content builds valid, live, indexed
pages in the expected numbers, and the table and target checks add up.
"""

import importlib.util
import json
import shutil
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from devtools.management.commands import generate_bench_content as generator
from knowledge.models import (
    KnowledgeProductPage,
    KnowledgeProductTag,
    PracticeCasePage,
    PracticeCaseTag,
)
from tests.factories import QuestionPageFactory
from trainings.models import TrainingPage

BENCH_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "bench.py"


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_script", BENCH_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


bench = load_bench()


# The generator --------------------------------------------------------------


@pytest.fixture
def corpus(site_tree):
    """30 products on the test site (skipping the slow demo content)."""
    for number in range(4):
        QuestionPageFactory(parent=site_tree.questions, slug=f"vraag-{number}")
    out = StringIO()
    call_command("generate_bench_content", products=30, skip_demo=True, stdout=out)
    record = generator.Command().read_record(generator.connections["default"])
    return record, out.getvalue()


@pytest.mark.django_db
def test_generates_live_indexed_pages_in_the_expected_counts(corpus, site_tree, client):
    record, output = corpus
    assert "Bench corpus ready: 30 products, 6 cases, 1 trainings" in output
    assert record["counts"]["products"] == 30
    assert record["version"] == generator.GENERATOR_VERSION
    products = KnowledgeProductPage.objects.child_of(site_tree.knowledge)
    assert products.count() == 30
    assert products.live().count() == 30
    assert PracticeCasePage.objects.live().count() == 6
    assert TrainingPage.objects.live().count() == 1
    # A valid tree: paths, depths and child counts as treebeard keeps them.
    assert all(not problems for problems in Page.find_problems())
    site_tree.knowledge.refresh_from_db()
    assert site_tree.knowledge.numchild == 30
    # Spread over time, and related to the taxonomy and the questions.
    dates = sorted(products.values_list("first_published_at", flat=True))
    assert (dates[-1] - dates[0]).days > 365
    for product in products.prefetch_related("questions", "government_layers"):
        assert product.questions.all()
        assert product.government_layers.all()
    assert KnowledgeProductTag.objects.count() >= 30
    assert PracticeCaseTag.objects.count() >= 6
    assert len(set(products.values_list("title", flat=True))) > 20
    # Real Wagtail pages: they render, and the search index knows them.
    assert client.get(record["urls"]["product"]).status_code == 200
    assert client.get(record["urls"]["question"]).status_code == 200
    assert client.get("/kennisbank/?type=leidraad").status_code == 200
    term = record["terms"]["common"]
    assert record["terms"]["common_products"] > 0
    assert len(KnowledgeProductPage.objects.live().search(term)) > 0
    assert client.get(f"/zoeken/?q={term}").status_code == 200


@pytest.mark.django_db
def test_check_and_rerun(corpus):
    call_command("generate_bench_content", products=30, check=True, stdout=StringIO())
    with pytest.raises(CommandError) as mismatch:
        call_command(
            "generate_bench_content", products=31, check=True, stdout=StringIO()
        )
    assert mismatch.value.returncode == generator.CHECK_MISMATCH_EXIT
    out = StringIO()
    call_command("generate_bench_content", products=30, skip_demo=True, stdout=out)
    assert "already complete" in out.getvalue()
    assert KnowledgeProductPage.objects.count() == 30
    with pytest.raises(CommandError, match="ander benchmarkcorpus"):
        call_command("generate_bench_content", products=40, skip_demo=True)


def test_only_benchmark_databases_are_filled():
    assert generator.is_bench_database({"NAME": "/srv/var/bench/ibds_bench_1.sqlite3"})
    assert generator.is_bench_database({"NAME": "ibds_bench_10000"})
    assert generator.is_bench_database({"NAME": "test_ibds"})
    assert not generator.is_bench_database({"NAME": "/work/main/var/db.sqlite3"})
    assert not generator.is_bench_database({"NAME": "ibds"})


def test_words_are_dutch_and_reproducible():
    first = generator.Words(generator.random.Random(1))  # noqa: S311
    second = generator.Words(generator.random.Random(1))  # noqa: S311
    text = first.body(["privacy"], "leidraad", 3, rare=generator.RARE_TERM)
    assert text == second.body(["privacy"], "leidraad", 3, rare=generator.RARE_TERM)
    assert generator.RARE_TERM in json.dumps(text)
    assert [block["type"] for block in text][0] == "heading"


# The report of scripts/bench.py ---------------------------------------------

PAGE_KEYS = [key for key, *_rest in bench.PAGES]
# Every fixed row at 10% of a minimal view at 1,000 req/s, as fake_results.
REFERENCE = {
    "minimal_rps": 1000,
    "pages": {key: {"rps": 100} for key in bench.FIXED_PAGES if key != "minimal"},
}


def fake_results(
    p95=40.0, rps=100.0, cached_rps=900.0, search_p95=120.0, p99=100.0, cold_p50=60.0
):
    """A full run: the minimal view at 1,000 req/s, every page at `rps`, and
    with nothing kept at 20 req/s and a p50 of `cold_p50`."""
    results = []
    for db in ("sqlite", "postgres"):
        for size in (1000, 10000):
            for key in PAGE_KEYS:
                minimal = key == "minimal"
                page_p95 = search_p95 if key.startswith("search") else p95
                results.append(
                    bench.Result(
                        db=db,
                        size=size,
                        page=key,
                        rps=1000.0 if minimal else rps,
                        p50=2.0 if minimal else page_p95 / 2,
                        p95=5.0 if minimal else page_p95,
                        p99=8.0 if minimal else p99,
                        url=f"/{key}/",
                    )
                )
    for key in bench.CACHED_PAGES:
        results.append(
            bench.Result(
                db="postgres",
                size=10000,
                page=key,
                cached=True,
                rps=cached_rps,
                p50=3.0,
                p95=8.0,
                p99=10.0,
            )
        )
    for key in bench.FIXED_PAGES:
        minimal = key == "minimal"
        results.append(
            bench.Result(
                db="postgres",
                size=10000,
                page=key,
                kept=False,
                rps=500.0 if minimal else 20.0,
                p50=4.0 if minimal else cold_p50,
                p95=6.0 if minimal else cold_p50 * 1.2,
                p99=9.0 if minimal else cold_p50 * 1.5,
            )
        )
    return results


def row_of(rows, page, db="postgres", size=10000, cached=False, kept=True):
    return next(
        row
        for row in rows
        if (row["db"], row["size"], row["page"], row["cached"], row["kept"])
        == (db, size, page, cached, kept)
    )


# On PostgreSQL at 10,000: 9 fixed pages x (p95, throughput, scaling,
# reference), 3 long-tail rows x (p99, throughput), 4 cached pages, 9 pages
# with nothing kept; and the 3 long-tail rows on SQLite.
ALL_CHECKS = 9 * 4 + 3 * 2 + 4 + 9 + 3


def test_all_targets_met():
    results = fake_results()
    checks = bench.evaluate(results, reference=REFERENCE)
    assert len(checks) == ALL_CHECKS
    assert all(check.ok for check in checks)
    assert bench.summary_line(checks) == f"targets: {ALL_CHECKS}/{ALL_CHECKS} met"
    rows = bench.table_rows(results, checks)
    home = row_of(rows, "home")
    assert home["rps_share"] == pytest.approx(0.1)
    assert home["p95_x"] == pytest.approx(8.0)
    assert home["scaling"] == pytest.approx(1.0)
    assert home["p99"] == pytest.approx(100.0)
    assert home["status"] == "OK"
    assert row_of(rows, "home", db="sqlite")["status"] == ""  # no targets there
    assert row_of(rows, "search_longtail", db="sqlite")["status"] == "OK"
    assert row_of(rows, "home", kept=False)["status"] == "OK"
    names = {
        (check.page, check.name)
        for check in checks
        if check.page == "kennisbank_longtail" and check.db == "postgres"
    }
    assert names == {
        ("kennisbank_longtail", "p99"),
        ("kennisbank_longtail", "throughput"),
    }


def test_missed_targets_are_named_in_the_last_line():
    results = fake_results()
    slow = bench.find(results, "postgres", 10000, "search_common")
    slow.p95 = 180.0
    thin = bench.find(results, "postgres", 10000, "kennisbank")
    thin.rps = 20.0  # 2% of the minimal view
    cached = bench.find(results, "postgres", 10000, "product", cached=True)
    cached.rps = 500.0
    checks = bench.evaluate(results, reference=REFERENCE)
    line = bench.summary_line(checks)
    assert line.startswith(f"targets: {ALL_CHECKS - 4}/{ALL_CHECKS} met; missed: ")
    assert "search common p95 180 ms > 150 ms" in line
    # 180 ms at 10k against 120 ms at 1k is x1.5: still within the scaling.
    assert "search common scaling" not in line
    assert "kennisbank throughput 2.0% of min < 2.5%" in line
    assert (
        "kennisbank vs reference 2.0% of min, 20% of the reference's 10.0% < 85%"
        in line
    )
    assert "product cached throughput 50.0% of min < 70%" in line
    rows = bench.table_rows(results, checks)
    assert row_of(rows, "search_common")["status"] == "MISS p95"
    assert row_of(rows, "kennisbank")["status"] == "MISS throughput, vs reference"
    assert row_of(rows, "product", cached=True)["status"] == "MISS throughput"
    assert row_of(rows, "home")["status"] == "OK"


def test_long_tail_targets():
    results = fake_results(p99=110.0)
    checks = bench.evaluate(results, reference=REFERENCE)
    assert all(check.ok for check in checks)  # 110 ms: within 120 and 250
    bench.find(results, "postgres", 10000, "kennisbank_longtail").p99 = 130.0
    bench.find(results, "postgres", 10000, "search_longtail").rps = 25.0
    bench.find(results, "sqlite", 10000, "search_longtail").p99 = 300.0
    # SQLite at 1,000 has no targets.
    bench.find(results, "sqlite", 1000, "kennisbank_longtail").p99 = 900.0
    checks = bench.evaluate(results, reference=REFERENCE)
    line = bench.summary_line(checks)
    assert line == (
        f"targets: {ALL_CHECKS - 3}/{ALL_CHECKS} met; missed: "
        "kennisbank long tail p99 130 ms > 120 ms, "
        "search long tail throughput 2.5% of min < 3.0%, "
        "sqlite search long tail p99 300 ms > 250 ms"
    )
    rows = bench.table_rows(results, checks)
    assert row_of(rows, "search_longtail", db="sqlite")["status"] == "MISS p99"
    assert row_of(rows, "kennisbank_longtail", db="sqlite")["status"] == "OK"
    assert row_of(rows, "kennisbank_longtail", db="sqlite", size=1000)["status"] == ""


def test_the_reference_compares_shares_not_machines():
    # A machine twice as fast: twice the requests everywhere, same shares.
    results = fake_results(rps=200.0)
    for result in results:
        if result.page == "minimal":
            result.rps *= 2
    checks = bench.evaluate(results, reference=REFERENCE)
    assert all(check.ok for check in checks if check.name == "vs reference")
    # 85% of the reference's share is the noise margin: 8.5% passes, 8.4% not.
    bench.find(results, "postgres", 10000, "home").rps = 170.0
    bench.find(results, "postgres", 10000, "question").rps = 168.0
    checks = bench.evaluate(results, reference=REFERENCE)
    missed = [c.page for c in checks if c.name == "vs reference" and not c.ok]
    assert missed == ["question"]
    # The committed reference names every fixed row and no other.
    # The API came after the reference run.
    assert set(bench.REFERENCE["pages"]) == set(bench.FIXED_PAGES) - {
        "minimal",
        "api_filtered",
    }
    share = (
        bench.REFERENCE["pages"]["kennisbank_filtered"]["rps"]
        / (bench.REFERENCE["minimal_rps"])
    )
    assert share == pytest.approx(0.036, abs=0.0005)  # docs/performance.md


def test_cached_rows_compare_with_the_minimal_view_of_their_own_run():
    results = fake_results(cached_rps=500.0)
    checks = bench.evaluate(results, reference=REFERENCE)
    assert not any(check.ok for check in checks if check.cached)  # 50% of 1,000
    results.append(
        bench.Result(db="postgres", size=10000, page="minimal", cached=True, rps=600.0)
    )
    checks = bench.evaluate(results, reference=REFERENCE)
    assert all(check.ok for check in checks if check.cached)
    rows = bench.table_rows(results, checks)
    assert row_of(rows, "home", cached=True)["rps_share"] == pytest.approx(500 / 600)


def test_a_failed_row_fails_its_targets_and_shows_in_the_table():
    results = fake_results()
    broken = bench.find(results, "postgres", 10000, "trainings")
    broken.failure = "/opleidingen/: non2xx=12"
    checks = bench.evaluate(results, reference=REFERENCE)
    missed = [check for check in checks if check.ok is False]
    assert {check.page for check in missed} == {"trainings"}
    assert len(missed) == 4  # p95, throughput, scaling, reference
    rows = bench.table_rows(results, checks)
    text = bench.render_text(rows, results)
    markdown = bench.render_markdown(rows, results)
    assert "FAIL" in text
    assert "| postgres | 10,000 | opleidingen | – |" in markdown
    assert "| p95 ms | x min | p99 ms | p95 10k/1k | targets |" in markdown
    assert markdown.count("\n") == len(results) + 1
    # Figures right-aligned, labels left.
    assert markdown.splitlines()[1] == (
        "|---|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    )


def test_partial_runs_are_not_checked():
    results = [
        result
        for result in fake_results()
        if (result.db, result.size) == ("sqlite", 1000)
    ]
    checks = bench.evaluate(results, reference=REFERENCE)
    assert all(check.ok is None for check in checks)
    assert bench.summary_line(checks).startswith("targets: not checked")
    only_10k = [r for r in fake_results() if r.size == 10000]
    line = bench.summary_line(bench.evaluate(only_10k, reference=REFERENCE))
    assert line == f"targets: {ALL_CHECKS - 9}/{ALL_CHECKS - 9} met; not measured: 9"


def test_options_from_the_environment(monkeypatch):
    monkeypatch.setenv("BENCH_DB", "sqlite")
    monkeypatch.setenv("BENCH_SIZES", "1000")
    monkeypatch.setenv("BENCH_DURATION", "3")
    monkeypatch.setenv("BENCH_FRESH", "1")
    options = bench.parse_options([])
    assert options.dbs == ["sqlite"]
    assert options.size_list == [1000]
    assert options.duration == 3
    assert options.fresh
    assert options.connections == 4
    options = bench.parse_options(["--db", "postgresql,sqlite", "--sizes", "10,5"])
    assert options.dbs == ["postgres", "sqlite"]
    assert options.size_list == [5, 10]


def test_rows_with_nothing_kept_are_checked_on_their_p50():
    results = fake_results(cold_p50=60.0)
    # 2% of the minimal view and 60 ms: only the p50 counts.
    checks = bench.evaluate(results, reference=REFERENCE)
    cold = [check for check in checks if not check.kept]
    assert [check.page for check in cold] == [
        key for key in bench.FIXED_PAGES if key != "minimal"
    ]
    assert {check.name for check in cold} == {"p50"}
    assert all(check.ok for check in cold)
    bench.find(results, "postgres", 10000, "kennisbank", kept=False).p50 = 200.0
    checks = bench.evaluate(results, reference=REFERENCE)
    assert bench.summary_line(checks).endswith(
        "missed: kennisbank nothing kept p50 200 ms > 100 ms"
    )
    rows = bench.table_rows(results, checks)
    assert row_of(rows, "kennisbank", kept=False)["status"] == "MISS p50"
    assert row_of(rows, "kennisbank")["status"] == "OK"
    home = row_of(rows, "home", kept=False)
    assert home["scaling"] is None
    # Against the machine's ceiling (the usual minimal view, 1,000 req/s),
    # not against the minimal view with nothing kept (here 500 req/s).
    assert home["rps_share"] == pytest.approx(0.02)
    assert row_of(rows, "minimal", kept=False)["rps_share"] == pytest.approx(0.5)
    assert bench.format_cell("cached", home["cached"], home) == "nothing kept"
    assert "| nothing kept |" in bench.render_markdown(rows, results)
    # Not measured when the run had no such rows.
    kept_only = [result for result in results if result.kept]
    checks = bench.evaluate(kept_only, reference=REFERENCE)
    assert bench.summary_line(checks).endswith("; not measured: 9")


def test_wrk_figures_fill_the_row():
    figures = {
        "requests": 400,
        "duration_us": 4_000_000,
        "p50_us": 20_000,
        "p95_us": 45_000,
        "p99_us": 80_500,
        "non2xx": 0,
        "connect_errors": 0,
        "read_errors": 0,
        "write_errors": 0,
        "status_errors": 0,
        "timeouts": 0,
    }
    options = bench.parse_options([])
    row = bench.Result(db="sqlite", size=1000, page="search_longtail", url="/z/")
    row.urls, row.repeats = 300, 100
    bench.record_figures(options, row, figures)
    assert (row.rps, row.p50, row.p95, row.p99) == (100.0, 20.0, 45.0, 80.5)
    assert not row.failure  # repeats are reported, not an error
    assert bench.repeat_lines([row]) == [
        "Repeated URLs: sqlite 1,000 search long tail, 100 requests after the "
        "300 URLs ran out.",
        "",
    ]
    row = bench.Result(db="sqlite", size=1000, page="search_longtail", url="/z/")
    bench.record_figures(options, row, {**figures, "non2xx": 3})
    assert row.failure == "/z/: non2xx=3"


# Long-tail URLs ---------------------------------------------------------------

FACETS = [
    {"param": "vraag", "values": ["a", "b"]},
    {"param": "type", "values": ["leidraad", "toolbox", "checklist"]},
    {"param": "leeg", "values": []},
    {"param": "thema", "values": ["x", "y", "z", "w"]},
]
# 2 + 3 + 4 with one facet, 2*3 + 2*4 + 3*4 with two, 2*3*4 with three.
FACET_STATES = 9 + 26 + 24


def query_pairs(url):
    return bench.parse_qsl(bench.urlsplit(url).query)


def test_kennisbank_urls_are_new_filter_states_of_real_values():
    urls, possible = bench.kennisbank_urls(
        "/kennisbank/", FACETS, 10_000, seed=1, exclude=[frozenset({("vraag", "a")})]
    )
    assert possible == FACET_STATES - 1
    assert len(urls) == possible  # ran out: every state once
    states = [bench.facet_state(bench.urlsplit(url).query) for url in urls]
    assert len(set(states)) == len(urls)  # no state twice, whatever the page
    assert frozenset({("vraag", "a")}) not in states
    values = {facet["param"]: facet["values"] for facet in FACETS}
    order = [facet["param"] for facet in FACETS]
    second_pages = 0
    for url in urls:
        assert url.startswith("/kennisbank/?")
        pairs = query_pairs(url)
        if pairs[-1] == ("page", "2"):
            second_pages += 1
            pairs = pairs[:-1]
        params = [param for param, _value in pairs]
        assert 1 <= len(pairs) <= 3
        assert params == sorted(set(params), key=order.index)  # as the form
        assert all(value in values[param] for param, value in pairs)
    assert 0 < second_pages < len(urls) / 2
    # Reproducible; another seed, another order.
    again, _possible = bench.kennisbank_urls("/kennisbank/", FACETS, 20, seed=1)
    assert again == bench.kennisbank_urls("/kennisbank/", FACETS, 20, seed=1)[0]
    assert again != bench.kennisbank_urls("/kennisbank/", FACETS, 20, seed=2)[0]
    # One, two and three facets alike while each kind is left (9 with one).
    counts = [len(bench.facet_state(bench.urlsplit(url).query)) for url in again]
    assert {1, 2, 3} <= set(counts)


def test_search_urls_are_new_pairs_of_corpus_words():
    words = ["privacy", "algoritmes", "datakwaliteit", "enquêtes", "gemalen"]
    urls, possible = bench.search_urls("/zoeken/", words, 100, seed=3)
    assert possible == 10
    assert len(urls) == 10
    pairs = [query_pairs(url) for url in urls]
    assert all(pair[0][0] == "q" and len(pair) == 1 for pair in pairs)
    searched = [tuple(pair[0][1].split(" ")) for pair in pairs]
    assert all(
        len(set(words_)) == 2 and set(words_) <= set(words) for words_ in searched
    )
    assert len({frozenset(words_) for words_ in searched}) == 10
    assert "/zoeken/?q=" in urls[0] and "+" in urls[0]  # as a form sends it
    assert any("enqu%C3%AAtes" in url for url in urls)
    # Few of many pairs: drawn one by one, still never the same pair twice.
    many = [f"woord{chr(97 + i)}{chr(97 + j)}" for i in range(20) for j in range(20)]
    urls, possible = bench.search_urls("/zoeken/", many, 2000, seed=3)
    assert possible == 400 * 399 // 2
    assert len(urls) == 2000
    assert len({frozenset(query_pairs(url)[0][1].split()) for url in urls}) == 2000


def test_warm_up_and_measured_urls_do_not_meet():
    urls = [f"/u{number}" for number in range(23)]
    warmup, measured = bench.split_warmup(urls)
    assert len(warmup) == 5 and len(measured) == 18
    assert not set(warmup) & set(measured)
    assert sorted(warmup + measured) == sorted(urls)


def test_long_tail_lists_leave_out_the_fixed_rows():
    vocabulary = {
        "kennisbank": {
            "path": "/kennisbank/",
            "facets": [
                {"param": "type", "values": ["leidraad", "toolbox"]},
                {"param": "bestuurslaag", "values": ["gemeente", "rijk"]},
            ],
        },
        "search": {"path": "/zoeken/", "param": "q", "words": ["een", "twee", "drie"]},
    }
    lists = bench.longtail_lists(vocabulary, count=100)
    kennisbank, possible = lists["kennisbank_longtail"]
    assert possible == 4 + 4 - 1
    fixed = bench.facet_state("type=leidraad&bestuurslaag=gemeente")
    assert fixed not in {bench.facet_state(bench.urlsplit(u).query) for u in kennisbank}
    assert lists["search_longtail"][1] == 3


class _PathRecorder(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as gunicorn does
    # Headers and body go out as two writes: without this, every response
    # waits for a delayed ACK (40 ms).
    disable_nagle_algorithm = True

    def do_GET(self):
        self.server.paths.append(self.path)
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # wrk resets its connections when it stops


@pytest.fixture
def recording_server():
    """A factory of servers that record the paths asked: a new one for each
    run, so that a request still in flight from an earlier run (wrk stops
    mid-request) is not counted in the next."""
    servers = []

    def start():
        server = _QuietServer(("127.0.0.1", 0), _PathRecorder)
        server.paths = []
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server, f"http://127.0.0.1:{server.server_port}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed")
def test_the_wrk_script_gives_each_request_the_next_url(recording_server, tmp_path):
    options = bench.parse_options(["--connections", "4", "--threads", "2"])
    # Far more paths than a second of this server serves: none twice, so
    # the two threads took different ones.
    server, base = recording_server()
    many = tmp_path / "many.txt"
    many.write_text("".join(f"/pad/{number}\n" for number in range(200_000)))
    figures = bench.run_wrk(options, base, 1, many)
    served = server.paths
    assert len(served) > 500
    assert len(set(served)) == len(served)
    assert set(served) <= {f"/pad/{number}" for number in range(200_000)}
    assert figures["urls"] == 200_000
    assert figures["repeats"] == 0
    assert figures["non2xx"] == 0
    assert 0 < figures["p50_us"] <= figures["p95_us"] <= figures["p99_us"]
    # Ten paths: each thread goes round its five again, and says so.
    server, base = recording_server()
    few = tmp_path / "few.txt"
    few.write_text("".join(f"/kort/{number}\n" for number in range(10)))
    figures = bench.run_wrk(options, base, 1, few)
    assert set(server.paths) == {f"/kort/{number}" for number in range(10)}
    assert figures["urls"] == 10
    assert figures["repeats"] == figures["issued"] - 10 > 0
    # Without a list: wrk's one URL, as the fixed rows use it.
    server, base = recording_server()
    figures = bench.run_wrk(options, base + "vast/", 1)
    assert set(server.paths) == {"/vast/"}
    assert (figures["urls"], figures["repeats"]) == (0, 0)


@pytest.mark.django_db
def test_generated_urls_answer_on_the_corpus(corpus, client):
    out = StringIO()
    call_command("bench_vocabulary", stdout=out)
    vocabulary = json.loads(out.getvalue())
    facets = {
        facet["param"]: facet["values"] for facet in vocabulary["kennisbank"]["facets"]
    }
    assert list(facets) == ["vraag", "type", "bestuurslaag", "perspectief", "thema"]
    assert set(facets["vraag"]) <= {f"vraag-{number}" for number in range(4)}
    assert all(facets.values())
    words = vocabulary["search"]["words"]
    assert len(words) > 50
    assert "privacy" in words
    assert not {"voor", "het", "de"} & set(words)
    lists = bench.longtail_lists(vocabulary, count=30)
    for url in lists["kennisbank_longtail"][0][:12]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        # Every value is one the page offers: it shows it as chosen.
        for param, value in query_pairs(url):
            if param != "page":
                assert (
                    f'name="{param}" value="{value}" id="f-{param}-{value}" checked'
                    in html
                )
    for url in lists["search_longtail"][0][:5]:
        response = client.get(url)
        assert response.status_code == 200, url


def test_a_sqlite_corpus_is_read_into_memory_before_it_is_measured(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(bench, "BENCH_DIR", tmp_path)
    (tmp_path / "ibds_bench_1000.sqlite3").write_bytes(b"x" * 3_000_000)
    options = bench.parse_options(["--db", "sqlite", "--sizes", "1000"])
    assert bench.read_into_memory(options, "sqlite", 1000) == "3 MB (the SQLite file)"
