"""Load benchmark of the portal: `make bench`.

For each database (SQLite, PostgreSQL) and each corpus size (1,000 and
10,000 knowledge products) it

1. prepares the corpus in its own database (var/bench/ibds_bench_<N>.sqlite3,
   or ibds_bench_<N> on the PostgreSQL server): an existing one is reused
   when `generate_bench_content --check` says it is complete and made by the
   same generator version; otherwise the database is dropped, created,
   migrated and filled (the time is reported);
2. writes the corpus's long-tail URL lists to var/bench/longtail/ (below)
   and reads the database once into the operating system's file cache
   (every table and index with pg_prewarm, or the SQLite file), as a server
   that has been serving holds it: a corpus just built or reused otherwise
   comes from disk, which made the first few hundred long-tail searches of
   a run slow (p99 446 against 80 ms on 2026-12-07);
3. starts gunicorn with the bench settings (ibds_portal.settings.bench:
   DEBUG off, persistent connections, WhiteNoise, plain http) on 127.0.0.1
   with 2 sync workers and PAGE_CACHE_SECONDS=0;
4. checks that every URL answers 200 (no redirect), warms it up and
   measures it with wrk at a fixed concurrency for a fixed time (requests/s,
   p50, p95 and p99 latency, from scripts/bench_report.lua); a row with any
   non-2xx response or socket error fails loudly. Between rows it waits
   until the workers have finished what wrk left behind;
5. at 10,000 products on PostgreSQL, starts gunicorn again with
   PAGE_CACHE_SECONDS=300 and measures the minimal view and the cacheable
   pages once more; and then once more without the page cache and with
   LISTING_CACHE_SECONDS=0, the fixed-URL rows marked "nothing kept": every
   request then costs what the first one after a publication costs (the
   site, the navigation, counts and lists that are otherwise kept until the
   content changes are computed again).

The fixed-URL rows request one URL again and again: what a page costs once
what it keeps is warm. The two long-tail rows measure the first visit
instead: every request is a URL that nobody requested before in that server
run, so nothing kept for another URL's filter state or query helps it (the
page cache is off in that run anyway). "kennisbank long tail" picks 1 to 3
of the kennisbank's facets with a random value each (a fifth of the URLs ask
for page 2), never the same filter state twice; "search long tail" searches
for two words from the corpus's titles and summaries, never the same pair
twice. `manage.py bench_vocabulary` reads the facets' parameters and values
and the words from the corpus itself; the lists come from a fixed seed, so
the same corpus always gives the same URLs (LONGTAIL_URLS of each, one in
WARMUP_EVERY of them for the warm-up, the others measured). Each wrk thread
takes its own share of the list, and each request the thread's next URL; if
a list runs out, wrk starts it again and the row says how many requests
repeated a URL.

With 4 connections on 2 workers every worker always has a request waiting
(the machine is saturated: the minimal view reaches the same ceiling as with
8 or 16), and a request waits for about one other, so the latencies are
about twice a page's own time. More connections only lengthen the queue:
by Little's law p95 grows with them while the throughput stays, so a p95
target and a throughput target can only both be read at a concurrency that
just saturates the workers. A row in which not a single request completes
(a page slower than BENCH_DURATION / 2) fails: give it a longer
BENCH_DURATION.

Then it prints one table, every figure also as a ratio to the minimal view
(a bench-only URL that returns a tiny response through the whole middleware
stack: this machine's ceiling) of the same database and size, plus each
page's p95 at 10,000 over its p95 at 1,000; it checks the targets (TARGETS
below: among them each fixed-URL row's share of the minimal view against
the reference run in scripts/bench_reference.json) and ends with one line,
`targets: X/Y met; ...`. The same table goes
to var/bench/results.md (with a description of the machine) for
docs/performance.md, and the raw figures to var/bench/results.json.

Options (environment variable, or the argument of the same name):

    BENCH_DB=sqlite,postgres   --db        databases to run
    BENCH_SIZES=1000,10000     --sizes     corpus sizes (products)
    BENCH_DURATION=8           --duration  seconds measured per row
    BENCH_WARMUP=2             --warmup    seconds of warm-up per row
    BENCH_CONNECTIONS=4        --connections  concurrent connections (all rows)
    BENCH_THREADS=2            --threads   wrk threads
    BENCH_TIMEOUT=30           --timeout   seconds before wrk gives up on a request
    BENCH_FRESH=1              --fresh     rebuild the corpora
    BENCH_PG=postgres://postgres@127.0.0.1:5432   --pg   PostgreSQL server
    BENCH_PORT=0               --port      gunicorn's port (0: a free one)

For example `BENCH_DB=sqlite BENCH_SIZES=1000 BENCH_DURATION=3 make bench`.
Exit status: 0 when every row ran (targets missed or not), 1 when a row
failed (an error response or no answer), 2 on a setup error.

Standard library only; run it with the project's virtualenv Python (it
imports psycopg from there to create and drop the benchmark databases).
"""

import argparse
import datetime
import json
import os
import platform
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from importlib import metadata
from itertools import combinations, product
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
PYTHON = VENV_BIN / "python"
GUNICORN = VENV_BIN / "gunicorn"
BENCH_DIR = ROOT / "var" / "bench"
LUA_SCRIPT = ROOT / "scripts" / "bench_report.lua"
SETTINGS = "ibds_portal.settings.bench"
WORKERS = 2
CACHE_SECONDS = 300
MINIMAL_PATH = "/bench/minimaal/"
API_PRODUCTS = "/api/v1/kennisproducten"
DB_NAME = re.compile(r"^ibds_bench_\d+$")

