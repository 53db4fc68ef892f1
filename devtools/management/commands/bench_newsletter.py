"""Benchmark of sending the Data-nieuwsbrief: `newsletter.sending.deliver`
to N synthetic subscribers through a local SMTP sink (devtools.smtp_sink).

    python manage.py bench_newsletter --subscribers 1000 --subscribers 10000

It never touches your database, whatever DATABASE_URL says: everything
happens in a temporary directory. The migrations run once into a new SQLite
file there (about 20 seconds) and a small site is built in it: a home page,
questions, knowledge products published in the issue's window, the
newsletter with two identical issues (one to trace, one to time). Each N
gets a fresh copy of that file. Only this process's default connection is
pointed at the copy, before anything reads from the database. The cache is
a private local-memory one and DEBUG is off (with DEBUG on, Django keeps the
last 9,000 queries, which would look like memory growing with N).

Per N it adds N active subscribers (a third with questions, so that part of
the mails has the personal block), starts the sink, sends with Django's SMTP
backend, checks that the sink received exactly N messages and that every
delivery is "verstuurd", and prints one line:

    subscribers=N messages=N seconds= msgs_per_s= peak_mib= retained_mib=
    max_rss_mib=

- peak_mib: the peak of the memory Python allocated during `deliver`
  (tracemalloc, started just before it);
- retained_mib: what that send still held when it had returned and a full
  garbage collection had run: a leak shows here; the rest of the peak was
  garbage waiting for the collector;
- seconds, msgs_per_s: a second send, untraced (tracing slows it down), of
  the identical issue to the same subscribers;
- max_rss_mib: the process's peak resident size so far (it only rises).

The last line compares the peaks of the smallest and the largest N. A
first, unreported send to a few subscribers warms the caches up.
"""

import contextlib
import datetime
import gc
import logging
import resource
import shutil
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Count
from django.db.utils import load_backend
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import Page, Site

from devtools.smtp_sink import SmtpSink
from knowledge.models import (
    HomePage,
    KnowledgeIndexPage,
    KnowledgeProductPage,
    KnowledgeType,
    Organisation,
    QuestionIndexPage,
    QuestionPage,
)
from newsletter.models import (
    CONSENT_VERSION,
    Delivery,
    NewsletterIndexPage,
    NewsletterIssuePage,
    Sending,
    SignupSource,
    Subscriber,
)
from newsletter.sending import deliver

QUESTIONS = 6
PRODUCTS = 8  # each answers one or two of the questions
# The peak may differ this much between the smallest and largest N and
# still count as "not growing with N" (the noise of a few allocations).
FLAT_RATIO = 1.2
# A first, unreported send: one-time costs (compiling the templates, filling
# caches) would otherwise land in the figures of the first N only.
WARM_UP = 20
MiB = 1024 * 1024


@dataclass
class Result:
    subscribers: int
    messages: int  # received by the sink in the timed send
    seconds: float
    peak_bytes: int
    retained_bytes: int
    max_rss_bytes: int

    @property
    def per_second(self) -> float:
        return self.messages / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        return (
            f"subscribers={self.subscribers} messages={self.messages} "
            f"seconds={self.seconds:.2f} msgs_per_s={self.per_second:.0f} "
            f"peak_mib={self.peak_bytes / MiB:.2f} "
            f"retained_mib={self.retained_bytes / MiB:.2f} "
            f"max_rss_mib={self.max_rss_bytes / MiB:.1f}"
        )


def comparison(results: list[Result]) -> str:
    """The last line: does the peak grow with N?"""
    if len(results) < 2:
        return "one N only: give two or more --subscribers to compare the peaks"
    small = min(results, key=lambda result: result.subscribers)
    large = max(results, key=lambda result: result.subscribers)
    ratio = large.peak_bytes / small.peak_bytes
    verdict = "GROWS with N" if ratio > FLAT_RATIO else "does not grow with N"
    return (
        f"peak memory: {large.subscribers} vs {small.subscribers} subscribers "
        f"(x{large.subscribers / small.subscribers:g}): "
        f"x{ratio:.2f}, {verdict}"
    )


