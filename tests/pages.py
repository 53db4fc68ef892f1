"""The shared list of pages and form states that every site-wide check visits.

The HTML checks (test_accessibility.py), the W3C HTML validity check
(test_html_validity.py), the meta descriptions (test_meta_description.py),
the browser checks (axe-core, own origin only, security headers, no
cookies: tests/browser/) and the arbitrary-input tests
(test_arbitrary_input.py: every form and query parameter found on these
pages) all read these lists, so a new page type is held to the same rules
as soon as it is added here. Paths refer to the
`sample_pages` fixture in conftest.py: when you add a page type, give it a
sample there and its URLs here.
"""

from dataclasses import dataclass, field
from types import SimpleNamespace

from community.auth import registration_token
from feedback.models import Feedback
from feedback.tokens import comment_token
from newsletter import tokens

# The mailed link that finishes a registration (no account exists yet).
REGISTRATION_LINK = (
    f"/account/bevestigen/{registration_token('nieuw-lid@gemeente.example')}/"
)
# The same for the sample member's address (conftest.SAMPLE_MEMBER): made already.
USED_REGISTRATION_LINK = (
    f"/account/bevestigen/{registration_token('fatima@gemeente.example')}/"
)


def _subscriber_link(kind: str, pk: int) -> str:
    """A link from a mail to the sample subscriber `pk` (conftest)."""
    subscriber = SimpleNamespace(pk=pk, link_version=0)
    make = {
        "bevestigen": tokens.confirm_token,
        "beheren": tokens.manage_token,
        "afmelden": tokens.unsubscribe_token,
    }[kind]
    return f"/nieuwsbrief/{kind}/{make(subscriber)}/"


# The comment page after the sample Nee (conftest.SAMPLE_FEEDBACK_ID).
FEEDBACK_COMMENT_LINK = f"/feedback/opmerking/{comment_token(Feedback(pk=4301))}/"


@dataclass(frozen=True)
class SamplePage:
    path: str
    what: str
    status: int = 200
    # Account forms keep Django's CSRF protection, which needs a cookie; every
    # other anonymous page must set none.
    sets_cookie: bool = False


