"""Demo answers to "Heeft deze informatie je geholpen?", for
`load_demo_content`: Ja and Nee spread over the last weeks on a few pages of
each type that asks, some Nee with a comment as civil servants write them,
two of those handled.

Idempotent: once there are answers, nothing is added. Dates are
offsets from today, so the report's last 30 days are never empty after a
fresh load.
"""

from datetime import timedelta

from django.utils import timezone

from decisions.models import DecisionAidPage
from feedback.models import Feedback
from knowledge.models import KnowledgeProductPage, PracticeCasePage, QuestionPage
from trainings.models import TrainingPage

# Per page type, per page in tree order: (Ja, Nee, comments). A comment is
# (text, days ago, handled).
ANSWERS = {
    QuestionPage: [
        (
            14,
            6,
            [
                (
                    "Ik miste een voorbeeld van een projectplan dat een kleine "
                    "gemeente kan overnemen.",
                    3,
                    False,
                ),
                (
                    "Wie moet ik als eerste betrekken: de FG of de CISO? Dat wordt "
                    "hier niet duidelijk.",
                    9,
                    True,
                ),
            ],
        ),
        (8, 2, []),
        (
            5,
            7,
            [
                (
                    "Het stuk over de juridische grondslag is te algemeen. Voor "
                    "waterschappen gelden soms andere regels.",
                    5,
                    False,
                ),
                ("Graag een checklist die ik kan printen.", 12, False),
            ],
        ),
        (11, 1, []),
    ],
    KnowledgeProductPage: [
        (
            9,
            4,
            [
                (
                    "De link naar het sjabloon werkt niet meer, ik kom op een "
                    "foutpagina uit.",
                    2,
                    False,
                ),
            ],
        ),
        (6, 3, [("Is er ook een Engelse versie voor onze partners?", 17, True)]),
        (4, 0, []),
    ],
    PracticeCasePage: [
        (
            7,
            3,
            [
                (
                    "Ik had graag gelezen wat het project kostte en hoeveel uur "
                    "het team eraan besteedde.",
                    6,
                    False,
                ),
            ],
        ),
        (3, 1, []),
    ],
    TrainingPage: [
        (
            5,
            2,
            [
                (
                    "Niet duidelijk of de cursus ook in het najaar wordt gegeven.",
                    4,
                    False,
                )
            ],
        ),
    ],
    DecisionAidPage: [
        (
            6,
            3,
            [
                (
                    "Mijn situatie (beelden van een bodycam) past bij geen enkel "
                    "antwoord.",
                    8,
                    False,
                ),
            ],
        ),
    ],
}
# Plain answers are spread over this many days before today.
SPREAD_DAYS = 35


def ensure_feedback() -> int:
    """Add the demo answers unless the demo pages have some; returns the
    number of answers made."""
    if Feedback.objects.exists():
        return 0
    now = timezone.now()
    rows = []
    for model, plan in ANSWERS.items():
        pages = list(model.objects.live().order_by("path")[: len(plan)])
        for page, (yes, no, comments) in zip(pages, plan, strict=False):
            for number in range(yes + no):
                # Evenly over the weeks, at office hours, newest first.
                when = now - timedelta(
                    days=(number * 7) % SPREAD_DAYS, hours=number % 8
                )
                rows.append(Feedback(page=page, helped=number < yes, created_at=when))
            for text, days, handled in comments:
                when = now - timedelta(days=days, hours=2)
                rows.append(
                    Feedback(
                        page=page,
                        helped=False,
                        comment=text,
                        created_at=when,
                        handled_at=when + timedelta(days=1) if handled else None,
                    )
                )
    # bulk_create skips save(): the texts above hold no personal data.
    Feedback.objects.bulk_create(rows)
    return len(rows)
