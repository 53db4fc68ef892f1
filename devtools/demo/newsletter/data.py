"""Demo Data-nieuwsbrief: the /nieuwsbrief/ intro, two past issues and (dev
only) a few subscribers.

The news is made up and every link points to an example.nl address. An
issue's date is `months_ago` months before the day of loading (same day of
the month, or the month's last day), so the two issues always fall in the
two previous months; its title and slug follow from that date. Question
slugs are those of knowledge/demo/questions.py, layer slugs those seeded by
knowledge/migrations/0002_seed_taxonomy.py.
"""

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]

INTRO = (
    "Eén keer per maand het belangrijkste nieuws over verantwoord datagebruik "
    "bij de overheid: wat er speelt in Nederland en Europa, nieuw beleid, "
    "handige instrumenten en bijeenkomsten die de moeite waard zijn. Plus "
    "alles wat er nieuw is in de kennisbank. Hieronder meld je je aan en lees "
    "je de eerdere nieuwsbrieven terug."
)

ISSUES = [
    {
        "months_ago": 2,
        "intro": (
            "Veel organisaties maken deze maand hun begroting en jaarplannen "
            "rond, en data staat daar vaker in dan ooit. Toch blijkt uit een "
            "nieuwe peiling dat het lastig blijft om goede pilots structureel "
            "te maken. In deze nieuwsbrief lees je wat daarbij helpt, welke "
            "regels eraan komen en waar je collega's kunt ontmoeten."
        ),
        "sections": [
            (
                "nationaal",
                [
                    {
                        "title": "Peiling: helft van gemeenten blijft steken in pilots",
                        "text": (
                            "Van de gemeenten die meededen aan een peiling zegt "
                            "de helft dat datatoepassingen na de pilotfase "
                            "stranden. Het vaakst genoemd: geen vaste "
                            "eigenaar en geen budget voor beheer. Gemeenten "
                            "die het wel lukte, betrokken de lijnorganisatie "
                            "vanaf de eerste dag."
                        ),
                        "url": "https://nieuws.example.nl/peiling-pilots-gemeenten",
                        "source": "VNG",
                    },
                    {
                        "title": "Waterschappen bundelen hun sensordata",
                        "text": (
                            "Vier waterschappen delen voortaan de meetgegevens "
                            "van hun gemalen en peilbuizen via één "
                            "gezamenlijke voorziening. Afspraken over "
                            "kwaliteit en gebruik legden ze vast in een "
                            "datadelingsovereenkomst die andere "
                            "waterschappen kunnen hergebruiken."
                        ),
                        "url": "https://www.example.nl/waterschappen-sensordata",
                        "source": "Unie van Waterschappen",
                    },
                ],
            ),
            (
                "beleid",
                [
                    {
                        "title": "Toezichthouder vraagt aandacht voor profilering",
                        "text": (
                            "In zijn nieuwe rapportage over algoritmerisico's "
                            "wijst de toezichthouder op risicoprofielen in de "
                            "uitvoering. Organisaties moeten vooraf kunnen "
                            "uitleggen welke gegevens meewegen en waarom dat "
                            "niet tot ongelijke behandeling leidt."
                        ),
                        "url": "https://toezicht.example.nl/rapportage-algoritmerisicos",
                        "source": "Autoriteit Persoonsgegevens",
                    },
                    {
                        "title": "Registratie in het algoritmeregister wordt de norm",
                        "text": (
                            "Overheidsorganisaties krijgen het advies om "
                            "impactvolle algoritmes uiterlijk volgend jaar "
                            "te publiceren. Begin bij de toepassingen die "
                            "directe gevolgen hebben voor inwoners en werk "
                            "de lijst daarna stap voor stap bij."
                        ),
                        "url": "https://www.example.nl/algoritmeregister-advies",
                    },
                ],
            ),
            (
                "instrumenten",
                [
                    {
                        "title": "Vernieuwde checklist voor een DPIA",
                        "text": (
                            "De checklist helpt je bepalen of een "
                            "gegevensbeschermingseffectbeoordeling nodig is "
                            "en wie je er vanaf het begin bij betrekt. Nieuw "
                            "zijn voorbeeldvragen voor toepassingen met "
                            "algoritmes."
                        ),
                        "url": "https://instrumenten.example.nl/checklist-dpia",
                        "source": "Kenniscentrum Data",
                    },
                ],
            ),
            (
                "agenda",
                [
                    {
                        "title": "Webinar: van pilot naar productie",
                        "text": (
                            "Twee gemeenten en een provincie vertellen hoe ze "
                            "een geslaagde pilot onderdeel maakten van het "
                            "gewone werk, en wat ze de volgende keer anders "
                            "zouden doen. Online, op een dinsdagmiddag, met "
                            "ruimte voor vragen."
                        ),
                        "url": "https://agenda.example.nl/webinar-pilot-productie",
                    },
                    {
                        "title": "Kennismiddag datadeling in de regio",
                        "text": (
                            "Hoe maak je afspraken over gegevens die je met "
                            "buurgemeenten en ketenpartners deelt? Een middag "
                            "met korte presentaties en werktafels, voor "
                            "beleidsmakers, juristen en informatieadviseurs."
                        ),
                        "url": "https://agenda.example.nl/kennismiddag-datadeling",
                        "source": "IPO",
                    },
                ],
            ),
        ],
    },
    {
        "months_ago": 1,
        "intro": (
            "Europa zet deze maand flinke stappen met de regels voor AI, en "
            "dat merk je ook in Nederland. Daarnaast veel nieuws over "
            "samenwerken: van een gedeeld normenkader tot een podcast over "
            "datadeling tussen gemeenten. Veel leesplezier!"
        ),
        "sections": [
            (
                "nationaal",
                [
                    {
                        "title": "Provincies werken aan één normenkader voor data",
                        "text": (
                            "Zes provincies ontwikkelen samen een normenkader "
                            "voor datagebruik, zodat niet elke organisatie "
                            "opnieuw het wiel hoeft uit te vinden. Een eerste "
                            "versie ligt nu ter bespreking bij de "
                            "privacyfunctionarissen."
                        ),
                        "url": "https://nieuws.example.nl/normenkader-provincies",
                        "source": "IPO",
                    },
                ],
            ),
            (
                "internationaal",
                [
                    {
                        "title": "Europese consultatie over hoog-risico-AI",
                        "text": (
                            "De Europese Commissie vraagt reacties op "
                            "concept-richtsnoeren voor AI-systemen met een "
                            "hoog risico. Voor overheden gaat het onder meer "
                            "om toepassingen bij toegang tot voorzieningen. "
                            "Reageren kan nog enkele weken."
                        ),
                        "url": "https://europa.example.nl/consultatie-hoog-risico-ai",
                        "source": "Europese Commissie",
                    },
                    {
                        "title": "Denemarken deelt lessen over datagedreven zorgbeleid",
                        "text": (
                            "Deense gemeenten publiceerden een overzicht van "
                            "wat werkte bij het combineren van zorg- en "
                            "welzijnsgegevens, en wat niet. Vooral de aanpak "
                            "om inwoners vooraf te betrekken, is ook voor "
                            "Nederlandse gemeenten interessant."
                        ),
                        "url": "https://www.example.nl/denemarken-zorgdata",
                    },
                ],
            ),
            (
                "beleid",
                [
                    {
                        "title": "Kabinet kondigt wetsvoorstel datadeling aan",
                        "text": (
                            "Het kabinet wil een duidelijkere wettelijke basis "
                            "voor het delen van gegevens tussen "
                            "overheidsorganisaties bij gezamenlijke taken. "
                            "Een internetconsultatie volgt volgend voorjaar."
                        ),
                        "url": "https://overheid.example.nl/wetsvoorstel-datadeling",
                        "source": "Ministerie van BZK",
                    },
                ],
            ),
            (
                "instrumenten",
                [
                    {
                        "title": "Werkvorm: het ethische gesprek in een uur",
                        "text": (
                            "Een korte werkvorm om met je projectteam de "
                            "ethische kant van een datatoepassing te "
                            "bespreken: wie heeft er baat bij, wie kan nadeel "
                            "ondervinden, en wat spreek je daarom af? Met "
                            "gesprekskaarten om te printen."
                        ),
                        "url": "https://instrumenten.example.nl/ethisch-gesprek",
                        "source": "Kenniscentrum Data",
                    },
                    {
                        "title": "Model voor een datadelingsovereenkomst",
                        "text": (
                            "Een invulbaar model met toelichting per artikel: "
                            "doel, grondslag, bewaartermijn, beveiliging en "
                            "wat er gebeurt als de samenwerking stopt."
                        ),
                        "url": "https://instrumenten.example.nl/model-datadeling",
                    },
                ],
            ),
            (
                "media",
                [
                    {
                        "title": "Podcast: de datasteward aan het woord",
                        "text": (
                            "In deze aflevering vertelt een datasteward van "
                            "een middelgrote gemeente over zijn eerste jaar: "
                            "over metadata, over weerstand, en over de kracht "
                            "van een goed gesprek bij de koffieautomaat."
                        ),
                        "url": "https://podcast.example.nl/datasteward",
                    },
                    {
                        "title": "Video: zo lees je een DPIA",
                        "text": (
                            "Een uitleg van tien minuten voor bestuurders en "
                            "managers die een DPIA moeten beoordelen: waar "
                            "kijk je naar, en welke vragen stel je?"
                        ),
                        "url": "https://video.example.nl/zo-lees-je-een-dpia",
                        "source": "Kenniscentrum Data",
                    },
                ],
            ),
            (
                "agenda",
                [
                    {
                        "title": "Netwerkbijeenkomst datagedreven werken",
                        "text": (
                            "De jaarlijkse bijeenkomst voor iedereen die bij "
                            "de overheid met data werkt. Met een markt van "
                            "praktijkvoorbeelden en sessies over ethiek, "
                            "datakwaliteit en samenwerken in de keten."
                        ),
                        "url": "https://agenda.example.nl/netwerkbijeenkomst",
                    },
                ],
            ),
        ],
    },
]