PAGES = [
    SamplePage("/", "home page"),
    SamplePage("/vragen/", "question index"),
    SamplePage("/vragen/starten/", "question page with steps and linked items"),
    SamplePage("/vragen/tweede/", "question page, nothing linked"),
    SamplePage("/kennisbank/", "kennisbank listing"),
    SamplePage("/kennisbank/?type=leidraad&bestuurslaag=gemeente", "two filters"),
    SamplePage("/kennisbank/?type=toolbox&bestuurslaag=gemeente", "empty state"),
    SamplePage("/kennisbank/?type=<script>&pagina=9999", "tampered filters"),
    SamplePage("/kennisbank/leidraad/", "knowledge product with every block"),
    SamplePage(
        "/kennisbank/extern/",
        "knowledge product kept at its source, past its review date",
    ),
    SamplePage(
        "/kennisbank/overgenomen/", "knowledge product harvested from a partner"
    ),
    SamplePage("/praktijkvoorbeelden/", "practice case listing"),
    SamplePage("/praktijkvoorbeelden/voorbeeld/", "practice case"),
    SamplePage("/privacy/", "standard page"),
    SamplePage("/open-data/", "open data: downloads, licence, data dictionary"),
    SamplePage("/zoeken/", "search, no query yet"),
    SamplePage("/zoeken/?q=leidraad", "search with results"),
    SamplePage("/zoeken/?q=leidraad&type=vraag", "search, none of this type"),
    SamplePage("/zoeken/?q=zwembadrooster", "search without results"),
    SamplePage("/zoeken/?q=leidraaf", "search with a typo: a suggestion"),
    SamplePage(
        "/zoeken/?q=leidraad+verantwoord&sortering=titel", "search sorted by title"
    ),
    SamplePage("/opleidingen/", "training catalogue"),
    SamplePage(
        "/opleidingen/?kosten=gratis&start=binnen-3-maanden", "catalogue, two filters"
    ),
    SamplePage("/opleidingen/?vorm=zelfstudie&kosten=betaald", "catalogue, empty"),
    SamplePage("/opleidingen/datagedreven-werken/", "training with past and full runs"),
    SamplePage("/opleidingen/zelfstudie-datakwaliteit/", "training without dates"),
    SamplePage("/opleidingen/voorstellen/", "training proposal form"),
    SamplePage("/opleidingen/voorstellen/bedankt/", "proposal received"),
    SamplePage("/vraagbaak/", "vraagbaak form"),
    SamplePage(
        "/vraagbaak/voorbeeld-vraagbaak-link-0123456789abcdef/",
        "vraagbaak: an answered question",
    ),
    SamplePage("/community/", "community: groups and meetups"),
    SamplePage("/community/datagedreven-werken/", "open group, anonymous visitor"),
    SamplePage("/community/ethiek/", "group joined on request, anonymous"),
    SamplePage("/community/bijeenkomsten/", "coming meetups"),
    SamplePage("/community/bijeenkomsten/archief/", "meetup archive"),
    SamplePage("/community/bijeenkomsten/meetup/", "meetup: sign up in the portal"),
    SamplePage("/community/bijeenkomsten/extern/", "meetup: sign up elsewhere"),
    SamplePage("/community/bijeenkomsten/terugblik/", "past meetup with report"),
    SamplePage("/nieuwsbrief/", "newsletter: signup and archive"),
    SamplePage("/nieuwsbrief/juni-2026/", "newsletter issue, web version"),
    SamplePage("/nieuwsbrief/aanmelden/", "newsletter signup form"),
    SamplePage("/nieuwsbrief/aanmelden/verstuurd/", "newsletter: check your mail"),
    SamplePage(_subscriber_link("bevestigen", 4201), "newsletter: confirm button"),
    SamplePage("/nieuwsbrief/bevestigen/verlopen/", "newsletter: bad link", 400),
    SamplePage("/nieuwsbrief/beheren/", "newsletter: ask for a manage link"),
    SamplePage(_subscriber_link("beheren", 4202), "newsletter: manage preferences"),
    SamplePage(_subscriber_link("afmelden", 4202), "newsletter: unsubscribe button"),
    SamplePage("/beslishulpen/", "decision aids"),
    SamplePage("/beslishulpen/voorbeeld/", "decision aid: intro, first question"),
    SamplePage("/beslishulpen/voorbeeld/?antwoorden=1", "decision aid: 2nd question"),
    SamplePage(
        "/beslishulpen/voorbeeld/?antwoorden=1&vorige=2",
        "decision aid: changing an answer, the previous one marked",
    ),
    SamplePage("/beslishulpen/voorbeeld/?antwoorden=1-1", "decision aid: result"),
    SamplePage("/beslishulpen/voorbeeld/?antwoorden=7", "decision aid: bad path", 400),
    SamplePage("/beslishulpen/voorbeeld/?versie=999999", "decision aid: gone", 410),
    SamplePage("/account/registreren/", "register", sets_cookie=True),
    SamplePage("/account/inloggen/", "log in", sets_cookie=True),
    SamplePage("/account/wachtwoord-vergeten/", "password reset", sets_cookie=True),
    SamplePage("/account/registreren/verstuurd/", "registration sent"),
    SamplePage(REGISTRATION_LINK, "registration: choose a password", sets_cookie=True),
    SamplePage(USED_REGISTRATION_LINK, "registration link: account made already"),
    SamplePage("/account/bevestigen/xx/yy/", "invalid confirmation link", status=400),
    SamplePage(FEEDBACK_COMMENT_LINK, "feedback after a Nee: what did you miss?"),
    SamplePage("/feedback/opmerking/vervalst:link/", "feedback: a forged link", 400),
    SamplePage("/bestaat-niet/", "not found", status=404),
]


# Pages as the sample member sees them once logged in (conftest.SAMPLE_MEMBER:
# in the open group, moderator of "ethiek" with a request waiting, signed up
# for the meetup). Logged-in pages carry the CSRF cookie.
MEMBER_PAGES = [
    SamplePage("/account/", "my account", sets_cookie=True),
    SamplePage("/account/verwijderen/", "delete my account", sets_cookie=True),
    SamplePage("/praktijkvoorbeelden/delen/", "share a case form", sets_cookie=True),
    SamplePage("/praktijkvoorbeelden/delen/bedankt/", "case received"),
    SamplePage(
        "/community/datagedreven-werken/", "group, as a member", sets_cookie=True
    ),
    SamplePage("/community/ethiek/", "group, as its moderator", sets_cookie=True),
    SamplePage(
        "/community/datagedreven-werken/verlaten/",
        "leave a group: confirm",
        sets_cookie=True,
    ),
    SamplePage(
        "/community/bijeenkomsten/meetup/", "meetup, signed up", sets_cookie=True
    ),
    SamplePage("/community/", "community, logged in"),
]


