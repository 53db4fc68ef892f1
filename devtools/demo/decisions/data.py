"""Demo beslishulpen: the /beslishulpen/ intro and two decision trees.

A tree is a list of nodes; the first question is the start. A question is
{key, question, help, answers: [(label, next key)]}; an outcome is {key,
verdict, title, explanation: [paragraphs], conditions: [list items],
legal_basis: [links], next_steps: [links]}. A link has a title and either
a `url` (always a made-up example.nl address) or a `page`: the slug of a
demo knowledge product or practice case (knowledge/demo/), which the loader
turns into a page id. The vraagbaak is added to every outcome's next steps
by the template. Question slugs are those of knowledge/demo/questions.py.

The guidance is general and plausible, not legal advice: the pages say so.
"""

LAW = "https://wetten.example.nl"


def law(title: str, path: str) -> dict:
    return {"title": title, "url": f"{LAW}/{path}"}


def page(title: str, slug: str) -> dict:
    return {"title": title, "page": slug}


def web(title: str, url: str) -> dict:
    return {"title": title, "url": url}


AVG_PERSONAL_DATA = law("AVG, artikel 4 onder 1 (begrip persoonsgegeven)", "avg/4")
AVG_ANONYMOUS = law("AVG, overweging 26 (anonieme gegevens)", "avg/overweging-26")
AVG_PURPOSE = law("AVG, artikel 5 lid 1 onder b (doelbinding)", "avg/5#lid-1-b")
AVG_MINIMISATION = law(
    "AVG, artikel 5 lid 1 onder c (minimale gegevensverwerking)", "avg/5#lid-1-c"
)
AVG_STORAGE = law("AVG, artikel 5 lid 1 onder e (opslagbeperking)", "avg/5#lid-1-e")
AVG_LEGAL_OBLIGATION = law(
    "AVG, artikel 6 lid 1 onder c (wettelijke verplichting)", "avg/6#lid-1-c"
)
AVG_PUBLIC_TASK = law(
    "AVG, artikel 6 lid 1 onder e (taak van algemeen belang)", "avg/6#lid-1-e"
)
AVG_COMPATIBILITY = law("AVG, artikel 6 lid 4 (verenigbaarheid)", "avg/6#lid-4")
AVG_SPECIAL = law("AVG, artikel 9 (bijzondere persoonsgegevens)", "avg/9")
AVG_CRIMINAL = law("AVG, artikel 10 (strafrechtelijke gegevens)", "avg/10")
AVG_INFORM = law("AVG, artikelen 13 en 14 (informeren van betrokkenen)", "avg/13")
AVG_BY_DESIGN = law("AVG, artikel 25 (gegevensbescherming door ontwerp)", "avg/25")
AVG_SECURITY = law("AVG, artikel 32 (beveiliging van de verwerking)", "avg/32")
AVG_DPIA = law("AVG, artikel 35 (gegevensbeschermingseffectbeoordeling)", "avg/35")
AVG_PRIOR_CONSULTATION = law("AVG, artikel 36 (voorafgaande raadpleging)", "avg/36")
UAVG_BSN = law("Uitvoeringswet AVG, artikel 46 (burgerservicenummer)", "uavg/46")
WOO = law("Wet open overheid, hoofdstuk 3 (actieve openbaarmaking)", "woo/h3")

INTRO = (
    "Mag dit, en zo ja, onder welke voorwaarden? Een beslishulp leidt je in een "
    "paar vragen naar een eerste antwoord op een vraag die collega's vaak "
    "stellen. Je krijgt een uitkomst met uitleg, de juridische basis en "
    "vervolgstappen, die je kunt bewaren bij je dossier. Een beslishulp "
    "vervangt het advies van je privacy officer of jurist niet, maar zo begin "
    "je dat gesprek wel goed voorbereid."
)

