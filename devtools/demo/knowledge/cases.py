"""Demo praktijkvoorbeelden (practice cases) from fictitious bodies.

`perspectives` are each case's main ones only, so that the perspective
filter narrows.
"""

from datetime import date

CASES = [
    {
        "slug": "lindeveen-scanautobeelden-bijplaatsingen",
        "owner": "Team Handhaving, Gemeente Lindeveen",
        "owner_email": "handhaving@lindeveen.example",
        "last_reviewed": date(2025, 10, 6),
        "title": "Beelden van de scanauto inzetten tegen afval naast containers",
        "organisation": "gemeente-lindeveen",
        "layers": ["gemeente"],
        "phase": "pilot",
        "summary": (
            "Lindeveen wilde de beelden van de parkeerscanauto gebruiken om afval "
            "naast containers op te sporen. Het antwoord op de vraag of dat mocht, "
            "bleek genuanceerder dan gedacht."
        ),
        "challenge": [
            (
                "In Lindeveen stonden steeds vaker vuilniszakken naast in plaats van "
                "in de ondergrondse containers. Handhavers konden maar een klein deel "
                "van de meldingen controleren. De afdeling parkeren had intussen twee "
                "scanauto's die dagelijks door de stad rijden en beelden maken van "
                "geparkeerde auto's. Het idee lag voor de hand: kunnen die beelden ook "
                "laten zien waar afval wordt bijgeplaatst?"
            ),
        ],
        "approach": [
            (
                "De projectleider legde het idee in een vroeg stadium voor aan de FG "
                "en een privacyjurist. Met het stroomschema voor camerabeelden bleek "
                "al snel dat de beelden waren verzameld voor parkeerhandhaving, en dat "
                "hergebruik voor een ander doel niet zonder meer verenigbaar was. "
                "Bovendien staan op de beelden voorbijgangers en kentekens die voor "
                "afvalhandhaving niet nodig zijn."
            ),
            (
                "Het team koos daarom voor een aparte, afgebakende verwerking met een "
                "eigen DPIA. Een van de scanauto's kreeg een tweede camera die alleen "
                "op de containerlocaties werd geactiveerd. Een model herkende afval "
                "naast de container en vervaagde personen en kentekens direct in de "
                "auto. Alleen een foto van de container, de locatie en het tijdstip "
                "werden opgeslagen."
            ),
        ],
        "result": [
            (
                "In de pilot van vier maanden reed de auto langs 212 "
                "containerlocaties. Het aantal gecontroleerde locaties per week "
                "verdrievoudigde en de reinigingsdienst kon bijplaatsingen gerichter "
                "ophalen. Voor het beboeten van vervuilers werden de beelden bewust "
                "niet gebruikt: daarvoor blijft een handhaver ter plekke nodig."
            ),
            (
                "Minder goed ging de communicatie. Een lokale krant meldde dat de "
                "gemeente 'met camera's op jacht ging naar afvaldumpers', nog voordat "
                "de gemeente zelf iets had gepubliceerd. Dat leverde raadsvragen op, "
                "die het project een maand vertraagden."
            ),
        ],
        "lessons": [
            (
                "Betrek de FG voordat het idee vastligt, niet nadat de techniek is "
                "gekozen."
            ),
            (
                "Een nieuw doel vraagt vaak een nieuwe, afgebakende verwerking in "
                "plaats van hergebruik."
            ),
            "Vervaag gegevens die je niet nodig hebt al op het moment van vastleggen.",
            "Vertel inwoners en de raad zelf wat je doet, voordat een ander het doet.",
        ],
        "products_used": [
            "stroomschema-camerabeelden",
            "checklist-dpia-verplicht",
            "checklist-sensoren-openbare-ruimte",
        ],
        "questions": [
            "wat-mag-juridisch",
            "hoe-start-ik-een-dataproject",
            "ethische-gevolgen-bespreken",
        ],
        "perspectives": ["juridisch"],
        "themes": ["camera's", "AVG"],
    },
    {
        "slug": "kortewaal-vroegsignalering-schulden",
        "owner": "Team Schuldhulpverlening, Gemeente Kortewaal",
        "last_reviewed": date(2026, 5, 18),
        "title": "Vroegsignalering van schulden: wel signalen, geen risicomodel",
        "organisation": "gemeente-kortewaal",
        "layers": ["gemeente"],
        "phase": "productie",
        "summary": (
            "Kortewaal benadert inwoners met betalingsachterstanden sneller dan "
            "voorheen. Een voorspellend risicomodel dat het team ook wilde bouwen, "
            "ging na een moreel beraad niet door."
        ),
        "challenge": [
            (
                "Inwoners die bij de schuldhulpverlening van Kortewaal aanklopten, "
                "hadden gemiddeld al vijf jaar schulden. Hoe later de hulp, hoe groter "
                "de schuld en hoe moeilijker de oplossing. De gemeente ontving al "
                "signalen van woningcorporaties en energieleveranciers, maar verwerkte "
                "die handmatig en met weken vertraging."
            ),
        ],
        "approach": [
            (
                "Het team automatiseerde eerst de verwerking van de signalen die de "
                "gemeente op grond van de Wet gemeentelijke schuldhulpverlening "
                "ontvangt. Binnen vijf werkdagen na een signaal krijgt een inwoner nu "
                "een brief met het aanbod van een gesprek met een schuldhulpverlener, "
                "thuis of op het wijkkantoor. De brieven zijn herschreven met "
                "ervaringsdeskundigen."
            ),
            (
                "Een data scientist stelde daarna voor om een risicomodel te bouwen "
                "dat signalen combineert met gegevens uit de uitkeringsadministratie, "
                "om inwoners te vinden voordat er een achterstand is. De wethouder "
                "vroeg om een moreel beraad. Daarin wogen klantmanagers, de FG, een "
                "ervaringsdeskundige en de ethische commissie het voorstel."
            ),
        ],
        "result": [
            (
                "Het aantal inwoners dat na een signaal hulp accepteert, steeg in een "
                "jaar van 18 naar 31 procent. De gemiddelde schuld bij aanmelding "
                "daalde met ruim een kwart."
            ),
            (
                "Het risicomodel ging niet door. Het beraad vond het risico op "
                "stigmatisering te groot, vooral omdat het model vaker zou uitslaan "
                "bij mensen met een uitkering. Bovendien was de juridische grondslag "
                "voor het combineren van de gegevens twijfelachtig. Het team vond dat "
                "besluit eerst teleurstellend, maar ziet nu dat de gewone signalen al "
                "veel effect hebben."
            ),
        ],
        "lessons": [
            (
                "Haal eerst het maximale uit de gegevens die je wettelijk al mag "
                "gebruiken."
            ),
            "Laat de mensen die inwoners spreken meebeslissen over hoe je ze benadert.",
            "Een moreel beraad mag tot de conclusie leiden dat je iets niet doet.",
            "Een goede brief is soms effectiever dan een slim model.",
        ],
        "products_used": [
            "handreiking-vroegsignalering-schulden",
            "leidraad-moreel-beraad-data",
        ],
        "questions": ["ethische-gevolgen-bespreken", "wat-mag-juridisch"],
        "perspectives": ["ethisch"],
        "themes": ["schuldhulpverlening", "ethiek", "AVG"],
    },
    {
        "slug": "vechtdal-oost-sensoren-waterkwaliteit",
        "owner": "Team Data en Analyse, Waterschap Vechtdal-Oost",
        "owner_email": "data@vechtdal-oost.example",
        "last_reviewed": date(2026, 9, 1),
        "title": "Sensoren voor waterkwaliteit: meer data, meer werk",
        "organisation": "waterschap-vechtdal-oost",
        "layers": ["waterschap"],
        "phase": "pilot",
        "summary": (
            "Waterschap Vechtdal-Oost plaatste veertig sensoren om de waterkwaliteit "
            "continu te meten. De techniek werkte, maar de kwaliteit van de "
            "meetreeksen viel tegen."
        ),
        "challenge": [
            (
                "Het waterschap nam vier keer per jaar handmatig watermonsters op "
                "ongeveer honderd locaties. Daardoor bleven piekbelastingen, "
                "bijvoorbeeld na hevige regen of een lozing, vaak onopgemerkt. De "
                "vraag was of goedkope sensoren een continu beeld konden geven van "
                "zuurstof, temperatuur en geleidbaarheid."
            ),
        ],
        "approach": [
            (
                "Het waterschap plaatste veertig sensoren in twee stroomgebieden. Een "
                "data scientist bouwde een dashboard en een waarschuwing bij "
                "plotselinge veranderingen. Om de pilot snel te kunnen starten, werd "
                "de data opgeslagen in een losse cloudomgeving buiten de gewone "
                "ICT-voorzieningen."
            ),
        ],
        "result": [
            (
                "Na drie maanden gaf een kwart van de sensoren onbetrouwbare waarden "
                "door algengroei en vervuiling. Het schoonmaken kostte veldmedewerkers "
                "veel meer tijd dan gepland. Met controleregels en een vast "
                "onderhoudsschema daalde het aandeel onbruikbare metingen van 24 naar "
                "6 procent."
            ),
            (
                "De pilot liet twee lozingen zien die met handmatige monsters waren "
                "gemist. Toch kwam de overstap naar productie niet direct rond: de "
                "losse cloudomgeving voldeed niet aan de eisen van de CISO, en voor "
                "het onderhoud was geen budget. De pilot is met een jaar verlengd om "
                "die zaken te regelen."
            ),
        ],
        "lessons": [
            (
                "Reken bij sensoren ook de tijd voor onderhoud en controle van de data "
                "mee."
            ),
            (
                "Een snelle pilotomgeving buiten de gewone ICT kost je later tijd bij "
                "de overstap."
            ),
            (
                "Betrek veldmedewerkers bij het ontwerp: zij weten waar sensoren "
                "vervuild raken."
            ),
        ],
        "products_used": [
            "toolbox-datakwaliteit-sensoren",
            "toolbox-start-dataproject",
        ],
        "questions": ["van-pilot-naar-productie", "hoe-start-ik-een-dataproject"],
        "perspectives": ["technisch"],
        "themes": ["datakwaliteit", "waterbeheer", "klimaatadaptatie"],
    },
    {
        "slug": "dalwijk-warmteplan-data",
        "owner": "Team Informatievoorziening, Gemeente Dalwijk",
        "last_reviewed": date(2025, 9, 22),
        "title": "Een warmteplan op basis van gedeelde data",
        "organisation": "gemeente-dalwijk",
        "layers": ["gemeente", "provincie"],
        "phase": "productie",
        "summary": (
            "Dalwijk maakte een wijkaanpak voor aardgasvrij wonen met data over "
            "gebouwen, energieverbruik en eigendom. De grootste uitdaging was privacy "
            "bij kleine aantallen woningen."
        ),
        "challenge": [
            (
                "Om te bepalen welke wijken als eerste van het aardgas af kunnen, had "
                "Dalwijk gegevens nodig over bouwjaar, energielabel, energieverbruik, "
                "eigendom en de ligging van mogelijke warmtebronnen. Die gegevens "
                "zaten bij de gemeente zelf, bij de netbeheerder, bij "
                "woningcorporaties en in landelijke registraties."
            ),
        ],
        "approach": [
            (
                "Het programma warmtetransitie stelde met de provincie en twee "
                "buurgemeenten een gezamenlijk datamodel op, zodat analyses "
                "vergelijkbaar werden. Met de netbeheerder werden afspraken gemaakt "
                "over het leveren van energieverbruik op het niveau van een "
                "postcodegebied."
            ),
            (
                "De privacyjurist zag een probleem: in kleine postcodegebieden met "
                "maar een paar woningen is het verbruik toch naar een huishouden te "
                "herleiden. Het team sprak daarom af om gebieden met minder dan tien "
                "woningen samen te voegen met een naastgelegen gebied."
            ),
        ],
        "result": [
            (
                "Het warmteplan is in 2025 door de raad vastgesteld. De onderbouwing "
                "per wijk is openbaar, inclusief de gebruikte bronnen. Bewoners kunnen "
                "op een kaart zien waarom hun wijk wel of niet als eerste aan de beurt "
                "is."
            ),
            (
                "De samenwerking met de buurgemeenten kostte meer tijd dan verwacht. "
                "Over een definitie, het aandeel huurwoningen per wijk, werd "
                "maandenlang gediscussieerd. Achteraf vindt de projectleider die tijd "
                "goed besteed, omdat de provincie nu één regionaal beeld heeft."
            ),
        ],
        "lessons": [
            "Spreek definities samen af voordat iedereen zijn eigen analyse maakt.",
            "Controleer bij geaggregeerde data of kleine groepen toch herkenbaar zijn.",
            "Openbare onderbouwing maakt het gesprek met bewoners makkelijker.",
        ],
        "products_used": [
            "instrument-datamodel-warmtetransitie",
            "stappenplan-gegevens-delen-tussen-bestuurslagen",
        ],
        "questions": ["afspraken-over-data-delen", "samenwerken-aan-normenkader"],
        "perspectives": ["technisch", "juridisch"],
        "themes": ["energietransitie", "data delen", "AVG"],
    },
    {
        "slug": "zuidermark-woningbouwmonitor",
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2026, 4, 2),
        "title": "Een woningbouwmonitor met één definitie van 'in aanbouw'",
        "organisation": "provincie-zuidermark",
        "layers": ["provincie", "gemeente"],
        "phase": "productie",
        "summary": (
            "Provincie Zuidermark en zestien gemeenten maakten samen een "
            "woningbouwmonitor. Het lastigste deel was niet de techniek, maar "
            "afspreken wat je telt."
        ),
        "challenge": [
            (
                "De provincie had met de gemeenten afspraken gemaakt over het aantal "
                "nieuwe woningen tot 2030, maar kon niet zien hoe het ervoor stond. "
                "Elke gemeente leverde een eigen lijst aan, met eigen begrippen. Een "
                "project telde in de ene gemeente als gestart bij de vergunning, in de "
                "andere bij de eerste paal."
            ),
        ],
        "approach": [
            (
                "De provincie organiseerde vier werksessies met medewerkers wonen en "
                "informatiemanagers van alle gemeenten. Eerst werden de verschillen op "
                "een rij gezet. Daarna werden tien gezamenlijke definities en drie "
                "kwaliteitseisen afgesproken. De gegevens worden gekoppeld aan de "
                "basisregistratie adressen en gebouwen."
            ),
            (
                "Gemeenten leveren maandelijks aan via een eenvoudig sjabloon. Een "
                "datateam van de provincie controleert de levering en koppelt "
                "afwijkingen terug aan de gemeente."
            ),
        ],
        "result": [
            (
                "Sinds begin 2026 verschijnt de monitor elk kwartaal. Gedeputeerde "
                "Staten en de colleges bespreken hem in het regionale overleg. Voor "
                "het eerst is zichtbaar dat vooral projecten tussen vergunning en "
                "start bouw vertragen."
            ),
            (
                "Twee kleine gemeenten haakten in het eerste jaar bijna af, omdat de "
                "maandelijkse levering te veel tijd kostte. De provincie biedt hen nu "
                "ondersteuning bij het aanleveren."
            ),
        ],
        "lessons": [
            "Een gedeelde definitie is meer waard dan een mooi dashboard.",
            (
                "Houd rekening met het verschil in capaciteit tussen grote en kleine "
                "gemeenten."
            ),
            "Koppel gegevens aan een basisregistratie, dan kun je ze controleren.",
            "Leg vast wie de definities beheert en hoe je ze wijzigt.",
        ],
        "products_used": [
            "stappenplan-aansluiten-woningbouwmonitor",
            "leidraad-samen-normenkader",
        ],
        "questions": ["samenwerken-aan-normenkader", "overzicht-datagebruik-overheid"],
        "perspectives": ["technisch"],
        "themes": ["woningbouw", "datakwaliteit", "data delen"],
    },
    {
        "slug": "heulendonk-algoritmes-in-beeld",
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2026, 7, 14),
        "title": "Van vijf naar drieëntwintig: de algoritmes van Heulendonk in beeld",
        "organisation": "gemeente-heulendonk",
        "layers": ["gemeente"],
        "phase": "productie",
        "summary": (
            "Heulendonk dacht vijf algoritmes te gebruiken. Een inventarisatie leverde "
            "er drieëntwintig op. Negen staan nu in het Algoritmeregister."
        ),
        "challenge": [
            (
                "Na vragen uit de gemeenteraad wilde Heulendonk openbaar maken welke "
                "algoritmes de gemeente gebruikt. De eerste schatting van de afdeling "
                "informatievoorziening was vijf. Niemand wist het precies, omdat "
                "algoritmes ook in ingekochte software en in rekenbladen van "
                "afdelingen zitten."
            ),
        ],
        "approach": [
            (
                "Een team van een adviseur informatiemanagement, een privacyjurist en "
                "een data scientist sprak in drie maanden met alle afdelingen. Met het "
                "sjabloon uit de toolbox voor het datalandschap legden ze per "
                "algoritme het doel, de eigenaar, de leverancier en de impact op "
                "inwoners vast."
            ),
            (
                "Voor de algoritmes met de meeste impact op inwoners werd een IAMA "
                "uitgevoerd. Daarna is met de gemeentesecretaris afgesproken welke "
                "algoritmes in het Algoritmeregister komen."
            ),
        ],
        "result": [
            (
                "De inventarisatie leverde drieëntwintig algoritmes op, waarvan negen "
                "met directe impact op inwoners, bijvoorbeeld bij het toekennen van "
                "parkeervergunningen en het plannen van controles. Die negen staan nu "
                "in het Algoritmeregister. Twee algoritmes zijn gestopt, omdat niemand "
                "meer kon uitleggen hoe ze werkten."
            ),
            (
                "Het bijhouden van het overzicht bleek lastiger dan het opstellen. Pas "
                "nadat elk algoritme een eigenaar kreeg die jaarlijks een update moet "
                "geven, bleef het register actueel."
            ),
        ],
        "lessons": [
            "Algoritmes zitten ook in ingekochte software en rekenbladen: kijk breed.",
            "Een overzicht blijft alleen actueel als elk algoritme een eigenaar heeft.",
            "Een inventarisatie kan ook leiden tot stoppen, en dat is winst.",
        ],
        "products_used": [
            "handreiking-algoritmeregister",
            "toolbox-datalandschap-in-kaart",
            "impact-assessment-mensenrechten-algoritmes",
        ],
        "questions": ["overzicht-datagebruik-overheid", "ethische-gevolgen-bespreken"],
        "perspectives": ["ethisch"],
        "themes": ["algoritmes", "open data"],
    },
    {
        "slug": "oost-veenland-grondwaterdata-delen",
        "owner": "Programma Data en Informatie, Provincie Oost-Veenland",
        "owner_email": "data@oost-veenland.example",
        "last_reviewed": date(2026, 2, 9),
        "title": "Grondwaterdata delen tussen provincie en waterschappen",
        "organisation": "provincie-oost-veenland",
        "layers": ["provincie", "waterschap"],
        "phase": "verkenning",
        "summary": (
            "De Provincie Oost-Veenland en drie waterschappen willen hun meetgegevens "
            "over grondwater delen om droogte beter aan te pakken. De "
            "datadeelovereenkomst kostte negen maanden."
        ),
        "challenge": [
            (
                "Na een aantal droge zomers wilden de provincie en de waterschappen "
                "samen beter zicht op de grondwaterstand. Alle partijen hadden "
                "meetpunten, maar de gegevens zaten in vier verschillende systemen met "
                "eigen formaten. Persoonsgegevens speelden nauwelijks een rol, toch "
                "kwam het delen maar moeizaam op gang."
            ),
        ],
        "approach": [
            (
                "De partijen begonnen met een datadeelovereenkomst. Juristen van alle "
                "organisaties stelden die samen op. Discussies gingen vooral over "
                "aansprakelijkheid bij foute metingen, over de vraag wie gegevens "
                "mocht doorgeven aan adviesbureaus, en over meetpunten op het terrein "
                "van boeren, waarvan de locatie wel naar een persoon te herleiden is."
            ),
            (
                "Uit deze gesprekken ontstond de checklist datadeelovereenkomst, die "
                "de provincie nu ook voor andere samenwerkingen gebruikt."
            ),
        ],
        "result": [
            (
                "Na negen maanden lag er een ondertekende overeenkomst. De technische "
                "koppeling is nog in voorbereiding. De gegevens blijven bij de bron en "
                "worden via een gezamenlijke interface bevraagd, in plaats van "
                "gekopieerd naar een centrale database."
            ),
            (
                "Achteraf zeggen de betrokkenen dat ze beter met een klein, concreet "
                "gebruik hadden kunnen beginnen. Nu werd over alle denkbare "
                "toepassingen tegelijk onderhandeld."
            ),
        ],
        "lessons": [
            (
                "Begin met één concrete toepassing in plaats van een overeenkomst voor "
                "alles."
            ),
            "Ook bij weinig persoonsgegevens kan locatiedata herleidbaar zijn.",
            "Laat data bij de bron: dat maakt afspraken over kopieën overbodig.",
            "Zet juristen en technici samen aan tafel, niet na elkaar.",
        ],
        "products_used": [
            "checklist-datadeelovereenkomst",
            "handreiking-nora-gegevensuitwisseling",
        ],
        "questions": ["afspraken-over-data-delen", "samenwerken-aan-normenkader"],
        "perspectives": ["juridisch"],
        "themes": ["data delen", "waterbeheer", "klimaatadaptatie"],
    },
    {
        "slug": "rvgs-camerabeelden-gevaarlijke-stoffen",
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2026, 1, 12),
        "title": "Inspectie van sluiproutes met camera's van de gemeente",
        "organisation": "rijksinspectie-vervoer-gevaarlijke-stoffen",
        "layers": ["rijk", "gemeente"],
        "phase": "verkenning",
        "summary": (
            "Een rijksinspectie wilde camerabeelden van slimme lantaarnpalen van een "
            "gemeente gebruiken om vrachtwagens met gevaarlijke stoffen op sluiproutes "
            "te signaleren. Het advies: alleen tellingen, geen kentekens."
        ),
        "challenge": [
            (
                "Vrachtwagens met gevaarlijke stoffen mogen niet door woonwijken "
                "rijden, maar doen dat soms toch om files te ontlopen. Een inspecteur "
                "ontdekte tijdens een controle dat de Gemeente Lindeveen op de "
                "betreffende route slimme lantaarnpalen met camera's had. Kon de "
                "inspectie die beelden gebruiken?"
            ),
        ],
        "approach": [
            (
                "De inspectie en de gemeente legden de vraag samen voor aan de "
                "Adviesfunctie verantwoord datagebruik. Juristen van beide "
                "organisaties liepen het stroomschema voor camerabeelden door. De "
                "camera's waren geplaatst voor verkeersmetingen, op grond van een "
                "gemeentelijke taak. Het gebruik voor een inspectie van een andere "
                "bestuurslaag is een nieuw doel."
            ),
        ],
        "result": [
            (
                "Het advies was dat de gemeente de beelden niet mag doorgeven voor het "
                "opsporen van individuele vervoerders. Wel mag de gemeente "
                "geanonimiseerde tellingen van vrachtwagens met gevarenborden per uur "
                "delen. Daarmee ziet de inspectie op welke tijden en routes ze gericht "
                "kan controleren."
            ),
            (
                "De inspectie had gehoopt op meer. Toch blijkt de informatie "
                "bruikbaar: in de eerste maand leidden gerichte controles tot vier "
                "overtredingen, waar dat eerder gemiddeld één per kwartaal was. De "
                "partijen verkennen nu of dezelfde aanpak in andere gemeenten kan "
                "werken."
            ),
        ],
        "lessons": [
            "Eén overheid betekent niet dat elke overheid alle gegevens mag gebruiken.",
            "Geaggregeerde gegevens zijn vaak genoeg om gericht te kunnen werken.",
            (
                "Een gezamenlijke adviesvraag voorkomt dat partijen tegenover elkaar "
                "komen te staan."
            ),
        ],
        "products_used": ["stroomschema-camerabeelden"],
        "questions": ["wat-mag-juridisch", "afspraken-over-data-delen"],
        "perspectives": ["juridisch"],
        "themes": ["camera's", "mobiliteit", "data delen"],
    },
    {
        "slug": "omgevingsdienst-zuidermark-datakoers",
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2026, 10, 20),
        "title": "Een datakoers voor toezicht en handhaving",
        "organisation": "omgevingsdienst-zuidermark",
        "layers": ["uitvoeringsorganisatie"],
        "phase": "productie",
        "summary": (
            "Omgevingsdienst Zuidermark stelde een datakoers op die past bij haar "
            "opdrachtgevers. Na achttien maanden werkt de dienst risicogerichter, al "
            "liep de eerste versie vast."
        ),
        "challenge": [
            (
                "De omgevingsdienst voert toezicht en handhaving uit voor een "
                "provincie en elf gemeenten. Controles werden vooral gepland op basis "
                "van vaste frequenties. De directie wilde met data gerichter kiezen "
                "welke bedrijven bezocht worden, maar de gegevens waren versnipperd en "
                "niemand was eigenaar."
            ),
        ],
        "approach": [
            (
                "De eerste versie van de datakoers was een document van zestig "
                "pagina's, opgesteld door een extern bureau. Het werd vastgesteld, "
                "maar niemand werkte ermee. Een jaar later begon de dienst opnieuw, nu "
                "met de toolbox datakoers en een scan datavolwassenheid onder alle "
                "teams."
            ),
            (
                "De nieuwe koers telt acht pagina's en richt zich op twee opgaven: "
                "risicogericht toezicht en betere informatie voor de opdrachtgevers. "
                "Per dataset is een data-eigenaar aangewezen. Een informatiemanager "
                "heeft de rol van Chief Data Officer gekregen."
            ),
        ],
        "result": [
            (
                "Na achttien maanden worden controles voor een derde van de bedrijven "
                "gepland op basis van een risicoprofiel. Het aandeel controles waarbij "
                "een overtreding wordt gevonden, steeg van 22 naar 35 procent. "
                "Opdrachtgevers krijgen elk kwartaal een overzicht in dezelfde vorm."
            ),
        ],
        "lessons": [
            (
                "Een korte koers die mensen kennen, werkt beter dan een lange die "
                "niemand leest."
            ),
            (
                "Koppel je datakoers aan een paar opgaven waar de directie op wordt "
                "afgerekend."
            ),
            "Zonder data-eigenaren blijft een datakoers papier.",
        ],
        "products_used": ["toolbox-datakoers", "instrument-scan-datavolwassenheid"],
        "questions": ["succesfactoren-datakoers", "organisatie-bewust-maken"],
        "perspectives": ["technisch"],
        "themes": ["datastrategie", "datakwaliteit"],
    },
    {
        "slug": "dbw-kwaliteitsdashboard-pilot",
        "owner": "Redactie Kennisbank IKC",
        "last_reviewed": date(2026, 6, 8),
        "title": "Het kwaliteitsdashboard dat in de pilotfase bleef hangen",
        "organisation": "dienst-basisgegevens-wonen",
        "layers": ["uitvoeringsorganisatie", "rijk"],
        "phase": "pilot",
        "summary": (
            "De Dienst Basisgegevens Wonen bouwde een dashboard dat fouten in "
            "aangeleverde woningdata opspoort. Na twee succesvolle pilots wordt het "
            "nog steeds niet structureel gebruikt."
        ),
        "challenge": [
            (
                "De dienst ontvangt maandelijks gegevens van honderden organisaties. "
                "Fouten in die leveringen werden pas ontdekt als gebruikers klaagden. "
                "Twee data-analisten bouwden een dashboard dat opvallende leveringen "
                "automatisch markeert."
            ),
        ],
        "approach": [
            (
                "Het dashboard werd in 2024 en 2025 in twee pilots getest. Beide keren "
                "vond het dashboard ongeveer viermaal zoveel fouten als de handmatige "
                "controle. De pilots werden betaald uit een innovatiebudget en "
                "draaiden op een laptop van een van de analisten."
            ),
        ],
        "result": [
            (
                "Ondanks de goede resultaten kwam er geen besluit over de overstap "
                "naar productie. De afdeling die de leveringen beheert, was niet bij "
                "de pilots betrokken en zag het dashboard als extra werk. De CISO kon "
                "de oplossing niet goedkeuren zonder documentatie en beheerafspraken."
            ),
            (
                "In 2026 is de dienst opnieuw begonnen, nu met het stappenplan van "
                "pilot naar productie en de checklist productierijp. De beheerafdeling "
                "is opdrachtgever geworden. Een besluit over productie staat gepland "
                "voor het voorjaar van 2027."
            ),
        ],
        "lessons": [
            "Een geslaagde pilot zonder eigenaar leidt niet vanzelf tot gebruik.",
            "Maak de afdeling die gaat beheren opdrachtgever van de pilot.",
            "Een pilot op een laptop is snel gebouwd en traag overgedragen.",
            "Plan het go/no-go-besluit al bij de start.",
        ],
        "products_used": [
            "stappenplan-van-pilot-naar-productie",
            "checklist-productierijp",
        ],
        "questions": ["van-pilot-naar-productie"],
        "perspectives": ["technisch"],
        "themes": ["datakwaliteit", "woningbouw", "informatiebeveiliging"],
    },
    {
        "slug": "heulendonk-meldingen-openbare-ruimte",
        "owner": "Team Openbare Ruimte, Gemeente Heulendonk",
        "last_reviewed": date(2025, 11, 3),
        "title": (
            "Meldingen over de openbare ruimte: een dataproject dat begon bij de vraag"
        ),
        "organisation": "gemeente-heulendonk",
        "layers": ["gemeente"],
        "phase": "verkenning",
        "summary": (
            "Heulendonk wilde met data voorspellen waar meldingen over de openbare "
            "ruimte zouden komen. Een halve dag voorbereiding maakte de vraag kleiner "
            "en beter, en het project sneller."
        ),
        "challenge": [
            (
                "Heulendonk krijgt elk jaar ruim veertienduizend meldingen over de "
                "openbare ruimte: losliggende tegels, kapotte lantaarnpalen, "
                "zwerfafval. Een wethouder had op een congres gehoord dat een andere "
                "gemeente meldingen voorspelde, en vroeg of dat in Heulendonk ook kon. "
                "Er was enthousiasme, een datadeskundige en budget, maar nog geen "
                "scherpe vraag."
            ),
        ],
        "approach": [
            (
                "De projectleider organiseerde eerst een startsessie van een halve dag "
                "met het datacanvas uit de toolbox van Waterschap Vechtdal-Oost. Aan "
                "tafel zaten de teamleider van de buitendienst, twee medewerkers van "
                "het meldpunt, de datadeskundige, de privacyadviseur en een adviseur "
                "informatiebeveiliging. Bij het vak 'welke beslissing ondersteunt "
                "dit?' bleek dat niemand precies wist wat de buitendienst met een "
                "voorspelling zou doen."
            ),
            (
                "De vraag werd daarom kleiner: waar komen steeds opnieuw meldingen "
                "over hetzelfde probleem vandaan, en waarom? Daarvoor waren alleen de "
                "locatie, de categorie en de afhandeling nodig. De privacyadviseur "
                "liet namen en contactgegevens al bij de export weglaten en locaties "
                "afronden op straatniveau. Het team legde vooraf vast dat de "
                "verkenning acht weken zou duren en wie daarna over het vervolg zou "
                "beslissen."
            ),
        ],
        "result": [
            (
                "Na acht weken lag er een kaart met 37 plekken waar in twee jaar meer "
                "dan vijf keer hetzelfde probleem was gemeld. Bij een derde daarvan "
                "bleek de oorzaak eenvoudig: een boom waarvan de wortels steeds "
                "dezelfde tegels omhoogduwen, een container die te klein is voor de "
                "straat. De buitendienst pakt die plekken nu in één keer aan in plaats "
                "van telkens opnieuw te repareren."
            ),
            (
                "Het voorspelmodel is er niet gekomen. Dat uitleggen kostte een extra "
                "gesprek met de wethouder: een kaart met herhaalmeldingen klinkt "
                "minder spannend dan een slim model. Het team liet zien wat de aanpak "
                "per plek bespaart en kreeg ruimte voor een pilot, met vooraf "
                "afgesproken criteria voor succes."
            ),
        ],
        "lessons": [
            (
                "Begin bij de beslissing die de data moet ondersteunen, niet bij de "
                "techniek."
            ),
            ("Zet de mensen die het werk doen in de eerste sessie aan tafel."),
            ("Laat gegevens weg die je niet nodig hebt; dat scheelt later werk."),
            ("Spreek vooraf af hoe lang een verkenning duurt en wie daarna beslist."),
        ],
        "products_used": [
            "toolbox-start-dataproject",
            "leidraad-start-dataproject",
        ],
        "questions": ["hoe-start-ik-een-dataproject"],
        "perspectives": ["technisch"],
        "themes": ["openbare ruimte", "datakwaliteit"],
    },
]
