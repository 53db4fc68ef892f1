"""A synthetic corpus for the load benchmark (`make bench`, scripts/bench.py).

    DJANGO_SETTINGS_MODULE=ibds_portal.settings.bench \\
    DATABASE_URL=sqlite:///var/bench/ibds_bench_1000.sqlite3 \\
        .venv/bin/python manage.py generate_bench_content --products 1000

Only into a benchmark database: one whose name contains "bench" (or a test
database), never the developer's var/db.sqlite3.

It starts from the site that `load_demo_content --force` builds (home, the
sections, the demo questions, organisations, products, cases, trainings,
community, newsletter, beslishulpen; the taxonomy comes from the migrations)
and adds, on top of that:

- N knowledge products, N/5 practice cases, N/20 trainings (at least one
  each), spread over the questions, knowledge types, bestuurslagen,
  perspectives, organisations and themes with skewed (Zipf-like) weights, as
  real content is: a few questions and themes hold many items, most few;
- 20 + N/50 extra organisations (at most 300) and up to 150 themes (tags);
- Dutch text built from word lists: titles, summaries and bodies vary, and
  words have realistic frequencies. Each item is about one to three topics
  picked with Zipf weights and mentions a few others in passing: COMMON_TERM
  occurs in about a third of the products, the next topics in fewer, and
  RARE_TERM in well under one percent (the exact counts are stored with the
  corpus and shown by the benchmark).

Every page is live, with first_published_at spread over eight years. The
output is the same for the same N and --seed.

Speed: pages are built in memory and inserted in bulk (the page table and the
page type's own table, with tree paths computed as treebeard does), as are
their many-to-many, tag and training-run rows, all in one transaction. The
search index is rebuilt once at the end (`update_index`); the bench settings
switch its updates on save off. What this skips, because no public page
reads it: revisions, log entries and the reference index of the generated
pages, and attachments (documents).

The corpus is marked complete in a small table of its own (CORPUS_TABLE),
written in the same transaction, with GENERATOR_VERSION, N, the URLs and
search terms the benchmark uses and the timings. `--check` prints that
record and exits with 0 when it matches this version and N, else 3. A
database that already holds another corpus is refused: start from an empty
one (scripts/bench.py drops and recreates it).
"""

import datetime
import json
import random
import time
from bisect import bisect
from html import escape
from itertools import accumulate
from pathlib import PurePath

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Page

from core.page_cache import purge
from knowledge.models import (
    GovernmentLayer,
    HomePage,
    KnowledgeIndexPage,
    KnowledgeProductPage,
    KnowledgeProductTag,
    KnowledgeType,
    Organisation,
    Perspective,
    Phase,
    PracticeCaseIndexPage,
    PracticeCasePage,
    PracticeCaseTag,
    QuestionPage,
)
from trainings.models import (
    Audience,
    Cost,
    Format,
    Language,
    Level,
    RunStatus,
    TrainingIndexPage,
    TrainingPage,
    TrainingRun,
)

# Raise when the output for the same N and seed changes: the benchmark then
# rebuilds corpora made by an older version instead of reusing them.
GENERATOR_VERSION = 3
CORPUS_TABLE = "ibds_bench_corpus"
CHECK_MISMATCH_EXIT = 3
DEFAULT_SEED = 2026
PUBLISHED_SPAN_DAYS = 8 * 365

COMMON_TERM = "privacy"
RARE_TERM = "gladheidsbestrijding"

# Subjects, most frequent first (weights fall off as 1/rank). Bare nouns, so
# that they fit every template below.
TOPICS = [
    COMMON_TERM,
    "datakwaliteit",
    "gegevensdeling",
    "algoritmes",
    "informatiebeveiliging",
    "open data",
    "datagedreven werken",
    "datagovernance",
    "dashboards",
    "basisregistraties",
    "archivering",
    "metadata",
    "pseudonimisering",
    "anonimisering",
    "DPIA's",
    "verwerkingsregisters",
    "sensordata",
    "geodata",
    "camerabeelden",
    "datastandaarden",
    "datacatalogi",
    "API's",
    "cloudopslag",
    "digitale soevereiniteit",
    "risicomodellen",
    "voorspellende modellen",
    "taalmodellen",
    "chatbots",
    "dataplatforms",
    "datalabs",
    "data-ethiek",
    "mensenrechten",
    "transparantie",
    "uitlegbaarheid",
    "algoritmetoezicht",
    "inkoop van datadiensten",
    "datavolwassenheid",
    "datageletterdheid",
    "monitoring",
    "benchmarking",
    "klantreizen",
    "burgerpanels",
    "wijkanalyses",
    "energiedata",
    "warmtetransitie",
    "mobiliteitsdata",
    "verkeersmodellen",
    "waterkwaliteit",
    "grondwaterstanden",
    "dijkbewaking",
    "bodemgegevens",
    "stikstofdepositie",
    "luchtkwaliteit",
    "klimaatadaptatie",
    "woningbouwmonitoring",
    "vergunningverlening",
    "handhaving",
    "belastinggegevens",
    "subsidieregelingen",
    "schuldhulpverlening",
    "jeugdzorg",
    "zorggegevens",
    "onderwijsdata",
    "arbeidsmarktinformatie",
    "armoedebeleid",
    "fraudesignalering",
    "gegevensminimalisatie",
    "bewaartermijnen",
    "doelbinding",
    "rechtmatigheid",
    "datadeelovereenkomsten",
    "federatieve datastelsels",
    "linked data",
    "dataspaces",
    "statistiek",
    "steekproeven",
    "enquêtes",
    "visualisaties",
    "kaartmateriaal",
    "procesmining",
]

