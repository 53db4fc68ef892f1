"""Demo community: the groups, meetups and (dev only) demo members.

Meetup dates are relative to the day of loading (`days_from_now`, local
start and end times), so the coming meetups are always still to come.
Question slugs are those of knowledge/demo/questions.py.
"""

INTRO = (
    "Samen kom je verder dan alleen. In de community werken collega's van "
    "gemeenten, provincies, waterschappen en het Rijk aan dezelfde vragen over "
    "verantwoord datagebruik. Sluit je aan bij een groep, kom naar een "
    "bijeenkomst of deel wat je zelf hebt geleerd."
)

EVENT_INTRO = (
    "Kennismiddagen, dilemmasessies, webinars en netwerkbijeenkomsten: hier "
    "vind je wat er binnenkort op de agenda staat. Van eerdere bijeenkomsten "
    "lees je het verslag in het archief, vaak met de presentatie of de opname."
)

GROUPS = [
    {
        "slug": "kopgroep-datagedreven-werken",
        "title": "Kopgroep Datagedreven werken",
        "kind": "kopgroep",
        "join_policy": "open",
        "summary": (
            "Koplopers uit alle bestuurslagen die datagedreven werken van "
            "experiment naar gewoon werk brengen, en delen wat daarbij helpt "
            "en wat niet."
        ),
        "description": [
            (
                "Veel organisaties hebben inmiddels een datastrategie of een "
                "paar geslaagde pilots. De stap daarna is lastiger: hoe zorg je "
                "dat data een vaste plek krijgt in beleid, uitvoering en "
                "bedrijfsvoering? In de kopgroep werken we aan die vraag met "
                "collega's die er zelf middenin zitten."
            ),
            (
                "We komen ongeveer zes keer per jaar bij elkaar, afwisselend "
                "op locatie en online. Elke bijeenkomst staat een casus van "
                "een van de leden centraal. Wat we leren, verwerken we samen "
                "met de redactie in de kennisbank."
            ),
            (
                "De groep is open: iedereen met een account kan meteen lid "
                "worden. Je hoeft geen specialist te zijn; nieuwsgierigheid en "
                "bereidheid om ervaringen te delen zijn genoeg."
            ),
        ],
        "questions": [
            "succesfactoren-datakoers",
            "van-pilot-naar-productie",
            "organisatie-bewust-maken",
        ],
    },
    {
        "slug": "kopgroep-ethiek",
        "title": "Kopgroep Ethiek",
        "kind": "kopgroep",
        "join_policy": "aanvraag",
        "summary": (
            "Ethici, privacy officers en beleidsmakers die samen ethische "
            "vragen rond data en algoritmes op tijd op tafel krijgen, en "
            "daar praktische werkvormen voor ontwikkelen."
        ),
        "description": [
            (
                "Of een datatoepassing mag, is vaak nog wel uit te zoeken. "
                "Of ze ook wenselijk is, blijft in veel projecten onbesproken "
                "tot het te laat is. De Kopgroep Ethiek verzamelt werkvormen "
                "om dat gesprek eerder en beter te voeren, van een "
                "dilemmakaart tot een begeleidingsethische sessie."
            ),
            (
                "In de groep bespreken we ook lopende casussen van leden. "
                "Daarom werken we met vertrouwelijkheid: wat in de groep "
                "gedeeld wordt, blijft in de groep, tenzij de inbrenger "
                "anders aangeeft."
            ),
            (
                "Lid worden gaat op aanvraag. Vertel in je verzoek kort waar "
                "je werkt en welke vraag je meebrengt; een moderator van de "
                "groep neemt daarna contact met je op."
            ),
        ],
        "questions": [
            "ethische-gevolgen-bespreken",
            "samenwerken-aan-normenkader",
            "wat-mag-juridisch",
        ],
    },
    {
        "slug": "expertgroep-data-science",
        "title": "Expertgroep Data Science",
        "kind": "expertgroep",
        "join_policy": "aanvraag",
        "summary": (
            "Data scientists en data-analisten bij de overheid die methoden, "
            "code en ervaringen delen over betrouwbare, uitlegbare modellen "
            "in de publieke sector."
        ),
        "description": [
            (
                "De expertgroep is bedoeld voor collega's die zelf modellen "
                "bouwen, valideren of beheren. We bespreken inhoudelijke "
                "vragen: hoe toets je een model op ongelijke uitkomsten voor "
                "groepen inwoners, hoe leg je een voorspelling uit aan een "
                "behandelaar en wanneer is een eenvoudige regel beter dan een "
                "model?"
            ),
            (
                "Eens per maand is er een online spreekuur waarin iedereen "
                "een vraag kan voorleggen. Daarnaast organiseren we twee keer "
                "per jaar een praktijkdag met demonstraties en code reviews "
                "van echte overheidsprojecten."
            ),
        ],
        "questions": [
            "van-pilot-naar-productie",
            "hoe-start-ik-een-dataproject",
            "afspraken-over-data-delen",
        ],
    },
    {
        "slug": "netwerk-datagedreven-werken-gemeenten",
        "title": "Netwerk Datagedreven werken gemeenten",
        "kind": "netwerk",
        "join_policy": "open",
        "summary": (
            "Het netwerk voor gemeentelijke collega's die met data aan de "
            "slag zijn: van informatiemanager tot beleidsadviseur, in grote "
            "en kleine gemeenten."
        ),
        "description": [
            (
                "Gemeenten lopen vaak tegen dezelfde vragen aan: welke data "
                "heb je al, wie is eigenaar, hoe betrek je de raad en hoe "
                "werk je samen met buurgemeenten zonder alles dubbel te doen? "
                "In dit netwerk wissel je ervaringen uit met collega's die "
                "het al eens geprobeerd hebben."
            ),
            (
                "Het netwerk komt een paar keer per jaar regionaal bij elkaar "
                "en houdt tussendoor korte online netwerklunches. Kleine "
                "gemeenten zijn nadrukkelijk welkom: juist zij hebben veel "
                "aan elkaars voorbeelden en aan gedeelde oplossingen."
            ),
            ("Iedereen die bij of voor een gemeente werkt, kan direct lid worden."),
        ],
        "questions": [
            "hoe-start-ik-een-dataproject",
            "organisatie-bewust-maken",
            "overzicht-datagebruik-overheid",
        ],
    },
]

