"""Demo vraagbaak questions in every state, so that the dashboard's panel and
the "van vraag naar inhoud" actions have something to show. The askers are
fictitious; their addresses use the reserved .example domain."""

import datetime

from django.utils import timezone

from community.models import Enquiry, EnquiryStatus
from knowledge.models import QuestionPage

ENQUIRIES = [
    {
        "question": "Mogen wij beelden van onze scanauto's ook gebruiken om "
        "bijplaatsingen van afval op te sporen?",
        "context": "De scanauto's rijden al voor parkeercontrole. Handhaving "
        "vraagt of de beelden ook voor afval naast containers mogen.",
        "organisation": "Gemeente Lindeveen",
        "name": "Fatima el Idrissi",
        "email": "f.elidrissi@lindeveen.example",
        "status": EnquiryStatus.BEANTWOORD,
        "answer": "Niet zonder meer: de beelden zijn verzameld voor een ander "
        "doel. Toets eerst of het nieuwe doel verenigbaar is met het oude en "
        "leg dat vast in een DPIA. Betrek je functionaris gegevensbescherming "
        "vroeg, en kijk naar minder ingrijpende alternatieven, zoals "
        "meldingen van bewoners.\n\nIn de kennisbank staat een leidraad over "
        "camerabeelden in de openbare ruimte die je stap voor stap door de "
        "afweging leidt.",
        "question_page": "wat-mag-juridisch",
        "days_ago": 24,
    },
    {
        "question": "Hoe krijgen we een dataproject uit de pilotfase zonder dat "
        "het team uit elkaar valt?",
        "context": "Onze pilot met sensordata liep goed, maar de financiering "
        "stopt over drie maanden.",
        "organisation": "Waterschap Vechtdal-Oost",
        "name": "",
        "email": "data@vechtdal-oost.example",
        "status": EnquiryStatus.BEANTWOORD,
        "answer": "Maak het beheer vóór het einde van de pilot expliciet: "
        "wie is eigenaar van het product, wat kost het per jaar en welke "
        "afdeling neemt het over? Leg dat voor aan de lijn, niet aan het "
        "programma.\n\nPraktijkvoorbeelden van andere waterschappen laten "
        "zien dat een overdrachtsdocument van één A4 vaak genoeg is.",
        "question_page": "van-pilot-naar-productie",
        "days_ago": 40,
    },
    {
        "question": "Is er een model voor een datadeelovereenkomst tussen "
        "een provincie en gemeenten?",
        "context": "",
        "organisation": "Provincie Oost-Veenland",
        "name": "Joris Bakker",
        "email": "j.bakker@oost-veenland.example",
        "status": EnquiryStatus.IN_BEHANDELING,
        "answer": "",
        "question_page": "afspraken-over-data-delen",
        "days_ago": 6,
    },
    {
        "question": "Moeten we voor een eenvoudig dashboard met "
        "geaggregeerde cijfers ook een IAMA doen?",
        "context": "Het dashboard toont wijkcijfers over energiearmoede.",
        "organisation": "Gemeente Dalwijk",
        "name": "",
        "email": "beleid@dalwijk.example",
        "status": EnquiryStatus.NIEUW,
        "answer": "",
        "question_page": "",
        "days_ago": 19,
    },
    {
        "question": "Welke opleiding raden jullie aan voor een "
        "informatiemanager die net begint?",
        "context": "",
        "organisation": "",
        "name": "Sanne",
        "email": "sanne@gemeente.example",
        "status": EnquiryStatus.NIEUW,
        "answer": "",
        "question_page": "",
        "days_ago": 1,
    },
]


def ensure_enquiries() -> int:
    """The demo questions that are missing (found by their text)."""
    existing = set(Enquiry.objects.values_list("question", flat=True))
    pages = {page.slug: page for page in QuestionPage.objects.all()}
    created = 0
    for data in ENQUIRIES:
        if data["question"] in existing:
            continue
        asked = timezone.now() - datetime.timedelta(days=data["days_ago"])
        Enquiry.objects.create(
            question=data["question"],
            context=data["context"],
            organisation=data["organisation"],
            name=data["name"],
            email=data["email"],
            status=data["status"],
            answer=data["answer"],
            related_question=pages.get(data["question_page"]),
            created_at=asked,
        )
        created += 1
    return created