# Specific municipal and water tasks: each is used seldom, so searching for
# one finds a handful of pages. RARE_TERM is one of them.
RARE_WORDS = [
    RARE_TERM,
    "rioolwatermonitoring",
    "bomenregister",
    "zwerfafval",
    "leerlingenvervoer",
    "straatverlichting",
    "begraafplaatsbeheer",
    "marktgelden",
    "hondenbelasting",
    "precariobelasting",
    "evenementenvergunningen",
    "kermisterreinen",
    "ligplaatsen",
    "brugbediening",
    "strooiroutes",
    "ganzenschade",
    "muskusrattenbestrijding",
    "kwelwater",
    "zandwinning",
    "duinbeheer",
    "sluisbediening",
    "stookverbod",
    "geluidshinder",
    "speelplaatsinspecties",
    "gemalen",
    "beschoeiingen",
    "fietsparkeren",
    "laadpalen",
    "bouwleges",
    "huwelijksplanning",
    "paspoortaanvragen",
    "verkiezingsuitslagen",
    "kinderopvangtoeslag",
    "inburgering",
    "statushouders",
    "mantelzorgwaardering",
    "parkeervergunningen",
    "containerlediging",
    "onkruidbestrijding",
    "slibverwerking",
]

ORG_KINDS = [
    "gemeenten",
    "provincies",
    "waterschappen",
    "ministeries",
    "uitvoeringsorganisaties",
    "omgevingsdiensten",
    "veiligheidsregio's",
    "GGD's",
    "samenwerkingsverbanden",
]
ROLES = [
    "beleidsmedewerkers",
    "projectleiders",
    "data-analisten",
    "juristen",
    "functionarissen gegevensbescherming",
    "informatiemanagers",
    "bestuurders",
    "teamleiders",
    "architecten",
    "functioneel beheerders",
    "raadsleden",
    "inkopers",
]
ACTIONS = [
    "in kaart brengen",
    "verbeteren",
    "borgen",
    "organiseren",
    "toetsen",
    "evalueren",
    "uitleggen",
    "vastleggen",
    "bespreken",
    "opschalen",
    "beheren",
    "verantwoorden",
]
ADJECTIVES = [
    "praktische",
    "heldere",
    "beknopte",
    "uitgebreide",
    "concrete",
    "herkenbare",
    "bruikbare",
    "eerlijke",
    "recente",
]
DOMAINS = [
    "het sociaal domein",
    "de openbare ruimte",
    "het waterbeheer",
    "de fysieke leefomgeving",
    "de dienstverlening",
    "de bedrijfsvoering",
    "het omgevingsbeleid",
    "de zorg",
    "het onderwijs",
    "de energietransitie",
]

