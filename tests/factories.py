"""Factories for the kennisbank; pages are created published, with a revision.

Tests build their own tree (`site_tree` fixture) instead of relying on pages
made by migrations or the demo loader.
"""

import datetime
import io

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from pypdf import PdfWriter
from wagtail.documents import get_document_model

from community.models import (
    CommunityGroupPage,
    CommunityIndexPage,
    EventIndexPage,
    EventPage,
)
from decisions.models import DecisionAidIndexPage, DecisionAidPage
from knowledge.models import (
    HomePage,
    KnowledgeIndexPage,
    KnowledgeProductPage,
    KnowledgeType,
    OpenDataPage,
    Organisation,
    PracticeCaseIndexPage,
    PracticeCasePage,
    QuestionIndexPage,
    QuestionPage,
    StandardPage,
)
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage
from trainings.models import TrainingIndexPage, TrainingPage, TrainingRun


def term(model, slug):
    """A taxonomy term seeded by the migrations (types, layers, perspectives)."""
    return model.objects.get(slug=slug)


def pdf_bytes(pages: int) -> bytes:
    """A real PDF of `pages` blank A4 pages."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_document(title: str, content: bytes, name: str):
    """A Wagtail document as an upload in the admin leaves it (with its size)."""
    return get_document_model().objects.create(
        title=title, file=ContentFile(content, name=name), file_size=len(content)
    )


class PublishedPageFactory(wagtail_factories.PageFactory):
    """Adds the page under `parent`, sets its relations, publishes a revision."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        parent = kwargs.pop("parent")
        # Many-to-many fields and tags can only be set once the page exists.
        relations = {
            name: kwargs.pop(name)
            for name in list(kwargs)
            if name != "tags" and model_class._meta.get_field(name).many_to_many
        }
        tags = kwargs.pop("tags", None)
        instance = model_class(**kwargs)
        parent.add_child(instance=instance)
        for name, values in relations.items():
            setattr(instance, name, values)
        if tags:
            instance.tags.set(tags)
        instance.save_revision().publish()
        return instance


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Gemeente Voorbeeld {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))


class HomePageFactory(PublishedPageFactory):
    class Meta:
        model = HomePage

    title = "Kenniscentrum Data"
    slug = "home"
    intro = "Kennis over verantwoord datagebruik, gebundeld per vraag."


class QuestionIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = QuestionIndexPage

    title = "Vragen"
    slug = "vragen"
    show_in_menus = True


class KnowledgeIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = KnowledgeIndexPage

    title = "Kennisbank"
    slug = "kennisbank"
    show_in_menus = True


class PracticeCaseIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = PracticeCaseIndexPage

    title = "Praktijkvoorbeelden"
    slug = "praktijkvoorbeelden"
    show_in_menus = True


class StandardPageFactory(PublishedPageFactory):
    class Meta:
        model = StandardPage

    title = "Over het Kenniscentrum"
    slug = factory.LazyAttribute(lambda obj: slugify(obj.title))
    intro = "Wie we zijn en wat we doen."


class OpenDataPageFactory(PublishedPageFactory):
    class Meta:
        model = OpenDataPage

    title = "Open data"
    slug = "open-data"
    intro = "De gegevens over de kennisbank, om zelf mee te werken."


class QuestionPageFactory(PublishedPageFactory):
    class Meta:
        model = QuestionPage

    title = factory.Sequence(lambda n: f"Hoe regel ik onderwerp {n}?")
    summary = "Een vraag die veel collega's stellen."
    short_answer = "Begin klein, betrek de juiste mensen en leg keuzes vast."


class KnowledgeProductPageFactory(PublishedPageFactory):
    class Meta:
        model = KnowledgeProductPage

    title = factory.Sequence(lambda n: f"Leidraad nummer {n}")
    summary = "Een praktische leidraad voor ambtenaren."
    knowledge_type = factory.LazyFunction(lambda: term(KnowledgeType, "leidraad"))
    organisation = factory.SubFactory(OrganisationFactory)
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Zo pak je het aan.</p>"}]
    )
    content_owner = "Redactie Kennisbank"


class PracticeCasePageFactory(PublishedPageFactory):
    class Meta:
        model = PracticeCasePage

    title = factory.Sequence(lambda n: f"Praktijkvoorbeeld {n}")
    summary = "Hoe een gemeente het aanpakte."
    organisation = factory.SubFactory(OrganisationFactory)
    phase = "pilot"
    challenge = "<p>De uitdaging.</p>"
    approach = "<p>De aanpak.</p>"
    result = "<p>Het resultaat.</p>"
    lessons = "<ul><li>Begin klein.</li></ul>"


class TrainingIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = TrainingIndexPage

    title = "Opleidingen"
    slug = "opleidingen"
    intro = "Opleidingen bij de vragen over datagebruik."


def run(start_in_days, days=1, location="Utrecht", online=False, status="open"):
    """A run starting `start_in_days` from today (negative: in the past)."""
    start = timezone.localdate() + datetime.timedelta(days=start_in_days)
    return TrainingRun(
        start=start,
        end=start + datetime.timedelta(days=days - 1),
        location="" if online and location == "Utrecht" else location,
        online=online,
        status=status,
    )