CAMERA_TREE = [
    {
        "key": "persoonsgegevens",
        "question": (
            "Zijn op de beelden mensen, kentekens of andere dingen te zien die "
            "naar een persoon te herleiden zijn?"
        ),
        "help": (
            "Denk aan gezichten, kentekens, huisnummers en opvallende kleding. "
            "Ook een onscherp beeld kan naar iemand te herleiden zijn als je het "
            "combineert met de plaats en het tijdstip van de opname. Op beelden "
            "van een scanauto staan vrijwel altijd kentekens."
        ),
        "answers": [
            ("Nee, er is niets te zien dat naar een persoon leidt", "geen-pg"),
            ("Ja, of ik weet het niet zeker", "onherkenbaar-maken"),
        ],
    },
    {
        "key": "onherkenbaar-maken",
        "question": (
            "Kun je het nieuwe doel bereiken met beelden waarop mensen en "
            "kentekens onherkenbaar zijn gemaakt?"
        ),
        "help": (
            "Om te zien op welke plekken vaak afval wordt gedumpt, hoef je meestal "
            "niet te weten wie het deed. Om een overtreder te beboeten wel. "
            "Onherkenbaar maken moet automatisch gebeuren, voordat een medewerker "
            "de beelden bekijkt."
        ),
        "answers": [
            (
                "Ja, we maken alles automatisch onherkenbaar voordat iemand de "
                "beelden ziet",
                "onherkenbaar",
            ),
            (
                "Nee, we moeten kunnen zien wie het is of om welk voertuig het gaat",
                "doel-verenigbaar",
            ),
        ],
    },
    {
        "key": "doel-verenigbaar",
        "question": (
            "Past het nieuwe doel bij het doel waarvoor de beelden oorspronkelijk "
            "zijn gemaakt?"
        ),
        "help": (
            "Dit heet de verenigbaarheidstoets. Kijk naar het verband tussen beide "
            "doelen, de situatie waarin de beelden zijn gemaakt, wat mensen "
            "redelijkerwijs mochten verwachten, de gevolgen voor hen en de "
            "waarborgen die je treft, zoals pseudonimiseren. Parkeercontrole en "
            "afvalhandhaving zijn allebei handhaving in de openbare ruimte, maar "
            "wie zijn auto parkeert, verwacht niet dat de scanauto ook let op wat "
            "hij naast de container zet."
        ),
        "answers": [
            (
                "Ja, de doelen liggen dicht bij elkaar en we hebben dat onderbouwd",
                "taak",
            ),
            ("Nee, het nieuwe doel staat er los van", "specifieke-wet"),
            ("Dat kan ik niet goed beoordelen", "advies-verenigbaarheid"),
        ],
    },
    {
        "key": "specifieke-wet",
        "question": (
            "Is er een wettelijke regeling die precies dit nieuwe gebruik van de "
            "beelden mogelijk maakt?"
        ),
        "help": (
            "Een doel dat niet verenigbaar is, kan alleen als een wet het nieuwe "
            "gebruik specifiek regelt en dat gebruik noodzakelijk en evenredig is. "
            "Een algemene taakomschrijving of een afspraak tussen afdelingen is "
            "daarvoor niet genoeg."
        ),
        "answers": [
            ("Ja, een wet regelt precies dit gebruik", "dpia"),
            ("Nee, zo'n regeling is er niet", "niet-verenigbaar"),
            ("Dat weet ik niet", "advies-verenigbaarheid"),
        ],
    },
    {
        "key": "taak",
        "question": (
            "Heeft je organisatie een wettelijke taak waarvoor het gebruik van "
            "deze beelden echt nodig is?"
        ),
        "help": (
            "Bijvoorbeeld het toezicht door boa's op de afvalstoffenverordening "
            "van de gemeente. Nodig betekent: het doel is niet te bereiken met "
            "minder ingrijpende middelen, zoals extra controles ter plaatse of "
            "meldingen van bewoners."
        ),
        "answers": [
            (
                "Ja, het is een wettelijke taak en lichtere middelen volstaan niet",
                "dpia",
            ),
            (
                "Nee, het is handig, maar niet nodig voor een wettelijke taak",
                "geen-taak",
            ),
        ],
    },
    {
        "key": "dpia",
        "question": (
            "Heb je een DPIA uitgevoerd voor het nieuwe gebruik van de beelden?"
        ),
        "help": (
            "Een DPIA (gegevensbeschermingseffectbeoordeling) is bij het "
            "stelselmatig volgen van de openbare ruimte in de regel verplicht. "
            "Een DPIA voor het oorspronkelijke doel dekt het nieuwe doel niet."
        ),
        "answers": [
            ("Ja, en met de maatregelen is het risico aanvaardbaar", "bewaartermijn"),
            ("Ja, maar er blijft een hoog risico over", "hoog-risico"),
            ("Nee, nog niet", "eerst-dpia"),
        ],
    },
    {
        "key": "bewaartermijn",
        "question": (
            "Is vastgelegd hoe lang je de beelden voor het nieuwe doel bewaart?"
        ),
        "help": (
            "Bewaar beelden niet langer dan nodig. Beelden waarop geen overtreding "
            "te zien is, horen snel te worden verwijderd; beelden die als bewijs "
            "dienen, alleen zolang de zaak loopt."
        ),
        "answers": [
            (
                "Ja, er is een korte, vaste termijn en beelden zonder overtreding "
                "worden automatisch verwijderd",
                "onder-voorwaarden",
            ),
            ("Nee, nog niet, of we bewaren alle beelden even lang", "geen-termijn"),
        ],
    },
    {
        "key": "geen-pg",
        "verdict": "toegestaan",
        "title": "Je mag de beelden hergebruiken",
        "explanation": [
            "Beelden waarop niets naar een persoon te herleiden is, bevatten geen "
            "persoonsgegevens. De privacyregels gelden dan niet, en je mag de "
            "beelden voor het nieuwe doel gebruiken.",
            "Toets die conclusie wel kritisch: een kenteken, een voordeur of een "
            "opvallende fiets is vaak al genoeg om iemand te herkennen. Twijfel je, "
            "doorloop de beslishulp dan opnieuw en kies ‘Ja, of ik weet het niet "
            "zeker’.",
        ],
        "legal_basis": [AVG_PERSONAL_DATA, AVG_ANONYMOUS],
        "next_steps": [
            page(
                "Checklist: sensoren en camera's in de openbare ruimte",
                "checklist-sensoren-openbare-ruimte",
            ),
        ],
    },
    {
        "key": "onherkenbaar",
        "verdict": "voorwaarden",
        "title": "Toegestaan als de beelden echt onherkenbaar worden",
        "explanation": [
            "Maak je mensen en kentekens onherkenbaar voordat iemand de beelden "
            "bekijkt, dan gebruik je voor het nieuwe doel in feite geen "
            "persoonsgegevens meer. Het onherkenbaar maken zelf is wel een "
            "verwerking van persoonsgegevens. Die hoort bij het oorspronkelijke "
            "doel en valt onder de maatregelen die daarvoor gelden.",
            "Voor het in kaart brengen van plekken waar afval wordt gedumpt is dit "
            "vaak de beste route: je ziet waar en wanneer het gebeurt, zonder te "
            "zien wie het doet.",
        ],
        "conditions": [
            "Het onherkenbaar maken gebeurt automatisch, voordat een medewerker "
            "de beelden ziet.",
            "De onbewerkte beelden worden niet langer bewaard dan voor het "
            "oorspronkelijke doel is vastgelegd.",
            "Je hebt getest dat mensen ook via de omgeving, hun kleding of het "
            "tijdstip niet te herkennen zijn.",
            "Je legt de werkwijze vast in het verwerkingsregister en bespreekt "
            "haar met je functionaris gegevensbescherming (FG).",
        ],
        "legal_basis": [AVG_ANONYMOUS, AVG_BY_DESIGN],
        "next_steps": [
            page(
                "Praktijkvoorbeeld: beelden van de scanauto tegen afval naast "
                "containers",
                "lindeveen-scanautobeelden-bijplaatsingen",
            ),
            web(
                "Handreiking: beelden automatisch onherkenbaar maken",
                "https://www.example.nl/handreiking-beelden-onherkenbaar-maken",
            ),
        ],
    },
    {
        "key": "advies-verenigbaarheid",
        "verdict": "advies",
        "title": "Laat de verenigbaarheid beoordelen",
        "explanation": [
            "Of een nieuw doel verenigbaar is met het oorspronkelijke doel, of "
            "dat een wet het nieuwe gebruik regelt, is een afweging die je moet "
            "onderbouwen en vastleggen. Daar is juridische kennis voor nodig, en "
            "het antwoord bepaalt of je verder kunt.",
            "Leg je plan voor aan je privacy officer of jurist. Neem mee waarvoor "
            "de beelden zijn gemaakt, wat het nieuwe doel is, wie de beelden gaat "
            "bekijken en welke waarborgen je wilt treffen.",
        ],
        "legal_basis": [AVG_PURPOSE, AVG_COMPATIBILITY],
        "next_steps": [
            page(
                "Stroomschema: camerabeelden uit de openbare ruimte hergebruiken",
                "stroomschema-camerabeelden",
            ),
        ],
    },
    {
        "key": "niet-verenigbaar",
        "verdict": "niet-toegestaan",
        "title": "Je mag de herkenbare beelden niet voor dit doel gebruiken",
        "explanation": [
            "Het nieuwe doel past niet bij het doel waarvoor de beelden zijn "
            "gemaakt, en er is geen wet die dit gebruik specifiek regelt. Dan mag "
            "je de herkenbare beelden niet voor het nieuwe doel gebruiken.",
            "Het nieuwe doel is daarmee niet onbereikbaar. Ga na of het ook kan "
            "met beelden die vooraf onherkenbaar zijn gemaakt, of dat een aparte "
            "camera-inzet met een eigen doel, grondslag en DPIA beter past.",
        ],
        "legal_basis": [AVG_PURPOSE, AVG_COMPATIBILITY],
        "next_steps": [
            web(
                "Een eigen camera-inzet voorbereiden in zes stappen",
                "https://www.example.nl/camera-inzet-voorbereiden",
            ),
        ],
    },
    {
        "key": "geen-taak",
        "verdict": "niet-toegestaan",
        "title": "Niet toegestaan zonder wettelijke taak",
        "explanation": [
            "Een overheid mag persoonsgegevens alleen gebruiken als dat nodig is "
            "voor een wettelijke taak of op een andere grondslag uit de AVG. "
            "Handig of efficiënt is niet genoeg, ook niet als het nieuwe doel op "
            "zich verenigbaar is.",
            "Ga na of het doel onder een bestaande taak valt en of het ook met "
            "lichtere middelen kan. Verandert je antwoord daardoor, doorloop de "
            "beslishulp dan opnieuw.",
        ],
        "legal_basis": [AVG_PUBLIC_TASK, AVG_MINIMISATION],
        "next_steps": [
            page(
                "Leidraad: de juridische basis voor datagebruik in vijf vragen",
                "leidraad-juridische-grondslagen",
            ),
        ],
    },
    {
        "key": "eerst-dpia",
        "verdict": "advies",
        "title": "Voer eerst een DPIA uit, samen met je FG",
        "explanation": [
            "Camerabeelden van de openbare ruimte gebruiken voor handhaving "
            "betekent dat je mensen volgt die daar niet zelf voor kiezen. Voor "
            "zo'n verwerking is een DPIA in de regel verplicht, en die moet klaar "
            "zijn voordat je begint.",
            "Betrek je functionaris gegevensbescherming vanaf het begin. Met de "
            "uitkomsten van de DPIA kun je deze beslishulp opnieuw doorlopen.",
        ],
        "legal_basis": [AVG_DPIA],
        "next_steps": [
            page("Checklist: is een DPIA verplicht?", "checklist-dpia-verplicht"),
            web(
                "Model-DPIA voor camera's in de openbare ruimte",
                "https://www.example.nl/model-dpia-cameras",
            ),
        ],
    },
    {
        "key": "hoog-risico",
        "verdict": "advies",
        "title": "Raadpleeg eerst je FG, en zo nodig de Autoriteit Persoonsgegevens",
        "explanation": [
            "Blijft er na de DPIA een hoog risico over dat je met maatregelen "
            "niet genoeg kunt beperken, dan kun je niet zomaar beginnen. Bespreek "
            "eerst met je functionaris gegevensbescherming of aanvullende "
            "maatregelen het risico wel aanvaardbaar maken.",
            "Lukt dat niet, dan vraag je de Autoriteit Persoonsgegevens vooraf om "
            "advies. Houd daarbij rekening met een doorlooptijd van enkele weken "
            "tot maanden.",
        ],
        "legal_basis": [AVG_DPIA, AVG_PRIOR_CONSULTATION],
        "next_steps": [
            web(
                "Een voorafgaande raadpleging voorbereiden",
                "https://www.example.nl/voorafgaande-raadpleging",
            ),
        ],
    },
    {
        "key": "geen-termijn",
        "verdict": "niet-toegestaan",
        "title": "Nog niet: leg eerst een bewaartermijn vast",
        "explanation": [
            "Zonder vaste bewaartermijn bewaar je beelden van iedereen die "
            "toevallig in beeld kwam langer dan nodig. Dat mag niet, ook niet als "
            "de rest van je plan klopt.",
            "Stel een korte termijn vast voor beelden zonder overtreding en een "
            "aparte termijn voor beelden die als bewijs dienen. Zorg dat ze daarna "
            "automatisch worden verwijderd, en doorloop de beslishulp opnieuw.",
        ],
        "legal_basis": [AVG_STORAGE],
        "next_steps": [
            web(
                "Voorbeelden van bewaartermijnen voor camerabeelden",
                "https://www.example.nl/bewaartermijnen-camerabeelden",
            ),
        ],
    },
    {
        "key": "onder-voorwaarden",
        "verdict": "voorwaarden",
        "title": "Je mag de beelden voor het nieuwe doel gebruiken, met waarborgen",
        "explanation": [
            "Het nieuwe doel is verenigbaar of wettelijk geregeld, het gebruik is "
            "nodig voor een wettelijke taak, de risico's zijn in een DPIA "
            "beoordeeld en de bewaartermijn staat vast. Daarmee is hergebruik in "
            "beginsel mogelijk.",
            "Of het in jouw situatie ook mag, hangt af van de uitvoering. Hieronder "
            "staan de waarborgen die bij dit soort toepassingen het vaakst nodig "
            "zijn.",
        ],
        "conditions": [
            "Alleen bevoegde medewerkers, zoals boa's, bekijken herkenbare "
            "beelden, en elke inzage wordt vastgelegd.",
            "Waar het kan, selecteert software de beelden vooraf, zodat niemand "
            "alle beelden hoeft door te kijken.",
            "Inwoners worden over het nieuwe gebruik geïnformeerd, bijvoorbeeld "
            "op de website en met borden in de wijk.",
            "Het nieuwe gebruik staat in het verwerkingsregister, en het college "
            "of bestuur heeft ermee ingestemd.",
            "Na een vaste periode, bijvoorbeeld een jaar, evalueer je of het "
            "gebruik nog nodig en evenredig is.",
        ],
        "legal_basis": [AVG_PUBLIC_TASK, AVG_COMPATIBILITY, AVG_INFORM],
        "next_steps": [
            page(
                "Praktijkvoorbeeld: beelden van de scanauto tegen afval naast "
                "containers",
                "lindeveen-scanautobeelden-bijplaatsingen",
            ),
            web(
                "Voorbeeldtekst voor inwoners: zo gebruiken we camerabeelden",
                "https://www.example.nl/voorbeeldtekst-camerabeelden-inwoners",
            ),
        ],
    },
]