SENTENCES = [
    "Deze {kind} helpt {role} bij {orgs} om {t} stap voor stap te {act_inf}.",
    "Veel {orgs} worstelen met {t}: waar begin je en wie moet je erbij betrekken?",
    "Je vindt hier {adj} voorbeelden van {orgs} die {t} al goed hebben geregeld.",
    "Bespreek vroeg met de functionaris gegevensbescherming hoe {t} zich "
    "verhoudt tot {t2}.",
    "Het begint met een heldere vraag: welk probleem los je op met {t}?",
    "Zonder afspraken over {t} blijft {t2} een los project zonder vervolg.",
    "In de praktijk blijkt dat {role} vooral behoefte hebben aan {adj} "
    "voorbeelden over {t}.",
    "Leg vast wie eigenaar is van de gegevens en wie beslist over {t}.",
    "De wet stelt eisen aan {t}; deze {kind} vertaalt die naar keuzes in {domain}.",
    "Een kleine proef met {t} laat snel zien of de aanpak werkt.",
    "Betrek inwoners en ketenpartners bij {t}, zodat de uitkomsten gedragen worden.",
    "Let op: {t} vraagt om goede afspraken over beheer en financiering.",
    "Uit een rondgang langs {orgs} bleek dat {t} vaak wordt onderschat.",
    "Gebruik de vragenlijst om samen met {role} te bepalen hoe ver jullie zijn "
    "met {t}.",
    "Het resultaat is een {adj} overzicht van {t} dat je met het bestuur kunt delen.",
    "Denk ook aan bewaartermijnen, archivering en de vraag wie toegang krijgt tot {t}.",
    "Maak de keuzes rond {t} uitlegbaar, ook voor wie geen data-expert is.",
    "Toets elke stap aan de drie perspectieven: kan het, mag het en is het wenselijk?",
    "Zonder betrouwbare gegevens heeft werken aan {t} weinig zin.",
    "Collega's van {orgs} delen hoe zij {t} en {t2} met elkaar verbonden.",
    "Wie {t} wil {act_inf}, heeft baat bij een vast aanspreekpunt.",
    "Plan na een half jaar een evaluatie: wat leverde {t} op voor {domain}?",
    "Een gedeelde begrippenlijst voorkomt misverstanden over {t}.",
    "De {kind} is getest met {role} van verschillende bestuurslagen.",
    "Houd rekening met de kosten van beheer als {t} eenmaal draait.",
]
RARE_SENTENCES = [
    "Ook bij {rare} speelt {t} een rol.",
    "Een voorbeeld uit de praktijk: {rare} met behulp van {t}.",
    "Bij {rare} bleek {t} het verschil te maken.",
]
HEADINGS = [
    "Waarom {t}?",
    "Voor wie is deze {kind}?",
    "Wat staat erin?",
    "Aan de slag",
    "Wat levert het op?",
    "Hoe is dit gemaakt?",
    "Veelgemaakte fouten",
    "Het juridisch kader",
    "Ervaringen van {orgs}",
    "Zo pak je {t} aan",
    "Meer weten",
]
TITLES = {
    "leidraad": [
        "Leidraad {t}",
        "Leidraad: {t} bij {orgs}",
        "Leidraad {t} in {domain}",
    ],
    "handreiking": [
        "Handreiking {t} voor {role}",
        "Handreiking: zo regel je {t}",
        "Handreiking {t} en {t2}",
    ],
    "instrument": [
        "Instrument: scan {t}",
        "Zelftest {t} voor {orgs}",
        "Rekenmodel {t}",
    ],
    "toolbox": ["Toolbox {t}", "Toolbox {t} en {t2}", "Toolbox {t} voor {role}"],
    "stappenplan": [
        "Stappenplan {t}",
        "In {n} stappen: {t} {act}",
        "Stappenplan {t} in {domain}",
    ],
    "checklist": [
        "Checklist {t}",
        "Checklist: {t} bij {orgs}",
        "Checklist {t} voor {role}",
    ],
}
SUMMARIES = [
    "Een {adj} {kind} over {t} voor {role} bij {orgs}.",
    "Hoe je {t} {act} in {domain}, met voorbeelden en valkuilen.",
    "Wat {orgs} moeten weten over {t} en {t2}, kort en praktisch.",
    "Van eerste verkenning tot vaste werkwijze: {t} in {domain}.",
]
CASE_TITLES = [
    "{org}: {t} in de praktijk",
    "Hoe {org} {t} aanpakte",
    "{org} maakt werk van {t}",
    "Van pilot naar praktijk: {t} bij {org}",
]
TRAINING_TITLES = [
    "Masterclass {t}",
    "Basiscursus {t}",
    "Leergang {t}",
    "Webinar: {t} in de praktijk",
    "Workshop {t} voor {role}",
    "Werkatelier {t} en {t2}",
]
NUMBERS = ["drie", "vier", "vijf", "zes", "zeven", "acht"]

# Place names for the extra organisations: syllables that sound Dutch but
# name no real place.
PLACE_START = [
    "Bree",
    "Hol",
    "Lin",
    "Ooster",
    "Wester",
    "Zuider",
    "Noorder",
    "Vel",
    "Ber",
    "Dal",
    "Ren",
    "Wal",
    "Haver",
    "Moer",
    "Beek",
    "Kamp",
    "Lang",
    "Hoog",
    "Laag",
    "Eike",
]
PLACE_END = [
    "dijk",
    "veen",
    "wijk",
    "dam",
    "horst",
    "broek",
    "heuvel",
    "meer",
    "rode",
    "sloot",
    "haven",
    "berg",
    "hout",
    "zand",
    "mond",
    "veld",
]
THEMES = [
    "AI",
    "API-strategie",
    "archief",
    "basisregistraties",
    "bereikbaarheid",
    "bodem",
    "burgerparticipatie",
    "cloud",
    "common ground",
    "cybersecurity",
    "dashboards",
    "datacultuur",
    "datalab",
    "datamanagement",
    "datavisualisatie",
    "dienstverlening",
    "digitale inclusie",
    "DPIA",
    "duurzaamheid",
    "economie",
    "energie",
    "financiën",
    "gezondheid",
    "geodata",
    "governance",
    "grondwater",
    "huisvesting",
    "informatiebeheer",
    "inkoop",
    "integriteit",
    "jeugd",
    "klantcontact",
    "landbouw",
    "leefbaarheid",
    "luchtkwaliteit",
    "metadata",
    "natuur",
    "omgevingswet",
    "onderwijs",
    "openbare orde",
    "participatie",
    "personeel",
    "privacy",
    "procesmining",
    "raad en data",
    "risicomanagement",
    "ruimtelijke ordening",
    "sensoren",
    "sociaal domein",
    "statistiek",
    "stikstof",
    "taalmodellen",
    "toezicht",
    "transparantie",
    "veiligheid",
    "verkeer",
    "vergunningen",
    "werk en inkomen",
    "wijkaanpak",
    "zorg",
]


def weights(count: int, skew: float = 1.0) -> list[float]:
    """Cumulative Zipf-like weights: the first item is picked most often."""
    return list(accumulate(1 / (rank**skew) for rank in range(1, count + 1)))