class TrainingPageFactory(PublishedPageFactory):
    class Meta:
        model = TrainingPage

    title = factory.Sequence(lambda n: f"Opleiding datagebruik {n}")
    summary = "Zo werk je verantwoord met data."
    provider = factory.SubFactory(OrganisationFactory)
    level = "basis"
    format = "klassikaal"
    cost = "gratis"
    runs = factory.LazyFunction(lambda: [run(30)])


class CommunityIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = CommunityIndexPage

    title = "Community"
    slug = "community"
    intro = "Samen leren over data."


class CommunityGroupPageFactory(PublishedPageFactory):
    class Meta:
        model = CommunityGroupPage

    title = factory.Sequence(lambda n: f"Kopgroep {n}")
    summary = "Een groep die samen aan datavragen werkt."
    description = "<p>We komen elke maand samen.</p>"
    join_policy = "open"


class EventIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = EventIndexPage

    title = "Bijeenkomsten"
    slug = "bijeenkomsten"


def moment(days, hour=13):
    """A time `days` from now (negative: in the past), on the hour."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


class EventPageFactory(PublishedPageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Bijeenkomst {n}")
    summary = "We delen ervaringen met datagedreven werken."
    start = factory.LazyFunction(lambda: moment(14))
    end = factory.LazyAttribute(lambda obj: obj.start + datetime.timedelta(hours=3))
    location = "Stadskantoor, Utrecht"
    registration = "portaal"


class NewsletterIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = NewsletterIndexPage

    title = "Data-nieuwsbrief"
    slug = "nieuwsbrief"
    intro = "Elke maand het nieuws over verantwoord datagebruik."


def section(kind="nationaal", *titles):
    """A newsletter section with one entry per title."""
    return {
        "type": "section",
        "value": {
            "kind": kind,
            "entries": [
                {
                    "title": title,
                    "text": f"Over {title.lower()}.",
                    "url": "https://nieuws.example/bericht",
                    "source": "VNG",
                }
                for title in titles or ["Nieuwe handreiking"]
            ],
        },
    }


class NewsletterIssuePageFactory(PublishedPageFactory):
    class Meta:
        model = NewsletterIssuePage

    title = factory.Sequence(lambda n: f"Data-nieuwsbrief {n}")
    intro = "Deze maand: datadelen tussen overheden."
    issue_date = factory.LazyFunction(timezone.localdate)
    sections = factory.LazyFunction(lambda: [section()])


class DecisionAidIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = DecisionAidIndexPage

    title = "Beslishulpen"
    slug = "beslishulpen"
    intro = "Stap voor stap naar een antwoord."


def question_node(key, question, *answers):
    """A question node; `answers` are (label, next key) pairs."""
    return {
        "type": "question",
        "value": {
            "key": key,
            "question": question,
            "help": "",
            "answers": [{"label": label, "next": target} for label, target in answers],
        },
    }


def outcome_node(key, verdict="toegestaan", title=None):
    return {
        "type": "outcome",
        "value": {
            "key": key,
            "verdict": verdict,
            "title": title or f"Uitkomst {key}",
            "explanation": f"<p>Uitleg bij {key}.</p>",
            "conditions": "",
            "legal_basis": [
                {
                    "title": "AVG, artikel 6",
                    "page": None,
                    "url": "https://wet.example/6",
                }
            ],
            "next_steps": [],
        },
    }


def small_tree():
    """persoonsgegevens? -> (ja: doel verenigbaar? -> ja/nee) / nee: toegestaan."""
    return [
        question_node(
            "persoonsgegevens",
            "Staan er personen op de beelden?",
            ("Ja", "doel"),
            ("Nee", "vrij"),
        ),
        question_node(
            "doel",
            "Past het nieuwe doel bij het oude?",
            ("Ja", "voorwaarden"),
            ("Nee", "verboden"),
        ),
        outcome_node("vrij", "toegestaan", "Dat mag"),
        outcome_node("voorwaarden", "voorwaarden", "Dat mag onder voorwaarden"),
        outcome_node("verboden", "niet-toegestaan", "Dat mag niet"),
    ]


class DecisionAidPageFactory(PublishedPageFactory):
    class Meta:
        model = DecisionAidPage

    title = factory.Sequence(lambda n: f"Beslishulp {n}")
    summary = "Mag ik deze beelden hergebruiken?"
    intro = "<p>Beantwoord een paar vragen.</p>"
    tree = factory.LazyFunction(small_tree)


class PartnerSourceFactory(DjangoModelFactory):
    """A partner source (federation); point `url` at a served feed or API."""

    class Meta:
        model = "federation.PartnerSource"

    name = factory.Sequence(lambda n: f"Partnerportaal {n}")
    organisation = factory.SubFactory(OrganisationFactory)
    kind = "feed"
    url = "https://partner.example/feed/"
    default_type = factory.LazyFunction(lambda: term(KnowledgeType, "handreiking"))
