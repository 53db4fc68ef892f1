"""Load benchmark of the portal: `make bench`.

For each database (SQLite, PostgreSQL) and each corpus size (1,000 and
10,000 knowledge products) it

1. prepares the corpus in its own database (var/bench/ibds_bench_<N>.sqlite3,
   or ibds_bench_<N> on the PostgreSQL server): an existing one is reused
   when `generate_bench_content --check` says it is complete and made by the
   same generator version; otherwise the database is dropped, created,
   migrated and filled (the time is reported);
2. starts gunicorn with the bench settings (ibds_portal.settings.bench:
   DEBUG off, persistent connections, WhiteNoise, plain http) on 127.0.0.1
   with 2 sync workers and PAGE_CACHE_SECONDS=0;
3. checks that every URL answers 200 (no redirect), warms it up and
   measures it with wrk at a fixed concurrency for a fixed time (requests/s,
   p50 and p95 latency, from scripts/bench_report.lua); a row with any
   non-2xx response or socket error fails loudly. Between rows it waits
   until the workers have finished what wrk left behind;
4. at 10,000 products on PostgreSQL, starts gunicorn again with
   PAGE_CACHE_SECONDS=300 and measures the minimal view and the cacheable
   pages once more; and then once more without the page cache and with
   LISTING_CACHE_SECONDS=0, the rows marked "nothing kept": every request
   then costs what the first one after a publication costs (the site, the
   navigation, counts and lists that are otherwise kept until the content
   changes are computed again). Those rows are for reading, not for the
   targets.

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
below) and ends with one line, `targets: X/Y met; ...`. The same table goes
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
from pathlib import Path

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
DB_NAME = re.compile(r"^ibds_bench_\d+$")

# The rows of every run: key, label, URL (filled in from the corpus record),
# kind (which targets apply).
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
    ("trainings", "opleidingen", "/opleidingen/", "listing"),
    ("search_common", "search common", "/zoeken/?q={common}", "search"),
    ("search_rare", "search rare", "/zoeken/?q={rare}", "search"),
]
PAGE_KINDS = {key: kind for key, _label, _url, kind in PAGES}
PAGE_LABELS = {key: label for key, label, _url, _kind in PAGES}
CACHED_PAGES = ["home", "question", "product", "kennisbank"]


@dataclass(frozen=True)
class Targets:
    """What issue #7 asks, on PostgreSQL at 10,000 products, uncached."""

    db: str = "postgres"
    size: int = 10_000
    base_size: int = 1_000
    # p95 in ms, per kind of page.
    p95_ms: dict = field(
        default_factory=lambda: {"page": 100, "listing": 100, "search": 150}
    )
    # Throughput as a share of the minimal view, per kind of page.
    share: dict = field(
        default_factory=lambda: {"page": 0.05, "listing": 0.025, "search": 0.025}
    )
    # p95 at `size` over p95 at `base_size`, at most.
    scaling: float = 1.5
    # Cached pages: throughput as a share of the minimal view.
    cached_share: float = 0.70


TARGETS = Targets()


@dataclass
class Result:
    """One measured row. Latencies in milliseconds."""

    db: str
    size: int
    page: str
    cached: bool = False
    # False: served with LISTING_CACHE_SECONDS=0 (nothing kept between
    # requests); such rows are shown but never checked against the targets.
    kept: bool = True
    rps: float = 0.0
    p50: float = 0.0
    p95: float = 0.0
    requests: int = 0
    url: str = ""
    failure: str = ""


@dataclass
class Check:
    db: str
    size: int
    page: str
    cached: bool
    name: str
    ok: bool | None  # None: not measured
    detail: str


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


def evaluate(results, targets: Targets = TARGETS) -> list[Check]:
    """Every target check, met (True), missed (False) or not measured (None)."""
    db, size = targets.db, targets.size
    minimal = find(results, db, size, "minimal")
    checks = []

    def add(page, cached, name, ok, detail):
        checks.append(Check(db, size, page, cached, name, ok, detail))

    def usable(result):
        return result is not None and not result.failure

    for key, _label, _url, kind in PAGES:
        if kind == "ceiling":
            continue
        row = find(results, db, size, key)
        base = find(results, db, targets.base_size, key)
        limit = targets.p95_ms[kind]
        share = targets.share[kind]
        if row is None:
            for name in ("p95", "throughput", "scaling"):
                add(key, False, name, None, "not measured")
            continue
        if row.failure:
            for name in ("p95", "throughput", "scaling"):
                add(key, False, name, False, f"failed: {row.failure}")
            continue
        ok = row.p95 <= limit
        add(key, False, "p95", ok, f"{row.p95:.0f} ms {'<=' if ok else '>'} {limit} ms")
        if usable(minimal):
            ratio = row.rps / minimal.rps if minimal.rps else 0.0
            ok = ratio >= share
            add(
                key,
                False,
                "throughput",
                ok,
                f"{ratio:.1%} of min {'>=' if ok else '<'} {share:.1%}",
            )
        else:
            add(key, False, "throughput", None, "minimal view not measured")
        if usable(base) and base.p95 > 0:
            ratio = row.p95 / base.p95
            ok = ratio <= targets.scaling
            add(
                key,
                False,
                "scaling",
                ok,
                f"x{ratio:.2f} {'<=' if ok else '>'} x{targets.scaling}",
            )
        else:
            add(key, False, "scaling", None, f"no run at {targets.base_size}")
    # Cached rows against the minimal view of their own server run.
    minimal = find(results, db, size, "minimal", cached=True) or minimal
    for key in CACHED_PAGES:
        row = find(results, db, size, key, cached=True)
        if row is None:
            add(key, True, "throughput", None, "not measured")
        elif row.failure:
            add(key, True, "throughput", False, f"failed: {row.failure}")
        elif not usable(minimal):
            add(key, True, "throughput", None, "minimal view not measured")
        else:
            ratio = row.rps / minimal.rps if minimal.rps else 0.0
            ok = ratio >= targets.cached_share
            add(
                key,
                True,
                "throughput",
                ok,
                f"{ratio:.1%} of min {'>=' if ok else '<'} {targets.cached_share:.0%}",
            )
    return checks