class Words:
    """Dutch text from the word lists, with a seeded random generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.topic_weights = weights(len(TOPICS), 0.8)

    def pick(self, items, cumulative=None):
        if cumulative is None:
            return self.rng.choice(items)
        return items[
            bisect(cumulative, self.rng.random() * cumulative[-1]) % len(items)
        ]

    def topic(self) -> str:
        return self.pick(TOPICS, self.topic_weights)

    def any_topic(self) -> str:
        """A passing mention: any topic, each as likely."""
        return self.rng.choice(TOPICS)

    def fill(self, template: str, topics: list[str], kind: str, **extra) -> str:
        """A template with its slots filled: mostly the item's own topics
        (picked with Zipf weights, so a few topics are everywhere), now and
        then another one."""
        first = self.rng.choice(topics) if self.rng.random() < 0.9 else None
        others = [topic for topic in topics if topic != first]
        values = {
            "t": first or self.any_topic(),
            "t2": self.rng.choice(others)
            if others and self.rng.random() < 0.7
            else self.any_topic(),
            "kind": kind,
            "orgs": self.pick(ORG_KINDS),
            "role": self.pick(ROLES),
            "act": self.pick(ACTIONS),
            "act_inf": self.pick(ACTIONS),
            "adj": self.pick(ADJECTIVES),
            "domain": self.pick(DOMAINS),
            "n": self.pick(NUMBERS),
            **extra,
        }
        text = template.format(**values)
        return text[0].upper() + text[1:]

    def sentences(self, count, topics, kind, rare=None) -> list[str]:
        out = [self.fill(self.pick(SENTENCES), topics, kind) for _ in range(count)]
        if rare:
            template = self.pick(RARE_SENTENCES)
            out.insert(
                self.rng.randrange(len(out) + 1),
                self.fill(template, topics, kind, rare=rare),
            )
        return out

    def paragraph_html(self, sentences) -> str:
        return f"<p>{escape(' '.join(sentences))}</p>"

    def body(self, topics, kind, sections, rare=None) -> list[dict]:
        """StreamField data: sections of a heading and one or two paragraphs."""
        blocks = []
        rare_section = self.rng.randrange(sections) if rare else -1
        for number in range(sections):
            heading = self.fill(self.pick(HEADINGS), topics, kind)
            blocks.append(
                {"type": "heading", "value": {"text": heading, "level": "h2"}}
            )
            for paragraph in range(self.rng.randint(1, 2)):
                blocks.append(
                    {
                        "type": "paragraph",
                        "value": self.paragraph_html(
                            self.sentences(
                                self.rng.randint(2, 5),
                                topics,
                                kind,
                                rare
                                if number == rare_section and not paragraph
                                else None,
                            )
                        ),
                    }
                )
        return blocks

    def summary(self, topics, kind, limit=300) -> str:
        text = self.fill(self.pick(SUMMARIES), topics, kind)
        extra = self.fill(self.pick(SENTENCES), topics, kind)
        if len(text) + 1 + len(extra) <= limit and self.rng.random() < 0.6:
            text = f"{text} {extra}"
        return text[:limit]


def is_bench_database(settings_dict) -> bool:
    """Only a benchmark or test database may be filled (never the developer's)."""
    name = str(settings_dict.get("NAME") or "")
    base = PurePath(name).name
    return "bench" in base or base.startswith("test") or "memorydb" in name


class Command(BaseCommand):
    help = (
        "Fill a benchmark database with a synthetic corpus: N knowledge "
        "products, N/5 practice cases, N/20 trainings, on top of the demo site."
    )

    def add_arguments(self, parser):
        parser.add_argument("--products", type=int, required=True)
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
        parser.add_argument(
            "--check",
            action="store_true",
            help="Print the corpus record; exit 0 if it is complete for this "
            "version and N, else 3. Changes nothing.",
        )
        parser.add_argument(
            "--skip-demo",
            action="store_true",
            help="Build on the site that is there (home, sections, questions) "
            "instead of loading the demo content first (for tests).",
        )

    # The record ----------------------------------------------------------

    def read_record(self, connection):
        with connection.cursor() as cursor:
            if CORPUS_TABLE not in connection.introspection.table_names(cursor):
                return None
            cursor.execute("SELECT value FROM ibds_bench_corpus WHERE name = 'corpus'")
            row = cursor.fetchone()
        return json.loads(row[0]) if row else None

    def write_record(self, connection, record):
        with connection.cursor() as cursor:
            cursor.execute(
                "CREATE TABLE IF NOT EXISTS ibds_bench_corpus "
                "(name varchar(40) PRIMARY KEY, value text NOT NULL)"
            )
            cursor.execute("DELETE FROM ibds_bench_corpus WHERE name = 'corpus'")
            cursor.execute(
                "INSERT INTO ibds_bench_corpus (name, value) VALUES ('corpus', %s)",
                [json.dumps(record)],
            )

    @staticmethod
    def matches(record, products, seed) -> bool:
        return bool(record) and (
            record.get("version"),
            record.get("products"),
            record.get("seed"),
        ) == (GENERATOR_VERSION, products, seed)

    def analyze(self, connection):
        """Statistics for the query planner, as a database in use has them.

        Right after a bulk load PostgreSQL knows nothing about the new rows
        and the GIN index of the search holds them in its pending list: the
        first search took minutes. Autovacuum would get there in its own
        time; the benchmark should not depend on when. The same goes for
        writing the load's pages to disk: a CHECKPOINT now, or the server
        spreads that work over the minutes the benchmark measures (measured:
        the product page's p95 doubled in the first run after a build).
        """
        if connection.in_atomic_block:  # in tests: VACUUM needs autocommit
            return
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("VACUUM (ANALYZE)")
                try:
                    cursor.execute("CHECKPOINT")
                except DatabaseError as error:  # not allowed for this role
                    self.stderr.write(f"No CHECKPOINT after the load: {error}")
            elif connection.vendor == "sqlite":
                cursor.execute("ANALYZE")

    # Entry point ---------------------------------------------------------

    def handle(self, *args, **options):
        products, seed = options["products"], options["seed"]
        if products < 1:
            raise CommandError("--products moet minstens 1 zijn.")
        connection = connections[DEFAULT_DB_ALIAS]
        if not is_bench_database(connection.settings_dict):
            raise CommandError(
                "Dit vult alleen een benchmarkdatabase (de naam bevat 'bench'), "
                f"niet {connection.settings_dict.get('NAME')!r}."
            )
        record = self.read_record(connection)
        if options["check"]:
            self.stdout.write(json.dumps(record or {}, indent=2))
            if not self.matches(record, products, seed):
                raise CommandError(
                    "Geen volledig corpus van deze versie en grootte.",
                    returncode=CHECK_MISMATCH_EXIT,
                )
            return
        if self.matches(record, products, seed):
            self.stdout.write(f"Corpus already complete ({products} products).")
            return
        if record:
            raise CommandError(
                "Deze database bevat al een ander benchmarkcorpus "
                f"(versie {record.get('version')}, {record.get('products')} "
                "producten): begin met een lege database."
            )

        timings = {}
        started = time.perf_counter()
        if not options["skip_demo"]:
            call_command("load_demo_content", force=True, stdout=self.stdout)
            timings["demo"] = time.perf_counter() - started
        with transaction.atomic():
            mark = time.perf_counter()
            record = Generator(products, seed).run()
            timings["pages"] = time.perf_counter() - mark
            mark = time.perf_counter()
            # On SQLite the portal stems every indexed word itself; with
            # Snowball's C build (PyStemmer) that no longer needs a memo here.
            call_command("update_index", verbosity=0)
            timings["index"] = time.perf_counter() - mark
            record.update(
                version=GENERATOR_VERSION,
                products=products,
                seed=seed,
                # Without the analyze that follows the transaction.
                seconds={name: round(value, 1) for name, value in timings.items()},
                generated_at=timezone.now().isoformat(timespec="seconds"),
            )
            self.write_record(connection, record)
            # Pages inserted in bulk send no signals: a server already running
            # on this database would keep its old listings.
            purge("bench corpus generated")
        mark = time.perf_counter()
        self.analyze(connection)
        timings["analyze"] = time.perf_counter() - mark
        timings["total"] = time.perf_counter() - started
        counts = ", ".join(f"{v} {k}" for k, v in record["counts"].items())
        phases = ", ".join(f"{k} {v:.1f} s" for k, v in timings.items())
        self.stdout.write(
            self.style.SUCCESS(f"Bench corpus ready: {counts}. Time: {phases}.")
        )


class Generator:
    """Builds the synthetic pages in memory and inserts them in bulk."""

    def __init__(self, products: int, seed: int):
        self.products = products
        self.cases = max(1, products // 5)
        self.trainings = max(1, products // 20)
        # Not for security: a reproducible corpus.
        self.rng = random.Random(seed)  # noqa: S311
        self.words = Words(self.rng)
        self.now = timezone.now()
        self.today = timezone.localdate()
        self.connection = connections[DEFAULT_DB_ALIAS]

    def run(self) -> dict:
        self.load_site()
        self.add_organisations()
        self.add_tags()
        product_ids, sample = self.add_products()
        self.add_cases(product_ids)
        self.add_trainings()
        terms = self.term_shares()
        return {
            "counts": {
                "products": self.products,
                "cases": self.cases,
                "trainings": self.trainings,
                "organisations": len(self.organisations),
                "tags": len(self.tags),
            },
            "urls": {
                "question": self.url(self.questions[0]),
                "product": self.url(sample),
            },
            "terms": terms,
        }

    # The site ------------------------------------------------------------

    def load_site(self):
        self.home = HomePage.objects.first()
        if self.home is None:
            raise CommandError("Geen startpagina: laad eerst de democontent.")
        sections = {}
        for model in (KnowledgeIndexPage, PracticeCaseIndexPage, TrainingIndexPage):
            sections[model] = model.objects.child_of(self.home).first()
            if sections[model] is None:
                raise CommandError(f"De sectie {model.__name__} ontbreekt.")
        self.knowledge = sections[KnowledgeIndexPage]
        self.case_index = sections[PracticeCaseIndexPage]
        self.training_index = sections[TrainingIndexPage]
        self.questions = list(
            QuestionPage.objects.descendant_of(self.home).live().order_by("path")
        )
        if not self.questions:
            raise CommandError("Geen vragen: laad eerst de democontent.")
        self.types = list(KnowledgeType.objects.all())
        self.layers = list(GovernmentLayer.objects.all())
        self.perspectives = list(Perspective.objects.all())
        self.audiences = list(Audience.objects.all())
        self.question_weights = weights(len(self.questions), 0.6)
        self.type_weights = weights(len(self.types), 0.6)

    def url(self, page) -> str:
        """The page's URL on the site (its url_path below the home page)."""
        return page.url_path[len(self.home.url_path) - 1 :]

    def add_organisations(self):
        wanted = min(300, 20 + self.products // 50)
        layers = {layer.slug: layer for layer in self.layers}
        taken = set(Organisation.objects.values_list("name", flat=True))
        slugs = set(Organisation.objects.values_list("slug", flat=True))
        kinds = [
            ("Gemeente {}", "gemeente", 8),
            ("Provincie {}", "provincie", 1),
            ("Waterschap {}", "waterschap", 1),
            ("Omgevingsdienst {}", "uitvoeringsorganisatie", 1),
            ("Uitvoeringsdienst {}", "uitvoeringsorganisatie", 1),
            ("Rijksdienst voor Data {}", "rijk", 1),
        ]
        kind_weights = list(accumulate(weight for _n, _l, weight in kinds))
        new = []
        while len(new) < wanted:
            place = self.rng.choice(PLACE_START) + self.rng.choice(PLACE_END)
            if self.rng.random() < 0.2:
                second = self.rng.choice(PLACE_START) + self.rng.choice(PLACE_END)
                place = f"{place}-{second}"
            pattern, layer, _w = kinds[
                bisect(kind_weights, self.rng.random() * kind_weights[-1])
            ]
            name = pattern.format(place)
            slug = slugify(name)[:150]
            if name in taken or slug in slugs:
                continue
            taken.add(name)
            slugs.add(slug)
            new.append(
                Organisation(
                    name=name,
                    slug=slug,
                    government_layer=layers.get(layer),
                    website=f"https://www.{slugify(place)}.example",
                )
            )
        Organisation.objects.bulk_create(new)
        self.organisations = list(Organisation.objects.order_by("pk"))
        self.org_weights = weights(len(self.organisations), 0.7)

    def add_tags(self):
        existing = {tag.name for tag in Tag.objects.all()}
        wanted = min(150, 30 + self.products // 100)
        slugs = set(Tag.objects.values_list("slug", flat=True))
        new = []
        for name in THEMES:
            if len(existing) + len(new) >= wanted:
                break
            slug = slugify(name)
            if name not in existing and slug not in slugs:
                slugs.add(slug)
                new.append(Tag(name=name, slug=slug))
        Tag.objects.bulk_create(new)
        self.tags = list(Tag.objects.order_by("pk"))
        self.rng.shuffle(self.tags)
        self.tag_weights = weights(len(self.tags), 1.0)

    # Picking -------------------------------------------------------------

    def some(self, items, cumulative, low, high) -> list:
        """Between low and high distinct items, the first ones more often."""
        count = min(len(items), self.rng.randint(low, high))
        chosen = []
        while len(chosen) < count:
            item = self.words.pick(items, cumulative)
            if item not in chosen:
                chosen.append(item)
        return chosen

    def published(self) -> tuple[datetime.datetime, datetime.datetime]:
        first = self.now - datetime.timedelta(
            days=self.rng.uniform(1, PUBLISHED_SPAN_DAYS)
        )
        last = min(self.now, first + datetime.timedelta(days=self.rng.uniform(0, 400)))
        return first, last

    def item_topics(self) -> list[str]:
        topics, count = [], self.rng.randint(1, 3)
        while len(topics) < count:
            topic = self.words.topic()
            if topic not in topics:
                topics.append(topic)
        return topics

    def rare_word(self):
        """A rare word for about one item in six (each word: 1 in ~240)."""
        if self.rng.random() < 1 / 6:
            return self.rng.choice(RARE_WORDS)
        return None

    # Pages ---------------------------------------------------------------

    def page_kwargs(self, parent, title, taken_slugs):
        slug = base = slugify(title)[:70].strip("-") or "pagina"
        number = 2
        while slug in taken_slugs:
            slug = f"{base}-{number}"
            number += 1
        taken_slugs.add(slug)
        first, last = self.published()
        return {
            "title": title,
            "draft_title": title,
            "slug": slug,
            "url_path": f"{parent.url_path}{slug}/",
            "depth": parent.depth + 1,
            "numchild": 0,
            "locale_id": parent.locale_id,
            "live": True,
            "has_unpublished_changes": False,
            "first_published_at": first,
            "last_published_at": last,
            "latest_revision_created_at": last,
            "show_in_menus": False,
        }

    def insert_pages(self, parent, pages: list) -> None:
        """Insert new child pages of `parent` in bulk; sets their ids.

        Django's bulk_create refuses multi-table models (every page type
        extends wagtailcore_page), so this does what it does, one table at a
        time: the page rows (returning their ids), then the page type's own
        rows. Tree paths continue after the parent's last child, as
        treebeard's add_child would number them.
        """
        if not pages:
            return
        parent.refresh_from_db()
        last = parent.get_last_child()
        position = last._get_lastpos_in_path() if last else 0
        for offset, page in enumerate(pages, start=1):
            page.path = Page._get_path(parent.path, parent.depth + 1, position + offset)
        model = type(pages[0])
        page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        own_fields = model._meta.local_concrete_fields
        ops = self.connection.ops
        size = max(1, min(1000, ops.bulk_batch_size(page_fields, pages)))
        for start in range(0, len(pages), size):
            batch = pages[start : start + size]
            rows = Page._base_manager._insert(
                batch,
                fields=page_fields,
                returning_fields=[Page._meta.pk],
                using=self.connection.alias,
            )
            for page, (pk,) in zip(batch, rows, strict=True):
                page.pk = page.id = page.page_ptr_id = pk
            model._base_manager._insert(
                batch, fields=own_fields, using=self.connection.alias
            )
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))

    def insert_relations(self, model, pages, relations: dict) -> None:
        """Many-to-many rows: relations maps a field name to a list of lists
        (per page, in the order of `pages`)."""
        for name, per_page in relations.items():
            field = model._meta.get_field(name)
            through = field.remote_field.through
            own, other = (
                f"{field.m2m_field_name()}_id",
                f"{field.m2m_reverse_field_name()}_id",
            )
            rows = [
                through(**{own: page.pk, other: item.pk})
                for page, items in zip(pages, per_page, strict=True)
                for item in items
            ]
            through.objects.bulk_create(rows, batch_size=2000)

    def insert_tags(self, through, pages, per_page) -> None:
        rows = [
            through(content_object_id=page.pk, tag_id=tag.pk)
            for page, tags in zip(pages, per_page, strict=True)
            for tag in tags
        ]
        through.objects.bulk_create(rows, batch_size=2000)

    def taxonomy(self):
        return {
            "questions": self.some(self.questions, self.question_weights, 1, 2),
            "government_layers": self.rng.sample(
                self.layers, self.rng.randint(1, len(self.layers))
            ),
            "perspectives": self.rng.sample(
                self.perspectives, self.rng.randint(1, len(self.perspectives))
            ),
        }

    def add_products(self):
        taken = set(
            Page.objects.child_of(self.knowledge).values_list("slug", flat=True)
        )
        pages, relations, tags = [], {}, []
        self.texts = []
        for _number in range(self.products):
            kind = self.words.pick(self.types, self.type_weights)
            topics = self.item_topics()
            title = self.words.fill(
                self.rng.choice(TITLES.get(kind.slug, ["{t}"])),
                topics,
                kind.name.lower(),
            )
            org = self.words.pick(self.organisations, self.org_weights)
            external = self.rng.random() < 0.2
            page_number = self.rng.randint(100, 99999)
            slug_source = title
            rare = self.rare_word()
            body = self.words.body(
                topics,
                kind.name.lower(),
                self.rng.randint(1, 2) if external else self.rng.randint(3, 5),
                rare,
            )
            page = KnowledgeProductPage(
                **self.page_kwargs(self.knowledge, slug_source, taken),
                knowledge_type=kind,
                summary=self.words.summary(topics, kind.name.lower()),
                organisation=org if self.rng.random() < 0.9 else None,
                external_url=(
                    f"https://www.{org.slug}.example/publicaties/{page_number}"
                    if external
                    else ""
                ),
                body=body,
                content_owner=self.rng.choice(
                    ["Redactie Kennisbank IKC", f"Team data, {org.name}", org.name]
                )[:160],
            )
            reviewed = page.last_published_at.date() + datetime.timedelta(
                days=self.rng.randint(0, 700)
            )
            page.last_reviewed = min(reviewed, self.today)
            pages.append(page)
            for name, items in self.taxonomy().items():
                relations.setdefault(name, []).append(items)
            tags.append(self.some(self.tags, self.tag_weights, 1, 4))
            self.texts.append(f"{title} {page.summary} {body}".lower())
        self.insert_pages(self.knowledge, pages)
        self.insert_relations(KnowledgeProductPage, pages, relations)
        self.insert_tags(KnowledgeProductTag, pages, tags)
        return [page.pk for page in pages], pages[len(pages) // 2]

    def add_cases(self, product_ids):
        taken = set(
            Page.objects.child_of(self.case_index).values_list("slug", flat=True)
        )
        phases = [value for value, _label in Phase.choices]
        pages, relations, tags, used = [], {}, [], []
        for _number in range(self.cases):
            topics = self.item_topics()
            org = self.words.pick(self.organisations, self.org_weights)
            title = self.words.fill(
                self.rng.choice(CASE_TITLES), topics, "aanpak", org=org.name
            )
            kind = "aanpak"

            def text(count, rare=None):
                return self.words.paragraph_html(
                    self.words.sentences(count, topics, kind, rare)  # noqa: B023
                )

            lessons = "".join(
                f"<li>{escape(s)}</li>"
                for s in self.words.sentences(self.rng.randint(2, 4), topics, kind)
            )
            page = PracticeCasePage(
                **self.page_kwargs(self.case_index, title[:255], taken),
                organisation=org,
                phase=self.rng.choice(phases),
                summary=self.words.summary(topics, "praktijkvoorbeeld"),
                challenge=text(self.rng.randint(2, 4)),
                approach=text(self.rng.randint(3, 6), self.rare_word()),
                result=text(self.rng.randint(2, 4)),
                lessons=f"<ul>{lessons}</ul>",
            )
            pages.append(page)
            for name, items in self.taxonomy().items():
                relations.setdefault(name, []).append(items)
            tags.append(self.some(self.tags, self.tag_weights, 1, 3))
            used.append(
                [
                    _Pk(pk)
                    for pk in self.rng.sample(
                        product_ids, min(len(product_ids), self.rng.randint(0, 3))
                    )
                ]
            )
        self.insert_pages(self.case_index, pages)
        relations["products_used"] = used
        self.insert_relations(PracticeCasePage, pages, relations)
        self.insert_tags(PracticeCaseTag, pages, tags)

    def add_trainings(self):
        taken = set(
            Page.objects.child_of(self.training_index).values_list("slug", flat=True)
        )
        levels = [value for value, _label in Level.choices]
        formats = [value for value, _label in Format.choices]
        pages, relations, runs = [], {}, []
        for _number in range(self.trainings):
            topics = self.item_topics()
            title = self.words.fill(
                self.rng.choice(TRAINING_TITLES), topics, "opleiding"
            )
            cost = self.rng.choices(
                [Cost.GRATIS, Cost.CERTIFICAAT, Cost.BETAALD], weights=[4, 1, 5]
            )[0]
            price = None
            if cost == Cost.BETAALD:
                price = self.rng.choice([95, 195, 450, 795, 1249.5, 2450])
            elif cost == Cost.CERTIFICAAT:
                price = self.rng.choice([49, 99, 149])
            format_ = self.rng.choice(formats)
            page = TrainingPage(
                **self.page_kwargs(self.training_index, title[:255], taken),
                provider=self.words.pick(self.organisations, self.org_weights),
                summary=self.words.summary(topics, "opleiding"),
                description="".join(
                    self.words.paragraph_html(
                        self.words.sentences(
                            self.rng.randint(2, 4), topics, "opleiding"
                        )
                    )
                    for _p in range(self.rng.randint(2, 4))
                ),
                level=self.rng.choice(levels),
                format=format_,
                workload_hours=self.rng.choice([None, 2, 4, 8, 16, 24, 40, 80]),
                duration=self.rng.choice(
                    ["", "1 dag", "2 dagen", "6 weken", "3 maanden"]
                ),
                cost=cost,
                price=price,
                language=Language.EN if self.rng.random() < 0.1 else Language.NL,
                registration_url="https://www.opleidingen.example/aanmelden",
            )
            pages.append(page)
            relations.setdefault("questions", []).append(
                self.some(self.questions, self.question_weights, 0, 3)
            )
            relations.setdefault("audiences", []).append(
                self.rng.sample(
                    self.audiences, self.rng.randint(1, min(4, len(self.audiences)))
                )
            )
            relations.setdefault("government_layers", []).append(
                self.rng.sample(self.layers, self.rng.randint(0, len(self.layers)))
            )
            # Self-paced courses have no dates; others runs in past and future.
            page_runs = []
            if format_ != Format.ZELFSTUDIE:
                for order in range(self.rng.randint(1, 4)):
                    start = self.today + datetime.timedelta(
                        days=self.rng.randint(-400, 300)
                    )
                    online = format_ in (Format.ONLINE, Format.HYBRIDE)
                    page_runs.append(
                        TrainingRun(
                            sort_order=order,
                            start=start,
                            end=start
                            + datetime.timedelta(days=self.rng.choice([0, 1, 41, 90])),
                            location=""
                            if format_ == Format.ONLINE
                            else self.rng.choice(
                                [
                                    "Utrecht",
                                    "Amersfoort",
                                    "Zwolle",
                                    "Den Haag",
                                    "Eindhoven",
                                ]
                            ),
                            online=online,
                            status=self.rng.choices(
                                [RunStatus.OPEN, RunStatus.VOL, RunStatus.GEANNULEERD],
                                weights=[8, 1, 1],
                            )[0],
                        )
                    )
            runs.append(page_runs)
        self.insert_pages(self.training_index, pages)
        self.insert_relations(TrainingPage, pages, relations)
        rows = []
        for page, page_runs in zip(pages, runs, strict=True):
            for run in page_runs:
                run.page_id = page.pk
                rows.append(run)
        TrainingRun.objects.bulk_create(rows, batch_size=2000)

    def term_shares(self) -> dict:
        """How many generated products mention the two search terms."""
        common = sum(COMMON_TERM in text for text in self.texts)
        rare = sum(RARE_TERM in text for text in self.texts)
        return {
            "common": COMMON_TERM,
            "common_products": common,
            "rare": RARE_TERM,
            "rare_products": rare,
        }


class _Pk:
    """Stands in for a page where only its id is needed (relation rows)."""

    __slots__ = ("pk",)

    def __init__(self, pk):
        self.pk = pk