# Meetups; "group" is a slug from GROUPS (or None), "agenda" holds
# (time, subject, speaker) items. Past meetups have a report.
EVENTS = [
    # Coming ------------------------------------------------------------
    {
        "slug": "kennismiddag-van-pilot-naar-productie",
        "title": "Kennismiddag: van pilot naar productie",
        "summary": (
            "Waarom stranden zoveel geslaagde datapilots, en wat doen "
            "organisaties die de stap naar de praktijk wel maken? Een middag "
            "met drie praktijkverhalen en tijd om je eigen casus te bespreken."
        ),
        "days_from_now": 14,
        "start": "13:30",
        "end": "16:30",
        "location": "Vergadercentrum De Singel, Catharijnesingel 48, Utrecht",
        "online_url": "",
        "group": "kopgroep-datagedreven-werken",
        "description": [
            (
                "Een pilot is snel gestart, maar daarna moet er beheer, "
                "budget en een eigenaar komen. Drie organisaties vertellen "
                "hoe zij dat geregeld hebben, en waar ze onderweg tegenaan "
                "liepen."
            ),
            (
                "Na de verhalen ga je in kleine groepen aan de slag met "
                "casussen die deelnemers zelf meebrengen. Heb je een pilot "
                "die dreigt te blijven hangen? Geef dat bij je aanmelding aan."
            ),
        ],
        "agenda": [
            ("13.30", "Inloop met koffie en thee", ""),
            ("14.00", "Welkom en aanleiding", "Kopgroep Datagedreven werken"),
            (
                "14.15",
                "Van proef naar vaste dienst: het meldingenmodel",
                "Annelies Verhoef, Gemeente Zwolle",
            ),
            (
                "14.45",
                "Beheer en budget regelen voordat de pilot eindigt",
                "Provincie Gelderland",
            ),
            ("15.15", "Casustafels in kleine groepen", ""),
            ("16.15", "Opbrengst en afsluiting", ""),
        ],
        "registration": "portaal",
        "registration_url": "",
        "capacity": 40,
    },
    {
        "slug": "dilemmasessie-algoritmes-sociaal-domein",
        "title": "Dilemmasessie: algoritmes in het sociaal domein",
        "summary": (
            "In een kleine groep bespreken we een echt dilemma rond een "
            "risicomodel in het sociaal domein, met een vaste gespreksvorm "
            "die je daarna zelf kunt gebruiken."
        ),
        "days_from_now": 21,
        "start": "10:00",
        "end": "12:00",
        "location": "",
        "online_url": "https://vergaderen.example.nl/kopgroep-ethiek/dilemmasessie",
        "group": "kopgroep-ethiek",
        "description": [
            (
                "Een gemeente overweegt een model dat voorspelt welke "
                "huishoudens risico lopen op schulden, om hen eerder hulp aan "
                "te bieden. Goed bedoeld, maar wat als het model zich "
                "vergist, en wie merkt dat?"
            ),
            (
                "We werken met een vaste gespreksvorm in drie rondes: de "
                "waarden die op het spel staan, de betrokkenen die niet aan "
                "tafel zitten en de voorwaarden waaronder het wel of niet "
                "verantwoord is. Om goed te kunnen praten is het aantal "
                "plaatsen beperkt."
            ),
        ],
        "agenda": [
            ("10.00", "Kennismaking en uitleg van de gespreksvorm", ""),
            ("10.15", "De casus", "Marco Tielemans, Provincie Gelderland"),
            ("10.30", "Drie gespreksrondes in tweetallen en plenair", ""),
            ("11.40", "Wat neem je mee naar je eigen organisatie?", ""),
        ],
        "registration": "portaal",
        "registration_url": "",
        "capacity": 12,
    },
    {
        "slug": "spreekuur-data-science",
        "title": "Online spreekuur Data Science",
        "summary": (
            "Loop je vast met een model, een analyse of een validatie? Leg je "
            "vraag een uur lang voor aan leden van de Expertgroep Data Science."
        ),
        "days_from_now": 9,
        "start": "15:00",
        "end": "16:00",
        "location": "",
        "online_url": "https://vergaderen.example.nl/expertgroep-data-science/spreekuur",
        "group": "expertgroep-data-science",
        "description": [
            (
                "Het spreekuur is vrij toegankelijk: aanmelden is niet nodig. "
                "Stuur als het kan vooraf een korte beschrijving van je vraag "
                "mee in de chat, dan kunnen we de tijd goed verdelen."
            ),
            (
                "Deel geen persoonsgegevens of vertrouwelijke data tijdens "
                "het spreekuur; een beschrijving van de opzet is genoeg."
            ),
        ],
        "agenda": [],
        "registration": "geen",
        "registration_url": "",
        "capacity": None,
    },
    {
        "slug": "netwerkbijeenkomst-gemeenten-data-delen-in-de-regio",
        "title": "Netwerkbijeenkomst gemeenten: data delen in de regio",
        "summary": (
            "Hoe maak je met buurgemeenten en de veiligheidsregio afspraken "
            "over het delen van data? Een middag over samenwerken, op locatie "
            "in Zwolle en online te volgen."
        ),
        "days_from_now": 35,
        "start": "13:00",
        "end": "17:00",
        "location": "Congrescentrum Hanzezaal, Burgemeester Roelenweg 20, Zwolle",
        "online_url": "https://vergaderen.example.nl/netwerk-gemeenten/data-delen",
        "group": "netwerk-datagedreven-werken-gemeenten",
        "description": [
            (
                "Steeds meer opgaven houden niet op bij de gemeentegrens: "
                "wonen, mobiliteit, zorg en veiligheid. Om samen te sturen "
                "heb je gedeelde data nodig, en dus afspraken over doel, "
                "kwaliteit, beveiliging en wie waarvoor verantwoordelijk is."
            ),
            (
                "Twee regio's laten zien hoe ze een gezamenlijk "
                "datadeelconvenant hebben opgesteld. Daarna werk je in "
                "groepen aan de afspraken die in jouw regio nog ontbreken."
            ),
            (
                "Aanmelden gaat via de gastgemeente. Geef daar aan of je op "
                "locatie komt of online meedoet."
            ),
        ],
        "agenda": [
            ("13.00", "Ontvangst", ""),
            ("13.30", "Opening door de gastgemeente", "Gemeente Zwolle"),
            (
                "13.45",
                "Een regionaal convenant in zes maanden",
                "Samenwerkende gemeenten regio Zwolle",
            ),
            ("14.30", "Pauze", ""),
            ("14.45", "Werksessies per regio", ""),
            ("16.15", "Terugkoppeling en netwerkborrel", ""),
        ],
        "registration": "extern",
        "registration_url": "https://aanmelden.example.nl/netwerk-gemeenten/data-delen",
        "capacity": None,
    },
    {
        "slug": "kenniscafe-data-bij-waterschappen",
        "title": "Kenniscafé: verantwoord datagebruik bij waterschappen",
        "summary": (
            "Sensoren, satellietbeelden en meldingen van inwoners: "
            "waterschappen werken met steeds meer data. Wat vraagt dat van "
            "privacy, beveiliging en uitlegbaarheid?"
        ),
        "days_from_now": 56,
        "start": "14:00",
        "end": "17:00",
        "location": "Zalencentrum Het Spui, Spuiplein 12, Den Haag",
        "online_url": "https://vergaderen.example.nl/kenniscafe/waterschappen",
        "group": None,
        "description": [
            (
                "Een waterschap meet waterstanden en dijkbewegingen, maar "
                "verwerkt ook meldingen van inwoners en beelden waarop "
                "mensen herkenbaar kunnen zijn. In dit kenniscafé verkennen "
                "we waar technische data persoonsgegevens worden en wat dat "
                "betekent voor je werk."
            ),
            (
                "Het kenniscafé is voor iedereen die bij of met een "
                "waterschap werkt. Je kunt op locatie komen of online "
                "meedoen; de link krijg je na je aanmelding."
            ),
        ],
        "agenda": [
            ("14.00", "Welkom", ""),
            (
                "14.15",
                "Wanneer is een dijkinspectiebeeld een persoonsgegeven?",
                "Waterschap Rivierenland",
            ),
            ("15.00", "Gesprek in kleine groepen", ""),
            ("16.15", "Afronding en borrel", ""),
        ],
        "registration": "portaal",
        "registration_url": "",
        "capacity": None,
    },
    # Past --------------------------------------------------------------
    {
        "slug": "netwerklunch-gemeenten-de-raad-en-data",
        "title": "Netwerklunch gemeenten: de raad en data",
        "summary": (
            "Een online lunchgesprek over hoe je de gemeenteraad meeneemt in "
            "datatoepassingen, zonder te verzanden in techniek."
        ),
        "days_from_now": -12,
        "start": "12:00",
        "end": "13:00",
        "location": "",
        "online_url": "https://vergaderen.example.nl/netwerk-gemeenten/lunch-raad",
        "group": "netwerk-datagedreven-werken-gemeenten",
        "description": [
            (
                "Raadsleden willen weten wat de gemeente met data doet, maar "
                "krijgen vaak alleen een technisch verhaal of helemaal niets. "
                "Twee gemeenten vertellen hoe zij de raad op een begrijpelijke "
                "manier betrekken."
            ),
        ],
        "agenda": [
            ("12.00", "Welkom", ""),
            ("12.05", "Een raadsinformatiebijeenkomst over algoritmes", ""),
            ("12.25", "Vragen en ervaringen uit het netwerk", ""),
        ],
        "registration": "portaal",
        "registration_url": "",
        "capacity": None,
        "report": [
            (
                "Ruim vijftig collega's schoven online aan. De belangrijkste "
                "les: begin bij de maatschappelijke vraag en niet bij het "
                "model. Raadsleden haakten pas aan toen duidelijk werd wat "
                "een toepassing betekent voor inwoners."
            ),
            (
                "Een aantal gemeenten wil een gezamenlijke opzet maken voor "
                "een raadsinformatiebijeenkomst. Het netwerk pakt dat op en "
                "deelt het resultaat in de kennisbank."
            ),
        ],
        "recording_url": "",
    },
    {
        "slug": "webinar-de-eerste-honderd-dagen-van-een-datakoers",
        "title": "Webinar: de eerste honderd dagen van een datakoers",
        "summary": (
            "Wat doe je als je organisatie net een datakoers heeft "
            "vastgesteld? Een webinar over de eerste stappen, met vragen "
            "uit de zaal."
        ),
        "days_from_now": -25,
        "start": "12:00",
        "end": "13:00",
        "location": "",
        "online_url": "https://vergaderen.example.nl/webinars/datakoers",
        "group": "kopgroep-datagedreven-werken",
        "description": [
            (
                "Een vastgestelde datakoers is een begin, geen eindpunt. In "
                "dit webinar bespreken we hoe je de eerste maanden gebruikt "
                "om draagvlak te bouwen en snel iets zichtbaars op te leveren."
            ),
        ],
        "agenda": [
            ("12.00", "De koers staat: wat nu?", "Kopgroep Datagedreven werken"),
            ("12.30", "Vragen uit de zaal", ""),
        ],
        "registration": "geen",
        "registration_url": "",
        "capacity": None,
        "report": [
            (
                "Het webinar werd bijna tweehonderd keer bekeken. Deelnemers "
                "noemden vooral het kiezen van één zichtbaar eerste project "
                "en het vroeg betrekken van de bedrijfsvoering als "
                "succesfactoren."
            ),
            (
                "De opname is terug te kijken. De vragen die we niet meer "
                "konden behandelen, neemt de kopgroep mee in haar volgende "
                "bijeenkomst."
            ),
        ],
        "recording_url": "https://video.example.nl/kenniscentrum-data/webinar-datakoers",
    },
    {
        "slug": "startbijeenkomst-kopgroep-ethiek",
        "title": "Startbijeenkomst Kopgroep Ethiek",
        "summary": (
            "De eerste bijeenkomst van de Kopgroep Ethiek: kennismaken, "
            "verwachtingen delen en de onderwerpen voor het komende jaar "
            "kiezen."
        ),
        "days_from_now": -40,
        "start": "13:30",
        "end": "16:00",
        "location": "Zalencentrum Het Spui, Spuiplein 12, Den Haag",
        "online_url": "",
        "group": "kopgroep-ethiek",
        "description": [
            (
                "Met de start van de Kopgroep Ethiek brengen we collega's "
                "samen die ethische vragen rond data in hun organisatie op "
                "de agenda zetten. We maken kennis, delen ervaringen en "
                "kiezen samen waar we het komende jaar aan werken."
            ),
        ],
        "agenda": [
            ("13.30", "Ontvangst", ""),
            ("14.00", "Kennismaking aan de hand van een eigen dilemma", ""),
            ("15.00", "Onderwerpen kiezen voor het komende jaar", ""),
            ("15.45", "Afspraken en afsluiting", ""),
        ],
        "registration": "portaal",
        "registration_url": "",
        "capacity": 30,
        "report": [
            (
                "Vierentwintig deelnemers uit gemeenten, provincies, "
                "waterschappen en ministeries namen deel. Opvallend was hoe "
                "vaak het ethische gesprek pas werd gevoerd nadat een "
                "toepassing al in gebruik was."
            ),
            (
                "De groep kiest voor drie onderwerpen: werkvormen voor het "
                "ethische gesprek, het betrekken van inwoners en het "
                "vastleggen van afwegingen. Voor elk onderwerp is een kleine "
                "trekkersgroep gevormd."
            ),
        ],
        "recording_url": "",
    },
    {
        "slug": "praktijkdag-data-science-in-de-uitvoering",
        "title": "Praktijkdag data science in de uitvoering",
        "summary": (
            "Een dag met demonstraties van modellen die in de uitvoering "
            "gebruikt worden, met aandacht voor validatie, uitlegbaarheid en "
            "beheer."
        ),
        "days_from_now": -70,
        "start": "09:30",
        "end": "16:00",
        "location": "Vergadercentrum De Singel, Catharijnesingel 48, Utrecht",
        "online_url": "https://vergaderen.example.nl/expertgroep-data-science/praktijkdag",
        "group": "expertgroep-data-science",
        "description": [
            (
                "Tijdens deze praktijkdag laten teams van verschillende "
                "overheden zien hoe hun modellen werken, hoe ze getoetst "
                "worden en wat er gebeurt als de werkelijkheid verandert."
            ),
            (
                "'s Middags zijn er code reviews in kleine groepen. Neem je "
                "eigen laptop mee als je wilt meekijken."
            ),
        ],
        "agenda": [
            ("09.30", "Ontvangst", ""),
            (
                "10.00",
                "Een prognosemodel voor de woningbouwopgave",
                "Provincie Overijssel",
            ),
            (
                "11.00",
                "Modelbewaking: als de data na een jaar anders is",
                "Samira Bouzid, Waterschap Rivierenland",
            ),
            ("12.00", "Lunch", ""),
            ("13.00", "Code reviews in kleine groepen", ""),
            ("15.30", "Afsluiting", ""),
        ],
        "registration": "extern",
        "registration_url": "https://aanmelden.example.nl/praktijkdag-data-science",
        "capacity": None,
        "report": [
            (
                "Ongeveer zestig data scientists en analisten deden mee, de "
                "helft op locatie. Bij elk model kwam dezelfde vraag terug: "
                "wie houdt na de oplevering in de gaten of het nog goed werkt?"
            ),
            (
                "De expertgroep werkt de besproken aanpak voor modelbewaking "
                "uit tot een korte handreiking. De opname van de ochtend is "
                "terug te kijken."
            ),
        ],
        "recording_url": "https://video.example.nl/kenniscentrum-data/praktijkdag-data-science",
    },
]