# The rows of every run: key, label, URL (filled in from the corpus record),
# kind (which targets apply). A long-tail row has no URL of its own: each of
# its requests takes the next one of a list (LONGTAIL, below).
PAGES = [
    ("minimal", "minimal view", MINIMAL_PATH, "ceiling"),
    ("home", "home", "/", "page"),
    ("question", "question", "{question}", "page"),
    ("product", "product", "{product}", "page"),
    ("kennisbank", "kennisbank", "/kennisbank/", "listing"),
    (
        "kennisbank_filtered",
        "kennisbank filtered",
        "/kennisbank/?type=leidraad&bestuurslaag=gemeente",
        "listing",
    ),
    (
        "kennisbank_longtail",
        "kennisbank long tail",
        "/kennisbank/?<1-3 facets>[&page=2]",
        "longtail",
    ),
    ("trainings", "opleidingen", "/opleidingen/", "listing"),
    ("search_common", "search common", "/zoeken/?q={common}", "search"),
    ("search_rare", "search rare", "/zoeken/?q={rare}", "search"),
    ("search_longtail", "search long tail", "/zoeken/?q=<word>+<word>", "longtail"),
    (
        "api_filtered",
        "API filtered",
        "/api/v1/kennisproducten?type=leidraad&bestuurslaag=gemeente",
        "listing",
    ),
    (
        "api_longtail",
        "API long tail",
        "/api/v1/kennisproducten?<1-3 facets>[&page=2]",
        "longtail",
    ),
]
PAGE_KINDS = {key: kind for key, _label, _url, kind in PAGES}
PAGE_LABELS = {key: label for key, label, _url, _kind in PAGES}
PAGE_URLS = {key: url for key, _label, url, _kind in PAGES}
CACHED_PAGES = ["home", "question", "product", "kennisbank"]
# The rows with one URL each: the only ones the runs with the page cache
# and with nothing kept measure.
FIXED_PAGES = [key for key, *_rest, kind in PAGES if kind != "longtail"]
LONGTAIL_PAGES = [key for key, *_rest, kind in PAGES if kind == "longtail"]
# Long-tail URLs per list (measured and warm-up together): far more than any
# row requests (at 300 requests/s a row of 8 s takes 2,400), so wrk never
# has to repeat one unless the corpus offers fewer combinations.
LONGTAIL_URLS = 25_000
# One URL in WARMUP_EVERY goes to the warm-up list, the rest is measured:
# both lists then have the same mix, and none of their URLs is in the other.
WARMUP_EVERY = 5
LONGTAIL_SEED = 2026
# A filtered kennisbank asks for the second page this often.
SECOND_PAGE_SHARE = 0.2
REFERENCE_FILE = ROOT / "scripts" / "bench_reference.json"


@dataclass(frozen=True)
class Targets:
    """What the issues ask, on PostgreSQL at 10,000 products, uncached.

    Issue #7: p95, throughput and scaling of the fixed-URL pages and the
    cached pages. The long-tail issue (the first visit): the long-tail rows'
    throughput and p99, here and on SQLite at the same size; every page's
    p50 with nothing kept; and the fixed-URL rows no worse than the
    reference run (scripts/bench_reference.json).
    """

    db: str = "postgres"
    size: int = 10_000
    base_size: int = 1_000
    # p95 in ms, per kind of page (and the scaling of that p95).
    p95_ms: dict = field(
        default_factory=lambda: {"page": 100, "listing": 100, "search": 150}
    )
    # p99 in ms, per kind of page.
    p99_ms: dict = field(default_factory=lambda: {"longtail": 120})
    # Throughput as a share of the minimal view, per kind of page.
    share: dict = field(
        default_factory=lambda: {
            "page": 0.05,
            "listing": 0.025,
            "search": 0.025,
            "longtail": 0.03,
        }
    )
    # p95 at `size` over p95 at `base_size`, at most.
    scaling: float = 1.5
    # Cached pages: throughput as a share of the minimal view.
    cached_share: float = 0.70
    # Nothing kept (the first request after a publication): p50 in ms of
    # every page.
    cold_p50_ms: float = 100
    # The long-tail rows on `other_db` at `size`: p99 in ms.
    other_db: str = "sqlite"
    other_p99_ms: float = 250
    # A fixed-URL row's share of the minimal view over the reference run's,
    # at least: the reference figures are single runs on a shared machine,
    # whose shares move by about a tenth between runs (docs/performance.md).
    reference_share: float = 0.85


TARGETS = Targets()


def load_reference(path=REFERENCE_FILE) -> dict:
    """The reference run of the fixed-URL rows (scripts/bench_reference.json)."""
    return json.loads(Path(path).read_text())


REFERENCE = load_reference()


@dataclass
class Result:
    """One measured row. Latencies in milliseconds."""

    db: str
    size: int
    page: str
    cached: bool = False
    # False: served with LISTING_CACHE_SECONDS=0 (nothing kept between
    # requests): what the first request after a publication costs.
    kept: bool = True
    rps: float = 0.0
    p50: float = 0.0
    p95: float = 0.0
    p99: float = 0.0
    requests: int = 0
    url: str = ""
    failure: str = ""
    # Long-tail rows: the distinct URLs wrk had, and the requests that had
    # to repeat one of them because the list ran out.
    urls: int = 0
    repeats: int = 0


@dataclass
class Check:
    db: str
    size: int
    page: str
    cached: bool
    name: str
    ok: bool | None  # None: not measured
    detail: str
    kept: bool = True


# Targets and the table (pure functions: tests/test_bench.py) --------------


def find(results, db, size, page, cached=False, kept=True):
    for result in results:
        if (result.db, result.size, result.page, result.cached, result.kept) == (
            db,
            size,
            page,
            cached,
            kept,
        ):
            return result
    return None


def _at_most(value, limit, unit="ms"):
    ok = value <= limit
    return ok, f"{value:.0f} {unit} {'<=' if ok else '>'} {limit:g} {unit}"


def _share_of(row, minimal):
    return row.rps / minimal.rps if minimal.rps else 0.0