SHARING_TREE = [
    {
        "key": "persoonsgegevens",
        "question": "Gaat het om gegevens over personen?",
        "help": (
            "Ook gegevens over eenmanszaken, adressen met de bewoners erbij of een "
            "bestand met pseudoniemen in plaats van namen zijn persoonsgegevens. "
            "Cijfers per wijk of gemeente zonder kleine aantallen meestal niet."
        ),
        "answers": [
            ("Nee, het zijn geen persoonsgegevens", "geen-pg"),
            ("Ja, of ik weet het niet zeker", "wettelijke-plicht"),
        ],
    },
    {
        "key": "wettelijke-plicht",
        "question": (
            "Verplicht een wet jouw organisatie om deze gegevens aan de andere "
            "overheid te verstrekken?"
        ),
        "help": (
            "Sommige wetten regelen precies welke gegevens je aan wie moet "
            "leveren, bijvoorbeeld aan een basisregistratie of aan een "
            "toezichthouder die inlichtingen mag vorderen. De ontvanger noemt die "
            "wet dan meestal in het verzoek."
        ),
        "answers": [
            ("Ja, een wet verplicht ons tot deze verstrekking", "verplichting"),
            ("Nee, er is geen verplichting", "doel-verenigbaar"),
            ("Dat weet ik niet", "vraag-advies"),
        ],
    },
    {
        "key": "doel-verenigbaar",
        "question": (
            "Past het doel van de ontvanger bij het doel waarvoor jouw "
            "organisatie de gegevens heeft verzameld?"
        ),
        "help": (
            "Gegevens die je hebt om vergunningen te verlenen, zijn niet zomaar "
            "bruikbaar voor het toezicht van een andere organisatie. Kijk naar het "
            "verband tussen beide doelen, wat de betrokkenen mochten verwachten en "
            "wat de gevolgen voor hen zijn."
        ),
        "answers": [
            ("Ja, de doelen liggen in elkaars verlengde", "gevoelige-gegevens"),
            ("Nee, het is een heel ander doel", "niet-toegestaan"),
        ],
    },
    {
        "key": "gevoelige-gegevens",
        "question": (
            "Zitten er gevoelige gegevens bij, zoals gegevens over gezondheid, "
            "strafrechtelijke gegevens of het burgerservicenummer?"
        ),
        "help": (
            "Voor deze gegevens gelden strengere regels. Bijzondere en "
            "strafrechtelijke persoonsgegevens mag je alleen verwerken als een "
            "uitzondering van toepassing is, en het BSN alleen als een wet dat "
            "toestaat."
        ),
        "answers": [
            ("Ja", "vraag-advies"),
            ("Nee", "onder-voorwaarden"),
        ],
    },
    {
        "key": "geen-pg",
        "verdict": "toegestaan",
        "title": "Delen kan; let wel op vertrouwelijkheid",
        "explanation": [
            "Voor gegevens die niet over personen gaan, gelden de privacyregels "
            "niet. Delen met een andere overheid is dan in de regel mogelijk.",
            "Let wel op andere beperkingen, zoals bedrijfsgevoelige gegevens, "
            "informatie over beveiliging of afspraken met de leverancier van de "
            "gegevens. En ga na of je de gegevens niet beter als open data kunt "
            "publiceren, zodat iedereen ze kan gebruiken.",
        ],
        "legal_basis": [AVG_PERSONAL_DATA, WOO],
        "next_steps": [
            page("Het open data portaal van de overheid", "open-data-portaal"),
        ],
    },
    {
        "key": "verplichting",
        "verdict": "toegestaan",
        "title": "Je verstrekt de gegevens op grond van de wet",
        "explanation": [
            "Verplicht een wet je om de gegevens te verstrekken, dan is die "
            "verplichting de grondslag voor het delen. Je hoeft dan niet zelf te "
            "toetsen of het doel van de ontvanger past bij het jouwe.",
            "Verstrek niet meer dan de wet vraagt, gebruik een beveiligde "
            "verbinding en leg vast wat je wanneer aan wie hebt gegeven.",
        ],
        "legal_basis": [AVG_LEGAL_OBLIGATION],
        "next_steps": [
            page(
                "Stappenplan: gegevens delen tussen bestuurslagen",
                "stappenplan-gegevens-delen-tussen-bestuurslagen",
            ),
        ],
    },
    {
        "key": "niet-toegestaan",
        "verdict": "niet-toegestaan",
        "title": "Je mag de gegevens niet voor dit doel delen",
        "explanation": [
            "Het doel van de ontvanger past niet bij het doel waarvoor jouw "
            "organisatie de gegevens heeft verzameld, en geen wet verplicht je om "
            "ze te verstrekken. Dan mag je de gegevens niet delen.",
            "Leg dat uit aan de ontvanger en denk mee. Misschien kan die de "
            "gegevens met een eigen grondslag bij de bron opvragen, of volstaan "
            "geanonimiseerde cijfers.",
        ],
        "legal_basis": [AVG_PURPOSE, AVG_COMPATIBILITY],
        "next_steps": [
            web(
                "Voorbeeldbrief: een verzoek om gegevens onderbouwd afwijzen",
                "https://www.example.nl/voorbeeldbrief-verzoek-gegevens-afwijzen",
            ),
        ],
    },
    {
        "key": "vraag-advies",
        "verdict": "advies",
        "title": "Vraag je privacy officer of jurist om mee te kijken",
        "explanation": [
            "Je antwoorden laten te veel open om zelf een conclusie te trekken: "
            "het is niet duidelijk of een wet de verstrekking regelt, of het gaat "
            "om gegevens waarvoor strengere regels gelden.",
            "Leg het verzoek voor aan je privacy officer of jurist. Neem de brief "
            "of e-mail van de ontvanger mee, een beschrijving van de gegevens en "
            "het doel waarvoor jouw organisatie ze heeft.",
        ],
        "legal_basis": [AVG_SPECIAL, AVG_CRIMINAL, UAVG_BSN],
        "next_steps": [
            page(
                "Leidraad: de juridische basis voor datagebruik in vijf vragen",
                "leidraad-juridische-grondslagen",
            ),
        ],
    },
    {
        "key": "onder-voorwaarden",
        "verdict": "voorwaarden",
        "title": "Delen kan, met goede afspraken",
        "explanation": [
            "Het doel van de ontvanger past bij het jouwe en er zitten geen "
            "gevoelige gegevens bij. Delen is dan in beginsel mogelijk, als de "
            "ontvanger een eigen grondslag heeft en jullie goede afspraken maken.",
            "Leg je afweging vast, zodat je later kunt laten zien waarom je de "
            "gegevens hebt gedeeld.",
        ],
        "conditions": [
            "De ontvanger heeft een eigen grondslag, meestal een wettelijke taak, "
            "en noemt die in het verzoek.",
            "Je deelt alleen de gegevens die nodig zijn, waar het kan "
            "geaggregeerd of gepseudonimiseerd.",
            "Een overeenkomst legt vast waarvoor de ontvanger de gegevens mag "
            "gebruiken, hoe lang hij ze bewaart en hoe ze worden beveiligd.",
            "De gegevens gaan via een beveiligde verbinding, niet als bijlage bij "
            "een e-mail.",
            "De verstrekking staat in je verwerkingsregister.",
        ],
        "legal_basis": [AVG_COMPATIBILITY, AVG_MINIMISATION, AVG_SECURITY],
        "next_steps": [
            page("Checklist datadeelovereenkomst", "checklist-datadeelovereenkomst"),
            web(
                "Model gegevensleveringsovereenkomst voor overheden",
                "https://www.example.nl/model-gegevensleveringsovereenkomst",
            ),
        ],
    },
]