@dataclass(frozen=True)
class FormErrorState:
    """A form filled in wrongly and submitted: the page then shows its errors.

    `fields` maps a field's label to what is typed into it; `expect` is a text
    the answer must show.
    """

    what: str
    path: str
    form: str  # CSS selector of the form on the page
    fields: dict[str, str] = field(default_factory=dict)
    expect: str = ""
    logged_in: bool = False  # as the sample member


FORM_ERROR_STATES = [
    FormErrorState(
        "search page: query too short",
        "/zoeken/",
        "form.search-form",
        {"Zoek in vragen, kennisproducten en praktijkvoorbeelden": "a"},
        expect="Typ minstens twee letters of cijfers",
    ),
    FormErrorState(
        "header search: only punctuation",
        "/kennisbank/",
        "form.site-search",
        {"Zoeken in het kenniscentrum": "?! -- <>"},
        expect="Typ minstens twee letters of cijfers",
    ),
    FormErrorState(
        "training proposal: sent empty",
        "/opleidingen/voorstellen/",
        "main form.form",
        {},
        expect="Controleer het formulier",
    ),
    FormErrorState(
        "training proposal: bad e-mail and a date in the past",
        "/opleidingen/voorstellen/",
        "main form.form",
        {
            "Je e-mailadres": "geen-adres",
            "Eerstvolgende startdatum (optioneel)": "2020-01-01",
        },
        expect="Voer een geldig e-mailadres in",
    ),
    FormErrorState(
        "vraagbaak: a reply to the answer sent empty",
        "/vraagbaak/voorbeeld-vraagbaak-link-0123456789abcdef/",
        "main form.enquiry-reply",
        {},
        expect="Schrijf je reactie in het vak.",
    ),
    FormErrorState(
        "vraagbaak: sent empty",
        "/vraagbaak/",
        "main form.form",
        {},
        expect="Controleer het formulier",
    ),
    FormErrorState(
        "newsletter signup: sent empty",
        "/nieuwsbrief/",
        "main form.form",
        {},
        expect="Controleer het formulier",
    ),
    FormErrorState(
        "newsletter signup in the footer: bad address, no consent",
        "/vragen/",
        "form.footer-signup__form",
        {"Je e-mailadres voor de nieuwsbrief": "femke@"},
        expect="zonder jouw toestemming sturen we niets",
    ),
    FormErrorState(
        "newsletter manage link: sent empty",
        "/nieuwsbrief/beheren/",
        "main form.form",
        {},
        expect="Controleer het formulier",
    ),
    FormErrorState(
        "register: sent empty",
        "/account/registreren/",
        "main form.form",
        {},
        expect="Controleer het formulier",
    ),
    FormErrorState(
        "register: not an address",
        "/account/registreren/",
        "main form.form",
        {"Je e-mailadres": "fatima@"},
        expect="Voer een geldig e-mailadres in",
    ),
    FormErrorState(
        "finish registering: weak password",
        REGISTRATION_LINK,
        "main form.form",
        {"Je naam": "Fatima", "Kies een wachtwoord": "wachtwoord"},
        expect="Dit wachtwoord is te kort",
    ),
    FormErrorState(
        "log in: wrong password",
        "/account/inloggen/",
        "main form.form",
        {"E-mailadres": "wie@gemeente.example", "Wachtwoord": "fout"},
        expect="horen niet bij elkaar",
    ),
    FormErrorState(
        "share a case (logged in): sent empty",
        "/praktijkvoorbeelden/delen/",
        "main form.form",
        {},
        expect="Controleer het formulier",
        logged_in=True,
    ),
    FormErrorState(
        "feedback under a question: Ja, thanked",
        "/vragen/starten/",
        "form.feedback__form",
        {},
        expect="Bedankt voor je antwoord",
    ),
    FormErrorState(
        "feedback comment after a Nee: sent empty",
        FEEDBACK_COMMENT_LINK,
        "main form.form",
        {},
        expect="Controleer het formulier",
    ),
    FormErrorState(
        "not-found page search: empty",
        "/bestaat-niet/",
        "form.inline-search",
        {"Zoekterm": ""},
        expect="Typ een of meer woorden",
    ),
]