def evaluate(results, targets: Targets = TARGETS, reference=None) -> list[Check]:
    """Every target check, met (True), missed (False) or not measured (None).

    `reference` is the reference run of the fixed-URL rows (REFERENCE when
    not given; an empty dict leaves those checks out).
    """
    reference = REFERENCE if reference is None else reference
    db, size = targets.db, targets.size
    minimal = find(results, db, size, "minimal")
    checks = []

    def add(page, name, ok, detail, cached=False, kept=True, on=db):
        checks.append(Check(on, size, page, cached, name, ok, detail, kept))

    def usable(result):
        return result is not None and not result.failure

    reference_pages = reference.get("pages", {}) if reference else {}
    for key, _label, _url, kind in PAGES:
        if kind == "ceiling":
            continue
        names = [
            *(["p95"] if kind in targets.p95_ms else []),
            *(["p99"] if kind in targets.p99_ms else []),
            "throughput",
            *(["scaling"] if kind in targets.p95_ms else []),
            *(["vs reference"] if key in reference_pages else []),
        ]
        row = find(results, db, size, key)
        if row is None or row.failure:
            for name in names:
                if row is None:
                    add(key, name, None, "not measured")
                else:
                    add(key, name, False, f"failed: {row.failure}")
            continue
        if kind in targets.p95_ms:
            add(key, "p95", *_at_most(row.p95, targets.p95_ms[kind]))
        if kind in targets.p99_ms:
            add(key, "p99", *_at_most(row.p99, targets.p99_ms[kind]))
        share = targets.share[kind]
        if usable(minimal):
            ratio = _share_of(row, minimal)
            ok = ratio >= share
            add(
                key,
                "throughput",
                ok,
                f"{ratio:.1%} of min {'>=' if ok else '<'} {share:.1%}",
            )
        else:
            add(key, "throughput", None, "minimal view not measured")
        if kind in targets.p95_ms:
            base = find(results, db, targets.base_size, key)
            if usable(base) and base.p95 > 0:
                ratio = row.p95 / base.p95
                ok = ratio <= targets.scaling
                add(
                    key,
                    "scaling",
                    ok,
                    f"x{ratio:.2f} {'<=' if ok else '>'} x{targets.scaling}",
                )
            else:
                add(key, "scaling", None, f"no run at {targets.base_size}")
        if key in reference_pages:
            add(
                key,
                "vs reference",
                *_against_reference(row, minimal, reference, targets),
            )
    # Cached rows against the minimal view of their own server run.
    cached_minimal = find(results, db, size, "minimal", cached=True) or minimal
    for key in CACHED_PAGES:
        row = find(results, db, size, key, cached=True)
        if row is None:
            add(key, "throughput", None, "not measured", cached=True)
        elif row.failure:
            add(key, "throughput", False, f"failed: {row.failure}", cached=True)
        elif not usable(cached_minimal):
            add(key, "throughput", None, "minimal view not measured", cached=True)
        else:
            ratio = _share_of(row, cached_minimal)
            ok = ratio >= targets.cached_share
            add(
                key,
                "throughput",
                ok,
                f"{ratio:.1%} of min {'>=' if ok else '<'} {targets.cached_share:.0%}",
                cached=True,
            )
    # Nothing kept: every page's p50, whatever its kind.
    for key in FIXED_PAGES:
        if PAGE_KINDS[key] == "ceiling":
            continue
        row = find(results, db, size, key, kept=False)
        if row is None:
            add(key, "p50", None, "not measured", kept=False)
        elif row.failure:
            add(key, "p50", False, f"failed: {row.failure}", kept=False)
        else:
            add(key, "p50", *_at_most(row.p50, targets.cold_p50_ms), kept=False)
    # The long tail on the other database.
    for key in LONGTAIL_PAGES:
        row = find(results, targets.other_db, size, key)
        if row is None:
            add(key, "p99", None, "not measured", on=targets.other_db)
        elif row.failure:
            add(key, "p99", False, f"failed: {row.failure}", on=targets.other_db)
        else:
            add(
                key,
                "p99",
                *_at_most(row.p99, targets.other_p99_ms),
                on=targets.other_db,
            )
    return checks


def _against_reference(row, minimal, reference, targets):
    """(ok, detail): the row's share of the minimal view against the
    reference run's share of its own minimal view. Shares, not requests per
    second: the reference may come from a faster or slower machine."""
    if minimal is None or minimal.failure or not minimal.rps:
        return None, "minimal view not measured"
    then = reference["pages"][row.page]["rps"] / reference["minimal_rps"]
    now = _share_of(row, minimal)
    ok = now >= then * targets.reference_share
    return ok, (
        f"{now:.1%} of min, {now / then:.0%} of the reference's {then:.1%} "
        f"{'>=' if ok else '<'} {targets.reference_share:.0%}"
    )


def check_label(check: Check, targets: Targets = TARGETS) -> str:
    where = "" if check.db == targets.db else f"{check.db} "
    cache = " cached" if check.cached else "" if check.kept else " nothing kept"
    return f"{where}{PAGE_LABELS[check.page]}{cache} {check.name}"


def summary_line(checks: list[Check], targets: Targets = TARGETS) -> str:
    """The last line of the report."""
    measured = [check for check in checks if check.ok is not None]
    if not measured:
        return (
            f"targets: not checked (they apply to {targets.db} at "
            f"{targets.size} products, to the scaling from {targets.base_size} "
            f"and to the long tail on {targets.other_db} at {targets.size})"
        )
    met = sum(check.ok for check in measured)
    line = f"targets: {met}/{len(measured)} met"
    missed = [check for check in measured if not check.ok]
    if missed:
        line += "; missed: " + ", ".join(
            f"{check_label(check, targets)} {check.detail}" for check in missed
        )
    unmeasured = len(checks) - len(measured)
    if unmeasured:
        line += f"; not measured: {unmeasured}"
    return line


def _ratio(value, ceiling):
    return value / ceiling if ceiling else None


def table_rows(results, checks: list[Check]) -> list[dict]:
    """One dict per result, with the ratios and the target status."""
    sizes = sorted({result.size for result in results})
    rows = []
    for result in results:
        # Against the minimal view of the same server run; rows with nothing
        # kept against the usual one, the machine's ceiling (with nothing
        # kept the minimal view itself looks up the site every time).
        minimal = find(
            results, result.db, result.size, "minimal", result.cached
        ) or find(results, result.db, result.size, "minimal")
        ok_minimal = minimal is not None and not minimal.failure
        row = {
            "db": result.db,
            "size": result.size,
            "page": result.page,
            "label": PAGE_LABELS.get(result.page, result.page),
            "cached": result.cached,
            "kept": result.kept,
            "url": result.url,
            "failure": result.failure,
            "rps": result.rps,
            "p50": result.p50,
            "p95": result.p95,
            "p99": result.p99,
            "rps_share": None,
            "p50_x": None,
            "p95_x": None,
            "scaling": None,
            "status": "",
        }
        if ok_minimal and not result.failure and result is not minimal:
            row["rps_share"] = _ratio(result.rps, minimal.rps)
            row["p50_x"] = _ratio(result.p50, minimal.p50)
            row["p95_x"] = _ratio(result.p95, minimal.p95)
        checked = result.kept and not result.failure
        if not result.cached and result.size != sizes[0] and checked:
            base = find(results, result.db, sizes[0], result.page)
            if base is not None and not base.failure and base.p95:
                row["scaling"] = result.p95 / base.p95
        mine = [
            check
            for check in checks
            if (check.db, check.size, check.page, check.cached, check.kept)
            == (result.db, result.size, result.page, result.cached, result.kept)
            and check.ok is not None
        ]
        if result.failure:
            row["status"] = "FAIL"
        elif mine:
            missed = [check.name for check in mine if not check.ok]
            row["status"] = "MISS " + ", ".join(missed) if missed else "OK"
        rows.append(row)
    return rows