AIDS = [
    {
        "slug": "camerabeelden-hergebruiken",
        "title": "Camerabeelden uit de openbare ruimte hergebruiken",
        "summary": (
            "Mag je beelden van een scanauto of camera in de openbare ruimte "
            "gebruiken voor een ander doel dan waarvoor ze zijn gemaakt, zoals het "
            "opsporen van illegaal gedumpt afval?"
        ),
        "intro": [
            "Voor beleidsmedewerkers, projectleiders en handhavers die beelden uit "
            "de openbare ruimte voor een nieuw doel willen inzetten, bijvoorbeeld "
            "beelden van de parkeerscanauto voor de aanpak van afvaldumpingen.",
            "Houd bij de hand waarvoor de beelden oorspronkelijk zijn gemaakt, wat "
            "erop te zien is en hoe lang ze nu worden bewaard. Het invullen duurt "
            "ongeveer vijf minuten.",
        ],
        "questions": ["wat-mag-juridisch", "ethische-gevolgen-bespreken"],
        "tree": CAMERA_TREE,
    },
    {
        "slug": "gegevens-delen-andere-overheid",
        "title": "Mag ik deze gegevens delen met een andere overheid?",
        "summary": (
            "Een andere overheidsorganisatie vraagt om gegevens van jouw "
            "organisatie, of je wilt ze zelf delen. Mag dat? In hoogstens vier "
            "vragen kom je tot een eerste antwoord."
        ),
        "intro": [
            "Voor medewerkers die een verzoek krijgen om gegevens te verstrekken "
            "aan een gemeente, provincie, waterschap, rijksdienst of "
            "uitvoeringsorganisatie, of die zelf gegevens willen delen.",
            "Houd het verzoek bij de hand: om welke gegevens het gaat, voor welk "
            "doel de ontvanger ze wil gebruiken en op grond waarvan hij ze vraagt. "
            "Het invullen duurt een paar minuten.",
        ],
        "questions": ["afspraken-over-data-delen", "wat-mag-juridisch"],
        "tree": SHARING_TREE,
    },
]