# Dev only. consented_days_ago: when they signed up; confirmed (except the
# pending one) a few minutes later.
SUBSCRIBERS = [
    {
        "email": "femke.dijkstra@example.nl",
        "name": "Femke Dijkstra",
        "layer": "gemeente",
        "status": "actief",
        "form": "pagina",
        "consented_days_ago": 80,
        "questions": ["hoe-start-ik-een-dataproject", "organisatie-bewust-maken"],
    },
    {
        "email": "ruben.vanleeuwen@example.nl",
        "name": "Ruben van Leeuwen",
        "layer": "rijk",
        "status": "actief",
        "form": "voettekst",
        "consented_days_ago": 64,
        "questions": ["wat-mag-juridisch", "afspraken-over-data-delen"],
    },
    {
        "email": "noor.elamrani@example.nl",
        "name": "Noor El Amrani",
        "layer": "uitvoeringsorganisatie",
        "status": "actief",
        "form": "pagina",
        "consented_days_ago": 21,
        "questions": ["ethische-gevolgen-bespreken"],
    },
    {
        "email": "joost.hendriks@example.nl",
        "name": "Joost Hendriks",
        "layer": "waterschap",
        "status": "gepauzeerd",
        "form": "voettekst",
        "consented_days_ago": 120,
        "questions": ["overzicht-datagebruik-overheid"],
    },
    {
        "email": "lotte.brouwer@example.nl",
        "name": "Lotte Brouwer",
        "layer": "provincie",
        "status": "wacht",
        "form": "pagina",
        "consented_days_ago": 1,
        "questions": ["samenwerken-aan-normenkader", "succesfactoren-datakoers"],
    },
]