@contextlib.contextmanager
def sqlite_database(path: Path):
    """This thread's default connection goes to the SQLite file `path` (made
    when missing) for the block; the configured database is not touched."""
    settings_dict = {
        **connections.settings[DEFAULT_DB_ALIAS],
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "USER": "",
        "PASSWORD": "",
        "HOST": "",
        "PORT": "",
        "CONN_MAX_AGE": 0,
        # As in settings/base.py for SQLite.
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
        },
    }
    backend = load_backend(settings_dict["ENGINE"])
    wrapper = backend.DatabaseWrapper(settings_dict, DEFAULT_DB_ALIAS)
    previous = connections[DEFAULT_DB_ALIAS]
    connections[DEFAULT_DB_ALIAS] = wrapper
    try:
        yield
    finally:
        wrapper.close()
        connections[DEFAULT_DB_ALIAS] = previous


def publish(parent, page, **relations):
    parent.add_child(instance=page)
    for name, values in relations.items():
        setattr(page, name, values)
    page.save_revision().publish()
    return page


def section(kind: str, count: int) -> dict:
    entries = [
        {
            "title": f"Bericht {number} over {kind}",
            "text": "Twee of drie zinnen over wat er gebeurde en waarom het "
            "ertoe doet voor wie met data werkt bij de overheid.",
            "url": f"https://www.example.nl/{kind}/{number}",
            "source": "Kenniscentrum Data",
        }
        for number in range(1, count + 1)
    ]
    return {"type": "section", "value": {"kind": kind, "entries": entries}}


def build_site() -> list[NewsletterIssuePage]:
    """A home page with questions, knowledge products published now (so in
    the issue's window) and the newsletter with two issues of the same date
    and content: one to trace, one to time."""
    root = Page.get_first_root_node()
    # Wagtail's migrations leave a placeholder page and site; replace them.
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    home = publish(
        root,
        HomePage(title="Kenniscentrum Data", slug="home", intro="Kennis over data."),
    )
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    question_index = publish(home, QuestionIndexPage(title="Vragen", slug="vragen"))
    questions = [
        publish(
            question_index,
            QuestionPage(
                title=f"Hoe regel ik onderwerp {number}?",
                slug=f"onderwerp-{number}",
                summary="Een vraag die veel collega's stellen.",
                short_answer="Begin klein en leg keuzes vast.",
            ),
        )
        for number in range(QUESTIONS)
    ]
    knowledge = publish(home, KnowledgeIndexPage(title="Kennisbank", slug="kennisbank"))
    leidraad = KnowledgeType.objects.get(slug="leidraad")
    publisher, _ = Organisation.objects.get_or_create(
        slug="gemeente-voorbeeld", defaults={"name": "Gemeente Voorbeeld"}
    )
    for number in range(PRODUCTS):
        publish(
            knowledge,
            KnowledgeProductPage(
                title=f"Leidraad nummer {number}",
                slug=f"leidraad-{number}",
                summary="Een praktische leidraad voor ambtenaren.",
                knowledge_type=leidraad,
                organisation=publisher,
                body=[{"type": "paragraph", "value": "<p>Zo pak je het aan.</p>"}],
                content_owner="Redactie Kennisbank",
            ),
            questions=questions[number % 4 : number % 4 + 1 + number % 2],
        )
    newsletter = publish(
        home, NewsletterIndexPage(title="Data-nieuwsbrief", slug="nieuwsbrief")
    )
    sections = [section(kind, 3) for kind in ("nationaal", "beleid", "agenda")]
    return [
        publish(
            newsletter,
            NewsletterIssuePage(
                title=f"Data-nieuwsbrief (meting {run})",
                slug=f"meting-{run}",
                issue_date=timezone.localdate(),
                intro="Deze maand: nieuwe leidraden en wat er speelt.",
                sections=sections,
            ),
        )
        for run in ("geheugen", "tijd")
    ]


def add_subscribers(count: int) -> None:
    """`count` active subscribers; every third has one or two questions."""
    now = timezone.now()
    Subscriber.objects.bulk_create(
        [
            Subscriber(
                email=f"abonnee-{number}@bench.example",
                status=Subscriber.Status.ACTIVE,
                consent_version=CONSENT_VERSION,
                consent_form=SignupSource.PAGE,
                consented_at=now - datetime.timedelta(days=1),
                confirmed_at=now,
            )
            for number in range(count)
        ],
        batch_size=1000,
    )
    questions = list(QuestionPage.objects.order_by("pk").values_list("pk", flat=True))
    Through = Subscriber.questions.through
    ids = Subscriber.objects.order_by("pk").values_list("pk", flat=True)
    Through.objects.bulk_create(
        [
            Through(
                subscriber_id=pk,
                questionpage_id=questions[(index + step) % len(questions)],
            )
            for index, pk in enumerate(ids)
            if index % 3 == 0
            for step in range(1 + index % 2)
        ],
        batch_size=1000,
    )


