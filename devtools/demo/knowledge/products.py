"""Demo knowledge products, each linked to one or more questions.

Each offers its content in one way at least: on the page (the body is the
stappenplan or checklist itself), as documents (`documents` names entries of
documents.py, which the loader makes; the body introduces them) or at its
source (`external_url`; the body summarises). `perspectives` are the main
ones only, so that the perspective filter narrows.
"""

from datetime import date

PRODUCTS = [
    {
        "slug": "leidraad-start-dataproject",
        "title": "Leidraad: zo start je een dataproject",
        "type": "leidraad",
        "summary": (
            "Een praktische leidraad voor de eerste weken van een dataproject: van een "
            "scherpe vraag en het juiste team tot een afgebakende proef met duidelijke "
            "afspraken over het vervolg."
        ),
        "body": [
            "## Voor wie is deze leidraad?",
            (
                "Deze leidraad is bedoeld voor projectleiders, beleidsmedewerkers en "
                "datadeskundigen die een nieuw dataproject willen beginnen. Je hoeft "
                "geen technische achtergrond te hebben. De leidraad helpt je om de "
                "juiste vragen te stellen voordat je tijd en geld in techniek steekt."
            ),
            "## Wat staat erin?",
            (
                "De leidraad volgt zes stappen: de vraag formuleren, bestaande kennis "
                "zoeken, een kernteam samenstellen, de data in kaart brengen, "
                "juridisch en ethisch toetsen en een proef afspreken. Bij elke stap "
                "vind je vragen om met je team te bespreken. Voor partners die geen "
                "Nederlands lezen is er een Engelstalige samenvatting."
            ),
            "## Hoe is hij gemaakt?",
            (
                "Het Kenniscentrum heeft de leidraad samengesteld op basis van "
                "gesprekken met ruim twintig overheidsorganisaties en bestaande "
                "handreikingen. De tekst is getest met projectleiders van "
                "verschillende overheidslagen en wordt elk jaar bijgewerkt."
            ),
        ],
        "external_url": "",
        "documents": [
            "leidraad-start-dataproject",
            "leidraad-start-dataproject-en",
        ],
        "organisation": "ikc",
        "questions": ["hoe-start-ik-een-dataproject"],
        "layers": [
            "gemeente",
            "provincie",
            "waterschap",
            "rijk",
            "uitvoeringsorganisatie",
        ],
        "perspectives": ["technisch"],
        "themes": ["datastrategie", "datakwaliteit"],
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2026, 9, 14),
    },
    {
        "slug": "stappenplan-van-pilot-naar-productie",
        "title": "Stappenplan: van pilot naar productie",
        "type": "stappenplan",
        "summary": (
            "Zes stappen die ervoor zorgen dat een geslaagde pilot ook echt in gebruik "
            "wordt genomen, met aandacht voor eigenaarschap, beheer, financiering en "
            "de formele besluitvorming."
        ),
        "body": [
            "## Het probleem",
            (
                "Veel dataprojecten van overheden blijven na een geslaagde proef "
                "hangen. Er is geen eigenaar, geen budget voor beheer of de toepassing "
                "voldoet niet aan de eisen van de beheerorganisatie. Dit stappenplan "
                "helpt je om die knelpunten al tijdens de pilot op te lossen."
            ),
            (
                "Loop de stappen door bij de start van de pilot, niet aan het eind. "
                "Bij elke stap staan de vragen die beantwoord moeten zijn voordat je "
                "verdergaat."
            ),
            ("## Stap 1. Leg vooraf vast wanneer de pilot geslaagd is"),
            (
                "Spreek met de opdrachtgever af welke uitkomst de pilot moet laten "
                "zien, hoe je dat meet en wie dat beoordeelt. Een pilot zonder "
                "succescriterium eindigt bijna altijd in 'interessant, maar'."
            ),
            ("- Is er een meetbaar criterium, met een drempelwaarde?"),
            ("- Is vastgelegd wie na afloop beslist over het vervolg?"),
            "## Stap 2. Kies een eigenaar en een beheerder",
            (
                "De eigenaar is de lijnmanager wiens werk de toepassing ondersteunt, "
                "niet de projectleider. De beheerder is het team dat de toepassing "
                "straks draaiende houdt."
            ),
            "- Heeft de eigenaar schriftelijk ingestemd?",
            ("- Weet de beheerorganisatie wat er op haar afkomt, en wanneer?"),
            "## Stap 3. Bed de toepassing technisch in",
            (
                "Bouw de pilot zoveel mogelijk op voorzieningen die je organisatie al "
                "gebruikt. Een losse omgeving moet bij de overstap opnieuw worden "
                "gebouwd of goedgekeurd, en dat kost maanden."
            ),
            ("- Draait de pilot op een omgeving die de beheerorganisatie ondersteunt?"),
            "- Zijn de koppelingen met bronsystemen beschreven?",
            "## Stap 4. Regel privacy, beveiliging en archivering",
            (
                "Deze verplichtingen gelden niet pas in productie. Voer de DPIA uit "
                "zodra duidelijk is welke gegevens je gebruikt, laat de CISO meekijken "
                "en bepaal met de archiefafdeling wat je bewaart."
            ),
            ("- Is de DPIA afgerond, of vastgelegd waarom die niet nodig is?"),
            "- Zijn de maatregelen uit de BIO beoordeeld?",
            "- Staan de bewaartermijnen vast?",
            "## Stap 5. Schrijf een beheerplan",
            (
                "Het beheerplan beschrijft wie wat doet als de toepassing draait: "
                "monitoring, onderhoud van data en modellen, afhandeling van storingen "
                "en vragen, en de kosten per jaar."
            ),
            ("- Is het budget voor beheer voor minstens drie jaar geregeld?"),
            "## Stap 6. Neem het go/no-go-besluit",
            (
                "Leg de uitkomsten van de pilot naast de criteria uit stap 1. Ook een "
                "no-go is een resultaat: leg vast wat je hebt geleerd en wat er met de "
                "data en de toepassing gebeurt."
            ),
            "## Waar komt het stappenplan vandaan?",
            (
                "Het stappenplan is gebaseerd op de ervaringen van vier "
                "overheidsorganisaties die samen meer dan dertig pilots evalueerden. "
                "Hun belangrijkste les: de helft van de pilots strandde op een gebrek "
                "aan beheerafspraken, niet op de techniek."
            ),
        ],
        # Drawn by knowledge/demo/figures.py, shown after the body.
        "figure": {
            "title": "Zes stappen van pilot naar productie",
            "steps": [
                "Succes vooraf\nvastleggen",
                "Eigenaar en\nbeheerder kiezen",
                "Technisch\ninbedden",
                "Privacy, beveiliging\nen archivering",
                "Beheerplan\nschrijven",
                "Go/no-go-besluit\nnemen",
            ],
            "alt": (
                "Schema met zes genummerde stappen: 1 succes vooraf vastleggen, "
                "2 eigenaar en beheerder kiezen, 3 technisch inbedden, 4 privacy, "
                "beveiliging en archivering regelen, 5 beheerplan schrijven, "
                "6 go/no-go-besluit nemen."
            ),
            "caption": "De zes stappen van het stappenplan op een rij.",
        },
        "external_url": "",
        "documents": [],
        "organisation": "ikc",
        "questions": ["van-pilot-naar-productie", "hoe-start-ik-een-dataproject"],
        "layers": [
            "gemeente",
            "provincie",
            "waterschap",
            "rijk",
            "uitvoeringsorganisatie",
        ],
        "perspectives": ["technisch"],
        "themes": ["datastrategie", "informatiebeveiliging"],
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2026, 10, 2),
    },
    {
        "slug": "toolbox-datakoers",
        "title": "Toolbox datakoers",
        "type": "toolbox",
        "summary": (
            "Een werkvorm, een sjabloon en een overzicht van rollen waarmee je een "
            "datakoers opstelt die past bij de opgaven van jouw organisatie en die ook "
            "na de vaststelling blijft leven."
        ),
        "body": [
            "## Wat zit erin?",
            (
                "De toolbox bevat een werkvorm voor een startsessie met bestuur en "
                "directie, een sjabloon voor een datakoers van hooguit tien pagina's "
                "en een overzicht van de rollen rond data. Alles staat in één document "
                "dat je kunt printen voor de sessie."
            ),
            "## Hoe gebruik je de toolbox?",
            (
                "Begin met de werkvorm 'Opgaven eerst'. Daarin bepaal je samen met "
                "bestuurders en directeuren voor welke maatschappelijke opgaven data "
                "het meeste verschil maakt. Daarna werk je met het sjabloon de koers "
                "uit en beleg je met het rollenoverzicht wie waarvoor verantwoordelijk "
                "is."
            ),
            (
                "De toolbox is ontwikkeld met de kopgroep datagedreven werken en "
                "getest bij vijf organisaties."
            ),
        ],
        "external_url": "",
        "documents": ["toolbox-datakoers"],
        "organisation": "ikc",
        "questions": ["succesfactoren-datakoers", "organisatie-bewust-maken"],
        "layers": [
            "gemeente",
            "provincie",
            "waterschap",
            "rijk",
            "uitvoeringsorganisatie",
        ],
        "perspectives": ["technisch"],
        "themes": ["datastrategie"],
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2026, 6, 30),
    },
    {
        "slug": "stroomschema-camerabeelden",
        "title": "Stroomschema: camerabeelden uit de openbare ruimte hergebruiken",
        "type": "instrument",
        "summary": (
            "Met dit stroomschema ga je zelf na of je camerabeelden uit de openbare "
            "ruimte voor een ander doel mag gebruiken of aan een andere overheid mag "
            "doorgeven: wel, niet of onder voorwaarden."
        ),
        "body": [
            "## Waarom dit stroomschema?",
            (
                "Steeds meer overheden hangen camera's op in de openbare ruimte: voor "
                "parkeercontrole, verkeersmetingen, cameratoezicht of slimme "
                "lantaarnpalen. Daarna komt vaak de vraag of die beelden ook voor iets "
                "anders gebruikt mogen worden, bijvoorbeeld voor de aanpak van afval "
                "naast containers of voor een inspectie van een andere bestuurslaag. "
                "Het antwoord hangt af van een handvol vragen die telkens terugkomen."
            ),
            "## Hoe werkt het?",
            (
                "Het schema leidt je langs vragen over het oorspronkelijke doel van de "
                "camera, de wettelijke basis, de verenigbaarheid van het nieuwe doel, "
                "de mate waarin mensen herkenbaar zijn en de rol van de ontvangende "
                "partij. Aan het eind kom je uit op een van drie uitkomsten: "
                "toegestaan, niet toegestaan, of toegestaan onder voorwaarden. Bij de "
                "laatste uitkomst staat welke maatregelen nodig zijn, zoals het "
                "vervagen van gezichten en kentekens."
            ),
            "## Let op",
            (
                "Het stroomschema vervangt geen juridisch advies. Gebruik het om het "
                "gesprek met je privacyjurist en FG goed voor te bereiden, en leg je "
                "uitkomst vast."
            ),
        ],
        "external_url": "",
        "documents": ["stroomschema-camerabeelden"],
        "organisation": "adviesfunctie-verantwoord-datagebruik",
        "questions": ["wat-mag-juridisch", "afspraken-over-data-delen"],
        "layers": ["gemeente", "provincie", "rijk"],
        "perspectives": ["juridisch"],
        "themes": ["camera's", "AVG", "mobiliteit"],
        "owner": "Adviesfunctie verantwoord datagebruik, programma IBDS",
        "last_reviewed": date(2026, 3, 12),
    },
    {
        "slug": "checklist-datadeelovereenkomst",
        "title": "Checklist datadeelovereenkomst",
        "type": "checklist",
        "summary": (
            "Een checklist met achttien punten die in elke overeenkomst over het delen "
            "van gegevens tussen overheden aan bod moeten komen, van doel en rollen "
            "tot beveiliging en beëindiging."
        ),
        "body": [
            "## Waarvoor gebruik je deze checklist?",
            (
                "Gebruik de checklist als je met een andere overheid afspraken maakt "
                "over het delen van gegevens. Hij helpt juristen en projectleiders om "
                "niets te vergeten, en maakt het makkelijker om een concept van een "
                "andere partij te beoordelen."
            ),
            "## Wat staat erin?",
            (
                "De achttien punten zijn verdeeld over vijf blokken: doel en "
                "grondslag, gegevens en kwaliteit, rollen en verantwoordelijkheden, "
                "beveiliging en bewaren, en toezicht en beëindiging. Bij twee punten "
                "staat een voorbeeldformulering. De checklist is opgesteld voor de "
                "samenwerking tussen de provincie en drie waterschappen over "
                "grondwaterdata, en daarna algemener gemaakt."
            ),
        ],
        "external_url": "",
        "documents": ["checklist-datadeelovereenkomst"],
        "organisation": "provincie-oost-veenland",
        "questions": ["afspraken-over-data-delen", "samenwerken-aan-normenkader"],
        "layers": ["provincie", "waterschap", "gemeente"],
        "perspectives": ["juridisch"],
        "themes": ["data delen", "informatiebeveiliging"],
        "owner": "Team Juridische Zaken, Provincie Oost-Veenland",
        "owner_email": "juridisch@oost-veenland.example",
        "last_reviewed": date(2026, 5, 20),
    },
    {
        "slug": "impact-assessment-mensenrechten-algoritmes",
        "title": "Impact Assessment Mensenrechten en Algoritmes (IAMA)",
        "type": "instrument",
        "summary": (
            "Een instrument om bij de inzet van een algoritme gestructureerd te "
            "bespreken wat het doel is, hoe het werkt en welke gevolgen het kan hebben "
            "voor grondrechten."
        ),
        "body": [
            (
                "De IAMA is ontwikkeld in opdracht van het ministerie van Binnenlandse "
                "Zaken en Koninkrijksrelaties. Het instrument helpt een "
                "multidisciplinair team om vóór de inzet van een algoritme stil te "
                "staan bij het waarom, het wat en het hoe, en bij de mogelijke inbreuk "
                "op grondrechten. De uitkomst is een vastgelegde afweging die je kunt "
                "gebruiken bij de besluitvorming en de verantwoording."
            ),
            (
                "Het instrument zelf en de toelichting vind je bij de bron. Het "
                "Kenniscentrum verzamelt ervaringen van organisaties die de IAMA "
                "hebben gebruikt."
            ),
        ],
        "external_url": "https://www.digitaleoverheid.nl",
        "documents": [],
        "organisation": "ministerie-bzk",
        "questions": ["ethische-gevolgen-bespreken", "wat-mag-juridisch"],
        "layers": [
            "gemeente",
            "provincie",
            "waterschap",
            "rijk",
            "uitvoeringsorganisatie",
        ],
        "perspectives": ["ethisch", "juridisch"],
        "themes": ["algoritmes", "ethiek"],
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2025, 8, 19),
    },
    {
        "slug": "de-ethische-data-assistent",
        "title": "De Ethische Data Assistent (DEDA)",
        "type": "instrument",
        "summary": (
            "Een werkvorm waarmee een projectteam in een of twee sessies de ethische "
            "vragen van een dataproject in beeld brengt, ontwikkeld door de Utrecht "
            "Data School."
        ),
        "body": [
            (
                "DEDA is een gespreksinstrument voor teams die met data werken. Aan de "
                "hand van vragen over onder meer het doel, de gebruikte data, de "
                "verantwoordelijkheid en de communicatie ontdek je waar ethische "
                "knelpunten zitten. Veel gemeenten gebruiken DEDA in een begeleide "
                "sessie aan het begin van een project."
            ),
        ],
        "external_url": "https://dataschool.nl",
        "documents": [],
        "organisation": "utrecht-data-school",
        "questions": ["ethische-gevolgen-bespreken", "organisatie-bewust-maken"],
        "layers": ["gemeente", "provincie", "waterschap"],
        "perspectives": ["ethisch"],
        "themes": ["ethiek"],
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2025, 7, 8),
    },
    {
        "slug": "handreiking-algoritmeregister",
        "title": "Handreiking: je algoritmes publiceren in het Algoritmeregister",
        "type": "handreiking",
        "summary": (
            "Het Algoritmeregister van de overheid laat zien welke algoritmes "
            "overheden gebruiken. Bij de bron vind je uitleg over wat je publiceert en "
            "hoe je dat doet."
        ),
        "body": [
            (
                "In het Algoritmeregister publiceren overheidsorganisaties informatie "
                "over de algoritmes die ze gebruiken: het doel, de werking, de "
                "gebruikte gegevens en het toezicht. Het register helpt inwoners om te "
                "begrijpen hoe de overheid beslissingen neemt, en helpt overheden om "
                "van elkaar te zien wat er al bestaat."
            ),
        ],
        "external_url": "https://algoritmes.overheid.nl",
        "documents": [],
        "organisation": "ministerie-bzk",
        "questions": ["overzicht-datagebruik-overheid", "ethische-gevolgen-bespreken"],
        "layers": [
            "gemeente",
            "provincie",
            "waterschap",
            "rijk",
            "uitvoeringsorganisatie",
        ],
        "perspectives": ["ethisch"],
        "themes": ["algoritmes", "open data"],
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2026, 4, 16),
    },
    {
        "slug": "checklist-dpia-verplicht",
        "title": "Checklist: is een DPIA verplicht?",
        "type": "checklist",
        "summary": (
            "De Autoriteit Persoonsgegevens publiceert welke soorten verwerkingen "
            "altijd een DPIA vereisen. Gebruik die lijst om aan het begin van je "
            "project te bepalen of een DPIA nodig is."
        ),
        "body": [
            (
                "Een data protection impact assessment (DPIA) is onder de AVG "
                "verplicht als een verwerking waarschijnlijk een hoog risico oplevert "
                "voor de mensen van wie je gegevens gebruikt. De toezichthouder heeft "
                "een lijst gemaakt met soorten verwerkingen waarvoor dat in elk geval "
                "geldt, zoals grootschalige observatie van openbare ruimtes en het "
                "combineren van gegevens uit verschillende bronnen. Staat jouw "
                "verwerking erop, dan is een DPIA verplicht."
            ),
        ],
        "external_url": "https://www.autoriteitpersoonsgegevens.nl",
        "documents": [],
        "organisation": "autoriteit-persoonsgegevens",
        "questions": ["wat-mag-juridisch"],
        "layers": [
            "gemeente",
            "provincie",
            "waterschap",
            "rijk",
            "uitvoeringsorganisatie",
        ],
        "perspectives": ["juridisch"],
        "themes": ["AVG"],
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2025, 6, 24),
    },
    {
        "slug": "open-data-portaal",
        "title": "Het open data portaal van de overheid",
        "type": "instrument",
        "summary": (
            "Op data.overheid.nl vind je datasets van gemeenten, provincies, "
            "waterschappen en het Rijk, en kun je je eigen datasets als open data "
            "beschikbaar stellen."
        ),
        "body": [],
        "external_url": "https://data.overheid.nl",
        "documents": [],
        "organisation": "ministerie-bzk",
        "questions": ["overzicht-datagebruik-overheid", "afspraken-over-data-delen"],
        "layers": [
            "gemeente",
            "provincie",
            "waterschap",
            "rijk",
            "uitvoeringsorganisatie",
        ],
        "perspectives": ["technisch"],
        "themes": ["open data", "data delen"],
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2026, 1, 27),
    },
    {
        "slug": "handreiking-nora-gegevensuitwisseling",
        "title": "Handreiking: architectuurafspraken voor gegevensuitwisseling (NORA)",
        "type": "handreiking",
        "summary": (
            "De Nederlandse Overheid Referentie Architectuur (NORA) bevat principes en "
            "afspraken die helpen om gegevens tussen overheden op een betrouwbare en "
            "herbruikbare manier uit te wisselen."
        ),
        "body": [
            (
                "NORA is het gezamenlijke referentiekader voor de inrichting van de "
                "digitale overheid. Voor wie gegevens wil delen, zijn vooral de "
                "principes over eenmalige vastlegging, gebruik van gegevens bij de "
                "bron en standaarden voor uitwisseling interessant. Gebruik ze bij het "
                "ontwerp van een koppeling of een datadeelovereenkomst."
            ),
        ],
        "external_url": "https://www.noraonline.nl",
        "documents": [],
        "organisation": "ictu",
        "questions": ["afspraken-over-data-delen", "samenwerken-aan-normenkader"],
        "layers": [
            "gemeente",
            "provincie",
            "waterschap",
            "rijk",
            "uitvoeringsorganisatie",
        ],
        "perspectives": ["technisch"],
        "themes": ["data delen", "informatiebeveiliging"],
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2026, 1, 20),
    },
    {
        "slug": "handreiking-leren-van-andere-gemeenten",
        "title": (
            "Handreiking: leren van andere gemeenten via het Kennisnetwerk Data en "
            "Samenleving"
        ),
        "type": "handreiking",
        "summary": (
            "Het Kennisnetwerk Data en Samenleving verbindt ambtenaren die werken aan "
            "verantwoord datagedreven werken. Zo vind je er collega's, "
            "praktijkverhalen en bijeenkomsten."
        ),
        "body": [
            (
                "Het Kennisnetwerk Data en Samenleving is een community van VNG "
                "Realisatie met enkele duizenden leden, vooral van gemeenten. In "
                "maandelijkse bijeenkomsten delen leden eerlijke verhalen over hun "
                "projecten. Er zijn kopgroepen voor datagedreven werken en voor "
                "ethiek, en een expertgroep data science waarin gemeenten samen "
                "modellen bouwen. Een goede plek om te ontdekken wat anderen al doen."
            ),
        ],
        "external_url": "https://vng.nl",
        "documents": [],
        "organisation": "kennisnetwerk-data-en-samenleving",
        "questions": ["organisatie-bewust-maken", "overzicht-datagebruik-overheid"],
        "layers": ["gemeente"],
        "perspectives": ["technisch"],
        "themes": ["datastrategie", "ethiek"],
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2026, 2, 11),
    },
    {
        "slug": "leidraad-juridische-grondslagen",
        "title": "Leidraad: de juridische basis voor datagebruik in vijf vragen",
        "type": "leidraad",
        "summary": (
            "Vijf vragen die je helpen bepalen of een datatoepassing juridisch kan: "
            "doel, grondslag, verenigbaarheid, bijzondere gegevens en geldende "
            "sectorwetten."
        ),
        "body": [
            "## Waarom deze leidraad?",
            (
                "Juridische vragen zijn de belangrijkste reden dat dataprojecten "
                "vertragen. Vaak is het antwoord niet zwart-wit, maar hangt het af van "
                "een paar kernvragen. Deze leidraad zet die vragen op een rij, zodat "
                "je het gesprek met je jurist goed voorbereid ingaat."
            ),
            "## 1. Voor welk doel gebruik je de gegevens?",
            (
                "Beschrijf het doel zo concreet dat een buitenstaander kan beoordelen "
                "welke gegevens ervoor nodig zijn. 'Beter beleid' is geen doel; "
                "'bepalen in welke wijken we de schuldhulp als eerste uitbreiden' wel. "
                "Het doel bepaalt alles wat volgt: de grondslag, de gegevens die je "
                "mag gebruiken en hoe lang je ze bewaart."
            ),
            "## 2. Op welke grondslag doe je dat?",
            (
                "Overheden baseren een verwerking meestal op een wettelijke plicht of "
                "op een taak van algemeen belang die in een wet is geregeld. Zoek de "
                "wet en het artikel waarin jouw taak staat. Toestemming is bij de "
                "overheid zelden een geschikte grondslag, omdat inwoners niet vrij "
                "kunnen weigeren."
            ),
            "## 3. Is het nieuwe doel verenigbaar met het oude?",
            (
                "Gebruik je gegevens die voor iets anders zijn verzameld, dan ga je na "
                "of het nieuwe doel daarmee verenigbaar is. Kijk naar het verband "
                "tussen beide doelen, wat mensen redelijkerwijs verwachten, de aard "
                "van de gegevens, de gevolgen voor hen en de waarborgen die je treft, "
                "zoals pseudonimisering."
            ),
            ("## 4. Gaat het om bijzondere of strafrechtelijke gegevens?"),
            (
                "Gegevens over onder meer gezondheid, etniciteit, religie en "
                "strafrechtelijke zaken mag je alleen verwerken als een uitzondering "
                "in de wet dat toestaat. Ook afgeleide gegevens kunnen bijzonder zijn, "
                "bijvoorbeeld een kenmerk waaruit een gezondheidsprobleem valt af te "
                "leiden. Het burgerservicenummer gebruik je alleen als een wet dat "
                "regelt."
            ),
            "## 5. Welke sectorwetten gelden daarnaast?",
            (
                "Naast de AVG gelden vaak regels uit de wet van jouw beleidsterrein: "
                "wie gegevens mag ontvangen, voor welk doel en hoe lang. Denk aan de "
                "Participatiewet, de Wet gemeentelijke schuldhulpverlening, de "
                "Omgevingswet of de Archiefwet. Vraag je jurist welke wetten voor jouw "
                "project gelden."
            ),
            "## Leg je antwoorden vast",
            (
                "Schrijf je antwoorden op de vijf vragen in een korte notitie en "
                "bespreek die met je privacyjurist of de FG. De notitie is ook een "
                "goede basis voor het register van verwerkingen en, als die nodig is, "
                "de DPIA."
            ),
        ],
        "external_url": "",
        "documents": [],
        "organisation": "ikc",
        "questions": ["wat-mag-juridisch", "hoe-start-ik-een-dataproject"],
        "layers": [
            "gemeente",
            "provincie",
            "waterschap",
            "rijk",
            "uitvoeringsorganisatie",
        ],
        "perspectives": ["juridisch"],
        "themes": ["AVG", "archivering"],
        "owner": (
            "Redactie Kennisbank IKC, met de Adviesfunctie verantwoord datagebruik"
        ),
        "last_reviewed": date(2026, 8, 25),
    },
    {
        "slug": "leidraad-moreel-beraad-data",
        "title": "Leidraad: een moreel beraad over data organiseren",
        "type": "leidraad",
        "summary": (
            "Hoe je een moreel beraad over een datatoepassing voorbereidt, leidt en "
            "vastlegt, met een draaiboek voor een sessie van twee uur."
        ),
        "body": [
            "## Wat is een moreel beraad?",
            (
                "In een moreel beraad bespreek je met een kleine groep een concreet "
                "dilemma. Het doel is niet om gelijk te krijgen, maar om samen de "
                "waarden en belangen helder te krijgen en tot een gedragen keuze te "
                "komen. De Gemeente Kortewaal organiseert zo'n beraad sinds 2024 bij "
                "elk project waarin een algoritme beslissingen over inwoners "
                "ondersteunt."
            ),
            "## Wat staat in het draaiboek?",
            (
                "Het draaiboek beschrijft een sessie van twee uur: het dilemma scherp "
                "formuleren, de belanghebbenden en hun perspectieven verkennen, de "
                "opties afwegen en een conclusie vastleggen. Er staan tips in voor de "
                "gespreksleider en een sjabloon voor het verslag dat naar de "
                "opdrachtgever gaat."
            ),
            "## Lessen uit Kortewaal",
            (
                "Nodig altijd iemand uit die dagelijks met inwoners werkt. In "
                "Kortewaal bleek de inbreng van klantmanagers en wijkcoaches vaak "
                "doorslaggevend, omdat zij precies wisten hoe een signaal bij een "
                "inwoner aankomt."
            ),
        ],
        "external_url": "",
        "documents": ["draaiboek-moreel-beraad"],
        "organisation": "gemeente-kortewaal",
        "questions": ["ethische-gevolgen-bespreken"],
        "layers": ["gemeente"],
        "perspectives": ["ethisch"],
        "themes": ["ethiek", "algoritmes"],
        "owner": "Ethische commissie, Gemeente Kortewaal",
        "owner_email": "ethiek@kortewaal.example",
        "last_reviewed": date(2026, 7, 7),
    },
    {
        "slug": "leidraad-samen-normenkader",
        "title": "Leidraad: samen een normenkader opstellen",
        "type": "leidraad",
        "summary": (
            "Een aanpak in vier fasen waarmee overheden die samen aan een opgave "
            "werken, afspraken maken over begrippen, datakwaliteit en verantwoord "
            "gebruik."
        ),
        "body": [
            "## De aanpak",
            (
                "De leidraad beschrijft vier fasen: verschillen zichtbaar maken, "
                "gezamenlijke uitgangspunten kiezen, normen uitwerken en het beheer "
                "regelen. Elke fase sluit af met een bijeenkomst waarin de deelnemers "
                "vastleggen wat ze hebben afgesproken."
            ),
            "## Ervaringen",
            (
                "De aanpak is ontwikkeld bij de regionale energiestrategie, waarin de "
                "provincie met twaalf gemeenten, twee waterschappen en de netbeheerder "
                "samenwerkt. De deelnemers ontdekten dat zij voor het begrip "
                "'opgesteld vermogen' drie verschillende definities gebruikten. Na het "
                "afspreken van een gezamenlijke definitie konden zij voor het eerst "
                "één regionaal beeld maken."
            ),
        ],
        "external_url": "",
        "documents": ["leidraad-samen-normenkader"],
        "organisation": "provincie-oost-veenland",
        "questions": ["samenwerken-aan-normenkader", "afspraken-over-data-delen"],
        "layers": ["provincie", "gemeente", "waterschap"],
        "perspectives": ["technisch", "ethisch"],
        "themes": ["energietransitie", "data delen", "datakwaliteit"],
        "owner": "Programma Data en Informatie, Provincie Oost-Veenland",
        "last_reviewed": date(2026, 11, 3),
    },
    {
        "slug": "handreiking-bewustwording-verantwoord-datagebruik",
        "title": (
            "Handreiking: collega's enthousiast maken voor verantwoord datagebruik"
        ),
        "type": "handreiking",
        "summary": (
            "Ideeën en materialen voor een bewustwordingsprogramma over data: van een "
            "lunchlezing en een dataspreekuur tot een wedstrijd voor het beste idee."
        ),
        "body": [
            "## Uit de praktijk van Dalwijk",
            (
                "De Gemeente Dalwijk wilde dat meer collega's zouden zien wat data "
                "voor hun werk kan betekenen. In plaats van een grote campagne koos ze "
                "voor kleine, herhaalde activiteiten: een maandelijks dataspreekuur, "
                "korte lunchlezingen door collega's en een jaarlijkse wedstrijd waarin "
                "teams een idee indienen."
            ),
            "## Wat vind je in de handreiking?",
            (
                "De handreiking beschrijft de activiteiten, wat ze kostten en wat ze "
                "opleverden, met draaiboeken voor het spreekuur en de lunchlezing en "
                "een voorbeeldtekst voor intranet. Je kunt alles hergebruiken en "
                "aanpassen aan je eigen organisatie."
            ),
        ],
        "external_url": "",
        "documents": ["handreiking-bewustwording"],
        "organisation": "gemeente-dalwijk",
        "questions": ["organisatie-bewust-maken"],
        "layers": ["gemeente", "waterschap"],
        "perspectives": ["ethisch"],
        "themes": ["datastrategie", "ethiek"],
        "owner": "Team Informatievoorziening, Gemeente Dalwijk",
        "last_reviewed": date(2025, 9, 30),
    },
    {
        "slug": "handreiking-vroegsignalering-schulden",
        "title": (
            "Handreiking: verantwoord werken met signalen over betalingsachterstanden"
        ),
        "type": "handreiking",
        "summary": (
            "Hoe je als gemeente signalen van woningverhuurders, energie- en "
            "drinkwaterbedrijven en zorgverzekeraars gebruikt voor vroegsignalering "
            "van schulden, binnen de wet en met respect voor inwoners."
        ),
        "body": [
            "## Wat mag?",
            (
                "De Wet gemeentelijke schuldhulpverlening geeft gemeenten de taak om "
                "inwoners met betalingsachterstanden op vaste lasten vroeg te "
                "benaderen. Daarvoor mogen bepaalde partijen signalen doorgeven. De "
                "handreiking legt uit welke gegevens je ontvangt, hoe lang je ze mag "
                "bewaren en wat je er niet mee mag doen, zoals ze gebruiken voor "
                "handhaving."
            ),
            "## Hoe benader je inwoners?",
            (
                "Juridisch mogen is één ding, de manier waarop je inwoners benadert "
                "een tweede. Een onverwacht bericht van de gemeente over schulden kan "
                "als bedreigend voelen. De handreiking bevat voorbeeldbrieven en "
                "gespreksadviezen die zijn getest met ervaringsdeskundigen."
            ),
            (
                "Gemeenten die signalen willen combineren met andere gegevens om "
                "risico's te voorspellen, vinden een aparte paragraaf met de "
                "juridische en ethische bezwaren die daarbij horen."
            ),
        ],
        "external_url": "",
        "documents": ["handreiking-vroegsignalering"],
        "organisation": "gemeente-lindeveen",
        "questions": ["wat-mag-juridisch", "ethische-gevolgen-bespreken"],
        "layers": ["gemeente"],
        "perspectives": ["juridisch", "ethisch"],
        "themes": ["schuldhulpverlening", "AVG", "ethiek"],
        "owner": "Team Schuldhulpverlening, Gemeente Lindeveen",
        "last_reviewed": date(2026, 4, 2),
    },
    {
        "slug": "toolbox-start-dataproject",
        "title": "Toolbox: werkvormen voor de start van een dataproject",
        "type": "toolbox",
        "summary": (
            "Een canvas, een stakeholderkaart en drie werkvormen die je helpen om in "
            "een startsessie van een halve dag de vraag, de data en de risico's van je "
            "project helder te krijgen."
        ),
        "body": [
            "## Wat zit erin?",
            (
                "Het hart van de toolbox is het datacanvas: een vel waarop je met je "
                "team de vraag, de gebruikers, de benodigde data, de risico's en de "
                "succescriteria invult. Daarnaast zijn er een stakeholderkaart, een "
                "werkvorm om aannames te toetsen en een korte vragenlijst over privacy "
                "en informatiebeveiliging."
            ),
            "## Waar komt hij vandaan?",
            (
                "Waterschap Vechtdal-Oost ontwikkelde de toolbox nadat twee projecten "
                "vastliepen omdat de vraag niet duidelijk genoeg was. Sinds het "
                "waterschap met het canvas werkt, starten dataprojecten pas na een "
                "halve dag gezamenlijke voorbereiding. Volgens de projectleiders "
                "scheelt dat later weken discussie."
            ),
        ],
        "external_url": "",
        "documents": ["toolbox-startsessie"],
        "organisation": "waterschap-vechtdal-oost",
        "questions": ["hoe-start-ik-een-dataproject", "organisatie-bewust-maken"],
        "layers": ["waterschap", "gemeente", "provincie"],
        "perspectives": ["technisch"],
        "themes": ["datakwaliteit", "datastrategie"],
        "owner": "Team Data en Analyse, Waterschap Vechtdal-Oost",
        "last_reviewed": date(2026, 9, 1),
    },
    {
        "slug": "toolbox-datakwaliteit-sensoren",
        "title": "Toolbox datakwaliteit voor sensordata",
        "type": "toolbox",
        "summary": (
            "Controleregels, een protocol voor de opvolging en een uitleg voor "
            "managers om de kwaliteit van meetreeksen uit sensoren te bewaken, van "
            "waterkwaliteit tot grondwaterstanden."
        ),
        "body": [
            "## Voor wie?",
            (
                "De toolbox is bedoeld voor datadeskundigen en beheerders bij "
                "waterschappen, provincies en gemeenten die met sensoren in het veld "
                "werken. Sensoren leveren veel data, maar meten niet altijd goed: ze "
                "raken vervuild, lopen langzaam uit de pas of vallen tijdelijk uit."
            ),
            "## Wat zit erin?",
            (
                "De toolbox bevat vijf controleregels voor ontbrekende, onmogelijke en "
                "verdachte waarden, een protocol dat beschrijft wie welke melding "
                "oppakt en een uitleg voor managers over wat datakwaliteit kost en "
                "oplevert. De regels zijn zo beschreven dat je ze in elk meetsysteem "
                "of script kunt inbouwen."
            ),
        ],
        "external_url": "",
        "documents": ["toolbox-datakwaliteit-sensoren"],
        "organisation": "waterschap-kreekrug",
        "questions": ["van-pilot-naar-productie", "hoe-start-ik-een-dataproject"],
        "layers": ["waterschap", "provincie", "gemeente"],
        "perspectives": ["technisch"],
        "themes": ["datakwaliteit", "waterbeheer", "klimaatadaptatie"],
        "owner": "Afdeling Meten en Informeren, Waterschap Kreekrug",
        "last_reviewed": date(2026, 10, 21),
    },
    {
        "slug": "toolbox-datalandschap-in-kaart",
        "title": "Toolbox: breng je datalandschap in kaart",
        "type": "toolbox",
        "summary": (
            "Een sjabloon voor een dataregister, interviewvragen en een werkwijze om "
            "in drie maanden overzicht te krijgen van de belangrijkste datasets en "
            "algoritmes in je organisatie."
        ),
        "body": [
            "## Waarom een overzicht?",
            (
                "Zonder overzicht van je data weet je niet wat je hebt, wie "
                "verantwoordelijk is en waar de risico's zitten. Een dataregister is "
                "bovendien de basis voor een datakoers, voor het Algoritmeregister en "
                "voor je verplichtingen onder de AVG en de Archiefwet."
            ),
            "## Wat zit erin?",
            (
                "De werkwijze beschrijft een inventarisatie van drie maanden, met de "
                "vragen voor de gesprekken met afdelingen en hoe je het register "
                "daarna actueel houdt. Het sjabloon voor het dataregister is een "
                "CSV-bestand met de minimale velden en drie voorbeeldregels; je opent "
                "het in elk spreadsheetprogramma."
            ),
        ],
        "external_url": "",
        "documents": ["toolbox-datalandschap", "sjabloon-dataregister"],
        "organisation": "ikc",
        "questions": ["overzicht-datagebruik-overheid", "succesfactoren-datakoers"],
        "layers": [
            "gemeente",
            "provincie",
            "waterschap",
            "rijk",
            "uitvoeringsorganisatie",
        ],
        "perspectives": ["technisch"],
        "themes": ["datastrategie", "archivering", "algoritmes"],
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2026, 7, 15),
    },
    {
        "slug": "stappenplan-gegevens-delen-tussen-bestuurslagen",
        "title": "Stappenplan: gegevens delen tussen bestuurslagen",
        "type": "stappenplan",
        "summary": (
            "In zeven stappen van een eerste verzoek tot een werkende en goed "
            "vastgelegde gegevensuitwisseling tussen twee overheden, met aandacht voor "
            "grondslag, rollen en beveiliging."
        ),
        "body": [
            "## Uit de praktijk van toezicht en handhaving",
            (
                "Omgevingsdiensten werken voor gemeenten en provincies tegelijk en "
                "krijgen dagelijks te maken met de vraag welke gegevens ze met wie "
                "mogen delen. Omgevingsdienst Zuidermark heeft haar werkwijze "
                "uitgeschreven in zeven stappen, zodat niet bij elk verzoek opnieuw "
                "het wiel wordt uitgevonden. Bij elke stap staat wie er "
                "verantwoordelijk is."
            ),
            "## Stap 1. Beoordeel het verzoek",
            (
                "Welke taak van de vragende partij wordt met de gegevens gediend, en "
                "welk doel heeft het verzoek? Een verzoek zonder duidelijk doel gaat "
                "terug. Verantwoordelijk: de teamleider van het team dat de gegevens "
                "beheert."
            ),
            "## Stap 2. Toets grondslag en verenigbaarheid",
            (
                "Ga na of beide partijen een grondslag hebben, en of het doel van de "
                "vrager verenigbaar is met het doel waarvoor de gegevens zijn "
                "verzameld. Verantwoordelijk: de privacyjurist."
            ),
            "## Stap 3. Kies de minimaal benodigde gegevens",
            (
                "Bepaal samen met de vrager welke velden echt nodig zijn. Vaak "
                "volstaat een overzicht per locatie of per bedrijf in plaats van per "
                "persoon. Verantwoordelijk: de gegevensbeheerder."
            ),
            "## Stap 4. Bepaal de rollen",
            (
                "Is de ontvanger zelf verantwoordelijk voor wat hij met de gegevens "
                "doet, of verwerkt hij ze in opdracht? Dat bepaalt welke afspraken je "
                "maakt. Verantwoordelijk: de privacyjurist."
            ),
            "## Stap 5. Regel de beveiliging",
            (
                "Kies een veilige manier van leveren, beperk de toegang tot wie de "
                "gegevens nodig heeft en spreek af hoe datalekken worden gemeld. "
                "Verantwoordelijk: de adviseur informatiebeveiliging."
            ),
            "## Stap 6. Leg de afspraken vast",
            (
                "Leg doel, grondslag, gegevens, rollen, beveiliging en bewaartermijn "
                "vast in een overeenkomst en werk het register van verwerkingen bij. "
                "Verantwoordelijk: de teamleider, met de privacyjurist."
            ),
            "## Stap 7. Evalueer elk jaar",
            (
                "Kijk jaarlijks of de levering nog nodig is, of de afspraken worden "
                "nageleefd en of er minder gegevens kunnen. Verantwoordelijk: de "
                "gegevensbeheerder."
            ),
        ],
        "external_url": "",
        "documents": [],
        "organisation": "omgevingsdienst-zuidermark",
        "questions": ["afspraken-over-data-delen", "wat-mag-juridisch"],
        "layers": ["uitvoeringsorganisatie", "gemeente", "provincie"],
        "perspectives": ["juridisch"],
        "themes": ["data delen", "AVG"],
        "owner": "Team Informatiemanagement, Omgevingsdienst Zuidermark",
        "last_reviewed": date(2026, 2, 17),
    },
    {
        "slug": "stappenplan-aansluiten-woningbouwmonitor",
        "title": "Stappenplan: aansluiten op de woningbouwmonitor",
        "type": "stappenplan",
        "summary": (
            "Hoe je als gemeente of provincie je gegevens over woningbouwprojecten "
            "volgens de gezamenlijke definities aanlevert, zodat er één betrouwbaar "
            "landelijk beeld ontstaat."
        ),
        "body": [
            "## Eén beeld van de woningbouw",
            (
                "Gemeenten, provincies en het Rijk willen weten hoeveel woningen er "
                "worden gebouwd en waar het stokt. Lange tijd telde iedere organisatie "
                "op haar eigen manier. De woningbouwmonitor werkt met gezamenlijke "
                "definities, bijvoorbeeld voor het moment waarop een project als 'in "
                "aanbouw' geldt. Zo sluit je aan."
            ),
            "## Stap 1. Leg je projectenlijst naast de definities",
            (
                "De monitor onderscheidt vier fasen: in voorbereiding, vergund, in "
                "aanbouw en opgeleverd. Een project is in aanbouw zodra de bouw "
                "aantoonbaar is begonnen, niet als de vergunning onherroepelijk is. Ga "
                "per project na in welke fase het volgens die definities zit."
            ),
            ("## Stap 2. Koppel je projecten aan de adressen en gebouwen"),
            (
                "Koppel elk project aan de panden en verblijfsobjecten in de "
                "basisregistratie adressen en gebouwen. Heeft een project nog geen "
                "adressen, geef dan de locatie op als punt op de kaart."
            ),
            "## Stap 3. Doe een proeflevering",
            (
                "Lever één maand aan. Het team van de monitor controleert de levering "
                "en stuurt binnen twee weken een verslag met de gevonden verschillen."
            ),
            "## Stap 4. Lever elke maand aan",
            (
                "Lever vóór de tiende van elke maand de wijzigingen van de vorige "
                "maand aan. Wijs een vaste contactpersoon aan die vragen over de "
                "levering beantwoordt."
            ),
            "## Veelgemaakte fouten bij de eerste levering",
            ("- Woningen dubbel geteld, in een project en in een deelproject."),
            "- Kantoren die woningen worden, niet meegeteld.",
            (
                "- Bij sloop en nieuwbouw alleen de nieuwe woningen opgegeven, niet de "
                "gesloopte."
            ),
            (
                "- Opgeleverde projecten die in de eigen lijst nog op 'in aanbouw' "
                "staan."
            ),
        ],
        "external_url": "",
        "documents": [],
        "organisation": "dienst-basisgegevens-wonen",
        "questions": ["samenwerken-aan-normenkader", "overzicht-datagebruik-overheid"],
        "layers": ["gemeente", "provincie", "rijk"],
        "perspectives": ["technisch"],
        "themes": ["woningbouw", "datakwaliteit", "data delen"],
        "owner": "Team Datadiensten, Dienst Basisgegevens Wonen",
        "last_reviewed": date(2026, 6, 9),
    },
    {
        "slug": "stappenplan-algoritme-in-beheer",
        "title": "Stappenplan: een algoritme in beheer nemen",
        "type": "stappenplan",
        "summary": (
            "Wat je regelt voordat een algoritme uit een pilot in de dagelijkse "
            "praktijk wordt gebruikt: eigenaar, documentatie, monitoring, "
            "herbeoordeling en publicatie."
        ),
        "body": [
            "## Waarom beheer?",
            (
                "Een algoritme is nooit af. De wereld verandert, en daarmee ook de "
                "data waarop het model is gebouwd. Zonder beheer worden de uitkomsten "
                "langzaam minder betrouwbaar, zonder dat iemand het merkt. Met deze "
                "vijf stappen voorkom je dat."
            ),
            ("## Stap 1. Wijs een eigenaar en een technisch beheerder aan"),
            (
                "De eigenaar is verantwoordelijk voor het gebruik van het algoritme in "
                "het werkproces en beslist over wijzigingen. De technisch beheerder "
                "houdt het model en de koppelingen in de lucht."
            ),
            "## Stap 2. Leg de werking en de keuzes vast",
            "Beschrijf op één of twee pagina's:",
            ("- het doel en de beslissing die het algoritme ondersteunt;"),
            "- de gebruikte gegevens en hun herkomst;",
            ("- hoe goed het model presteert, en voor wie minder goed;"),
            (
                "- wat een medewerker met de uitkomst doet, en wanneer die ervan "
                "afwijkt."
            ),
            ("## Stap 3. Bewaak de prestaties en mogelijke vooroordelen"),
            (
                "Spreek af welke cijfers je elke maand bekijkt, zoals de "
                "nauwkeurigheid en de verschillen in uitkomst tussen groepen, en bij "
                "welke waarde je ingrijpt."
            ),
            "## Stap 4. Plan een jaarlijkse herbeoordeling",
            (
                "Stel elk jaar drie vragen: is het algoritme nog nodig, werkt het nog "
                "goed, en is het gebruik nog rechtmatig en wenselijk? Leg het antwoord "
                "vast, ook als er niets verandert."
            ),
            "## Stap 5. Publiceer het algoritme",
            (
                "Neem het algoritme op in het Algoritmeregister en houd de "
                "beschrijving actueel. Zo kunnen inwoners en collega-overheden zien "
                "wat je doet."
            ),
            "## In de praktijk",
            (
                "De Gemeente Heulendonk gebruikt dit stappenplan voor alle algoritmes "
                "die zij sinds 2025 in gebruik neemt. De eerste herbeoordeling leidde "
                "ertoe dat één model werd uitgezet: het werd door medewerkers "
                "nauwelijks nog gebruikt."
            ),
        ],
        "external_url": "",
        "documents": [],
        "organisation": "gemeente-heulendonk",
        "questions": ["van-pilot-naar-productie", "ethische-gevolgen-bespreken"],
        "layers": ["gemeente", "uitvoeringsorganisatie"],
        "perspectives": ["technisch"],
        "themes": ["algoritmes", "informatiebeveiliging"],
        "owner": "Team Data en Innovatie, Gemeente Heulendonk",
        "last_reviewed": date(2026, 2, 26),
    },
    {
        "slug": "checklist-productierijp",
        "title": "Checklist: is je datatoepassing klaar voor productie?",
        "type": "checklist",
        "summary": (
            "Vijfentwintig controlevragen over beveiliging, privacy, datakwaliteit, "
            "documentatie en beheer die je doorloopt voordat een toepassing uit de "
            "pilotfase komt."
        ),
        "body": [
            "## Waarvoor?",
            (
                "Deze checklist gebruikt de Dienst Basisgegevens Wonen bij elk "
                "go/no-go-besluit over een datatoepassing. Het projectteam en de "
                "beheerorganisatie stellen er samen mee vast of alles geregeld is. "
                "Achter elke vraag staat wie hem beantwoordt."
            ),
            "## Privacy",
            ("1. Is de DPIA uitgevoerd en zijn de maatregelen genomen? (FG)"),
            (
                "2. Is de verwerking opgenomen in het register van verwerkingen? "
                "(privacy officer)"
            ),
            "3. Is de grondslag vastgelegd? (privacy officer)",
            (
                "4. Weten de mensen om wie het gaat dat hun gegevens worden gebruikt? "
                "(projectleider)"
            ),
            (
                "5. Is geregeld hoe een verzoek om inzage of correctie wordt "
                "afgehandeld? (privacy officer)"
            ),
            "## Beveiliging",
            ("6. Zijn de maatregelen uit de BIO beoordeeld en genomen? (CISO)"),
            ("7. Hebben alleen de mensen die het nodig hebben toegang? (beheerder)"),
            ("8. Wordt vastgelegd wie wat heeft gedaan? (beheerder)"),
            "9. Is de toepassing op kwetsbaarheden getest? (CISO)",
            "10. Zijn back-up en herstel getest? (beheerder)",
            "## Datakwaliteit",
            (
                "11. Zijn de bronnen en de afspraken over levering vastgelegd? "
                "(projectleider)"
            ),
            (
                "12. Wordt de kwaliteit van elke levering automatisch gecontroleerd? "
                "(beheerder)"
            ),
            (
                "13. Is beschreven wat er gebeurt als een levering uitblijft? "
                "(beheerder)"
            ),
            "14. Heeft elke bron een eigenaar? (projectleider)",
            (
                "15. Is de kwaliteit tijdens de pilot gemeten en goed genoeg bevonden? "
                "(projectleider)"
            ),
            "## Documentatie",
            "16. Zijn de datastromen beschreven? (projectleider)",
            ("17. Zijn de rekenregels of het model gedocumenteerd? (projectleider)"),
            ("18. Is er een handleiding voor gebruikers? (projectleider)"),
            ("19. Zijn keuzes en aannames vastgelegd? (projectleider)"),
            ("20. Staan code en configuratie in versiebeheer? (beheerder)"),
            "## Beheer",
            ("21. Heeft het beheerteam ingestemd met de overdracht? (beheerder)"),
            ("22. Is het budget voor beheer geregeld? (projectleider)"),
            ("23. Zijn monitoring en meldingen bij storingen ingericht? (beheerder)"),
            "24. Zijn de bewaartermijnen ingesteld? (FG)",
            ("25. Is een datum gepland om de toepassing te evalueren? (projectleider)"),
        ],
        "external_url": "",
        "documents": [],
        "organisation": "dienst-basisgegevens-wonen",
        "questions": ["van-pilot-naar-productie"],
        "layers": ["uitvoeringsorganisatie", "rijk"],
        "perspectives": ["technisch"],
        "themes": ["informatiebeveiliging", "datakwaliteit"],
        "owner": "Team Datadiensten, Dienst Basisgegevens Wonen",
        "last_reviewed": date(2026, 8, 4),
    },
    {
        "slug": "checklist-datakoers",
        "title": "Checklist: staat je datakoers op koers?",
        "type": "checklist",
        "summary": (
            "Twaalf vragen om jaarlijks te toetsen of je datastrategie nog aansluit "
            "bij je opgaven en of de afspraken over rollen en eigenaarschap worden "
            "nageleefd."
        ),
        "body": [
            "## Hoe gebruik je hem?",
            (
                "Loop de checklist eens per jaar door met de eigenaar van de datakoers "
                "en een paar data-eigenaren. Beantwoord elke vraag met ja, deels of "
                "nee, en spreek bij elk nee af wie wat gaat doen."
            ),
            "## Aansluiting op de opgaven",
            ("1. Zijn de opgaven uit de koers nog de opgaven van het bestuur?"),
            ("2. Is bij elke opgave duidelijk welke beslissingen data ondersteunt?"),
            ("3. Zijn er nieuwe opgaven bijgekomen waar data verschil kan maken?"),
            "## Uitvoering",
            "4. Zijn de acties van het afgelopen jaar uitgevoerd?",
            "5. Hebben ze het effect gehad dat we verwachtten?",
            ("6. Heeft elke actie voor het komende jaar een eigenaar en een budget?"),
            "## Rollen en eigenaarschap",
            ("7. Heeft elke belangrijke gegevensverzameling een data-eigenaar?"),
            ("8. Weten de data-eigenaren wat er van hen wordt verwacht?"),
            "## Kennis en cultuur",
            ("9. Weten medewerkers waar ze met een datavraag terechtkunnen?"),
            ("10. Is er het afgelopen jaar geïnvesteerd in de kennis van medewerkers?"),
            "## Verantwoord gebruik",
            ("11. Worden nieuwe toepassingen vooraf juridisch en ethisch getoetst?"),
            ("12. Staan onze algoritmes actueel in het Algoritmeregister?"),
            "## Waar komt de checklist vandaan?",
            (
                "De Provincie Zuidermark ontwikkelde de checklist na de eerste "
                "evaluatie van haar datakoers. Daaruit bleek dat de helft van de "
                "acties was uitgevoerd, maar dat niemand had gecontroleerd of ze ook "
                "effect hadden. Daarom staat vraag 5 erin."
            ),
        ],
        "external_url": "",
        "documents": [],
        "organisation": "provincie-zuidermark",
        "questions": ["succesfactoren-datakoers"],
        "layers": ["provincie", "gemeente", "waterschap"],
        "perspectives": ["technisch"],
        "themes": ["datastrategie"],
        "owner": "Chief Data Officer, Provincie Zuidermark",
        "last_reviewed": date(2025, 7, 22),
    },
    {
        "slug": "handreiking-data-en-algoritmes-archiveren",
        "title": "Handreiking: data en algoritmes duurzaam bewaren",
        "type": "handreiking",
        "summary": (
            "Wat de Archiefwet betekent voor datasets, dashboards en algoritmes, en "
            "hoe je ervoor zorgt dat je later nog kunt uitleggen op basis waarvan een "
            "besluit is genomen."
        ),
        "body": [
            "## Ook data is archief",
            (
                "Datasets, modellen en de uitkomsten van algoritmes zijn "
                "overheidsinformatie. Als ze een rol spelen bij besluiten, moet je ze "
                "volgens de Archiefwet bewaren of juist op tijd vernietigen. In de "
                "praktijk wordt daar bij dataprojecten vaak pas aan gedacht als het te "
                "laat is."
            ),
            "## Wat vind je in de handreiking?",
            (
                "De handreiking legt uit hoe je selectielijsten toepast op data, welke "
                "versie van een model en welke gegevens je moet bewaren om een besluit "
                "later te kunnen reconstrueren, en hoe je dat technisch regelt. Er is "
                "een voorbeeld uitgewerkt van een dashboard voor wateroverlast."
            ),
        ],
        "external_url": "",
        "documents": ["handreiking-archiveren"],
        "organisation": "gemeente-dalwijk",
        "questions": ["wat-mag-juridisch", "van-pilot-naar-productie"],
        "layers": ["gemeente", "waterschap", "provincie"],
        "perspectives": ["juridisch"],
        "themes": ["archivering", "algoritmes"],
        "owner": "Team Informatiebeheer, Gemeente Dalwijk",
        "last_reviewed": date(2026, 1, 13),
    },
    {
        "slug": "instrument-scan-datavolwassenheid",
        "title": "Instrument: scan datavolwassenheid",
        "type": "instrument",
        "summary": (
            "Twintig stellingen die in dertig minuten laten zien waar je organisatie "
            "staat op vijf onderdelen van verantwoord datagebruik. Vul ze met "
            "collega's in en bespreek waar jullie antwoorden uiteenlopen."
        ),
        "body": [
            "## Zo werkt de scan",
            (
                "Geef bij elke stelling een score van 1 (klopt helemaal niet) tot 5 "
                "(klopt helemaal). Tel per onderdeel de vier scores op en deel door "
                "vier: dat is je score op dat onderdeel. Laat de scan door mensen uit "
                "verschillende afdelingen invullen, ieder voor zich."
            ),
            "## Strategie en sturing",
            "- Onze organisatie heeft een vastgestelde datakoers.",
            ("- Het bestuur vraagt bij besluiten naar de onderbouwing met data."),
            (
                "- Er is budget voor datavoorzieningen en beheer, niet alleen voor "
                "projecten."
            ),
            "- Iemand in de directie is aanspreekbaar op data.",
            "## Mensen en kennis",
            ("- Medewerkers weten waar ze met een datavraag terechtkunnen."),
            ("- We hebben genoeg datadeskundigen om onze plannen uit te voeren."),
            ("- Leidinggevenden kunnen een analyse op waarde schatten."),
            ("- Er is een opleidingsaanbod over data voor alle medewerkers."),
            "## Datakwaliteit en beheer",
            ("- Van onze belangrijkste gegevens weten we wie de eigenaar is."),
            "- We meten de kwaliteit van die gegevens.",
            "- Fouten in gegevens worden gemeld en hersteld.",
            ("- We weten welke gegevens we hebben (een dataregister)."),
            "## Techniek en voorzieningen",
            (
                "- Analisten kunnen veilig met gegevens uit verschillende bronnen "
                "werken."
            ),
            (
                "- Een toepassing uit een pilot kan op onze gewone voorzieningen "
                "draaien."
            ),
            (
                "- Gegevens worden zoveel mogelijk bij de bron gebruikt, niet "
                "gekopieerd."
            ),
            ("- We kunnen gegevens veilig met andere overheden delen."),
            "## Verantwoord gebruik",
            ("- Nieuwe toepassingen worden vooraf juridisch en ethisch getoetst."),
            ("- De FG en de CISO worden vroeg in projecten betrokken."),
            "- Onze algoritmes staan in het Algoritmeregister.",
            ("- Inwoners kunnen zien welke gegevens we waarvoor gebruiken."),
            "## Hoe gebruik je de uitkomst?",
            (
                "De uitkomst is geen rapportcijfer, maar het begin van een gesprek. "
                "Bespreek vooral de stellingen waarop de antwoorden het meest "
                "uiteenlopen: daar zien collega's de organisatie verschillend. De "
                "onderdelen met de laagste scores zijn een goed vertrekpunt voor een "
                "datakoers."
            ),
        ],
        "external_url": "",
        "documents": [],
        "organisation": "ikc",
        "questions": [
            "succesfactoren-datakoers",
            "organisatie-bewust-maken",
            "overzicht-datagebruik-overheid",
        ],
        "layers": [
            "gemeente",
            "provincie",
            "waterschap",
            "rijk",
            "uitvoeringsorganisatie",
        ],
        "perspectives": ["technisch"],
        "themes": ["datastrategie", "datakwaliteit"],
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2026, 11, 10),
    },
    {
        "slug": "instrument-datamodel-warmtetransitie",
        "title": "Instrument: gezamenlijk datamodel voor de warmtetransitie",
        "type": "instrument",
        "summary": (
            "Een datamodel met vaste begrippen en bronnen voor gebouwen, "
            "energieverbruik en warmtebronnen, zodat gemeenten en provincies hun "
            "analyses voor de warmtetransitie kunnen vergelijken."
        ),
        "body": [
            "## Waarom een gezamenlijk model?",
            (
                "Voor hun warmteplannen verzamelen gemeenten gegevens over woningen, "
                "energieverbruik, eigendom en mogelijke warmtebronnen. Iedere gemeente "
                "deed dat op haar eigen manier, waardoor analyses niet te vergelijken "
                "waren en de provincie geen regionaal beeld kon maken."
            ),
            "## Wat is het?",
            (
                "Het datamodel beschrijft welke gegevens je gebruikt, uit welke bron, "
                "op welk detailniveau en met welke definitie. Energieverbruik wordt "
                "alleen gebruikt op een niveau waarop het niet naar een huishouden te "
                "herleiden is. Het document bevat de begrippen, de afspraken over "
                "detailniveau en privacy, en hoe het model wordt beheerd."
            ),
        ],
        "external_url": "",
        "documents": ["datamodel-warmtetransitie"],
        "organisation": "gemeente-dalwijk",
        "questions": ["samenwerken-aan-normenkader", "afspraken-over-data-delen"],
        "layers": ["gemeente", "provincie"],
        "perspectives": ["technisch"],
        "themes": ["energietransitie", "data delen", "AVG"],
        "owner": "Programma Warmtetransitie, Gemeente Dalwijk",
        "last_reviewed": date(2026, 5, 5),
    },
    {
        "slug": "checklist-sensoren-openbare-ruimte",
        "title": "Checklist: sensoren en camera's in de openbare ruimte",
        "type": "checklist",
        "summary": (
            "Vragen die je stelt voordat je een camera, wifi-teller of andere sensor "
            "in de openbare ruimte plaatst, over doel, privacy, transparantie en de "
            "mening van inwoners."
        ),
        "body": [
            "## Waarom deze checklist?",
            (
                "Sensoren in de openbare ruimte zijn goedkoop en makkelijk te "
                "plaatsen. Daardoor hangen ze er soms voordat iemand heeft nagedacht "
                "over wat ze registreren en wat inwoners daarvan vinden. Stel deze "
                "vragen voordat je een camera, wifi-teller of andere sensor plaatst."
            ),
            "## Doel",
            "1. Welk probleem lost de sensor op, en voor wie?",
            (
                "2. Volstaat een minder ingrijpende oplossing, zoals een handmatige "
                "telling?"
            ),
            ("3. Hoe lang is de sensor nodig, en wie haalt hem daarna weg?"),
            "## Gegevens",
            "4. Welke gegevens registreert de sensor precies?",
            ("5. Zijn mensen of voertuigen herkenbaar, direct of na koppeling?"),
            ("6. Kunnen gegevens al in de sensor worden geteld of vervaagd?"),
            ("7. Hoe lang worden de gegevens bewaard, en wie heeft toegang?"),
            "## Inwoners",
            ("8. Hoe weten voorbijgangers dat de sensor er hangt, en waarvoor?"),
            ("9. Wat vinden bewoners van de straat ervan? Heb je het gevraagd?"),
            "10. Waar kan iemand terecht met vragen of bezwaren?",
            "## Registratie",
            (
                "11. Staat de sensor in het openbare sensorregister, met doel en "
                "contactpersoon?"
            ),
        ],
        "external_url": "",
        "documents": [],
        "organisation": "gemeente-lindeveen",
        "questions": ["ethische-gevolgen-bespreken", "wat-mag-juridisch"],
        "layers": ["gemeente", "provincie"],
        "perspectives": ["ethisch"],
        "themes": ["camera's", "mobiliteit", "AVG"],
        "owner": "Privacyteam, Gemeente Lindeveen",
        "last_reviewed": date(2026, 3, 31),
    },
]
