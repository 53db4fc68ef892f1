"""The demo documents the knowledge products offer, as plain text (see
devtools.demo.text for the markup); files.py makes PDFs of them (a table
becomes a CSV file). Keyed by name; a product lists the names it offers.
Fictitious, written for this demo."""

DOCUMENTS = {
    "leidraad-start-dataproject": {
        "title": "Leidraad: zo start je een dataproject",
        "organisation": "Interbestuurlijk Kenniscentrum IBDS",
        "version": "2.1, september 2026",
        "text": [
            (
                "Deze leidraad helpt je door de eerste weken van een dataproject. "
                "Hij volgt zes stappen. Je hoeft ze niet strikt op volgorde te "
                "doorlopen, maar sla er geen over: elke stap die je nu overslaat, "
                "kost later meer tijd."
            ),
            "## Stap 1. Formuleer de vraag",
            (
                "Beschrijf in drie of vier zinnen welk maatschappelijk probleem je "
                "wilt aanpakken, voor wie, en welke beslissing de data moet "
                "ondersteunen. Een vraag als 'wat kunnen we met onze data?' is nog "
                "geen projectvraag. 'In welke straten moeten we het onderhoud van "
                "riolering naar voren halen?' wel."
            ),
            "Bespreek met je team:",
            "- Wie neemt de beslissing die de uitkomst ondersteunt?",
            "- Wat doet die persoon nu, zonder data, en wat gaat daarbij mis?",
            "- Waaraan merk je over een jaar dat het project iets heeft opgeleverd?",
            "## Stap 2. Zoek wat er al is",
            (
                "De kans is groot dat een andere overheid al aan een vergelijkbare "
                "vraag heeft gewerkt. Zoek in de kennisbank naar praktijkvoorbeelden "
                "en instrumenten, vraag het in een kopgroep of expertgroep, en kijk "
                "in het Algoritmeregister wat er al in gebruik is."
            ),
            "- Welke organisatie heeft iets vergelijkbaars gedaan, en wat leerde die?",
            "- Bestaat er al een dataset of definitie die je kunt hergebruiken?",
            "## Stap 3. Stel een kernteam samen",
            (
                "Een dataproject is geen klus voor één afdeling. Zet vanaf de eerste "
                "week deze rollen aan tafel: een inhoudelijk opdrachtgever, iemand "
                "die het werkproces kent, een datadeskundige, de privacyjurist of "
                "FG en een adviseur informatiebeveiliging. Die laatste twee hoeven "
                "niet elke week aan te schuiven, maar moeten wel vanaf het begin "
                "meelezen."
            ),
            "- Wie is de opdrachtgever, en heeft die tijd voor het project?",
            "- Wie houdt het project straks in de lucht als het slaagt?",
            "## Stap 4. Breng de data in kaart",
            (
                "Maak een lijst van de gegevens die je denkt nodig te hebben. Noteer "
                "per gegeven waar het vandaan komt, wie de eigenaar is, hoe actueel "
                "en volledig het is en of er persoonsgegevens in zitten. Vaak blijkt "
                "hier dat je met minder gegevens toe kunt dan je dacht."
            ),
            "- Welke gegevens heb je echt nodig om de vraag te beantwoorden?",
            "- Wat weet je over de kwaliteit, en hoe ga je die controleren?",
            "## Stap 5. Toets juridisch en ethisch",
            (
                "Bepaal op welke grondslag je de gegevens gebruikt, of het nieuwe "
                "doel verenigbaar is met het doel waarvoor ze zijn verzameld en of "
                "een DPIA nodig is. Bespreek daarnaast met betrokkenen wat de "
                "toepassing kan betekenen voor de mensen om wie het gaat: ook wat "
                "mag, is niet altijd wenselijk."
            ),
            "- Wie kan er nadeel van ondervinden, en hoe merk je dat?",
            "- Kun je aan een inwoner uitleggen wat je doet en waarom?",
            "## Stap 6. Spreek een proef af",
            (
                "Start klein, met een proef die je in twee of drie maanden kunt "
                "afronden. Leg vooraf vast wat je test, wanneer de proef geslaagd "
                "is, wie daarover beslist en wat er gebeurt als hij slaagt: wie "
                "beheert de toepassing dan, en wie betaalt dat?"
            ),
            "## Tot slot",
            (
                "Leg de antwoorden op de vragen uit deze leidraad vast in een "
                "projectplan van een paar pagina's. Het is geen formulier om af te "
                "vinken, maar het geheugen van je project: nieuwe teamleden, de "
                "opdrachtgever en de beheerorganisatie lezen er later in terug "
                "waarom je keuzes hebt gemaakt."
            ),
        ],
    },
    "leidraad-start-dataproject-en": {
        "title": "Starting a data project: summary of the guide",
        "organisation": "Interbestuurlijk Kenniscentrum IBDS",
        "version": "2.1, September 2026",
        "language": "en",
        "text": [
            (
                "This is a short English summary of the Dutch guide 'Leidraad: zo "
                "start je een dataproject', for partners and colleagues who do not "
                "read Dutch. The guide covers the first weeks of a data project in "
                "six steps."
            ),
            "1. Frame the question: describe the public problem, who it affects "
            "and which decision the data should support.",
            "2. Look for what exists: other public bodies have often worked on "
            "the same question; reuse their lessons, datasets and definitions.",
            "3. Form a core team: a business owner, someone who knows the work "
            "process, a data specialist, the privacy officer and a security "
            "adviser, from the first week.",
            "4. Map the data: for each item, note its source, owner, quality and "
            "whether it contains personal data. You often need less than you "
            "thought.",
            "5. Check the law and the ethics: the legal basis, whether the new "
            "purpose is compatible with the original one, whether a DPIA is "
            "required, and what the application means for the people concerned.",
            "6. Agree on a trial: small and short, with success criteria, a "
            "decision maker and a plan for what happens if it succeeds.",
            (
                "Record your answers in a short project plan. It is the memory of "
                "your project, not a form to tick off."
            ),
        ],
    },
    "toolbox-datakoers": {
        "title": "Toolbox datakoers",
        "organisation": "Interbestuurlijk Kenniscentrum IBDS",
        "version": "1.3, juni 2026",
        "text": [
            (
                "Een datakoers beschrijft waarvoor je organisatie data wil inzetten, "
                "onder welke voorwaarden en wat daarvoor geregeld moet worden. Deze "
                "toolbox bevat drie onderdelen: een werkvorm om te beginnen, een "
                "sjabloon voor de koers zelf en een overzicht van de rollen."
            ),
            "## 1. Werkvorm 'Opgaven eerst'",
            (
                "Doel: met bestuur en directie bepalen voor welke opgaven data het "
                "meeste verschil maakt. Duur: twee uur. Deelnemers: twee of drie "
                "bestuurders, de directie, en per opgave een programmamanager."
            ),
            "1. Zet de vijf tot acht belangrijkste opgaven uit het coalitieakkoord "
            "of het bestuursprogramma op een rij.",
            "2. Laat per opgave de programmamanager in twee minuten vertellen welke "
            "beslissingen de komende jaren vallen.",
            "3. Bepaal samen bij welke beslissingen betere informatie het meeste "
            "uitmaakt. Geef elke deelnemer drie stickers.",
            "4. Kies de twee of drie opgaven met de meeste stickers als vertrekpunt "
            "voor de koers.",
            "5. Spreek af wie per opgave een trekker aanwijst.",
            "## 2. Sjabloon voor de datakoers",
            (
                "Houd de koers kort: hooguit tien pagina's. Gebruik deze "
                "hoofdstukken en schrijf per hoofdstuk niet meer dan nodig is."
            ),
            "- Aanleiding en ambitie: waarom nu, en wat wil je over vier jaar "
            "bereikt hebben?",
            "- De opgaven: waar data het verschil maakt, uit de werkvorm.",
            "- Principes: hoe je verantwoord met data omgaat, in vijf tot zeven "
            "herkenbare zinnen.",
            "- Organisatie: rollen, kennis en voorzieningen die nodig zijn.",
            "- Acties: wat je de komende twee jaar doet, met een eigenaar per actie.",
            "- Volgen en bijsturen: hoe en wanneer je terugkijkt.",
            "## 3. Rollen rond data",
            "- Data-eigenaar: een lijnmanager die over een gegevensverzameling "
            "beslist.",
            "- Databeheerder: zorgt dagelijks voor kwaliteit, documentatie en toegang.",
            "- Regisseur data: houdt het overzicht en bewaakt de koers.",
            "- Functionaris gegevensbescherming: houdt onafhankelijk toezicht op "
            "de omgang met persoonsgegevens.",
            "- CISO: adviseert over informatiebeveiliging.",
            "- Informatiebeheerder: weet wat bewaard en vernietigd moet worden.",
            "## Tips uit de praktijk",
            "- Laat een bestuurder de koers presenteren, niet de afdeling ICT.",
            "- Kijk na een jaar of de acties ook effect hadden, niet alleen of ze "
            "zijn uitgevoerd.",
        ],
    },
    "stroomschema-camerabeelden": {
        "title": "Stroomschema camerabeelden hergebruiken",
        "organisation": "Adviesfunctie verantwoord datagebruik (IBDS)",
        "version": "1.0, maart 2026",
        "text": [
            (
                "Beantwoord de vragen op volgorde. Elk antwoord verwijst naar de "
                "volgende vraag of naar een uitkomst. Schrijf je antwoorden op: "
                "samen vormen ze de onderbouwing die je met je privacyjurist "
                "bespreekt."
            ),
            "## Vraag 1. Is vastgelegd voor welk doel de camera beelden maakt?",
            "- Nee: uitkomst A.",
            "- Ja: ga naar vraag 2.",
            "## Vraag 2. Zijn op de beelden mensen, gezichten of kentekens herkenbaar?",
            "- Nee: uitkomst B.",
            "- Ja: ga naar vraag 3.",
            "## Vraag 3. Is het nieuwe gebruik hetzelfde als het vastgelegde doel?",
            "- Ja: uitkomst B.",
            "- Nee: ga naar vraag 4.",
            "## Vraag 4. Regelt een wet het nieuwe gebruik uitdrukkelijk?",
            "- Ja: ga naar vraag 6.",
            "- Nee: ga naar vraag 5.",
            "## Vraag 5. Is het nieuwe doel verenigbaar met het oorspronkelijke?",
            (
                "Weeg het verband tussen beide doelen, wat mensen redelijkerwijs "
                "verwachten, de aard van de beelden, de gevolgen voor wie erop "
                "staat en de waarborgen die je kunt treffen."
            ),
            "- Nee: uitkomst A.",
            "- Ja: ga naar vraag 6.",
            "## Vraag 6. Gaan de beelden naar een andere organisatie?",
            "- Nee: uitkomst C.",
            "- Ja: ga naar vraag 7.",
            "## Vraag 7. Zijn de rol van de ontvanger en de afspraken vastgelegd?",
            "- Nee: uitkomst A, tot dat geregeld is.",
            "- Ja: uitkomst C.",
            "## De uitkomsten",
            (
                "A. Niet toegestaan. Gebruik de beelden niet voor het nieuwe doel. "
                "Overweeg een aparte, afgebakende verwerking met een eigen doel en "
                "een eigen DPIA."
            ),
            (
                "B. Toegestaan binnen de bestaande afspraken. Controleer of de "
                "bewaartermijn en de informatie aan inwoners ook het nieuwe "
                "gebruik dekken."
            ),
            "C. Toegestaan onder voorwaarden. Neem in elk geval deze maatregelen:",
            "- Vervaag gezichten en kentekens die je voor het nieuwe doel niet nodig "
            "hebt, zo vroeg mogelijk.",
            "- Gebruik alleen beelden van de plekken en tijden die ertoe doen.",
            "- Spreek een korte bewaartermijn af en houd je eraan.",
            "- Voer een DPIA uit of leg vast waarom die niet nodig is.",
            "- Vertel inwoners wat je doet, op straat en op de website.",
            "- Leg je afweging vast en laat de FG meelezen.",
        ],
    },
    "checklist-datadeelovereenkomst": {
        "title": "Checklist datadeelovereenkomst",
        "organisation": "Provincie Oost-Veenland",
        "version": "1.2, mei 2026",
        "text": [
            (
                "Achttien punten die in elke overeenkomst over het delen van "
                "gegevens tussen overheden aan bod moeten komen. Gebruik de "
                "checklist bij het opstellen van een concept en bij het beoordelen "
                "van een concept van een andere partij."
            ),
            "## A. Doel en grondslag",
            "1. Het doel van het delen, zo concreet dat je kunt toetsen of een "
            "gebruik erbinnen valt.",
            "2. De grondslag van elke partij: voor het verstrekken en voor het "
            "ontvangen.",
            "3. Als de gegevens voor iets anders zijn verzameld: de onderbouwing "
            "dat het nieuwe doel verenigbaar is.",
            "4. Wat de ontvanger niet met de gegevens mag doen.",
            (
                "Voorbeeld: 'De ontvangende partij gebruikt de gegevens uitsluitend "
                "voor het in artikel 2 genoemde doel en niet voor handhaving of "
                "het opleggen van sancties.'"
            ),
            "## B. Gegevens en kwaliteit",
            "5. Welke gegevens worden gedeeld, per veld of per categorie.",
            "6. Waarom minder gegevens niet volstaan.",
            "7. Wat de partijen doen om de kwaliteit te bewaken, en hoe ze elkaar "
            "fouten melden.",
            "8. Hoe vaak en op welke manier de gegevens worden geleverd.",
            "## C. Rollen en verantwoordelijkheden",
            "9. De rol van elke partij: verwerkingsverantwoordelijke, gezamenlijk "
            "verantwoordelijke of verwerker.",
            "10. De contactpersonen, ook voor een datalek of een verzoek van een "
            "betrokkene.",
            "11. Wie verzoeken van betrokkenen afhandelt, zoals inzage of correctie.",
            "## D. Beveiliging en bewaren",
            "12. De beveiligingsmaatregelen, met verwijzing naar de BIO.",
            "13. Binnen welke termijn een partij een (vermoedelijk) datalek meldt "
            "aan de andere.",
            "14. Hoe lang de ontvanger de gegevens bewaart, en hoe ze daarna worden "
            "vernietigd.",
            "15. Of de ontvanger de gegevens aan anderen mag doorgeven, en onder "
            "welke voorwaarden.",
            (
                "Voorbeeld: 'Een partij meldt een inbreuk in verband met "
                "persoonsgegevens onverwijld, en in elk geval binnen 24 uur na "
                "ontdekking, aan de contactpersoon van de andere partij.'"
            ),
            "## E. Toezicht en beëindiging",
            "16. Hoe vaak de partijen de samenwerking evalueren, en wie dat "
            "organiseert.",
            "17. Hoe de overeenkomst wordt gewijzigd.",
            "18. Wat er bij beëindiging met de gedeelde gegevens gebeurt.",
        ],
    },
    "draaiboek-moreel-beraad": {
        "title": "Draaiboek moreel beraad over data",
        "organisation": "Gemeente Kortewaal, ethische commissie",
        "version": "1.1, juli 2026",
        "text": [
            (
                "Dit draaiboek beschrijft een moreel beraad van twee uur over een "
                "concreet dilemma rond een datatoepassing. Het is geschreven voor "
                "de gespreksleider en de projectleider die het beraad aanvraagt."
            ),
            "## Voorbereiding (twee weken vooraf)",
            "- Formuleer het dilemma in één vraag: 'Moeten wij ... of ...?'",
            "- Nodig zes tot tien deelnemers uit, onder wie in elk geval iemand "
            "die dagelijks met inwoners werkt.",
            "- Stuur vooraf een korte casusbeschrijving van hooguit één pagina.",
            "- Spreek af wie het verslag schrijft.",
            "## Programma van de sessie",
            "1. Opening en spelregels (15 minuten): iedereen spreekt voor zichzelf, "
            "er is geen goed of fout antwoord.",
            "2. De casus en het dilemma (20 minuten): de projectleider vertelt, de "
            "groep stelt alleen verhelderende vragen.",
            "3. Perspectieven en belangen (30 minuten): wie zijn er betrokken, wat "
            "staat er voor hen op het spel, welke waarden spelen mee?",
            "4. Handelingsopties (30 minuten): welke mogelijkheden zijn er, ook "
            "tussen ja en nee in, en wat betekent elke optie voor de betrokkenen?",
            "5. Conclusie (15 minuten): welke optie heeft de voorkeur van de groep, "
            "en onder welke voorwaarden?",
            "6. Afsluiting (10 minuten): wat neemt ieder mee?",
            "## Tips voor de gespreksleider",
            "- Vraag door op voorbeelden: 'Wie zie je voor je als je dat zegt?'",
            "- Laat stiltes vallen; de beste inbreng komt vaak na een pauze.",
            "- Bewaak dat de techniek niet het gesprek overneemt.",
            "- Een conclusie hoeft geen consensus te zijn; leg afwijkende "
            "standpunten vast.",
            "## Sjabloon voor het verslag",
            "- Het dilemma, in één vraag.",
            "- De deelnemers en hun rol.",
            "- De belangrijkste belangen en waarden.",
            "- De afgewogen opties.",
            "- De conclusie en de voorwaarden.",
            "- Afwijkende standpunten.",
            "- Wat de opdrachtgever met het advies doet, en wanneer.",
        ],
    },
    "leidraad-samen-normenkader": {
        "title": "Leidraad: samen een normenkader opstellen",
        "organisation": "Provincie Oost-Veenland",
        "version": "1.0, november 2026",
        "text": [
            (
                "Als overheden samen aan een opgave werken, blijkt vaak pas laat dat "
                "ze hetzelfde woord anders gebruiken of andere eisen aan data "
                "stellen. Deze leidraad helpt om daar in vier fasen gezamenlijke "
                "afspraken over te maken: een normenkader."
            ),
            "## Fase 1. Verschillen zichtbaar maken",
            (
                "Laat elke partij de begrippen, bronnen en rekenregels opschrijven "
                "die ze nu gebruikt. Zet ze naast elkaar. Verwacht geen "
                "overeenstemming; het doel is om de verschillen te zien."
            ),
            "- Resultaat: een overzicht van begrippen met de definities per partij.",
            "## Fase 2. Gezamenlijke uitgangspunten kiezen",
            (
                "Spreek af welke principes voor alle partijen gelden, zoals: we "
                "gebruiken bronnen bij de bron, we publiceren onze definities, we "
                "gebruiken geen gegevens die naar één huishouden te herleiden zijn."
            ),
            "- Resultaat: vijf tot tien uitgangspunten, vastgesteld door de "
            "opdrachtgevers.",
            "## Fase 3. Normen uitwerken",
            (
                "Werk per begrip een definitie uit, met de bron, het detailniveau en "
                "de eisen aan kwaliteit en actualiteit. Begin met de begrippen waar "
                "de verschillen het grootst zijn."
            ),
            "- Resultaat: het normenkader, met per norm een eigenaar.",
            "## Fase 4. Het beheer regelen",
            (
                "Een normenkader veroudert. Spreek af wie wijzigingen voorstelt, wie "
                "erover beslist en hoe vaak je het kader herziet."
            ),
            "- Resultaat: een beheerafspraak en een datum voor de eerste herziening.",
            "## Voorbeeld van een norm",
            (
                "Opgesteld vermogen zon: het totale piekvermogen van de panelen op "
                "een locatie, in kilowattpiek, zoals geregistreerd bij de "
                "netbeheerder op 1 januari van het jaar. Eigenaar: de provincie. "
                "Herziening: jaarlijks."
            ),
        ],
    },
    "handreiking-bewustwording": {
        "title": (
            "Handreiking: collega's enthousiast maken voor verantwoord datagebruik"
        ),
        "organisation": "Gemeente Dalwijk",
        "version": "1.0, september 2025",
        "text": [
            (
                "Gemeente Dalwijk koos voor kleine, herhaalde activiteiten in plaats "
                "van een grote campagne. Hieronder staan ze met wat ze kostten en "
                "opleverden, en een draaiboek om ze zelf te organiseren."
            ),
            "## De activiteiten",
            "- Dataspreekuur: elke eerste dinsdag van de maand een uur, bemand door "
            "een datadeskundige en de privacyadviseur. Kosten: twee uur per maand. "
            "Gemiddeld vier vragen per keer.",
            "- Lunchlezing: zes keer per jaar vertelt een collega in twintig minuten "
            "over een eigen project, met tien minuten voor vragen. Kosten: "
            "broodjes en voorbereidingstijd. Gemiddeld 35 bezoekers.",
            "- Ideeënwedstrijd: eens per jaar dienen teams een idee in; een jury "
            "kiest er drie die een budget krijgen. Kosten: 15.000 euro per jaar. "
            "31 inzendingen in het eerste jaar.",
            "## Draaiboek dataspreekuur",
            "1. Kies een vaste dag, tijd en plek, en houd die een jaar vast.",
            "2. Kondig het spreekuur aan op intranet en in het werkoverleg van "
            "drie afdelingen.",
            "3. Noteer elke vraag en wat je hebt geadviseerd.",
            "4. Deel elk kwartaal de vijf meest gestelde vragen met het antwoord.",
            "## Draaiboek lunchlezing",
            "1. Vraag sprekers uit de lijn, niet uit de staf.",
            "2. Vraag hen drie dingen te vertellen: wat was de vraag, wat deden we, "
            "wat zouden we nu anders doen.",
            "3. Neem de lezing op voor wie er niet bij kon zijn.",
            "## De wedstrijd",
            (
                "Zorg dat een directeur de winnende ideeën adopteert en dat er na "
                "een half jaar wordt teruggekoppeld wat ermee gebeurd is. In "
                "Dalwijk gebeurde dat het eerste jaar niet, en daalde het aantal "
                "inzendingen van 31 naar 12."
            ),
            "## Voorbeeldtekst voor intranet",
            (
                "Werk je met gegevens en twijfel je of iets mag, kan of verstandig "
                "is? Loop binnen bij het dataspreekuur, elke eerste dinsdag van de "
                "maand van 12.00 tot 13.00 uur in de kantine. Geen afspraak nodig, "
                "geen vraag te klein."
            ),
        ],
    },
    "handreiking-vroegsignalering": {
        "title": "Handreiking vroegsignalering van schulden",
        "organisation": "Gemeente Lindeveen, team Schuldhulpverlening",
        "version": "2.0, april 2026",
        "text": [
            (
                "Deze handreiking is geschreven voor gemeenten die signalen over "
                "betalingsachterstanden op vaste lasten ontvangen en inwoners "
                "daarna een aanbod voor hulp doen. Ze gaat over wat je met die "
                "signalen mag, en over hoe je inwoners benadert."
            ),
            "## Wat je ontvangt en wat je ermee mag",
            (
                "Woningverhuurders, energie- en drinkwaterbedrijven en "
                "zorgverzekeraars mogen achterstanden doorgeven aan de gemeente. "
                "Je ontvangt alleen de gegevens die nodig zijn om de inwoner te "
                "benaderen: wie het is, waar die woont en om welke achterstand het "
                "gaat."
            ),
            "- Gebruik de signalen alleen om inwoners hulp aan te bieden.",
            "- Gebruik ze niet voor handhaving, terugvordering of andere taken.",
            "- Bewaar een signaal niet langer dan de regeling toestaat; zoek de "
            "actuele termijn op en leg hem vast in je werkproces.",
            "- Leg vast wie in je organisatie toegang heeft tot de signalen.",
            "## Hoe je inwoners benadert",
            (
                "Een onverwacht bericht van de gemeente over schulden kan "
                "bedreigend voelen. Schrijf kort, persoonlijk en zonder "
                "verwijten, en bied een gesprek aan waar de inwoner zich prettig "
                "voelt: thuis, op het wijkkantoor of telefonisch."
            ),
            "## Voorbeeldbrief",
            "Beste mevrouw Jansen,",
            (
                "Wij hebben gehoord dat het de laatste tijd niet lukt om de huur "
                "op tijd te betalen. Dat kan iedereen overkomen. Wij willen graag "
                "met u meedenken, zonder dat daar iets tegenover staat."
            ),
            (
                "Onze collega Sanne de Vries belt u in de komende week. U kunt "
                "haar ook zelf bellen of een afspraak maken op het wijkkantoor. "
                "Wilt u geen contact? Dan hoeft u niets te doen."
            ),
            "## Tips voor het eerste gesprek",
            "- Begin bij wat de inwoner zelf als probleem ziet.",
            "- Vraag naar alle vaste lasten, niet alleen naar de gemelde achterstand.",
            "- Spreek één concrete volgende stap af.",
            "## Signalen combineren met andere gegevens",
            (
                "Sommige gemeenten willen signalen combineren met gegevens uit "
                "andere bronnen om risico's te voorspellen. Dat vraagt een eigen "
                "grondslag, die voor deze combinatie meestal ontbreekt. Bovendien "
                "is het risico op stigmatisering groot. Doe dit niet zonder "
                "juridisch advies en een moreel beraad."
            ),
        ],
    },
    "toolbox-startsessie": {
        "title": "Toolbox startsessie dataproject",
        "organisation": "Waterschap Vechtdal-Oost, team Data en Analyse",
        "version": "1.4, september 2026",
        "text": [
            (
                "Met deze toolbox bereid je in een halve dag met je team een "
                "dataproject voor. Print het datacanvas op A1 of teken het op een "
                "whiteboard."
            ),
            "## Programma van de halve dag",
            "1. Welkom en doel van de sessie (15 minuten).",
            "2. Datacanvas invullen (90 minuten).",
            "3. Stakeholderkaart (30 minuten).",
            "4. Aannames toetsen (45 minuten).",
            "5. Vragenlijst privacy en beveiliging (20 minuten).",
            "6. Afspraken voor de volgende stap (20 minuten).",
            "## Het datacanvas",
            "Vul de vakken in deze volgorde in, met het hele team:",
            "1. De vraag: welk probleem lossen we op?",
            "2. De beslissing: welke beslissing ondersteunt de uitkomst, en wie "
            "neemt die?",
            "3. De gebruikers: wie gaat met de uitkomst werken?",
            "4. De data: welke gegevens zijn nodig, en waar staan ze?",
            "5. De kwaliteit: wat weten we van de betrouwbaarheid?",
            "6. De risico's: wat kan er misgaan, voor ons en voor anderen?",
            "7. Het succes: waaraan zien we dat het werkt?",
            "8. Het vervolg: wie beheert het als het slaagt?",
            "9. De open vragen: wat weten we nog niet?",
            "## Stakeholderkaart",
            (
                "Schrijf alle betrokkenen op memobriefjes en leg ze op twee assen: "
                "hoeveel invloed ze hebben en hoeveel ze merken van het project. "
                "Spreek af wie wie wanneer informeert."
            ),
            "## Werkvorm: aannames toetsen",
            (
                "Laat iedereen de drie aannames opschrijven waar het project op "
                "leunt, bijvoorbeeld 'de meetgegevens zijn compleet'. Kies de "
                "aannames die het meest riskant zijn als ze niet kloppen, en "
                "spreek af hoe je ze in de eerste twee weken toetst."
            ),
            "## Vragenlijst privacy en informatiebeveiliging",
            "- Gebruiken we gegevens over personen, ook indirect?",
            "- Zijn die gegevens voor een ander doel verzameld?",
            "- Is er mogelijk een DPIA nodig?",
            "- Waar slaan we de gegevens op, en wie heeft toegang?",
            "- Wat gebeurt er met de gegevens als het project stopt?",
        ],
    },
    "toolbox-datakwaliteit-sensoren": {
        "title": "Toolbox datakwaliteit voor sensordata",
        "organisation": "Waterschap Kreekrug, afdeling Meten en Informeren",
        "version": "3.0, oktober 2026",
        "text": [
            (
                "Sensoren in het veld leveren veel meetwaarden, maar niet altijd "
                "goede. Deze toolbox beschrijft controleregels die je in elk "
                "meetsysteem of script kunt inbouwen, een protocol voor de "
                "opvolging en een uitleg voor managers."
            ),
            "## Controleregels",
            "1. Ontbrekende waarden: meld als er langer dan drie meetintervallen "
            "geen waarde binnenkomt.",
            "2. Onmogelijke waarden: meld waarden buiten het fysiek mogelijke "
            "bereik, zoals een negatief zuurstofgehalte.",
            "3. Onwaarschijnlijke sprongen: meld een verandering tussen twee "
            "metingen die groter is dan in 99 procent van de historische "
            "metingen.",
            "4. Vlakke lijn: meld als een sensor langer dan zes uur exact dezelfde "
            "waarde geeft.",
            "5. Drift: vergelijk maandelijks met een handmatige referentiemeting en "
            "meld een afwijking van meer dan tien procent.",
            (
                "Markeer een waarde die een regel overtreedt als 'verdacht'. "
                "Verwijder niets: een analist beslist of een waarde wordt "
                "afgekeurd, en legt vast waarom."
            ),
            "## Protocol voor de opvolging",
            "- De dienstdoende analist bekijkt elke werkdag de meldingen van de "
            "afgelopen 24 uur.",
            "- Bij een vermoeden van vervuiling of een defect maakt de analist een "
            "werkorder voor de buitendienst.",
            "- De buitendienst reinigt elke sensor volgens een vast schema, in de "
            "zomer vaker vanwege algengroei.",
            "- Elk kwartaal bespreken analisten en buitendienst de sensoren met de "
            "meeste meldingen.",
            "## Voor managers: wat kost het en wat levert het op?",
            (
                "Reken voor veertig sensoren op ongeveer een halve formatieplaats "
                "voor controle en onderhoud. Daar staat tegenover dat het aandeel "
                "onbruikbare metingen daalt van rond een kwart naar enkele "
                "procenten, en dat je kunt vertrouwen op een waarschuwing als die "
                "komt."
            ),
        ],
    },
    "toolbox-datalandschap": {
        "title": "Werkwijze: breng je datalandschap in kaart",
        "organisation": "Interbestuurlijk Kenniscentrum IBDS",
        "version": "1.1, juli 2026",
        "text": [
            (
                "Een inventarisatie van de belangrijkste datasets en algoritmes van "
                "je organisatie in drie maanden, met een register dat daarna actueel "
                "blijft. Bij deze werkwijze hoort een sjabloon voor het register."
            ),
            "## Maand 1. Voorbereiden",
            "- Stel een kernteam samen: een informatiemanager, de privacy officer "
            "en iemand van de archiefafdeling.",
            "- Vul het register vast met wat al bekend is: het register van "
            "verwerkingen, het applicatieoverzicht en het Algoritmeregister.",
            "- Plan per afdeling een gesprek van een uur.",
            "## Maand 2. Gesprekken voeren",
            "Stel per afdeling deze vragen:",
            "1. Met welke gegevens werk je dagelijks, en waar staan ze?",
            "2. Welke gegevens maak je zelf, en welke krijg je van anderen?",
            "3. Gebruik je rekenregels of modellen die beslissingen ondersteunen?",
            "4. Wie beslist over wijzigingen in deze gegevens?",
            "5. Wat zou je willen weten, maar kun je nu niet vinden?",
            "## Maand 3. Vastleggen en bespreken",
            "- Werk het register bij en laat elke afdeling haar regels controleren.",
            "- Benoem per dataset een data-eigenaar.",
            "- Bespreek de uitkomsten met de directie: waar zitten risico's, waar "
            "liggen kansen?",
            "## Het register actueel houden",
            (
                "Koppel het bijwerken aan bestaande momenten: de aanschaf van een "
                "applicatie, een nieuwe verwerking in het register van "
                "verwerkingen, en de jaarlijkse planning van elke afdeling. Een "
                "eenmalige inventarisatie is na een jaar verouderd."
            ),
        ],
    },
    "sjabloon-dataregister": {
        "title": "Sjabloon dataregister",
        "organisation": "Interbestuurlijk Kenniscentrum IBDS",
        "version": "1.1, juli 2026",
        "rows": [
            [
                "Naam dataset",
                "Omschrijving",
                "Afdeling",
                "Data-eigenaar",
                "Bron of applicatie",
                "Persoonsgegevens (ja/nee)",
                "Gebruikt in algoritme (ja/nee)",
                "Bewaartermijn",
                "Openbaar (ja/nee)",
                "Laatst gecontroleerd",
            ],
            [
                "Meldingen openbare ruimte",
                "Meldingen van inwoners over de buitenruimte",
                "Stadsbeheer",
                "Teamleider buitendienst",
                "Meldingensysteem",
                "ja",
                "nee",
                "5 jaar",
                "nee",
                "2026-06-01",
            ],
            [
                "Bomenbestand",
                "Locatie, soort en conditie van bomen in beheer",
                "Stadsbeheer",
                "Teamleider groen",
                "Beheersysteem openbare ruimte",
                "nee",
                "nee",
                "permanent",
                "ja",
                "2026-05-12",
            ],
            [
                "Aanvragen bijzondere bijstand",
                "Aanvragen en besluiten",
                "Werk en Inkomen",
                "Manager Werk en Inkomen",
                "Zaaksysteem",
                "ja",
                "ja",
                "7 jaar na besluit",
                "nee",
                "2026-04-20",
            ],
        ],
    },
    "handreiking-archiveren": {
        "title": "Handreiking: data en algoritmes duurzaam bewaren",
        "organisation": "Gemeente Dalwijk, team Informatiebeheer",
        "version": "1.0, januari 2026",
        "text": [
            (
                "Datasets, modellen en de uitkomsten van algoritmes zijn "
                "overheidsinformatie. Als ze een rol spelen bij besluiten, moet je "
                "ze bewaren zolang dat besluit verantwoord moet kunnen worden, en "
                "daarna op tijd vernietigen. Deze handreiking helpt je dat vanaf "
                "het begin van een project te regelen."
            ),
            "## De selectielijst toepassen op data",
            "1. Bepaal bij welk werkproces de dataset of het algoritme hoort.",
            "2. Zoek in de selectielijst de categorie van dat werkproces.",
            "3. Neem de bewaartermijn over, of leg vast waarom je ervan afwijkt.",
            "4. Leg de termijn vast in het dataregister en in het systeem zelf.",
            "## Wat je bewaart om een besluit te kunnen reconstrueren",
            "- De invoergegevens zoals ze op het moment van het besluit waren.",
            "- De versie van het model of de rekenregels, met de instellingen.",
            "- De uitkomst die het systeem gaf.",
            "- Wat de medewerker met die uitkomst deed, en waarom.",
            "- Wie wanneer toegang had en wat er is gewijzigd.",
            "## Zo regel je het technisch",
            "- Geef elke versie van een model een vast nummer en bewaar alle versies.",
            "- Bewaar momentopnamen van gegevens die veranderen, of houd een "
            "wijzigingslog bij.",
            "- Kies open bestandsformaten, zodat je de gegevens over tien jaar nog "
            "kunt lezen.",
            "- Automatiseer het vernietigen na afloop van de termijn, en leg vast "
            "wat er is vernietigd.",
            "## Voorbeeld: het dashboard wateroverlast",
            (
                "Dalwijk gebruikt een dashboard om te bepalen waar het riool als "
                "eerste wordt aangepakt. Bij elk jaarlijks investeringsbesluit "
                "wordt een momentopname van het dashboard bewaard, met de versie "
                "van de rekenregels en de gebruikte meetreeksen. Zo kan de gemeente "
                "ook over tien jaar uitleggen waarom een straat wel of niet aan de "
                "beurt was."
            ),
        ],
    },
    "datamodel-warmtetransitie": {
        "title": "Datamodel warmtetransitie: begrippen, bronnen en afspraken",
        "organisation": "Gemeente Dalwijk, programma Warmtetransitie",
        "version": "1.2, mei 2026",
        "text": [
            (
                "Dit datamodel legt vast welke gegevens gemeenten en provincie "
                "gebruiken voor analyses in de warmtetransitie, uit welke bron, op "
                "welk detailniveau en met welke definitie. Wie het model volgt, "
                "maakt analyses die met die van de buren te vergelijken zijn."
            ),
            "## Begrippen",
            "- Woning: een verblijfsobject met een woonfunctie volgens de "
            "basisregistratie adressen en gebouwen.",
            "- Gebouw: een pand volgens dezelfde registratie.",
            "- Bouwjaar: het oorspronkelijke bouwjaar van het pand.",
            "- Energielabel: het geregistreerde label van de woning; ontbreekt dat, "
            "dan 'onbekend' en nooit een schatting.",
            "- Gasverbruik: het gemiddelde jaarverbruik per aansluiting in een "
            "groep van ten minste tien aansluitingen.",
            "- Eigendom: corporatie, particuliere verhuur, eigen bewoning of "
            "onbekend, per woning geteld en alleen per buurt getoond.",
            "- Warmtebron: een bestaande of mogelijke bron met een geschat "
            "vermogen en een afstand tot de buurt.",
            "## Detailniveau en privacy",
            "- Analyses tonen nooit gegevens van minder dan tien woningen.",
            "- Gebieden met minder dan tien woningen worden samengevoegd met een "
            "aangrenzend gebied.",
            "- Verbruik wordt niet gekoppeld aan eigendom op het niveau van een "
            "woning.",
            "## Afspraken over beheer",
            (
                "Het programma warmtetransitie van Dalwijk beheert het model. "
                "Wijzigingen worden twee keer per jaar besproken met de provincie "
                "en de deelnemende gemeenten. Elke versie krijgt een nummer en een "
                "datum."
            ),
        ],
    },
}
