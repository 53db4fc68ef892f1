"""The nine core questions of the kennisbank."""

QUESTIONS = [
    {
        "slug": "hoe-start-ik-een-dataproject",
        "title": "Hoe start ik een dataproject?",
        "short_answer": (
            "Begin bij de vraag die je wilt beantwoorden, niet bij de data of de "
            "techniek. Stel een klein team samen met inhoud, data, privacy en "
            "informatiebeveiliging aan tafel, en toets vroeg wat juridisch mag en "
            "ethisch wenselijk is. Zo voorkom je dat je halverwege opnieuw moet "
            "beginnen."
        ),
        "intro_for_listing": (
            "Van een goede vraag naar een klein, goed voorbereid begin: zo zet je de "
            "eerste stappen."
        ),
        "body": [
            "## Begin bij de vraag",
            (
                "Een goed dataproject begint niet met een dataset of een dashboard, "
                "maar met een maatschappelijke vraag. Wat wil je weten of verbeteren, "
                "en voor wie? Hoe scherper je die vraag formuleert, hoe makkelijker je "
                "later kunt bepalen welke data je echt nodig hebt. Vaak blijkt dan dat "
                "je met minder gegevens toe kunt dan je eerst dacht."
            ),
            (
                "Kijk ook of een andere organisatie al iets vergelijkbaars heeft "
                "gedaan. Veel gemeenten, provincies en waterschappen lopen tegen "
                "dezelfde vragen aan. In de praktijkvoorbeelden in deze kennisbank "
                "lees je hoe zij het hebben aangepakt, en wat ze achteraf anders "
                "zouden doen."
            ),
            "## Zet de juiste mensen aan tafel",
            (
                "Een dataproject is geen IT-klus. Je hebt een inhoudelijk "
                "opdrachtgever nodig die het probleem kent, iemand die de data "
                "begrijpt, en vanaf de eerste week ook de privacyjurist of "
                "functionaris gegevensbescherming (FG) en de CISO. Wie deze collega's "
                "pas aan het eind vraagt, loopt het risico dat het werk niet door de "
                "toets komt."
            ),
            "## Klein beginnen, wel vooruitdenken",
            (
                "Start met een afgebakende proef, maar spreek vooraf af wat er moet "
                "gebeuren als die slaagt. Wie beheert de toepassing straks? Wie "
                "betaalt het? Door die vragen aan het begin te stellen, vergroot je de "
                "kans dat je resultaat niet in een la verdwijnt."
            ),
        ],
        "steps": [
            (
                "Formuleer de vraag",
                (
                    "Beschrijf in een paar zinnen welk maatschappelijk probleem je "
                    "wilt aanpakken en welke beslissing de data moet ondersteunen."
                ),
            ),
            (
                "Zoek wat er al is",
                (
                    "Kijk in de kennisbank en bij collega-overheden of er al "
                    "vergelijkbare projecten, datasets of instrumenten bestaan."
                ),
            ),
            (
                "Stel een kernteam samen",
                (
                    "Zorg voor een opdrachtgever, een inhoudelijk expert, een "
                    "datadeskundige en vaste contactpersonen bij privacy en "
                    "informatiebeveiliging."
                ),
            ),
            (
                "Breng de data in kaart",
                (
                    "Ga na welke gegevens je nodig hebt, waar ze vandaan komen, wat "
                    "hun kwaliteit is en of er persoonsgegevens in zitten."
                ),
            ),
            (
                "Toets juridisch en ethisch",
                (
                    "Bepaal de grondslag, kijk of een DPIA nodig is en bespreek met "
                    "betrokkenen welke gevolgen de toepassing kan hebben."
                ),
            ),
            (
                "Spreek een proef af",
                (
                    "Leg vast wat je test, hoe lang, wanneer de proef geslaagd is en "
                    "wie beslist over het vervolg."
                ),
            ),
        ],
        "related": [
            "van-pilot-naar-productie",
            "wat-mag-juridisch",
            "ethische-gevolgen-bespreken",
        ],
    },
    {
        "slug": "organisatie-bewust-maken",
        "title": (
            "Hoe maak ik mijn organisatie bewust van de kansen van verantwoord "
            "datagebruik?"
        ),
        "short_answer": (
            "Laat zien wat data concreet oplevert voor het werk van je collega's, met "
            "voorbeelden uit je eigen organisatie of van vergelijkbare overheden. "
            "Combineer dat met eerlijke aandacht voor de risico's. Zoek een bestuurder "
            "of directeur die het onderwerp wil dragen, en bouw een netwerk van "
            "enthousiaste collega's op."
        ),
        "intro_for_listing": (
            "Met herkenbare voorbeelden en aandacht voor risico's krijg je collega's "
            "en bestuur mee."
        ),
        "body": [
            "## Maak het concreet",
            (
                "Veel collega's denken bij data aan ingewikkelde techniek of aan "
                "incidenten uit het nieuws. Ze komen pas in beweging als ze zien wat "
                "het oplevert voor hun eigen werk: minder handmatig zoekwerk, betere "
                "onderbouwing van beleid of eerder hulp voor inwoners die vastlopen. "
                "Kies daarom voorbeelden die dicht bij hun dagelijkse praktijk liggen."
            ),
            (
                "Praktijkvoorbeelden van andere overheden werken goed, zeker als ze "
                "eerlijk vertellen wat er misging. Dat maakt het onderwerp minder "
                "groot en laat zien dat je niet alles in een keer goed hoeft te doen."
            ),
            "## Kansen en risico's horen bij elkaar",
            (
                "Bewustwording gaat niet alleen over kansen. Wie verantwoord met data "
                "wil werken, moet ook de risico's kennen: fouten in de data, "
                "vooroordelen in een model, of gegevens die voor een ander doel worden "
                "gebruikt dan waarvoor ze zijn verzameld. Door beide kanten te "
                "bespreken, bouw je vertrouwen op bij collega's die nu nog "
                "terughoudend zijn."
            ),
            "## Zoek bondgenoten",
            (
                "Een enkele enthousiaste medewerker komt niet ver. Zoek een bestuurder "
                "of directeur die het onderwerp wil uitdragen, en verbind collega's "
                "die er al mee bezig zijn. Sluit ook aan bij bestaande netwerken "
                "buiten je organisatie, zoals de community's waarin overheden "
                "ervaringen uitwisselen."
            ),
        ],
        "steps": [],
        "related": ["succesfactoren-datakoers", "hoe-start-ik-een-dataproject"],
    },
    {
        "slug": "van-pilot-naar-productie",
        "title": "Hoe zorg ik dat een dataproject van pilot in productie komt?",
        "short_answer": (
            "Denk al bij de start van je pilot na over beheer, eigenaarschap en "
            "financiering. Leg vooraf vast wanneer de pilot geslaagd is en wie dan "
            "besluit. Zorg dat de toepassing voldoet aan de eisen voor "
            "informatiebeveiliging, privacy en archivering, zodat de beheerorganisatie "
            "hem kan overnemen."
        ),
        "intro_for_listing": (
            "Veel pilots stranden na de proef. Zo zorg je dat een geslaagde proef ook "
            "echt gebruikt wordt."
        ),
        "body": [
            "## Waarom pilots blijven steken",
            (
                "Veel overheden kennen het: een pilot is succesvol, iedereen is "
                "enthousiast, en een jaar later gebruikt niemand de toepassing meer. "
                "Meestal ligt dat niet aan de techniek. Er is geen eigenaar, er is "
                "geen budget voor beheer, of de oplossing past niet in de systemen en "
                "processen van de organisatie."
            ),
            "## Ontwerp de pilot voor de productie",
            (
                "Behandel een pilot als de eerste versie van een echte voorziening, "
                "niet als een los experiment. Betrek de collega's die de toepassing "
                "later moeten beheren al bij de opzet. Gebruik waar het kan dezelfde "
                "infrastructuur en dezelfde beveiligingseisen als in de "
                "productieomgeving."
            ),
            (
                "Leg aan het begin vast wat succes is. Dat kan een meetbaar resultaat "
                "zijn, zoals minder wachttijd of een hogere trefkans bij controles, "
                "maar ook een kwalitatieve uitkomst. Zonder zo'n afspraak wordt het "
                "besluit over opschalen een kwestie van gevoel."
            ),
            "## Regel het besluit",
            (
                "Het moment van overdracht vraagt een formeel besluit: wie wordt "
                "eigenaar, wie betaalt het beheer, en hoe houd je de toepassing "
                "actueel? Plan dat besluit al in de projectplanning, zodat het niet "
                "pas aan de orde komt als het pilotbudget op is."
            ),
        ],
        "steps": [
            (
                "Bepaal succes vooraf",
                (
                    "Spreek aan het begin af met welke meetbare of kwalitatieve "
                    "uitkomst de pilot geslaagd is."
                ),
            ),
            (
                "Wijs een toekomstige eigenaar aan",
                (
                    "Kies de afdeling die de toepassing na de pilot gaat gebruiken en "
                    "beheren, en betrek haar vanaf het begin."
                ),
            ),
            (
                "Bouw op de productieomgeving",
                (
                    "Gebruik waar mogelijk dezelfde infrastructuur, beveiligingseisen "
                    "en standaarden als de rest van je organisatie."
                ),
            ),
            (
                "Regel de verplichtingen",
                (
                    "Zorg dat de DPIA, de BIO-maatregelen en de afspraken over "
                    "archivering klaar zijn voordat de pilot eindigt."
                ),
            ),
            (
                "Maak een beheerplan",
                (
                    "Beschrijf wie de data en het model onderhoudt, hoe vaak je "
                    "controleert of ze nog kloppen en wat dat kost."
                ),
            ),
            (
                "Neem een go/no-go-besluit",
                (
                    "Leg de resultaten en het beheerplan voor aan de opdrachtgever en "
                    "laat die formeel besluiten over opschalen of stoppen."
                ),
            ),
        ],
        "related": ["hoe-start-ik-een-dataproject", "succesfactoren-datakoers"],
    },
    {
        "slug": "overzicht-datagebruik-overheid",
        "title": (
            "Hoe krijg ik overzicht van wat er binnen de overheid met data gebeurt?"
        ),
        "short_answer": (
            "Begin in je eigen organisatie met een overzicht van je belangrijkste "
            "datasets en algoritmes, en publiceer dat waar het kan. Kijk daarnaast in "
            "openbare bronnen zoals het Algoritmeregister en het open data portaal, en "
            "sluit aan bij netwerken waar overheden hun projecten delen."
        ),
        "intro_for_listing": (
            "Registers, open data en netwerken helpen je zien wat anderen al doen, en "
            "wat jouw organisatie zelf heeft."
        ),
        "body": [
            "## Begin dicht bij huis",
            (
                "Veel organisaties weten zelf niet precies welke data ze hebben en "
                "welke algoritmes ze gebruiken. Een eerste inventarisatie levert vaak "
                "verrassingen op: tientallen Excel-bestanden met rekenregels, "
                "koppelingen waarvan niemand meer weet wie ze ooit heeft gebouwd, of "
                "dubbele registraties. Een overzicht van je eigen datalandschap is "
                "daarom de basis."
            ),
            "## Gebruik openbare bronnen",
            (
                "Steeds meer overheden publiceren wat ze doen. In het "
                "Algoritmeregister van de overheid zie je welke algoritmes andere "
                "organisaties inzetten en met welk doel. Het open data portaal laat "
                "zien welke datasets er beschikbaar zijn. Zo voorkom je dat je iets "
                "opnieuw ontwikkelt dat elders al bestaat."
            ),
            "## Leer van elkaar",
            (
                "Niet alles staat in een register. Veel kennis zit in de hoofden van "
                "collega's bij andere overheden. Netwerken en community's, zoals het "
                "Kennisnetwerk Data en Samenleving en de bijeenkomsten van het "
                "Kenniscentrum, helpen je om die mensen te vinden. Ook de maandelijkse "
                "Data-nieuwsbrief zet nieuwe ontwikkelingen voor je op een rij."
            ),
        ],
        "steps": [],
        "related": ["succesfactoren-datakoers", "organisatie-bewust-maken"],
    },
    {
        "slug": "succesfactoren-datakoers",
        "title": "Wat zijn de succesfactoren van een datakoers?",
        "short_answer": (
            "Een datakoers werkt als hij aansluit op de doelen van je organisatie, "
            "gedragen wordt door het bestuur en vertaald is naar concrete afspraken "
            "over rollen, eigenaarschap en kwaliteit. Begin met een paar opgaven waar "
            "data echt verschil maakt, en meet regelmatig of je vooruitgaat."
        ),
        "intro_for_listing": (
            "Een datastrategie die werkt, sluit aan op je opgaven, heeft een eigenaar "
            "en wordt echt uitgevoerd."
        ),
        "body": [
            "## Wat is een datakoers?",
            (
                "Met een datakoers bedoelen we een datastrategie die ervoor zorgt dat "
                "verantwoord datagebruik vanzelfsprekend wordt in je organisatie. Het "
                "is geen dik document voor in de kast, maar een richting die je "
                "vertaalt naar keuzes: welke opgaven pak je met data aan, wie is "
                "waarvoor verantwoordelijk en welke voorzieningen heb je daarvoor "
                "nodig?"
            ),
            "## Succesfactoren uit de praktijk",
            (
                "Organisaties die verder komen, hebben een paar dingen gemeen. Hun "
                "koers is gekoppeld aan maatschappelijke opgaven die het bestuur "
                "belangrijk vindt, zoals woningbouw of de energietransitie. Er is een "
                "duidelijke eigenaar, vaak een Chief Data Officer of een directeur. En "
                "ze hebben de rollen rond data belegd: wie is data-eigenaar, wie "
                "beheert de kwaliteit, wie beoordeelt privacy en ethiek?"
            ),
            (
                "Minstens zo belangrijk is dat de koers ruimte laat om te leren. Begin "
                "met een paar opgaven, evalueer wat werkt en stel de koers bij. "
                "Organisaties die alles tegelijk willen regelen, lopen vaak vast in "
                "een lange papieren exercitie."
            ),
        ],
        "steps": [
            (
                "Kies de opgaven",
                (
                    "Bepaal samen met het bestuur twee of drie maatschappelijke "
                    "opgaven waar betere data het meeste verschil maakt."
                ),
            ),
            (
                "Meet waar je staat",
                (
                    "Breng met een volwassenheidsscan in beeld hoe het nu gaat met "
                    "datakwaliteit, kennis, rollen en voorzieningen."
                ),
            ),
            (
                "Beleg eigenaarschap",
                (
                    "Wijs een eigenaar voor de koers aan en beleg per belangrijke "
                    "dataset een data-eigenaar."
                ),
            ),
            (
                "Maak een uitvoeringsagenda",
                (
                    "Vertaal de koers naar concrete acties voor het komende jaar, met "
                    "budget en een verantwoordelijke per actie."
                ),
            ),
            (
                "Borg verantwoord gebruik",
                (
                    "Spreek af hoe je privacy, informatiebeveiliging en ethiek "
                    "standaard meeneemt in nieuwe projecten."
                ),
            ),
            (
                "Evalueer en stel bij",
                (
                    "Kijk minstens één keer per jaar wat de koers heeft opgeleverd en "
                    "pas hem aan waar nodig."
                ),
            ),
        ],
        "related": [
            "organisatie-bewust-maken",
            "van-pilot-naar-productie",
            "overzicht-datagebruik-overheid",
        ],
    },
    {
        "slug": "wat-mag-juridisch",
        "title": "Wat is er juridisch wel en niet mogelijk met data?",
        "short_answer": (
            "Dat hangt af van het doel, het soort gegevens en de wettelijke taak van "
            "je organisatie. Voor persoonsgegevens is de AVG het vertrekpunt: je hebt "
            "een grondslag nodig en mag gegevens niet zomaar voor een ander doel "
            "gebruiken. Daarnaast gelden vaak sectorwetten. Betrek je privacyjurist en "
            "FG zo vroeg mogelijk."
        ),
        "intro_for_listing": (
            "De AVG, sectorwetten en doelbinding bepalen wat mag. Zo kom je tot een "
            "goed onderbouwd antwoord."
        ),
        "body": [
            "## Een veelheid aan regels",
            (
                "Wie met data werkt, krijgt te maken met veel wetten tegelijk. De AVG "
                "regelt het gebruik van persoonsgegevens. Daarnaast zijn er "
                "sectorwetten, zoals de Gemeentewet voor cameratoezicht, de Wet "
                "gemeentelijke schuldhulpverlening of de Omgevingswet. Ook de "
                "Archiefwet, de Wet open overheid en de regels voor "
                "informatiebeveiliging spelen mee. Soms lijken die regels elkaar tegen "
                "te spreken."
            ),
            "## Doel en grondslag zijn de kern",
            (
                "Bij persoonsgegevens stel je eerst twee vragen. Voor welk doel "
                "gebruik je de gegevens? En op welke grondslag uit de AVG doe je dat? "
                "Voor overheden is dat meestal de uitvoering van een wettelijke taak. "
                "Wil je gegevens gebruiken voor een ander doel dan waarvoor ze zijn "
                "verzameld, dan moet je toetsen of dat nieuwe doel verenigbaar is met "
                "het oude. Dat is precies waar veel juridische vragen over gaan."
            ),
            "## Bij twijfel: vraag advies en leg het vast",
            (
                "Bij twijfel gebeurt er in de praktijk vaak niets. Dat is jammer, want "
                "veel vragen zijn wel te beantwoorden. Betrek je privacyjurist en FG "
                "vroeg, kijk of er al een stroomschema of advies bestaat voor "
                "vergelijkbare situaties, en leg je afweging vast. Kom je er samen "
                "niet uit, dan kun je een vraag voorleggen aan de Adviesfunctie "
                "verantwoord datagebruik."
            ),
        ],
        "steps": [],
        "related": [
            "ethische-gevolgen-bespreken",
            "afspraken-over-data-delen",
            "hoe-start-ik-een-dataproject",
        ],
    },
    {
        "slug": "ethische-gevolgen-bespreken",
        "title": (
            "Hoe merk ik ethische gevolgen op tijd op, en hoe voer ik dat gesprek?"
        ),
        "short_answer": (
            "Plan het ethische gesprek aan het begin van je project, niet pas als "
            "alles klaar is. Gebruik een vaste werkvorm zoals DEDA of de IAMA, en "
            "nodig mensen uit met verschillende achtergronden, ook mensen die de "
            "gevolgen in de praktijk zien. Leg vast welke keuzes je maakt en waarom."
        ),
        "intro_for_listing": (
            "Iets kan juridisch mogen en toch onwenselijk zijn. Zo bespreek je dat op "
            "tijd en met de juiste mensen."
        ),
        "body": [
            "## Mogen is nog niet willen",
            (
                "Een toepassing kan juridisch helemaal in orde zijn en toch "
                "onverantwoorde gevolgen hebben. Denk aan een model dat bepaalde "
                "groepen inwoners vaker controleert, of aan proactieve dienstverlening "
                "die voor sommige mensen als betutteling voelt. Zulke gevolgen zie je "
                "vaak pas als je er bewust naar zoekt."
            ),
            "## Op tijd, en met de juiste mensen",
            (
                "Het ethische gesprek werkt het best aan het begin, als je nog keuzes "
                "kunt maken. Nodig niet alleen het projectteam uit, maar ook collega's "
                "die dicht bij inwoners werken, zoals klantmanagers of handhavers. Zij "
                "zien gevolgen die aan de tekentafel onzichtbaar blijven. Soms is het "
                "zinvol om ook inwoners of belangenorganisaties te betrekken."
            ),
            (
                "Een vaste werkvorm helpt om het gesprek niet te laten verzanden. "
                "Instrumenten als DEDA en de IAMA geven structuur met vragen over "
                "doel, data, effecten op grondrechten en verantwoording. Een "
                "gespreksleider die zelf geen belang heeft bij het project, maakt het "
                "makkelijker om ook lastige vragen te stellen."
            ),
            "## Leg je afwegingen vast",
            (
                "Schrijf op welke risico's je hebt gezien, welke keuzes je hebt "
                "gemaakt en wie daarover heeft besloten. Dat helpt bij de "
                "verantwoording aan bestuur en raad, en bij een nieuwe bespreking als "
                "de toepassing later verandert."
            ),
        ],
        "steps": [],
        "related": [
            "wat-mag-juridisch",
            "samenwerken-aan-normenkader",
            "hoe-start-ik-een-dataproject",
        ],
    },
    {
        "slug": "afspraken-over-data-delen",
        "title": "Welke afspraken zorgen dat data delen te vertrouwen is?",
        "short_answer": (
            "Leg vast waarvoor de data gebruikt mag worden, wie verantwoordelijk is "
            "voor de kwaliteit en beveiliging, hoe lang de gegevens bewaard blijven en "
            "wat er gebeurt als er iets misgaat. Laat data waar het kan bij de bron, "
            "en deel alleen wat echt nodig is."
        ),
        "intro_for_listing": (
            "Goede afspraken over doel, kwaliteit, beveiliging en toezicht maken data "
            "delen betrouwbaar."
        ),
        "body": [
            "## Vertrouwen moet je organiseren",
            (
                "Overheden delen steeds vaker gegevens met elkaar, bijvoorbeeld bij de "
                "aanpak van woningbouw, klimaatadaptatie of ondermijning. Dat werkt "
                "alleen als alle betrokkenen erop kunnen rekenen dat de data "
                "verantwoord wordt gebruikt. Dat vertrouwen ontstaat niet vanzelf: het "
                "vraagt heldere afspraken die iedereen kent en naleeft."
            ),
            "## Wat leg je vast?",
            (
                "Een goede datadeelovereenkomst beschrijft in elk geval het doel van "
                "het delen, welke gegevens het betreft, de rollen van de partijen "
                "volgens de AVG, de beveiligingsmaatregelen, de bewaartermijnen en de "
                "manier waarop je toezicht houdt. Spreek ook af wat je doet bij een "
                "datalek of als een partij zich niet aan de afspraken houdt."
            ),
            "## Laat data bij de bron",
            (
                "Een kopie van een dataset raakt snel verouderd en is lastig te "
                "beveiligen. Waar het kan, laat je de gegevens bij de bron en vraag je "
                "alleen op wat je op dat moment nodig hebt. Dat is ook het "
                "uitgangspunt van het federatief datastelsel waar de overheid aan "
                "werkt."
            ),
        ],
        "steps": [
            (
                "Beschrijf het doel",
                (
                    "Leg vast waarom je de gegevens deelt en welke taak of opgave "
                    "daarmee wordt gediend."
                ),
            ),
            (
                "Beperk de gegevens",
                (
                    "Bepaal welke gegevens minimaal nodig zijn en of geaggregeerde of "
                    "gepseudonimiseerde data volstaat."
                ),
            ),
            (
                "Bepaal de rollen",
                (
                    "Stel vast wie verwerkingsverantwoordelijke is, of er sprake is "
                    "van gezamenlijke verantwoordelijkheid en wie de data beheert."
                ),
            ),
            (
                "Regel beveiliging en bewaren",
                (
                    "Spreek beveiligingsmaatregelen, bewaartermijnen en de omgang met "
                    "datalekken af."
                ),
            ),
            (
                "Leg het vast",
                (
                    "Leg de afspraken vast in een datadeelovereenkomst die door alle "
                    "partijen is ondertekend."
                ),
            ),
            (
                "Houd toezicht en evalueer",
                (
                    "Controleer regelmatig of de afspraken worden nageleefd en of het "
                    "delen nog nodig is."
                ),
            ),
        ],
        "related": ["wat-mag-juridisch", "samenwerken-aan-normenkader"],
    },
    {
        "slug": "samenwerken-aan-normenkader",
        "title": (
            "Hoe spreken we samen een normenkader af voor maatschappelijke opgaven?"
        ),
        "short_answer": (
            "Begin met een concrete opgave en de partijen die er samen aan werken. "
            "Maak eerst de verschillen in definities en werkwijzen zichtbaar, en "
            "spreek dan samen normen af voor begrippen, datakwaliteit en verantwoord "
            "gebruik. Leg vast wie het kader beheert en hoe je het aanpast."
        ),
        "intro_for_listing": (
            "Samen afspreken wat je onder begrippen verstaat en welke normen gelden, "
            "maakt gezamenlijke opgaven haalbaar."
        ),
        "body": [
            "## Waarom een gezamenlijk kader?",
            (
                "Maatschappelijke opgaven houden zich niet aan de grenzen van een "
                "organisatie. Bij woningbouw, de energietransitie of droogte werken "
                "gemeenten, provincies, waterschappen en het Rijk samen. Iedereen "
                "heeft eigen dashboards, definities en uitgangspunten. Wie achteraf "
                "probeert die cijfers samen te voegen, merkt dat ze niet op elkaar "
                "passen."
            ),
            "## Begin bij de verschillen",
            (
                "Een normenkader ontstaat niet aan de tekentafel. Breng eerst in kaart "
                "hoe de deelnemende partijen nu werken: welke begrippen ze gebruiken, "
                "hoe ze meten en welke waarden ze belangrijk vinden. Vaak blijkt dat "
                "een ogenschijnlijk simpel begrip, zoals een woning die in aanbouw is, "
                "op vijf manieren wordt geteld."
            ),
            (
                "Spreek daarna samen af welke definities, kwaliteitseisen en ethische "
                "uitgangspunten voor iedereen gelden. Houd het kader zo klein "
                "mogelijk: liever tien afspraken die iedereen naleeft dan honderd die "
                "niemand kent. Leg ook vast wie het kader beheert en hoe je het "
                "wijzigt."
            ),
        ],
        "steps": [],
        "related": [
            "afspraken-over-data-delen",
            "ethische-gevolgen-bespreken",
            "succesfactoren-datakoers",
        ],
    },
]