COLUMNS = [
    ("DB", "db"),
    ("products", "size"),
    ("page", "label"),
    ("cache", "cached"),
    ("req/s", "rps"),
    ("% of min", "rps_share"),
    ("p50 ms", "p50"),
    ("x min", "p50_x"),
    ("p95 ms", "p95"),
    ("x min", "p95_x"),
    ("p99 ms", "p99"),
    ("p95 10k/1k", "scaling"),
    ("targets", "status"),
]


def format_cell(key, value, row) -> str:
    if row["failure"] and key in ("rps", "p50", "p95", "p99") and not value:
        return "FAIL"
    if key == "cached":
        return "cached" if value else "–" if row.get("kept", True) else "nothing kept"
    if value is None:
        return "–"
    if key == "size":
        return f"{value:,}"
    if key == "rps":
        return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"
    if key in ("p50", "p95", "p99"):
        return f"{value:.1f}" if value < 100 else f"{value:,.0f}"
    if key == "rps_share":
        return f"{value:.1%}"
    if key in ("p50_x", "p95_x", "scaling"):
        return f"x{value:.1f}" if value >= 10 else f"x{value:.2f}"
    return str(value)


def scaling_header(results) -> str:
    sizes = sorted({result.size for result in results})
    if len(sizes) < 2:
        return "p95 vs smallest"
    short = [f"{s // 1000}k" if s % 1000 == 0 else str(s) for s in sizes]
    return f"p95 {short[-1]}/{short[0]}" if len(sizes) == 2 else f"p95 N/{short[0]}"


# Columns of figures, aligned to the right.
NUMERIC = {"size", "rps", "rps_share", "p50", "p50_x", "p95", "p95_x", "p99", "scaling"}


def headers_and_alignment(results) -> tuple[list[str], set[int]]:
    headers = [
        scaling_header(results) if key == "scaling" else name for name, key in COLUMNS
    ]
    right = {i for i, (_name, key) in enumerate(COLUMNS) if key in NUMERIC}
    return headers, right


def render_text(rows, results) -> str:
    headers, right = headers_and_alignment(results)
    cells = [[format_cell(key, row[key], row) for _n, key in COLUMNS] for row in rows]
    widths = [
        max(len(headers[i]), *(len(line[i]) for line in cells))
        for i in range(len(headers))
    ]

    def line(values):
        return "  ".join(
            value.rjust(widths[i]) if i in right else value.ljust(widths[i])
            for i, value in enumerate(values)
        ).rstrip()

    out = [line(headers), line(["-" * width for width in widths])]
    previous = None
    for row, values in zip(rows, cells, strict=True):
        if previous is not None and (row["db"], row["size"]) != previous:
            out.append("")
        previous = (row["db"], row["size"])
        out.append(line(values))
    return "\n".join(out)


def render_markdown(rows, results) -> str:
    headers, right = headers_and_alignment(results)
    out = [
        "| " + " | ".join(headers) + " |",
        "|"
        + "|".join("---:" if i in right else "---" for i in range(len(headers)))
        + "|",
    ]
    for row in rows:
        cells = [format_cell(key, row[key], row) for _n, key in COLUMNS]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


# Long-tail URLs (pure functions: tests/test_bench.py) ----------------------


def facet_state(query: str) -> frozenset:
    """The filter state of a query string: its (parameter, value) pairs
    without the page number, in any order."""
    return frozenset(
        (param, value) for param, value in parse_qsl(query) if param != "page"
    )


def facet_combinations(facets: list[dict], most: int = 3) -> list[list[tuple]]:
    """Every choice of 1 to `most` facets with one value each: item k - 1
    lists the choices of k facets, each a tuple of (parameter, value) pairs
    in the order of the filter form."""
    offered = [facet for facet in facets if facet["values"]]
    groups = []
    for number in range(1, most + 1):
        group = []
        for chosen in combinations(offered, number):
            group.extend(
                tuple(zip((facet["param"] for facet in chosen), values, strict=True))
                for values in product(*(facet["values"] for facet in chosen))
            )
        groups.append(group)
    return groups


def kennisbank_urls(
    path: str, facets: list[dict], count: int, seed: int, exclude=()
) -> tuple[list[str], int]:
    """Up to `count` filtered listing URLs, each a filter state of its own.

    Each URL picks 1, 2 or 3 facets (each number as likely, as long as
    combinations with that number are left: there are only as many with one
    facet as there are values) and one value of each; SECOND_PAGE_SHARE of
    them ask for page 2. No two URLs share a filter state, not even with
    another page number, since the kept counts and order are per state; the
    states in `exclude` (those of the fixed rows) are left out. Returns the
    URLs and how many states there were to pick from (fewer URLs than
    `count` when they ran out).
    """
    rng = random.Random(seed)  # noqa: S311 - a reproducible list, not a secret
    excluded = set(exclude)
    groups = [
        [combo for combo in group if frozenset(combo) not in excluded]
        for group in facet_combinations(facets)
    ]
    possible = sum(len(group) for group in groups)
    for group in groups:
        rng.shuffle(group)
    urls = []
    while len(urls) < count:
        left = [group for group in groups if group]
        if not left:
            break
        pairs = list(rng.choice(left).pop())
        if rng.random() < SECOND_PAGE_SHARE:
            pairs.append(("page", "2"))
        urls.append(f"{path}?{urlencode(pairs)}")
    return urls, possible