# Demo members (dev only). The memberships refer to GROUPS, the
# registrations to coming meetups with registration in the portal.
MEMBERS = [
    {
        "email": "annelies.verhoef@example.nl",
        "name": "Annelies Verhoef",
        "organisation": "Gemeente Zwolle",
        "layer": "gemeente",
        "role": "Adviseur datagedreven werken",
        "listed": True,
        "questions": ["van-pilot-naar-productie", "succesfactoren-datakoers"],
        "memberships": [
            {"group": "kopgroep-datagedreven-werken"},
            {"group": "netwerk-datagedreven-werken-gemeenten", "moderator": True},
        ],
        "registrations": [
            "kennismiddag-van-pilot-naar-productie",
            "kenniscafe-data-bij-waterschappen",
        ],
    },
    {
        "email": "marco.tielemans@example.nl",
        "name": "Marco Tielemans",
        "organisation": "Provincie Gelderland",
        "layer": "provincie",
        "role": "Privacy officer",
        "listed": True,
        "questions": ["ethische-gevolgen-bespreken", "wat-mag-juridisch"],
        "memberships": [
            {"group": "kopgroep-ethiek", "moderator": True},
        ],
        "registrations": ["dilemmasessie-algoritmes-sociaal-domein"],
    },
    {
        "email": "samira.bouzid@example.nl",
        "name": "Samira Bouzid",
        "organisation": "Waterschap Rivierenland",
        "layer": "waterschap",
        "role": "Data scientist",
        "listed": False,
        "questions": ["van-pilot-naar-productie"],
        "memberships": [
            {"group": "expertgroep-data-science", "moderator": True},
            {"group": "kopgroep-ethiek"},
        ],
        "registrations": ["dilemmasessie-algoritmes-sociaal-domein"],
    },
    {
        "email": "pieter-jan.kuijpers@example.nl",
        "name": "Pieter-Jan Kuijpers",
        "organisation": "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        "layer": "rijk",
        "role": "Beleidsmedewerker digitale overheid",
        "listed": True,
        "questions": ["samenwerken-aan-normenkader"],
        "memberships": [
            {"group": "kopgroep-datagedreven-werken"},
            {
                "group": "kopgroep-ethiek",
                "status": "aangevraagd",
                "motivation": (
                    "Ik werk aan een normenkader voor algoritmes dat gemeenten "
                    "en het Rijk samen gebruiken. Ik wil graag leren hoe "
                    "andere organisaties het ethische gesprek organiseren en "
                    "breng zelf ervaring mee met het betrekken van inwoners."
                ),
            },
        ],
        "registrations": [],
    },
    {
        "email": "lotte.brouwer@example.nl",
        "name": "Lotte Brouwer",
        "organisation": "Gemeente Amersfoort",
        "layer": "gemeente",
        "role": "Informatiemanager",
        "listed": False,
        "questions": ["hoe-start-ik-een-dataproject", "organisatie-bewust-maken"],
        "memberships": [
            {"group": "netwerk-datagedreven-werken-gemeenten"},
            {"group": "kopgroep-datagedreven-werken"},
        ],
        "registrations": ["kennismiddag-van-pilot-naar-productie"],
    },
]
