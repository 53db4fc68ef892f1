"""Demo trainings (opleidingen) and the extra organisations that provide them."""

# Extra organisations that provide trainings, same keys as
# knowledge/demo/organisations.py.
PROVIDERS = [
    {
        "slug": "data-academie-overheid",
        "name": "Data Academie Overheid",
        "short_name": "DAO",
        "layer": "rijk",
        "url": "https://www.data-academie-overheid.example",
    },
    {
        "slug": "hogeschool-veldhaven",
        "name": "Hogeschool Veldhaven",
        "short_name": "",
        "layer": None,
        "url": "https://www.hogeschool-veldhaven.example",
    },
    {
        "slug": "provinciale-academie-zuidermark",
        "name": "Provinciale Academie Zuidermark",
        "short_name": "PAZ",
        "layer": "provincie",
        "url": "",
    },
    {
        "slug": "leerhuis-waterbeheer",
        "name": "Leerhuis Waterbeheer",
        "short_name": "",
        "layer": "waterschap",
        "url": "https://www.leerhuis-waterbeheer.example",
    },
    {
        "slug": "stichting-publieke-data-ethiek",
        "name": "Stichting Publieke Data-ethiek",
        "short_name": "SPDE",
        "layer": None,
        "url": "",
    },
    {
        "slug": "opleidingshuis-gemeenten-midden",
        "name": "Opleidingshuis Gemeenten Midden-Nederland",
        "short_name": "OGMN",
        "layer": "gemeente",
        "url": "",
    },
    {
        "slug": "leerhuis-rijksdata",
        "name": "Leerhuis Rijksdata",
        "short_name": "",
        "layer": "rijk",
        "url": "https://www.leerhuis-rijksdata.example",
    },
]