def search_urls(
    path: str, words: list[str], count: int, seed: int, param: str = "q"
) -> tuple[list[str], int]:
    """Up to `count` searches for two different words of `words`, no pair
    of words twice (in either order). Returns the URLs and how many pairs
    there were."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible list, not a secret
    words = sorted(set(words))
    possible = len(words) * (len(words) - 1) // 2
    if count >= possible // 2:
        # Most pairs are wanted: draw from all of them.
        pairs = list(combinations(words, 2))
        rng.shuffle(pairs)
        pairs = [pair if rng.random() < 0.5 else pair[::-1] for pair in pairs]
    else:
        pairs, seen = [], set()
        while len(pairs) < count:
            pair = tuple(rng.sample(words, 2))
            if frozenset(pair) not in seen:
                seen.add(frozenset(pair))
                pairs.append(pair)
    return [
        f"{path}?{urlencode([(param, f'{first} {second}')])}"
        for first, second in pairs[:count]
    ], possible


def longtail_lists(
    vocabulary: dict, count: int = LONGTAIL_URLS, seed: int = LONGTAIL_SEED
) -> dict:
    """The long-tail rows' URLs from the output of `manage.py
    bench_vocabulary`: key -> (URLs, how many there were to pick from)."""
    knowledge = vocabulary["kennisbank"]
    search = vocabulary["search"]
    return {
        "kennisbank_longtail": kennisbank_urls(
            knowledge["path"],
            knowledge["facets"],
            count,
            seed,
            exclude=[facet_state(urlsplit(PAGE_URLS["kennisbank_filtered"]).query)],
        ),
        "search_longtail": search_urls(
            search["path"], search["words"], count, seed + 1, search["param"]
        ),
        # The same kind of selections through the API (no page cache there:
        # every request is a first visit of its own).
        "api_longtail": kennisbank_urls(
            API_PRODUCTS,
            knowledge["facets"],
            count,
            seed + 2,
            exclude=[facet_state(urlsplit(PAGE_URLS["api_filtered"]).query)],
        ),
    }


def split_warmup(urls: list[str], every: int = WARMUP_EVERY):
    """(warm-up, measured): every `every`-th URL is for the warm-up."""
    warmup = urls[::every]
    measured = [url for index, url in enumerate(urls) if index % every]
    return warmup, measured


# Running ------------------------------------------------------------------


class BenchError(Exception):
    """A setup problem: stop the run."""


def env_default(name, default):
    return os.environ.get(name, "").strip() or default


def parse_options(argv=None):
    parser = argparse.ArgumentParser(
        description="Load benchmark of the portal (see the module docstring)."
    )
    parser.add_argument("--db", default=env_default("BENCH_DB", "sqlite,postgres"))
    parser.add_argument("--sizes", default=env_default("BENCH_SIZES", "1000,10000"))
    parser.add_argument(
        "--duration", type=int, default=int(env_default("BENCH_DURATION", "8"))
    )
    parser.add_argument(
        "--warmup", type=int, default=int(env_default("BENCH_WARMUP", "2"))
    )
    parser.add_argument(
        "--connections", type=int, default=int(env_default("BENCH_CONNECTIONS", "4"))
    )
    parser.add_argument(
        "--threads", type=int, default=int(env_default("BENCH_THREADS", "2"))
    )
    parser.add_argument(
        "--timeout", type=int, default=int(env_default("BENCH_TIMEOUT", "30"))
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        default=env_default("BENCH_FRESH", "0").lower() in {"1", "true", "yes"},
    )
    parser.add_argument(
        "--pg", default=env_default("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
    )
    parser.add_argument("--port", type=int, default=int(env_default("BENCH_PORT", "0")))
    options = parser.parse_args(argv)
    aliases = {"sqlite": "sqlite", "postgres": "postgres", "postgresql": "postgres"}
    try:
        options.dbs = [aliases[name.strip().lower()] for name in options.db.split(",")]
    except KeyError as error:
        parser.error(f"unknown database {error}; use sqlite and/or postgres")
    options.size_list = sorted({int(size) for size in options.sizes.split(",")})
    if options.threads > options.connections:
        options.threads = options.connections
    return options


def log(message=""):
    print(message, flush=True)


def database_url(options, db, size) -> str:
    if db == "sqlite":
        return f"sqlite:///{BENCH_DIR / f'ibds_bench_{size}.sqlite3'}"
    return f"{options.pg.rstrip('/')}/ibds_bench_{size}"


def manage(args, database_url, check=True, capture=False, extra_env=None):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DATABASE_URL": database_url,
        **(extra_env or {}),
    }
    return subprocess.run(  # noqa: S603 - our own manage.py
        [str(PYTHON), "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=check,
        text=True,
        capture_output=capture,
    )


def pg_admin(options):
    """A connection to the server's maintenance database, autocommit."""
    import psycopg

    return psycopg.connect(f"{options.pg.rstrip('/')}/postgres", autocommit=True)


def recreate_database(options, db, size):
    name = f"ibds_bench_{size}"
    if not DB_NAME.match(name):
        raise BenchError(f"refusing to touch database {name!r}")
    if db == "sqlite":
        BENCH_DIR.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            (BENCH_DIR / f"{name}.sqlite3{suffix}").unlink(missing_ok=True)
        return
    from psycopg import sql

    with pg_admin(options) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)
            )
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def read_corpus(url, size):
    """The corpus record if complete for this generator and size, else None."""
    done = manage(
        ["generate_bench_content", "--products", str(size), "--check"],
        url,
        check=False,
        capture=True,
    )
    if done.returncode != 0:
        return None
    return json.loads(done.stdout)


def prepare_corpus(options, db, size) -> dict:
    url = database_url(options, db, size)
    record = None if options.fresh else read_corpus(url, size)
    if record is not None:
        log(f"  corpus: reusing {db} {size} (generator v{record['version']})")
        # The code may have new migrations since the corpus was built.
        manage(["migrate", "--noinput", "-v", "0"], url)
        record["reused"] = True
        return record
    log(f"  corpus: building {db} {size} (migrate, demo content, synthetic pages)")
    started = time.perf_counter()
    recreate_database(options, db, size)
    manage(["migrate", "--noinput", "-v", "0"], url)
    migrated = time.perf_counter() - started
    manage(["generate_bench_content", "--products", str(size)], url)
    record = read_corpus(url, size)
    if record is None:
        raise BenchError(f"the corpus for {db} {size} is incomplete after generating")
    record["reused"] = False
    record["build_seconds"] = round(time.perf_counter() - started, 1)
    record["migrate_seconds"] = round(migrated, 1)
    log(f"  corpus: built in {record['build_seconds']:.0f} s")
    return record


# The relations read into the operating system's file cache before a
# corpus is measured (PostgreSQL: with pg_prewarm, where the server has it).
PREWARM_SQL = """
    SELECT sum(pg_prewarm(c.oid::regclass, 'read'))
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'i', 't', 'm') AND c.relpersistence = 'p'
        AND n.nspname IN ('public', 'pg_toast')
"""


def read_into_memory(options, db, size) -> str:
    """Read the corpus's database once, so that the runs measure a server
    whose data is in memory, as on one that has been serving for a while,
    rather than this machine's disk (a corpus just built or reused is often
    not in the file cache: the first few hundred searches then read the
    search index from disk, and a long-tail row of 8 s measured mostly
    that). The URLs stay new: nothing of the portal is requested.

    Returns what was read, for the log."""
    if db == "sqlite":
        path = BENCH_DIR / f"ibds_bench_{size}.sqlite3"
        read = 0
        with open(path, "rb") as file:
            while chunk := file.read(1 << 20):
                read += len(chunk)
        return f"{read / 1e6:.0f} MB (the SQLite file)"
    import psycopg

    with psycopg.connect(database_url(options, db, size), autocommit=True) as conn:
        try:
            conn.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
        except psycopg.Error as error:
            return f"nothing: pg_prewarm is not available ({error})"
        (blocks,) = conn.execute(PREWARM_SQL).fetchone()
    return f"{int(blocks or 0) * 8192 / 1e6:.0f} MB (every table and index, pg_prewarm)"


def free_port(preferred) -> int:
    if preferred:
        return preferred
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn with the bench settings, in its own process group."""

    def __init__(self, options, url, cache_seconds, log_path, extra_env=None):
        self.port = free_port(options.port)
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "DATABASE_URL": url,
            "PAGE_CACHE_SECONDS": str(cache_seconds),
            "LOG_LEVEL": "WARNING",
            **(extra_env or {}),
        }
        self.log_file = open(log_path, "a")  # closed in stop()
        self.start()

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603 - fixed arguments
            [
                str(GUNICORN),
                "ibds_portal.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(WORKERS),
                "--worker-class",
                "sync",
                "--timeout",
                "120",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            self.wait_until_ready()
        except BaseException:
            self.stop()
            raise

    def ensure_running(self):
        """Start gunicorn again if something outside stopped it (on a shared
        machine it happens): said loudly, and the row goes on."""
        if self.process.poll() is None:
            return
        log(
            f"  !! gunicorn had stopped (exit status {self.process.returncode}, "
            "not by this script): starting it again"
        )
        self.start()

    def wait_until_ready(self, seconds=90):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(
                    f"gunicorn stopped at start (see {self.log_file.name})"
                )
            try:
                status, _body = fetch(self.base + MINIMAL_PATH, timeout=2)
            except OSError:
                status = None
            if status == 200:
                break
            time.sleep(0.3)
        else:
            raise BenchError(f"gunicorn did not answer within {seconds} s")
        # Both workers warm, then how fast an idle server answers.
        timings = []
        for _ in range(10):
            started = time.perf_counter()
            fetch(self.base + MINIMAL_PATH)
            timings.append(time.perf_counter() - started)
        self.idle_seconds = sorted(timings)[len(timings) // 2]

    def drain(self, figures, connections, seconds=180):
        """Wait until the workers are idle again after a wrk run.

        wrk stops at the end of its time and drops the requests under way,
        but the workers still finish them (up to one per connection): on a
        slow page that would spill into the next row. Once the minimal view
        answers as fast as on an idle server, twice in a row, the queue is
        empty; the other worker may still finish one request, which takes
        about p50 x workers / connections (Little's law), so wait that long.
        """
        threshold = max(0.05, 5 * self.idle_seconds)
        deadline = time.monotonic() + seconds
        quick = 0
        while quick < 2 and time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                fetch(self.base + MINIMAL_PATH, timeout=seconds)
            except OSError:
                if self.process.poll() is not None:
                    return  # stopped: the next row starts it again
                time.sleep(0.5)
                continue
            quick = quick + 1 if time.perf_counter() - started < threshold else 0
        service = figures["p50_us"] / 1e6 * WORKERS / max(1, connections)
        time.sleep(min(service, 30))

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log_file.close()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url, timeout=30):
    """(status, body) of a GET, without following redirects."""
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def run_wrk(options, url, seconds, url_file=None) -> dict:
    """wrk against `url`, or with `url_file` against each path of that file
    in turn (on `url`'s server)."""
    command = [
        wrk_path(),
        f"-t{options.threads}",
        f"-c{options.connections}",
        f"-d{seconds}s",
        "--timeout",
        f"{options.timeout}s",
        "-s",
        str(LUA_SCRIPT),
        url,
    ]
    if url_file is not None:
        command += ["--", str(url_file), str(options.threads)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    for line in done.stdout.splitlines():
        if line.startswith("BENCH_RESULT "):
            return json.loads(line.removeprefix("BENCH_RESULT "))
    raise BenchError(f"wrk gave no result for {url}: {done.stdout}{done.stderr}")


def first_get(options, server, result, path) -> bool:
    """GET `path` once (not measured); False, with the row failed, unless it
    answers 200."""
    started = time.perf_counter()
    try:
        # Generous: a cold first request may be slow; wrk measures the rest.
        status, _body = fetch(server.base + path, timeout=max(120, options.timeout))
    except OSError as error:
        status = f"no answer ({error})"
    first = time.perf_counter() - started
    if first > 2:
        log(f"  (the first GET {path} took {first:.1f} s)")
    if status != 200:
        result.failure = f"GET {path} answered {status}, not 200"
        log(f"  !! {result.failure}")
        return False
    return True


def measure(options, server, db, size, page, path, cached, kept=True) -> Result:
    url = server.base + path
    result = Result(db=db, size=size, page=page, cached=cached, kept=kept, url=path)
    server.ensure_running()
    if not first_get(options, server, result, path):
        return result
    # A second request, so both workers have seen the page, then wrk.
    try:
        fetch(url, timeout=max(120, options.timeout))
    except OSError:
        pass  # wrk will tell
    if options.warmup:
        server.drain(run_wrk(options, url, options.warmup), options.connections)
    figures = run_wrk(options, url, options.duration)
    server.drain(figures, options.connections)
    return record_figures(options, result, figures)


# Long-tail rows: how many of the warm-up URLs are first checked for a 200.
LONGTAIL_CHECKED = 3


def measure_longtail(options, server, db, size, page, lists) -> Result:
    """A long-tail row: every request a URL that nobody requested before.

    The warm-up runs on URLs of its own (and the first few of them are
    checked for a 200 first), so the measured ones are all new to the
    server.
    """
    result = Result(db=db, size=size, page=page, url=PAGE_URLS[page])
    server.ensure_running()
    warmup_file = ROOT / lists["warmup_file"]
    measured_file = ROOT / lists["file"]
    checked = warmup_file.read_text().split()[:LONGTAIL_CHECKED]
    for path in checked:
        if not first_get(options, server, result, path):
            return result
    base = server.base + "/"
    if options.warmup:
        figures = run_wrk(options, base, options.warmup, warmup_file)
        server.drain(figures, options.connections)
    figures = run_wrk(options, base, options.duration, measured_file)
    server.drain(figures, options.connections)
    result.urls = figures["urls"]
    result.repeats = figures["repeats"]
    return record_figures(options, result, figures)


def record_figures(options, result, figures) -> Result:
    """Fill the row from wrk's figures (and fail it on any error); log it."""
    errors = {
        name: figures[name]
        for name in (
            "non2xx",
            "connect_errors",
            "read_errors",
            "write_errors",
            "status_errors",
            "timeouts",
        )
        if figures[name]
    }
    result.requests = figures["requests"]
    seconds = figures["duration_us"] / 1e6
    result.rps = figures["requests"] / seconds if seconds else 0.0
    result.p50 = figures["p50_us"] / 1000
    result.p95 = figures["p95_us"] / 1000
    result.p99 = figures["p99_us"] / 1000
    line = (
        f"  {PAGE_LABELS[result.page]:<22} {result.rps:8.1f} req/s  "
        f"p50 {result.p50:7.1f} ms  p95 {result.p95:7.1f} ms  "
        f"p99 {result.p99:7.1f} ms"
    )
    if result.repeats:
        line += (
            f"  (repeated URLs: {result.repeats:,} requests, the list of "
            f"{result.urls:,} ran out)"
        )
    if not figures["requests"]:
        result.failure = (
            f"no request to {result.url} completed in {options.duration} s "
            "(a longer BENCH_DURATION?)"
        )
    elif errors:
        described = ", ".join(f"{k}={v}" for k, v in errors.items())
        result.failure = f"{result.url}: {described}"
    if result.failure:
        line += f"  !! FAILED: {result.failure}"
    log(line)
    return result


def page_paths(record) -> dict:
    values = {
        "question": record["urls"]["question"],
        "product": record["urls"]["product"],
        "common": record["terms"]["common"],
        "rare": record["terms"]["rare"],
    }
    return {key: url.format(**values) for key, _label, url, _kind in PAGES}


def prepare_longtail(options, db, size) -> dict:
    """Write the long-tail URL lists of this corpus under var/bench/longtail/
    (the same corpus always gives the same lists); what they hold, per row."""
    done = manage(["bench_vocabulary"], database_url(options, db, size), capture=True)
    vocabulary = json.loads(done.stdout)
    directory = BENCH_DIR / "longtail"
    directory.mkdir(parents=True, exist_ok=True)
    info = {}
    for key, (urls, possible) in longtail_lists(vocabulary).items():
        warmup, measured = split_warmup(urls)
        names = {}
        for name, part in (("file", measured), ("warmup_file", warmup)):
            suffix = "-warmup" if name == "warmup_file" else ""
            path = directory / f"{db}-{size}-{key}{suffix}.txt"
            path.write_text("".join(f"{url}\n" for url in part))
            names[name] = str(path.relative_to(ROOT))
        info[key] = {
            **names,
            "urls": len(measured),
            "warmup_urls": len(warmup),
            "possible": possible,
        }
        log(
            f"  {PAGE_LABELS[key]}: {len(measured):,} URLs to measure, "
            f"{len(warmup):,} to warm up, of {possible:,} possible "
            f"({info[key]['file']})"
        )
    words = len(vocabulary["search"]["words"])
    facets = ", ".join(
        f"{facet['param']} {len(facet['values'])}"
        for facet in vocabulary["kennisbank"]["facets"]
    )
    info["source"] = f"facet values: {facets}; {words:,} words"
    return info


def bench_set(options, db, size, record, cached, kept=True) -> list[Result]:
    url = database_url(options, db, size)
    paths = page_paths(record)
    if cached:
        keys = ["minimal", *CACHED_PAGES]
    elif kept:
        keys = [key for key, *_rest in PAGES]
    else:
        keys = FIXED_PAGES
    cache_seconds = CACHE_SECONDS if cached else 0
    label = "cached" if cached else "uncached" if kept else "nothing kept"
    extra = {} if kept else {"LISTING_CACHE_SECONDS": "0"}
    settings = " ".join(f"{k}={v}" for k, v in extra.items())
    log(
        f"  gunicorn: {WORKERS} sync workers, PAGE_CACHE_SECONDS={cache_seconds} "
        f"{settings}".rstrip()
    )
    server = Server(options, url, cache_seconds, BENCH_DIR / "gunicorn.log", extra)
    try:
        log(f"  measuring {label}: {options.duration} s per row")
        return [
            measure_longtail(options, server, db, size, key, record["longtail"][key])
            if key in LONGTAIL_PAGES
            else measure(options, server, db, size, key, paths[key], cached, kept)
            for key in keys
        ]
    finally:
        server.stop()


def wrk_path() -> str:
    path = shutil.which("wrk")
    if path is None:
        raise BenchError("wrk is not installed")
    return path


def ensure_wrk():
    if shutil.which("wrk"):
        return
    log("wrk is missing: installing Debian's package")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    install = [*sudo, "apt-get", "install", "-y", "-q", "wrk"]
    if subprocess.run(install, check=False).returncode != 0:  # noqa: S603
        subprocess.run([*sudo, "apt-get", "update", "-q"], check=True)  # noqa: S603
        subprocess.run(install, check=True)  # noqa: S603


def machine(options) -> dict:
    cpu = "unknown"
    memory = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.0f} GB"
                break
    except OSError:
        pass
    postgres = "–"
    if "postgres" in options.dbs:
        try:
            with pg_admin(options) as conn:
                postgres = conn.execute("SHOW server_version").fetchone()[0]
        except Exception as error:  # only for the description
            postgres = f"unknown ({error.__class__.__name__})"
    wrk = subprocess.run(  # noqa: S603
        [wrk_path(), "-v"], capture_output=True, text=True, check=False
    )
    wrk_version = (wrk.stdout or wrk.stderr).split("Copyright")[0].strip()
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory": memory,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "postgresql": postgres,
        "django": metadata.version("django"),
        "wagtail": metadata.version("wagtail"),
        "gunicorn": metadata.version("gunicorn"),
        "wrk": wrk_version,
        "date": datetime.date.today().isoformat(),
    }


def machine_line(info) -> str:
    return (
        f"Machine: {info['nproc']} cores (`nproc`), {info['cpu']}, "
        f"{info['memory']} RAM, Linux {info['kernel']}; Python {info['python']}, "
        f"SQLite {info['sqlite']}, PostgreSQL {info['postgresql']}, "
        f"Django {info['django']}, Wagtail {info['wagtail']}, gunicorn "
        f"{info['gunicorn']}, {info['wrk']}. {info['date']}."
    )


def corpus_lines(corpora) -> list[str]:
    lines = []
    for (db, size), record in corpora.items():
        counts = record["counts"]
        terms = record["terms"]
        seconds = record.get("seconds", {})
        built = (
            "reused"
            if record.get("reused")
            else f"built in {record.get('build_seconds', 0):.0f} s (migrate "
            f"{record.get('migrate_seconds', 0):.0f} s, demo "
            f"{seconds.get('demo', 0):.0f} s, pages {seconds.get('pages', 0):.0f} "
            f"s, search index {seconds.get('index', 0):.0f} s)"
        )
        lines.append(
            f"- {db}, {size:,}: {counts['products']:,} products (+ the demo's), "
            f"{counts['cases']:,} cases, {counts['trainings']:,} trainings, "
            f"{counts['organisations']} organisations, {counts['tags']} themes; "
            f"'{terms['common']}' in {terms['common_products']:,} products, "
            f"'{terms['rare']}' in {terms['rare_products']:,}; {built}."
            + longtail_line(record.get("longtail"))
        )
    return lines


def longtail_line(longtail) -> str:
    """What the long-tail lists of a corpus hold, for the corpus line."""
    if not longtail:
        return ""
    parts = [
        f"{PAGE_LABELS[key]} {longtail[key]['urls']:,} URLs "
        f"(+ {longtail[key]['warmup_urls']:,} for the warm-up) of "
        f"{longtail[key]['possible']:,} possible"
        for key in LONGTAIL_PAGES
        if key in longtail
    ]
    return f" Long tail ({longtail['source']}): {'; '.join(parts)}."


def repeat_lines(results) -> list[str]:
    """A warning for every long-tail row whose list ran out (none, usually)."""
    lines = [
        f"Repeated URLs: {result.db} {result.size:,} {PAGE_LABELS[result.page]}, "
        f"{result.repeats:,} requests after the {result.urls:,} URLs ran out."
        for result in results
        if result.repeats
    ]
    return [*lines, ""] if lines else []


def write_report(options, info, corpora, results, checks, rows, summary):
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    paths = {}
    for record in corpora.values():
        paths = page_paths(record)
        break
    md = [
        f"### Load benchmark, {info['date']}",
        "",
        machine_line(info),
        "",
        f"`make bench`: gunicorn with {WORKERS} sync workers on 127.0.0.1 "
        "(ibds_portal.settings.bench: DEBUG off, persistent connections, "
        f"WhiteNoise), wrk with {options.connections} connections and "
        f"{options.threads} threads, {options.warmup} s warm-up and "
        f"{options.duration} s measured per row; PAGE_CACHE_SECONDS=0 except "
        f"for the rows marked cached ({CACHE_SECONDS}); LISTING_CACHE_SECONDS "
        f"{os.environ.get('LISTING_CACHE_SECONDS', 'as configured')}, 0 for "
        "the rows marked nothing kept; cache "
        f"{'Redis (REDIS_URL)' if os.environ.get('REDIS_URL') else 'local memory'}"
        ". '% of min' "
        "and 'x min' compare with the minimal view of the same database, size "
        "and server run (the rows with nothing kept: with the uncached one). "
        "The long-tail rows request a URL of their own each time (a filter "
        "state or a pair of words nobody asked for before in that server "
        "run), warmed up on other URLs of the same kind. Each database is "
        "read into memory before its runs (every table and index with "
        "pg_prewarm, or the SQLite file).",
        "",
        "Corpora:",
        "",
        *corpus_lines(corpora),
        "",
        render_markdown(rows, results),
        "",
        "Pages: "
        + "; ".join(
            f"{label} `{paths.get(key, url)}`" for key, label, url, _kind in PAGES
        )
        + ".",
        "",
        *repeat_lines(results),
        f"`{summary}`",
        "",
    ]
    (BENCH_DIR / "results.md").write_text("\n".join(md))
    (BENCH_DIR / "results.json").write_text(
        json.dumps(
            {
                "machine": info,
                "corpora": {f"{db}-{size}": r for (db, size), r in corpora.items()},
                "results": [asdict(result) for result in results],
                "checks": [asdict(check) for check in checks],
                "summary": summary,
            },
            indent=2,
        )
    )


def run(options) -> int:
    if not PYTHON.exists() or not GUNICORN.exists():
        raise BenchError("no .venv with gunicorn: run `make install` first")
    ensure_wrk()
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    (BENCH_DIR / "gunicorn.log").write_text("")
    info = machine(options)
    log(machine_line(info))
    # WhiteNoise serves the hashed, compressed files from here.
    log("collectstatic into var/bench/static")
    manage(
        ["collectstatic", "--noinput", "-v", "0"],
        database_url(options, "sqlite", options.size_list[0]),
    )
    corpora, results = {}, []
    for db in options.dbs:
        for size in options.size_list:
            log(f"\n== {db}, {size:,} products")
            record = prepare_corpus(options, db, size)
            record["longtail"] = prepare_longtail(options, db, size)
            log(f"  read into memory: {read_into_memory(options, db, size)}")
            corpora[(db, size)] = record
            results += bench_set(options, db, size, record, cached=False)
            if (db, size) == (TARGETS.db, TARGETS.size):
                results += bench_set(options, db, size, record, cached=True)
                results += bench_set(
                    options, db, size, record, cached=False, kept=False
                )
    checks = evaluate(results)
    rows = table_rows(results, checks)
    summary = summary_line(checks)
    write_report(options, info, corpora, results, checks, rows, summary)
    log("")
    log(render_text(rows, results))
    log("")
    log(f"Written to {BENCH_DIR / 'results.md'} (and results.json).")
    log(summary)
    return 1 if any(result.failure for result in results) else 0


def main(argv=None) -> int:
    options = parse_options(argv)
    # A `kill` or Ctrl-C still stops gunicorn (Server.stop in a finally).
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(143))
    try:
        return run(options)
    except (BenchError, subprocess.CalledProcessError) as error:
        print(f"bench: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
