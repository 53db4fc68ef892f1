"""Demo knowledge products, each linked to one or more questions."""

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
                "vind je vragen om met je team te bespreken en voorbeelden van "
                "gemeenten, provincies en waterschappen die je voorgingen."
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
        "organisation": "ikc",
        "questions": ["hoe-start-ik-een-dataproject"],
        "layers": [
            "gemeente",
            "provincie",
            "waterschap",
            "rijk",
            "uitvoeringsorganisatie",
        ],
        "perspectives": ["technisch", "juridisch", "ethisch"],
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
            "## De aanpak",
            (
                "Het stappenplan begint bij de opzet van de pilot: je legt vooraf vast "
                "wanneer hij geslaagd is en wie de toepassing daarna beheert. Daarna "
                "volgen stappen over de technische inbedding, de verplichtingen rond "
                "privacy, informatiebeveiliging en archivering, het beheerplan en het "
                "go/no-go-besluit. Bij elke stap staat een korte checklist."
            ),
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
        "organisation": "ikc",
        "questions": ["van-pilot-naar-productie", "hoe-start-ik-een-dataproject"],
        "layers": [
            "gemeente",
            "provincie",
            "waterschap",
            "rijk",
            "uitvoeringsorganisatie",
        ],
        "perspectives": ["technisch", "juridisch"],
        "themes": ["datastrategie", "informatiebeveiliging"],
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2026, 10, 2),
    },
    {
        "slug": "toolbox-datakoers",
        "title": "Toolbox datakoers",
        "type": "toolbox",
        "summary": (
            "Werkvormen, sjablonen en voorbeelden waarmee je een datakoers opstelt die "
            "past bij de opgaven van jouw organisatie en die ook na de vaststelling "
            "blijft leven."
        ),
        "body": [
            "## Wat zit erin?",
            (
                "De toolbox bevat een sjabloon voor een datakoers van hooguit tien "
                "pagina's, werkvormen voor een startsessie met directie en bestuur, "
                "een overzicht van rollen rond data en een set voorbeeldkoersen van "
                "gemeenten, een provincie en een waterschap. Je kiest zelf welke "
                "onderdelen je gebruikt."
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
                "getest bij vijf organisaties. Heb je zelf een datakoers opgesteld? "
                "Deel hem met het Kenniscentrum, dan voegen we hem toe aan de "
                "voorbeelden."
            ),
        ],
        "external_url": "",
        "organisation": "ikc",
        "questions": ["succesfactoren-datakoers", "organisatie-bewust-maken"],
        "layers": [
            "gemeente",
            "provincie",
            "waterschap",
            "rijk",
            "uitvoeringsorganisatie",
        ],
        "perspectives": ["technisch", "juridisch", "ethisch"],
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
        "organisation": "adviesfunctie-verantwoord-datagebruik",
        "questions": ["wat-mag-juridisch", "afspraken-over-data-delen"],
        "layers": ["gemeente", "provincie", "rijk"],
        "perspectives": ["juridisch", "ethisch"],
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
                "beveiliging en bewaren, en toezicht en beëindiging. Bij elk punt "
                "staat een korte toelichting en een voorbeeldformulering. De checklist "
                "is opgesteld voor de samenwerking tussen de provincie en drie "
                "waterschappen over grondwaterdata, en daarna algemener gemaakt."
            ),
        ],
        "external_url": "",
        "organisation": "provincie-oost-veenland",
        "questions": ["afspraken-over-data-delen", "samenwerken-aan-normenkader"],
        "layers": ["provincie", "waterschap", "gemeente"],
        "perspectives": ["juridisch", "technisch"],
        "themes": ["data delen", "informatiebeveiliging"],
        "owner": "Team Juridische Zaken, Provincie Oost-Veenland",
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
        "organisation": "ikc",
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
        "organisation": "ministerie-bzk",
        "questions": ["overzicht-datagebruik-overheid", "ethische-gevolgen-bespreken"],
        "layers": [
            "gemeente",
            "provincie",
            "waterschap",
            "rijk",
            "uitvoeringsorganisatie",
        ],
        "perspectives": ["ethisch", "technisch"],
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
        "organisation": "kennisnetwerk-data-en-samenleving",
        "questions": ["organisatie-bewust-maken", "overzicht-datagebruik-overheid"],
        "layers": ["gemeente"],
        "perspectives": ["ethisch", "technisch"],
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
            "## De vijf vragen",
            (
                "Voor welk doel wil je de gegevens gebruiken? Op welke grondslag uit "
                "de AVG doe je dat? Is het nieuwe doel verenigbaar met het doel "
                "waarvoor de gegevens zijn verzameld? Gaat het om bijzondere "
                "persoonsgegevens of gegevens van strafrechtelijke aard? En welke "
                "sectorwetten gelden daarnaast, bijvoorbeeld voor sociale zekerheid, "
                "ruimtelijke ordening of archivering?"
            ),
            (
                "Bij elke vraag geeft de leidraad uitleg in gewone taal, een voorbeeld "
                "uit de praktijk en een verwijzing naar relevante adviezen. De "
                "leidraad is geschreven met privacyjuristen van een gemeente, een "
                "provincie en een uitvoeringsorganisatie."
            ),
        ],
        "external_url": "",
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
            "## Het draaiboek",
            (
                "De leidraad bevat een draaiboek voor een sessie van twee uur: het "
                "dilemma scherp formuleren, de belanghebbenden en hun perspectieven "
                "verkennen, de opties afwegen en een conclusie vastleggen. Er staan "
                "tips in voor de gespreksleider en een sjabloon voor het verslag dat "
                "naar de opdrachtgever gaat."
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
        "organisation": "gemeente-kortewaal",
        "questions": ["ethische-gevolgen-bespreken"],
        "layers": ["gemeente"],
        "perspectives": ["ethisch"],
        "themes": ["ethiek", "algoritmes"],
        "owner": "Ethische commissie, Gemeente Kortewaal",
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
        "organisation": "provincie-oost-veenland",
        "questions": ["samenwerken-aan-normenkader", "afspraken-over-data-delen"],
        "layers": ["provincie", "gemeente", "waterschap"],
        "perspectives": ["ethisch", "technisch"],
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
                "opleverden. Er zitten draaiboeken, een presentatie over kansen en "
                "risico's van datagebruik en voorbeeldteksten voor intranet bij. Je "
                "kunt alles hergebruiken en aanpassen aan je eigen organisatie."
            ),
            (
                "Een belangrijke les uit Dalwijk: zorg dat ideeën uit de wedstrijd ook "
                "echt een vervolg krijgen. In het eerste jaar gebeurde dat niet, en "
                "daalde het aantal inzendingen het jaar erna van 31 naar 12."
            ),
        ],
        "external_url": "",
        "organisation": "gemeente-dalwijk",
        "questions": ["organisatie-bewust-maken"],
        "layers": ["gemeente", "waterschap"],
        "perspectives": ["ethisch", "technisch"],
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
        "organisation": "waterschap-vechtdal-oost",
        "questions": ["hoe-start-ik-een-dataproject", "organisatie-bewust-maken"],
        "layers": ["waterschap", "gemeente", "provincie"],
        "perspectives": ["technisch", "ethisch"],
        "themes": ["datakwaliteit", "datastrategie"],
        "owner": "Team Data en Analyse, Waterschap Vechtdal-Oost",
        "last_reviewed": date(2026, 9, 1),
    },
    {
        "slug": "toolbox-datakwaliteit-sensoren",
        "title": "Toolbox datakwaliteit voor sensordata",
        "type": "toolbox",
        "summary": (
            "Scripts, controleregels en een beheerprotocol om de kwaliteit van "
            "meetreeksen uit sensoren te bewaken, van waterkwaliteit tot "
            "grondwaterstanden."
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
                "De toolbox bevat controleregels voor ontbrekende en onmogelijke "
                "waarden, een methode om sensordrift te herkennen en een protocol dat "
                "beschrijft wie welke melding oppakt. De scripts zijn openbaar en in "
                "Python geschreven. Er is ook een uitleg voor managers over wat "
                "datakwaliteit kost en oplevert."
            ),
        ],
        "external_url": "",
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
                "Je vindt een sjabloon voor een dataregister met de minimale velden, "
                "een vragenlijst voor gesprekken met afdelingen en een planning voor "
                "een inventarisatie van drie maanden. De toolbox laat ook zien hoe je "
                "het register daarna actueel houdt, want een eenmalige inventarisatie "
                "veroudert snel."
            ),
        ],
        "external_url": "",
        "organisation": "ikc",
        "questions": ["overzicht-datagebruik-overheid", "succesfactoren-datakoers"],
        "layers": [
            "gemeente",
            "provincie",
            "waterschap",
            "rijk",
            "uitvoeringsorganisatie",
        ],
        "perspectives": ["technisch", "juridisch"],
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
                "uitgeschreven in een stappenplan, zodat niet bij elk verzoek opnieuw "
                "het wiel wordt uitgevonden."
            ),
            "## De stappen",
            (
                "Het stappenplan begint bij het verzoek en de vraag welke taak ermee "
                "wordt gediend. Daarna volgen de toets op grondslag en "
                "verenigbaarheid, de keuze voor de minimaal benodigde gegevens, het "
                "bepalen van de rollen, het regelen van beveiliging, het vastleggen "
                "van de afspraken en de periodieke evaluatie. Bij elke stap staat wie "
                "er in de organisatie verantwoordelijk is."
            ),
        ],
        "external_url": "",
        "organisation": "omgevingsdienst-zuidermark",
        "questions": ["afspraken-over-data-delen", "wat-mag-juridisch"],
        "layers": ["uitvoeringsorganisatie", "gemeente", "provincie"],
        "perspectives": ["juridisch", "technisch"],
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
                "aanbouw' geldt."
            ),
            "## De stappen",
            (
                "Het stappenplan beschrijft hoe je je projectenlijst vergelijkt met de "
                "definities, de gegevens koppelt aan de basisregistratie adressen en "
                "gebouwen, een proeflevering doet en daarna maandelijks aanlevert. Het "
                "bevat ook een overzicht van veelgemaakte fouten bij de eerste "
                "levering."
            ),
        ],
        "external_url": "",
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
                "langzaam minder betrouwbaar, zonder dat iemand het merkt. Dit "
                "stappenplan helpt je om dat te voorkomen."
            ),
            "## De stappen",
            (
                "Je wijst een eigenaar en een technisch beheerder aan, legt de werking "
                "en de keuzes vast, spreekt af hoe je de prestaties en mogelijke "
                "vooroordelen bewaakt, plant een jaarlijkse herbeoordeling en "
                "publiceert het algoritme in het Algoritmeregister. De Gemeente "
                "Heulendonk gebruikt het stappenplan voor alle algoritmes die zij "
                "sinds 2025 in gebruik neemt."
            ),
        ],
        "external_url": "",
        "organisation": "gemeente-heulendonk",
        "questions": ["van-pilot-naar-productie", "ethische-gevolgen-bespreken"],
        "layers": ["gemeente", "uitvoeringsorganisatie"],
        "perspectives": ["technisch", "ethisch"],
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
                "go/no-go-besluit over een datatoepassing. Hij helpt het projectteam "
                "en de beheerorganisatie om samen vast te stellen of alles geregeld "
                "is, en maakt zichtbaar wat nog ontbreekt."
            ),
            "## Wat wordt gecontroleerd?",
            (
                "De vragen gaan onder meer over de uitgevoerde DPIA, de maatregelen "
                "uit de Baseline Informatiebeveiliging Overheid, de documentatie van "
                "datastromen en rekenregels, afspraken over monitoring en "
                "datakwaliteit, de bewaartermijnen en de overdracht aan het "
                "beheerteam. Per vraag staat wie die beantwoordt: de projectleider, de "
                "CISO, de FG of de beheerder."
            ),
        ],
        "external_url": "",
        "organisation": "dienst-basisgegevens-wonen",
        "questions": ["van-pilot-naar-productie"],
        "layers": ["uitvoeringsorganisatie", "rijk"],
        "perspectives": ["technisch", "juridisch"],
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
                "en een paar data-eigenaren. De vragen gaan over de aansluiting op de "
                "opgaven, de uitvoering van de acties, het beleggen van rollen, de "
                "ontwikkeling van kennis en de manier waarop verantwoord gebruik is "
                "geborgd."
            ),
            (
                "De Provincie Zuidermark ontwikkelde de checklist na de eerste "
                "evaluatie van haar datakoers. Daaruit bleek dat de helft van de "
                "acties was uitgevoerd, maar dat niemand had gecontroleerd of ze ook "
                "effect hadden."
            ),
        ],
        "external_url": "",
        "organisation": "provincie-zuidermark",
        "questions": ["succesfactoren-datakoers"],
        "layers": ["provincie", "gemeente", "waterschap"],
        "perspectives": ["technisch", "juridisch", "ethisch"],
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
        "organisation": "gemeente-dalwijk",
        "questions": ["wat-mag-juridisch", "van-pilot-naar-productie"],
        "layers": ["gemeente", "waterschap", "provincie"],
        "perspectives": ["juridisch", "technisch"],
        "themes": ["archivering", "algoritmes"],
        "owner": "Team Informatiebeheer, Gemeente Dalwijk",
        "last_reviewed": date(2026, 1, 13),
    },
    {
        "slug": "instrument-scan-datavolwassenheid",
        "title": "Instrument: scan datavolwassenheid",
        "type": "instrument",
        "summary": (
            "Een online vragenlijst van dertig minuten die laat zien waar je "
            "organisatie staat op vijf onderdelen van verantwoord datagebruik, met een "
            "vergelijking met andere overheden."
        ),
        "body": [
            "## Wat meet de scan?",
            (
                "De scan stelt vragen over vijf onderdelen: strategie en sturing, "
                "mensen en kennis, datakwaliteit en beheer, techniek en voorzieningen, "
                "en verantwoord gebruik. Per onderdeel krijg je een score van een tot "
                "vijf en een korte toelichting."
            ),
            "## Hoe gebruik je de uitkomst?",
            (
                "De uitkomst is geen rapportcijfer, maar een begin van een gesprek. "
                "Laat de scan door mensen uit verschillende afdelingen invullen en "
                "bespreek waar de antwoorden uiteenlopen. Je kunt je resultaten "
                "anoniem vergelijken met die van vergelijkbare organisaties. Daarmee "
                "is de scan een goed vertrekpunt voor een datakoers."
            ),
        ],
        "external_url": "",
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
        "perspectives": ["technisch", "juridisch", "ethisch"],
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
                "herleiden is. Bij het model hoort een voorbeeld van een rekenmodel en "
                "een toelichting op de privacyafspraken."
            ),
        ],
        "external_url": "",
        "organisation": "gemeente-dalwijk",
        "questions": ["samenwerken-aan-normenkader", "afspraken-over-data-delen"],
        "layers": ["gemeente", "provincie"],
        "perspectives": ["technisch", "juridisch"],
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
                "over wat ze registreren en wat inwoners daarvan vinden. De checklist "
                "helpt om die vragen vooraf te stellen."
            ),
            "## Wat staat erin?",
            (
                "De checklist bevat vragen over het doel van de sensor, het soort "
                "gegevens, de herkenbaarheid van mensen en voertuigen, de "
                "bewaartermijn, de informatie aan inwoners en de vraag of een minder "
                "ingrijpende oplossing ook volstaat. Bij elke sensor hoort een "
                "vermelding in het openbare sensorregister van de gemeente."
            ),
        ],
        "external_url": "",
        "organisation": "gemeente-lindeveen",
        "questions": ["ethische-gevolgen-bespreken", "wat-mag-juridisch"],
        "layers": ["gemeente", "provincie"],
        "perspectives": ["ethisch", "juridisch"],
        "themes": ["camera's", "mobiliteit", "AVG"],
        "owner": "Privacyteam, Gemeente Lindeveen",
        "last_reviewed": date(2026, 3, 31),
    },
]