def check_label(check: Check) -> str:
    cache = " cached" if check.cached else ""
    return f"{PAGE_LABELS[check.page]}{cache} {check.name}"


def summary_line(checks: list[Check], targets: Targets = TARGETS) -> str:
    """The last line of the report."""
    measured = [check for check in checks if check.ok is not None]
    if not measured:
        return (
            f"targets: not checked (they apply to {targets.db} at "
            f"{targets.size} products, uncached, and to the scaling from "
            f"{targets.base_size})"
        )
    met = sum(check.ok for check in measured)
    line = f"targets: {met}/{len(measured)} met"
    missed = [check for check in measured if not check.ok]
    if missed:
        line += "; missed: " + ", ".join(
            f"{check_label(check)} {check.detail}" for check in missed
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
            if (check.db, check.size, check.page, check.cached)
            == (result.db, result.size, result.page, result.cached)
            and check.ok is not None
            and result.kept
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
    ("p95 10k/1k", "scaling"),
    ("targets", "status"),
]


def format_cell(key, value, row) -> str:
    if row["failure"] and key in ("rps", "p50", "p95") and not value:
        return "FAIL"
    if key == "cached":
        return "cached" if value else "–" if row.get("kept", True) else "nothing kept"
    if value is None:
        return "–"
    if key == "size":
        return f"{value:,}"
    if key == "rps":
        return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"
    if key in ("p50", "p95"):
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


def render_text(rows, results) -> str:
    headers = [name for name, _key in COLUMNS]
    headers[10] = scaling_header(results)
    cells = [[format_cell(key, row[key], row) for _n, key in COLUMNS] for row in rows]
    widths = [
        max(len(headers[i]), *(len(line[i]) for line in cells))
        for i in range(len(headers))
    ]
    right = {1, 4, 5, 6, 7, 8, 9, 10}

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
    headers = [name for name, _key in COLUMNS]
    headers[10] = scaling_header(results)
    right = {1, 4, 5, 6, 7, 8, 9, 10}
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


def run_wrk(options, url, seconds) -> dict:
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
    done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    for line in done.stdout.splitlines():
        if line.startswith("BENCH_RESULT "):
            return json.loads(line.removeprefix("BENCH_RESULT "))
    raise BenchError(f"wrk gave no result for {url}: {done.stdout}{done.stderr}")


def measure(options, server, db, size, page, path, cached, kept=True) -> Result:
    url = server.base + path
    result = Result(db=db, size=size, page=page, cached=cached, kept=kept, url=path)
    server.ensure_running()
    started = time.perf_counter()
    try:
        # Generous: a cold first request may be slow; wrk measures the rest.
        status, _body = fetch(url, timeout=max(120, options.timeout))
    except OSError as error:
        status = f"no answer ({error})"
    first = time.perf_counter() - started
    if first > 2:
        log(f"  (the first GET {path} took {first:.1f} s)")
    if status != 200:
        result.failure = f"GET {path} answered {status}, not 200"
        log(f"  !! {result.failure}")
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
    line = (
        f"  {PAGE_LABELS[page]:<22} {result.rps:8.1f} req/s  "
        f"p50 {result.p50:7.1f} ms  p95 {result.p95:7.1f} ms"
    )
    if not figures["requests"]:
        result.failure = (
            f"no request to {path} completed in {options.duration} s "
            "(a longer BENCH_DURATION?)"
        )
    elif errors:
        described = ", ".join(f"{k}={v}" for k, v in errors.items())
        result.failure = f"{path}: {described}"
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


def bench_set(options, db, size, record, cached, kept=True) -> list[Result]:
    url = database_url(options, db, size)
    paths = page_paths(record)
    keys = ["minimal", *CACHED_PAGES] if cached else [key for key, *_rest in PAGES]
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
            measure(options, server, db, size, key, paths[key], cached, kept)
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
        )
    return lines


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
        "the rows marked nothing kept (not checked against the targets); cache "
        f"{'Redis (REDIS_URL)' if os.environ.get('REDIS_URL') else 'local memory'}"
        ". '% of min' "
        "and 'x min' compare with the minimal view of the same database, size "
        "and server run (the rows with nothing kept: with the uncached one).",
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
