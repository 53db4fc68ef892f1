"""Home page intro and plain pages (about, accessibility, privacy)."""

HOME = {
    "title": "Kenniscentrum Data",
    "intro": (
        "Welkom bij het Kenniscentrum Data voor gemeenten, provincies, waterschappen "
        "en het Rijk. Hier vind je per vraag de leidraden, instrumenten en "
        "praktijkvoorbeelden die je helpen om verantwoord met data te werken."
    ),
}

PAGES = [
    {
        "slug": "over",
        "title": "Over het Kenniscentrum",
        "intro": (
            "Het Interbestuurlijk Kenniscentrum helpt overheden om verantwoord met "
            "data te werken, door kennis en ervaring uit de hele overheid vindbaar en "
            "bruikbaar te maken."
        ),
        "body": [
            "## Wat doen we?",
            (
                "Het Kenniscentrum is onderdeel van de Interbestuurlijke Datastrategie "
                "(IBDS). We zijn er voor iedereen die bij een gemeente, provincie, "
                "waterschap, ministerie of uitvoeringsorganisatie met data werkt. Dat "
                "doen we op drie manieren."
            ),
            (
                "We delen kennis over verantwoord datagebruik in de praktijk. In de "
                "kennisbank vind je leidraden, handreikingen, instrumenten en "
                "praktijkvoorbeelden, geordend naar de vraag die ze beantwoorden."
            ),
            (
                "We laten zien welke opleidingen en trainingen je kunt volgen. Zo vind "
                "je snel een cursus die past bij je rol, of je nu beleidsmedewerker, "
                "jurist, data scientist of bestuurder bent."
            ),
            (
                "We brengen mensen met elkaar in contact. Veel collega's hebben al "
                "ervaring met vragen waar jij nu tegenaan loopt. Via bijeenkomsten, de "
                "community en de maandelijkse Data-nieuwsbrief helpen we je om elkaar "
                "te vinden en van elkaar te leren."
            ),
            "## Vanuit de vraag",
            (
                "We werken vanuit de vragen die we in de praktijk horen. Hoe start ik "
                "een dataproject? Wat mag juridisch? Hoe voer ik het gesprek over "
                "ethiek? Bij elke vraag zetten we de beste kennis bij elkaar die we "
                "kunnen vinden. Nieuwe vragen nemen we mee in de verdere ontwikkeling "
                "van de kennisbank."
            ),
            "## Kennis blijft bij de bron",
            (
                "We willen niets dubbel doen. Veel kennis bestaat al, bij andere "
                "overheden, kennisnetwerken en uitvoeringsorganisaties. Die kennis "
                "nemen we niet over, maar we verwijzen ernaar. Een instrument dat bij "
                "een andere organisatie wordt beheerd, blijft daar staan. Zo weet je "
                "zeker dat je altijd de actuele versie gebruikt."
            ),
            "## Zelf bijdragen",
            (
                "Het Kenniscentrum is van en voor de hele overheid. Heb je een "
                "praktijkvoorbeeld, een instrument of een les die anderen verder "
                "helpt? Of zie je dat er iets ontbreekt of verouderd is? Laat het ons "
                "weten via kenniscentrum@kenniscentrum.example. We nemen binnen twee "
                "weken contact met je op."
            ),
        ],
    },
    {
        "slug": "toegankelijkheid",
        "title": "Toegankelijkheidsverklaring",
        "intro": (
            "We willen dat iedereen deze website kan gebruiken, ook mensen met een "
            "beperking. Hier lees je wat we daarvoor doen en waar we nog staan."
        ),
        "body": [
            "## Onze ambitie",
            (
                "Het Kenniscentrum wil dat deze website voldoet aan de eisen van de "
                "Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA. Dat is "
                "de norm voor websites van de overheid."
            ),
            "## Wat we hebben gedaan",
            (
                "De website werkt volledig met het toetsenbord en is getest met "
                "schermlezers. Alle functies werken ook zonder JavaScript. We laden "
                "geen lettertypen, scripts of andere bestanden van externe websites. "
                "Teksten zijn geschreven in eenvoudige taal, afbeeldingen hebben een "
                "tekstalternatief en de kleuren hebben voldoende contrast."
            ),
            "## Status",
            (
                "De website voldoet gedeeltelijk aan de eisen. We hebben zelf "
                "uitgebreid getest, maar een onafhankelijk onderzoek door een "
                "deskundige partij moet nog plaatsvinden. Tot die tijd is de status "
                "'gedeeltelijk voldoet'. Na het onderzoek passen we deze verklaring "
                "aan."
            ),
            "## Een probleem melden",
            (
                "Loop je tegen een probleem aan, of kun je informatie niet goed lezen "
                "of gebruiken? Meld het via toegankelijkheid@kenniscentrum.example. "
                "Vertel op welke pagina het probleem zit en wat er misgaat. Je krijgt "
                "binnen vijf werkdagen een reactie. We proberen het probleem zo snel "
                "mogelijk op te lossen."
            ),
            "## Datum",
            "Deze verklaring is opgesteld op 23 november 2026.",
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacyverklaring",
        "intro": (
            "Het Kenniscentrum gaat zorgvuldig om met je gegevens. Op deze website "
            "verzamelen we zo weinig mogelijk, en we volgen je niet."
        ),
        "body": [
            "## Geen volgcookies",
            (
                "Deze website plaatst geen cookies om je te volgen of je bezoek te "
                "meten. We laden ook niets van andere websites, zoals lettertypen, "
                "video's of statistiekdiensten. Andere partijen krijgen dus geen "
                "informatie over je bezoek."
            ),
            "## Welke cookies wel?",
            (
                "We gebruiken alleen cookies die nodig zijn om de website te laten "
                "werken. Redacteuren die inloggen om de kennisbank te beheren, krijgen "
                "een sessiecookie. Als je een formulier invult, plaatsen we een "
                "beveiligingscookie die voorkomt dat anderen het formulier namens jou "
                "versturen. Voor deze cookies is geen toestemming nodig."
            ),
            "## Welke gegevens verwerken we?",
            (
                "Als bezoeker van de website verwerken we geen persoonsgegevens, "
                "behalve in de logbestanden van de server. Daarin staan onder meer je "
                "IP-adres, het tijdstip en de pagina die je opvroeg. We gebruiken die "
                "gegevens alleen om de website veilig te houden en storingen op te "
                "lossen. Na 30 dagen worden ze automatisch verwijderd."
            ),
            (
                "Stuur je ons een e-mail of vul je een formulier in, dan gebruiken we "
                "je gegevens alleen om je vraag te beantwoorden. Redacteuren die "
                "inloggen, hebben een account met hun naam en e-mailadres."
            ),
            "## Data-nieuwsbrief",
            (
                "Meld je je aan voor de Data-nieuwsbrief, dan bewaren we je "
                "e-mailadres en wat je zelf invult (naam, bestuurslaag, vragen die je "
                "interesseren), plus wanneer en via welk formulier je toestemming gaf "
                "en wanneer je die bevestigde. We gebruiken dit alleen om je de "
                "nieuwsbrief te sturen. Bevestig je je aanmelding niet binnen zeven "
                "dagen, dan wissen we je adres. Meld je je af, met de link onder elke "
                "nieuwsbrief, dan wissen we alles direct. We meten niet of je de "
                "nieuwsbrief opent of waarop je klikt."
            ),
            "## Account in de community",
            (
                "Met een account bewaren we je naam, e-mailadres, wachtwoord "
                "(versleuteld) "
                "en wat je in je profiel invult. Andere leden zien je alleen als je "
                "dat zelf aanzet. Je kunt al je gegevens downloaden en je account "
                "verwijderen; praktijkvoorbeelden die je deelde blijven dan staan, "
                "zonder je naam."
            ),
            "## Heeft deze informatie je geholpen?",
            (
                "Onder vragen, kennisproducten, praktijkvoorbeelden, opleidingen en "
                "beslishulpen kun je laten weten of de pagina je hielp. We bewaren "
                "dan alleen je antwoord (Ja of Nee), bij welke pagina en op welke dag. "
                "Kies je Nee, dan kun je in een paar woorden zeggen wat je miste. "
                "Schrijf daarin geen namen of andere persoonsgegevens: e-mailadressen, "
                "telefoonnummers, rekeningnummers en lange nummers zoals een BSN "
                "halen we er automatisch uit voordat we de opmerking opslaan. "
                "We bewaren niet wie je bent: geen IP-adres, geen "
                "account en geen cookie. Redacteuren gebruiken de antwoorden om "
                "pagina's te verbeteren. Na twaalf maanden verwijderen we de "
                "antwoorden en opmerkingen automatisch."
            ),
            "## Zoeken op deze website",
            (
                "Om de zoekfunctie te verbeteren, tellen we per dag hoe vaak er op "
                "een zoekterm is gezocht (in een vaste schrijfwijze, zonder "
                "hoofdletters) en hoeveel resultaten dat opleverde. We bewaren daarbij "
                "niet wie er zocht: geen IP-adres, geen account en geen sessie. "
                "E-mailadressen, telefoonnummers, rekeningnummers en lange nummers "
                "zoals een BSN in een zoekterm bewaren we niet. "
                "Na dertien maanden verwijderen we de tellingen automatisch."
            ),
            "## Vragen of klachten",
            (
                "Heb je vragen over je privacy, of wil je je gegevens inzien of laten "
                "verwijderen? Neem contact op met onze functionaris "
                "gegevensbescherming via fg@kenniscentrum.example. Ben je het niet "
                "eens met hoe we met je gegevens omgaan, dan kun je een klacht "
                "indienen bij de Autoriteit Persoonsgegevens."
            ),
        ],
    },
]