TRAININGS = [
    {
        "slug": "datagedreven-besturen-masterclass",
        "title": "Datagedreven besturen: masterclass voor bestuurders",
        "provider": "data-academie-overheid",
        "summary": (
            "Een compacte masterclass voor wethouders, gedeputeerden, "
            "heemraden en directeuren die willen sturen op data zonder zelf "
            "data-expert te worden."
        ),
        "description": [
            (
                "Bestuurders krijgen steeds vaker dashboards, prognoses en "
                "risicomodellen voorgelegd. In deze masterclass leer je welke "
                "vragen je daarbij stelt: waar komen de cijfers vandaan, wat "
                "laten ze niet zien en wie is verantwoordelijk als een model "
                "ernaast zit?"
            ),
            (
                "We werken met casussen uit gemeenten, provincies en "
                "waterschappen. Je oefent in kleine groepen met een "
                "bestuurlijke afweging rond een datatoepassing en bespreekt "
                "hoe je een datakoers in je eigen organisatie op de agenda "
                "zet."
            ),
            (
                "Na afloop heb je een persoonlijke checklist voor "
                "besluitvorming over data en algoritmes, en een netwerk van "
                "collega-bestuurders die met dezelfde vragen bezig zijn."
            ),
        ],
        "level": "basis",
        "format": "klassikaal",
        "workload_hours": 8,
        "duration": "2 dagdelen",
        "cost": "betaald",
        "price": "695.00",
        "language": "nl",
        "audiences": ["bestuurder", "cdo-cio"],
        "government_layers": ["gemeente", "provincie", "waterschap"],
        "questions": ["succesfactoren-datakoers", "organisatie-bewust-maken"],
        "registration_url": (
            "https://www.data-academie-overheid.example/masterclass-bestuurders"
        ),
        "runs": [
            {
                "start": -60,
                "days": 1,
                "location": "Utrecht",
                "online": False,
                "status": "open",
            },
            {
                "start": 35,
                "days": 1,
                "location": "Den Haag",
                "online": False,
                "status": "vol",
            },
            {
                "start": 120,
                "days": 1,
                "location": "Zwolle",
                "online": False,
                "status": "open",
            },
        ],
    },
    {
        "slug": "avg-en-dpia-in-de-praktijk",
        "title": "AVG en DPIA in de praktijk",
        "provider": "cip",
        "summary": (
            "Leer een gegevensbeschermingseffectbeoordeling (DPIA) zelf "
            "uitvoeren en begeleiden, van de eerste risicoscan tot het advies "
            "van de functionaris gegevensbescherming."
        ),
        "description": [
            (
                "Veel dataprojecten lopen vertraging op omdat de DPIA te laat "
                "begint of blijft hangen in algemene formuleringen. In deze "
                "training ga je aan de slag met een echte projectaanvraag uit "
                "je eigen organisatie en loop je alle stappen van de DPIA "
                "door."
            ),
            (
                "Je leert de beginselen van de AVG toepassen op concrete "
                "keuzes: welke gegevens zijn echt nodig, hoe lang bewaar je "
                "ze en welke maatregelen verlagen het risico voor inwoners? "
                "Ook oefen je met het bespreken van restrisico's met de "
                "opdrachtgever."
            ),
            (
                "De bijeenkomsten zijn hybride: je kunt op locatie of online "
                "aanschuiven. Tussen de sessies door werk je aan je eigen "
                "DPIA en krijg je feedback van een ervaren privacyjurist."
            ),
        ],
        "level": "gevorderd",
        "format": "hybride",
        "workload_hours": 16,
        "duration": "4 weken",
        "cost": "betaald",
        "price": "450.00",
        "language": "nl",
        "audiences": ["privacy-officer", "jurist", "projectleider"],
        "government_layers": ["gemeente", "provincie", "waterschap"],
        "questions": ["wat-mag-juridisch", "hoe-start-ik-een-dataproject"],
        "registration_url": "https://cip.example/opleidingen/dpia-praktijk",
        "runs": [
            {
                "start": 21,
                "days": 22,
                "location": "Amersfoort",
                "online": True,
                "status": "open",
            },
            {
                "start": 140,
                "days": 22,
                "location": "",
                "online": True,
                "status": "open",
            },
        ],
    },
    {
        "slug": "algoritmeregister-en-iama",
        "title": "Algoritmes verantwoorden: het algoritmeregister en de IAMA",
        "provider": "ictu",
        "summary": (
            "Een online cursus over het beschrijven van algoritmes voor het "
            "algoritmeregister en het uitvoeren van een impactanalyse op "
            "mensenrechten (IAMA)."
        ),
        "description": [
            (
                "Overheden maken steeds vaker openbaar welke algoritmes ze "
                "gebruiken en waarvoor. Maar wat moet je precies vastleggen, "
                "en hoe schrijf je dat zo op dat een inwoner het begrijpt? In "
                "drie online sessies oefen je met het invullen van een "
                "registerbeschrijving."
            ),
            (
                "Daarnaast maak je kennis met de impactanalyse mensenrechten "
                "en algoritmes. Je leert wanneer zo'n analyse nodig is, wie "
                "je erbij betrekt en hoe de uitkomsten doorwerken in het "
                "ontwerp en de inzet van het algoritme."
            ),
        ],
        "level": "gevorderd",
        "format": "online",
        "workload_hours": 6,
        "duration": "3 weken",
        "cost": "gratis",
        "price": None,
        "language": "nl",
        "audiences": ["beleidsmedewerker", "projectleider", "data-analist"],
        "government_layers": [],
        "questions": ["overzicht-datagebruik-overheid", "ethische-gevolgen-bespreken"],
        "registration_url": "https://leren.ictu.example/algoritmeregister-iama",
        "runs": [
            {
                "start": -80,
                "days": 15,
                "location": "",
                "online": True,
                "status": "open",
            },
            {
                "start": 14,
                "days": 15,
                "location": "",
                "online": True,
                "status": "open",
            },
        ],
    },
    {
        "slug": "datakwaliteit-op-orde",
        "title": "Datakwaliteit op orde: meten, verbeteren en borgen",
        "provider": "hogeschool-veldhaven",
        "summary": (
            "Een driedaagse cursus over het meetbaar maken van datakwaliteit "
            "en het inrichten van een verbetercyclus die ook na het project "
            "blijft draaien."
        ),
        "description": [
            (
                "Slechte datakwaliteit is een van de meest gehoorde redenen "
                "waarom een veelbelovende pilot nooit in productie komt. In "
                "deze cursus leer je kwaliteitsdimensies zoals volledigheid, "
                "actualiteit en consistentie vertalen naar concrete metingen "
                "op je eigen gegevens."
            ),
            (
                "Je ontdekt waar fouten ontstaan: bij de registratie, bij "
                "koppelingen of bij het hergebruik door een andere afdeling. "
                "Samen met docenten uit de praktijk ontwerp je een "
                "verbetercyclus met duidelijke eigenaren en afspraken met "
                "bronhouders."
            ),
            (
                "De cursus sluit af met een korte presentatie van je eigen "
                "verbeterplan aan medecursisten en een docent."
            ),
        ],
        "level": "gevorderd",
        "format": "klassikaal",
        "workload_hours": 24,
        "duration": "3 dagen",
        "cost": "betaald",
        "price": "1150.00",
        "language": "nl",
        "audiences": ["data-analist", "informatiemanager"],
        "government_layers": ["gemeente", "waterschap"],
        "questions": ["van-pilot-naar-productie", "afspraken-over-data-delen"],
        "registration_url": "https://www.hogeschool-veldhaven.example/datakwaliteit",
        "runs": [
            {
                "start": 130,
                "days": 3,
                "location": "Deventer",
                "online": False,
                "status": "open",
            },
            {
                "start": 200,
                "days": 3,
                "location": "Deventer",
                "online": False,
                "status": "open",
            },
        ],
    },
    {
        "slug": "data-delen-tussen-overheden",
        "title": "Data delen tussen overheden: afspraken die werken",
        "provider": "vng-realisatie",
        "summary": (
            "In twee online middagen leer je welke afspraken nodig zijn om "
            "gegevens tussen gemeenten, provincies en Rijk betrouwbaar en "
            "rechtmatig te delen."
        ),
        "description": [
            (
                "Gegevens delen tussen overheden klinkt eenvoudig, maar in de "
                "praktijk lopen partijen vast op vragen over doelbinding, "
                "verantwoordelijkheid en beheer. Deze cursus helpt je om die "
                "vragen vooraf op tafel te krijgen."
            ),
            (
                "Aan de hand van voorbeelden bespreken we de onderdelen van "
                "een goede gegevensleveringsovereenkomst, het verschil tussen "
                "verwerkersafspraken en afspraken tussen gezamenlijk "
                "verantwoordelijken, en hoe je afspraakstelsels opbouwt die "
                "voor meerdere partijen tegelijk werken."
            ),
        ],
        "level": "basis",
        "format": "online",
        "workload_hours": 4,
        "duration": "2 middagen",
        "cost": "gratis",
        "price": None,
        "language": "nl",
        "audiences": ["informatiemanager", "jurist", "beleidsmedewerker"],
        "government_layers": ["gemeente", "provincie", "rijk"],
        "questions": ["afspraken-over-data-delen", "samenwerken-aan-normenkader"],
        "registration_url": "https://vng.example/academie/data-delen",
        "runs": [
            {
                "start": 45,
                "days": 8,
                "location": "",
                "online": True,
                "status": "open",
                # Two afternoons a week apart: (day of the run, from, until).
                "sessions": [(0, "13:30", "16:30"), (7, "13:30", "16:30")],
            },
            {
                "start": 52,
                "days": 8,
                "location": "",
                "online": True,
                "status": "geannuleerd",
            },
        ],
    },
    {
        "slug": "ethiek-aan-tafel-dilemmadialoog",
        "title": "Ethiek aan tafel: de Dilemmadialoog leiden",
        "provider": "stichting-publieke-data-ethiek",
        "summary": (
            "Leer in één dag een ethisch gesprek over een dataproject "
            "voorbereiden en begeleiden met de werkvorm Dilemmadialoog."
        ),
        "description": [
            (
                "De Dilemmadialoog is een gestructureerde gespreksvorm waarin "
                "een projectteam samen met beleid, juristen en soms inwoners "
                "de waarden achter een datatoepassing bespreekt. Het gesprek "
                "levert geen oordeel op, maar concrete aanpassingen aan het "
                "ontwerp."
            ),
            (
                "In deze training oefen je de rol van gespreksleider. Je "
                "leert hoe je een casus voorbereidt, hoe je stille deelnemers "
                "betrekt en hoe je de uitkomsten zo vastlegt dat ze terug te "
                "vinden zijn in het projectdossier."
            ),
            (
                "Deelname is gratis. Wie na afloop een eigen dialoog begeleidt "
                "en daarover een kort verslag inlevert, kan tegen betaling "
                "een certificaat als gespreksleider aanvragen."
            ),
        ],
        "level": "basis",
        "format": "klassikaal",
        "workload_hours": 6,
        "duration": "1 dag",
        "cost": "gratis-certificaat",
        "price": "95.00",
        "language": "nl",
        "audiences": ["projectleider", "beleidsmedewerker", "privacy-officer"],
        "government_layers": [],
        "questions": ["ethische-gevolgen-bespreken"],
        "registration_url": ("https://www.publieke-data-ethiek.example/dilemmadialoog"),
        "runs": [
            {
                "start": 28,
                "days": 1,
                "location": "Utrecht",
                "online": False,
                "status": "open",
            },
            {
                "start": 63,
                "days": 1,
                "location": "Groningen",
                "online": False,
                "status": "open",
            },
        ],
    },
    {
        "slug": "python-en-sql-voor-beleidsmedewerkers",
        "title": "Python en SQL voor beleidsmedewerkers",
        "provider": "data-academie-overheid",
        "summary": (
            "Een e-learning in eigen tempo waarin je leert gegevens op te "
            "vragen met SQL en eenvoudige analyses te maken in Python."
        ),
        "description": [
            (
                "Steeds meer beleidsmedewerkers willen zelf een eerste blik "
                "op de data kunnen werpen, voordat ze een analist inschakelen. "
                "Deze e-learning leert je de basis van SQL en Python aan de "
                "hand van openbare gegevens over wonen, mobiliteit en "
                "leefomgeving."
            ),
            (
                "Je werkt in een browseromgeving, dus je hoeft niets te "
                "installeren. Elke module eindigt met een kleine opdracht die "
                "direct wordt nagekeken. Aan het eind maak je een korte "
                "analyse die je kunt gebruiken als startpunt voor een gesprek "
                "met je datateam."
            ),
        ],
        "level": "basis",
        "format": "zelfstudie",
        "workload_hours": 30,
        "duration": "in eigen tempo",
        "cost": "gratis-certificaat",
        "price": "75.00",
        "language": "nl",
        "audiences": ["beleidsmedewerker", "data-analist"],
        "government_layers": [],
        "questions": ["hoe-start-ik-een-dataproject"],
        "registration_url": ("https://www.data-academie-overheid.example/python-sql"),
        "runs": [],
    },
    {
        "slug": "dataverkenning-met-open-data",
        "title": "Dataverkenning met open data: van vraag naar eerste inzicht",
        "provider": "ikc",
        "summary": (
            "Een korte zelfstudie over het vinden, beoordelen en combineren "
            "van open overheidsdata om een beleidsvraag te verkennen."
        ),
        "description": [
            (
                "Voor veel vragen hoef je niet te beginnen met eigen "
                "registraties: er is al veel open data beschikbaar bij "
                "statistiekbureaus, basisregistraties en andere overheden. "
                "In deze module leer je waar je die vindt en hoe je "
                "beoordeelt of een dataset geschikt is voor jouw vraag."
            ),
            (
                "Je doorloopt een voorbeeldverkenning over de bereikbaarheid "
                "van voorzieningen in een kleine gemeente. Onderweg leer je "
                "letten op definities, peildata en het schaalniveau van de "
                "gegevens, zodat je geen appels met peren vergelijkt."
            ),
            (
                "De module is bedoeld als opstap: hij laat zien wat data kan "
                "opleveren en helpt je collega's enthousiast te maken voor "
                "een eerste eigen dataproject."
            ),
        ],
        "level": "basis",
        "format": "zelfstudie",
        "workload_hours": 5,
        "duration": "",
        "cost": "gratis",
        "price": None,
        "language": "nl",
        "audiences": ["beleidsmedewerker", "bestuurder"],
        "government_layers": ["gemeente", "provincie"],
        "questions": ["hoe-start-ik-een-dataproject", "organisatie-bewust-maken"],
        "registration_url": "",
        "runs": [],
    },
    {
        "slug": "bio-voor-datateams",
        "title": "Informatiebeveiliging volgens de BIO voor datateams",
        "provider": "opleidingshuis-gemeenten-midden",
        "summary": (
            "Wat betekent de Baseline Informatiebeveiliging Overheid voor je "
            "datalab, dataplatform of analyseomgeving? Drie praktische "
            "dagdelen voor teams die met gevoelige gegevens werken."
        ),
        "description": [
            (
                "Datateams werken vaak met kopieën van productiegegevens, "
                "nieuwe cloudomgevingen en tijdelijke koppelingen. Dat maakt "
                "informatiebeveiliging extra belangrijk, maar ook lastig. In "
                "deze training vertaal je de maatregelen uit de BIO naar de "
                "dagelijkse praktijk van een datateam."
            ),
            (
                "Onderwerpen zijn onder meer toegangsbeheer, pseudonimiseren "
                "van testdata, logging en het veilig afsluiten van een "
                "project. Je maakt een risicoafweging voor een eigen "
                "toepassing en bespreekt die met een CISO."
            ),
        ],
        "level": "gevorderd",
        "format": "hybride",
        "workload_hours": 12,
        "duration": "3 dagdelen",
        "cost": "betaald",
        "price": "395.00",
        "language": "nl",
        "audiences": ["informatiemanager", "cdo-cio", "projectleider"],
        "government_layers": ["gemeente"],
        "questions": ["wat-mag-juridisch", "van-pilot-naar-productie"],
        "registration_url": "https://www.ogmn.example/opleidingen/bio-datateams",
        "runs": [
            {
                "start": 110,
                "days": 15,
                "location": "Tilburg",
                "online": True,
                "status": "open",
            },
            {
                "start": 180,
                "days": 15,
                "location": "Utrecht",
                "online": True,
                "status": "open",
            },
        ],
    },
    {
        "slug": "van-pilot-naar-productie-werkplaats",
        "title": "Werkplaats van pilot naar productie",
        "provider": "adviesfunctie-verantwoord-datagebruik",
        "summary": (
            "Een tweedaagse werkplaats voor teams met een geslaagde pilot die "
            "de stap naar structureel gebruik en beheer willen zetten."
        ),
        "description": [
            (
                "Een pilot bewijst dat iets kan, maar nog niet dat het blijft "
                "werken. In deze werkplaats brengen teams hun eigen pilot mee "
                "en werken ze aan wat nodig is voor productie: eigenaarschap, "
                "financiering, beheer, monitoring en een exitstrategie."
            ),
            (
                "Adviseurs met ervaring bij verschillende overheden geven "
                "feedback op het borgingsplan. Aan het eind van de tweede dag "
                "presenteert elk team zijn plan aan een kritisch panel van "
                "opdrachtgevers."
            ),
        ],
        "level": "expert",
        "format": "klassikaal",
        "workload_hours": 12,
        "duration": "2 dagen",
        "cost": "gratis",
        "price": None,
        "language": "nl",
        "audiences": ["projectleider", "cdo-cio", "informatiemanager"],
        "government_layers": ["provincie", "waterschap", "uitvoeringsorganisatie"],
        "questions": ["van-pilot-naar-productie", "succesfactoren-datakoers"],
        "registration_url": "",
        "runs": [
            {
                "start": -120,
                "days": 2,
                "location": "Den Haag",
                "online": False,
                "status": "open",
            },
            {
                "start": -40,
                "days": 2,
                "location": "Zwolle",
                "online": False,
                "status": "vol",
            },
        ],
    },
    {
        "slug": "leergang-datagovernance",
        "title": "Leergang datagovernance voor CDO's en informatiemanagers",
        "provider": "hogeschool-veldhaven",
        "summary": (
            "Een leergang van vijf maanden over het inrichten van "
            "datagovernance: rollen, normenkaders, portfolio en toezicht op "
            "datagebruik binnen en tussen overheidsorganisaties."
        ),
        "description": [
            (
                "Wie is eigenaar van welke gegevens, wie beslist over "
                "hergebruik en hoe houd je overzicht over alle datatoepassingen "
                "in je organisatie? In deze leergang bouw je stap voor stap "
                "een governancemodel dat past bij de omvang en cultuur van je "
                "eigen organisatie."
            ),
            (
                "De leergang combineert colleges op locatie met online "
                "intervisie. Je leert van gastdocenten uit gemeenten, "
                "provincies, uitvoeringsorganisaties en het Rijk, en je "
                "vergelijkt verschillende manieren om een CDO-functie te "
                "positioneren."
            ),
            (
                "Je sluit af met een adviesrapport voor je eigen organisatie, "
                "dat wordt beoordeeld door een docent en een praktijkexpert. "
                "Bij een voldoende ontvang je een getuigschrift van de "
                "hogeschool."
            ),
        ],
        "level": "expert",
        "format": "hybride",
        "workload_hours": 80,
        "duration": "5 maanden",
        "cost": "betaald",
        "price": "3950.00",
        "language": "nl",
        "audiences": ["cdo-cio", "informatiemanager"],
        "government_layers": ["rijk", "provincie", "uitvoeringsorganisatie"],
        "questions": [
            "succesfactoren-datakoers",
            "overzicht-datagebruik-overheid",
            "samenwerken-aan-normenkader",
        ],
        "registration_url": (
            "https://www.hogeschool-veldhaven.example/leergang-datagovernance"
        ),
        "runs": [
            {
                "start": 150,
                "days": 150,
                "location": "Utrecht",
                "online": True,
                "status": "open",
            },
        ],
    },
    {
        "slug": "algorithmic-accountability-public-sector",
        "title": "Algorithmic accountability in the public sector",
        "provider": "hogeschool-veldhaven",
        "summary": (
            "An English-language online course on transparency, oversight "
            "and human rights when governments use algorithms, with cases "
            "from several European countries."
        ),
        "description": [
            (
                "Governments across Europe are building registers, impact "
                "assessments and audit practices for the algorithms they use. "
                "This course compares these approaches and asks what actually "
                "works when citizens, journalists or courts want to know how a "
                "decision was made."
            ),
            (
                "Each week combines a short lecture, a case study and an "
                "online discussion with participants from different "
                "countries. The course is free to follow; participants who "
                "complete the final assignment can buy a certificate."
            ),
        ],
        "level": "expert",
        "format": "online",
        "workload_hours": 20,
        "duration": "5 weken",
        "cost": "gratis-certificaat",
        "price": "120.00",
        "language": "en",
        "audiences": ["data-analist", "jurist", "cdo-cio"],
        "government_layers": [],
        "questions": ["ethische-gevolgen-bespreken", "overzicht-datagebruik-overheid"],
        "registration_url": (
            "https://www.hogeschool-veldhaven.example/en/algorithmic-accountability"
        ),
        "runs": [
            {
                "start": 40,
                "days": 35,
                "location": "",
                "online": True,
                "status": "open",
            },
        ],
    },
    {
        "slug": "sensordata-in-het-waterbeheer",
        "title": "Sensordata in het waterbeheer: kwaliteit en delen",
        "provider": "leerhuis-waterbeheer",
        "summary": (
            "Een tweedaagse cursus voor waterschappen over het beheren, "
            "controleren en delen van meetgegevens uit peilbuizen, gemalen "
            "en andere sensoren."
        ),
        "description": [
            (
                "Waterschappen verzamelen enorme hoeveelheden meetgegevens, "
                "maar die zijn niet altijd betrouwbaar of goed vindbaar. In "
                "deze cursus leer je hoe je meetreeksen valideert, storingen "
                "herkent en de kwaliteit van de gegevens vastlegt voor "
                "gebruikers."
            ),
            (
                "De tweede dag staat in het teken van delen: met "
                "buurwaterschappen, provincies en drinkwaterbedrijven. Je "
                "bespreekt welke afspraken nodig zijn over definities, "
                "beschikbaarheid en aansprakelijkheid, en hoe je een "
                "meetnetwerk na een proefperiode structureel beheert."
            ),
        ],
        "level": "gevorderd",
        "format": "klassikaal",
        "workload_hours": 10,
        "duration": "2 dagen",
        "cost": "betaald",
        "price": "540.00",
        "language": "nl",
        "audiences": ["data-analist", "informatiemanager"],
        "government_layers": ["waterschap"],
        "questions": ["afspraken-over-data-delen", "van-pilot-naar-productie"],
        "registration_url": "https://www.leerhuis-waterbeheer.example/sensordata",
        "runs": [
            {
                "start": -150,
                "days": 2,
                "location": "Lelystad",
                "online": False,
                "status": "open",
            },
            {
                "start": 55,
                "days": 2,
                "location": "Zwolle",
                "online": False,
                "status": "open",
            },
            {
                "start": 160,
                "days": 2,
                "location": "Lelystad",
                "online": False,
                "status": "open",
            },
        ],
    },
    {
        "slug": "datagedreven-werken-provincie",
        "title": "Datagedreven werken in het provinciale domein",
        "provider": "provinciale-academie-zuidermark",
        "summary": (
            "Een introductie voor provinciale medewerkers die data willen "
            "inzetten bij opgaven als stikstof, mobiliteit en energie, met "
            "voorbeelden uit de eigen provincie."
        ),
        "description": [
            (
                "Provincies werken aan opgaven waarbij gegevens van veel "
                "partijen samenkomen. Deze introductie laat zien hoe "
                "collega's data al gebruiken, welke bronnen beschikbaar zijn "
                "en wie je in huis kunt benaderen voor hulp."
            ),
            (
                "In drie bijeenkomsten, op het provinciehuis of online, "
                "werk je een eigen vraag uit tot een eerste projectvoorstel. "
                "Je leert daarbij ook wanneer je de privacyjurist en de "
                "informatiebeveiliger moet betrekken."
            ),
        ],
        "level": "basis",
        "format": "hybride",
        "workload_hours": 9,
        "duration": "3 weken",
        "cost": "gratis",
        "price": None,
        "language": "nl",
        "audiences": ["beleidsmedewerker", "projectleider"],
        "government_layers": ["provincie"],
        "questions": ["organisatie-bewust-maken", "hoe-start-ik-een-dataproject"],
        "registration_url": "",
        "runs": [
            {
                "start": 18,
                "days": 15,
                "location": "Provinciehuis Zuidermark",
                "online": True,
                "status": "open",
            },
        ],
    },
    {
        "slug": "juridische-grondslagen-datagebruik",
        "title": "Juridische grondslagen voor datagebruik door overheden",
        "provider": "leerhuis-rijksdata",
        "summary": (
            "Verdiepende cursus voor juristen en privacy officers over "
            "grondslagen, doelbinding en verdere verwerking bij "
            "datatoepassingen in het publieke domein."
        ),
        "description": [
            (
                "Bij nieuwe datatoepassingen is de vraag naar de grondslag "
                "zelden eenvoudig te beantwoorden. Deze cursus gaat in op de "
                "verhouding tussen de AVG, sectorale wetgeving en de "
                "publieke taak, en op de toets voor verenigbaar hergebruik."
            ),
            (
                "Je analyseert recente uitspraken en adviezen en past die toe "
                "op casussen uit de uitvoering. Daarbij is er aandacht voor "
                "profilering, geautomatiseerde besluitvorming en de "
                "motiveringsplicht richting burgers."
            ),
        ],
        "level": "expert",
        "format": "klassikaal",
        "workload_hours": 14,
        "duration": "2 dagen",
        "cost": "betaald",
        "price": "890.00",
        "language": "nl",
        "audiences": ["jurist", "privacy-officer"],
        "government_layers": ["rijk", "uitvoeringsorganisatie"],
        "questions": ["wat-mag-juridisch"],
        "registration_url": (
            "https://www.leerhuis-rijksdata.example/juridische-grondslagen"
        ),
        "runs": [
            {
                "start": -30,
                "days": 2,
                "location": "Den Haag",
                "online": False,
                "status": "open",
            },
            {
                "start": 70,
                "days": 2,
                "location": "Den Haag",
                "online": False,
                "status": "open",
            },
        ],
    },
    {
        "slug": "basiskennis-data-voor-iedere-ambtenaar",
        "title": "Basiskennis data voor iedere ambtenaar",
        "provider": "leerhuis-rijksdata",
        "summary": (
            "Een korte e-learning over wat data is, wat je ermee kunt en "
            "waar je op moet letten, voor iedereen die bij de overheid werkt."
        ),
        "description": [
            (
                "Iedere ambtenaar werkt met gegevens, ook wie dat zelf niet zo "
                "ervaart. In deze e-learning leer je in korte modules wat "
                "datagebruik oplevert, welke risico's erbij horen en welke "
                "vragen je stelt voordat je gegevens deelt of hergebruikt."
            ),
            (
                "De modules zijn geschikt om met een heel team te volgen, "
                "bijvoorbeeld als start van een organisatiebrede aanpak. Er "
                "hoort een gesprekskaart bij om de opgedane kennis samen te "
                "bespreken."
            ),
        ],
        "level": "basis",
        "format": "zelfstudie",
        "workload_hours": 3,
        "duration": "",
        "cost": "gratis",
        "price": None,
        "language": "nl",
        "audiences": ["beleidsmedewerker", "bestuurder", "projectleider"],
        "government_layers": [],
        "questions": ["organisatie-bewust-maken"],
        "registration_url": "https://www.leerhuis-rijksdata.example/basiskennis-data",
        "runs": [],
    },
    {
        "slug": "werkatelier-gezamenlijk-normenkader",
        "title": "Werkatelier: samen een normenkader opstellen",
        "provider": "kennisnetwerk-data-en-samenleving",
        "summary": (
            "Een werkatelier voor overheden die met partners aan een "
            "maatschappelijke opgave werken en gezamenlijke spelregels "
            "voor datagebruik willen afspreken."
        ),
        "description": [
            (
                "Wanneer gemeenten, provincies, waterschappen en "
                "maatschappelijke partners samen aan een opgave werken, "
                "heeft elke partij eigen regels en gevoeligheden rond data. "
                "In dit werkatelier ontwikkel je samen een normenkader dat "
                "voor alle partijen herkenbaar is."
            ),
            (
                "Je start met een concrete opgave en werkt van gedeelde "
                "waarden naar toetsbare normen. Er is ruimte om ethische "
                "dilemma's te bespreken en om af te spreken wie het kader "
                "beheert en wanneer het opnieuw wordt bekeken."
            ),
            (
                "Kom bij voorkeur met twee of drie mensen uit hetzelfde "
                "samenwerkingsverband, zodat je direct met je eigen situatie "
                "aan de slag kunt."
            ),
        ],
        "level": "gevorderd",
        "format": "klassikaal",
        "workload_hours": 6,
        "duration": "1 dag",
        "cost": "gratis",
        "price": None,
        "language": "nl",
        "audiences": ["bestuurder", "beleidsmedewerker", "jurist"],
        "government_layers": ["gemeente", "provincie", "waterschap"],
        "questions": ["samenwerken-aan-normenkader", "ethische-gevolgen-bespreken"],
        "registration_url": "https://data-en-samenleving.example/werkatelier",
        "runs": [
            {
                "start": 33,
                "days": 1,
                "location": "Arnhem",
                "online": False,
                "status": "geannuleerd",
            },
            {
                "start": 88,
                "days": 1,
                "location": "Arnhem",
                "online": False,
                "status": "open",
            },
        ],
    },
]