def send(issue, sink: SmtpSink, expected: int, trace: bool) -> tuple[float, int, int]:
    """Send `issue` to everyone through the sink and check that all arrived:
    (seconds, traced peak, traced memory still held after a full garbage
    collection: what a leak would leave)."""
    sending = Sending.objects.create(issue=issue)
    sink.reset()
    gc.collect()
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    try:
        again = deliver(sending.pk)
        seconds = time.perf_counter() - started
        peak = retained = 0
        if trace:
            peak = tracemalloc.get_traced_memory()[1]
            gc.collect()
            retained = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    statuses = dict(
        Delivery.objects.filter(issue=issue)
        .values_list("status")
        .annotate(count=Count("pk"))
        .order_by()
    )
    if (
        again is not None
        or sink.count != expected
        or statuses != {Delivery.Status.SENT.value: expected}
    ):
        raise CommandError(
            f"{issue.title}: expected {expected} messages, the sink received "
            f"{sink.count}; deliveries by status: {statuses}; again at: {again}"
        )
    return seconds, peak, retained


def bench(count: int, issues, write) -> Result:
    """Send both issues to `count` new subscribers; `write` the result line."""
    add_subscribers(count)
    with (
        SmtpSink() as sink,
        override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST=sink.host,
            EMAIL_PORT=sink.port,
            EMAIL_HOST_USER="",
            EMAIL_HOST_PASSWORD="",
            EMAIL_USE_TLS=False,
            EMAIL_USE_SSL=False,
            EMAIL_TIMEOUT=30,
        ),
    ):
        _, peak, retained = send(issues[0], sink, count, trace=True)
        seconds, _, _ = send(issues[1], sink, count, trace=False)
        messages = sink.count
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB
    result = Result(count, messages, seconds, peak, retained, max_rss)
    write(result.line())
    return result


class Command(BaseCommand):
    help = (
        "Send a newsletter issue to N synthetic subscribers through a local "
        "SMTP sink; print messages per second and peak memory per N. Runs in "
        "a throwaway SQLite database in a temporary directory (never your "
        "database, whatever DATABASE_URL says); the migrations take about 20 s."
    )
    # Nothing may read the configured database before it is swapped out.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--subscribers",
            type=int,
            action="append",
            metavar="N",
            help="number of subscribers; repeat for several (default: 1000)",
        )

    @contextlib.contextmanager
    def databases(self):
        """Yields `fresh(n)`: a context manager with a new database for one
        N, with the site of `build_site` in it, that yields its issues."""
        with tempfile.TemporaryDirectory(prefix="bench-newsletter-") as directory:
            template = Path(directory) / "template.sqlite3"
            wagtail_log = logging.getLogger("wagtail")
            level = wagtail_log.level
            wagtail_log.setLevel(logging.WARNING)  # not a line per new page
            try:
                with sqlite_database(template):
                    call_command("migrate", interactive=False, verbosity=0)
                    build_site()
            finally:
                wagtail_log.setLevel(level)
            # Closing the only connection checkpointed and removed the WAL.

            @contextlib.contextmanager
            def fresh(count):
                copy = Path(directory) / f"bench-{count}.sqlite3"
                shutil.copyfile(template, copy)
                with sqlite_database(copy):
                    yield list(NewsletterIssuePage.objects.order_by("pk"))
                copy.unlink()

            yield fresh

    def handle(self, *args, subscribers=None, **options):
        counts = sorted(set(subscribers or [1000]))
        if counts[0] < 1:
            raise CommandError("--subscribers must be 1 or more")
        locmem = "django.core.cache.backends.locmem.LocMemCache"
        # Both aliases of the settings; publishing the issue purges "pages".
        private_cache = {
            "default": {"BACKEND": locmem, "LOCATION": "bench-newsletter"},
            "pages": {"BACKEND": locmem, "LOCATION": "bench-newsletter-pages"},
        }
        results = []
        with override_settings(DEBUG=False, CACHES=private_cache):
            with self.databases() as fresh:
                with fresh(WARM_UP) as issues:
                    bench(WARM_UP, issues, write=lambda line: None)
                for count in counts:
                    with fresh(count) as issues:
                        results.append(bench(count, issues, self.stdout.write))
        self.stdout.write(comparison(results))
