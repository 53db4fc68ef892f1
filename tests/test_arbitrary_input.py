"""Arbitrary input to every form and query parameter never gives a 500
(security review, finding 4).

The forms are not listed here: every page of tests/pages.py is rendered (the
member pages logged in as the sample member) and its <form>s are read, with
their method, action, field names and the values they offer (checkboxes,
options, hidden fields, named buttons). Query parameters are read from the
links and GET forms on those pages, plus the ones every listing, the search
and the beslishulp know. A new page or form in tests/pages.py is covered
without a change here.

Each Hypothesis example sends one submission to every form, or one query to
every page, in its own savepoint (rolled back afterwards, so the sample site
is the same for every example). Most fields get what a visitor would type,
and a few drawn fields get something else: huge numbers, NUL bytes and other
control characters, any Unicode, 100 kB strings, nothing at all, or the same
field many times. Bodies are sent as browsers send them (url-encoded, from
our own origin, with an honest signed start time and an empty honeypot), so
the input reaches validation; sometimes as raw bytes that are not UTF-8.
"""

import datetime
import os
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import parse_qsl, quote, urljoin, urlsplit

import pytest
from django.contrib.auth.models import User
from django.contrib.auth.tokens import default_token_generator
from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from community.models import MemberProfile
from core.forms import SALT
from decisions.models import DecisionAidPage
from tests.conftest import SAMPLE_ENQUIRY_TOKEN, SAMPLE_MEMBER
from tests.pages import FORM_ERROR_STATES, MEMBER_PAGES, PAGES

pytestmark = pytest.mark.django_db

# The sample site is built once per test and shared by its examples (the
# Hypothesis test is defined inside the pytest test); each example rolls its
# own changes back. FUZZ_EXAMPLES=200 digs deeper, FUZZ_NO_SHRINK=1 reports
# the first failure as it came.
FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,  # nothing written to the work tree; a failure prints its blob
    print_blob=True,
)
if os.environ.get("FUZZ_NO_SHRINK"):
    FUZZ = settings(FUZZ, phases=[Phase.explicit, Phase.generate])

# Query parameters the site reads (README), whether or not a sample page
# links with them.
KNOWN_PARAMS = [
    "vraag", "type", "bestuurslaag", "perspectief", "thema", "fase", "niveau",
    "vorm", "kosten", "doelgroep", "aanbieder", "start", "page", "pagina", "q",
    "antwoorden", "versie", "formaat", "opgeslagen", "next",
]  # fmt: skip

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "12"))
FORM_STATUSES = {200, 302, 400, 403, 404, 405, 409, 429}
GET_STATUSES = {200, 301, 302, 400, 404, 410}
# What a 400 says, in Dutch: the form's error summary or an error beside its
# field, or a page of its own ("Deze link werkt niet", "... klopt niet").
DUTCH_400 = (
    "Controleer het formulier",
    'class="field__error"',
    "werkt niet",
    "klopt niet",
    "kan maar één keer",
    "kan zodra",
)
# Django's own messages, had they slipped through untranslated.
ENGLISH = (
    "This field",
    "Enter a valid",
    "Select a valid",
    "Bad Request",
    "Ensure this",
)


# -- What the pages offer ---------------------------------------------------


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # the input's type, "select", "textarea" or "button"
    offered: tuple[str, ...]  # values the page offers (options, a hidden value)


@dataclass(frozen=True)
class FormTarget:
    found_on: str
    method: str
    action: str
    fields: tuple[Field, ...]

    def __str__(self):
        return f"{self.method} {self.action} (from {self.found_on})"


class _PageReader(HTMLParser):
    """The forms and the links to our own pages in one page."""

    def __init__(self, path):
        super().__init__(convert_charrefs=True)
        self.path = path
        self.forms = []  # [method, action, {name: [kind, offered]}]
        self.links = []  # absolute paths with their query strings
        self._fields = None  # of the form being read
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = {key: value or "" for key, value in attrs}
        fields = self._fields
        if tag == "form":
            action = urljoin(self.path, attrs.get("action") or self.path)
            self.forms.append([attrs.get("method", "get").upper(), action, {}])
            self._fields = self.forms[-1][2]
        elif tag == "a" and attrs.get("href", "").startswith(("/", "?")):
            self.links.append(urljoin(self.path, attrs["href"]))
        elif fields is None or not attrs.get("name"):
            if tag == "option" and self._select is not None:
                self._select[1].append(attrs.get("value", ""))
        elif tag in ("input", "button", "textarea", "select"):
            kind = attrs.get("type", "text") if tag == "input" else tag
            entry = fields.setdefault(attrs["name"], [kind, []])
            if tag == "select":
                self._select = entry
            elif "value" in attrs:
                entry[1].append(attrs["value"])

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "form":
            self._fields = None


def read_page(client, path) -> tuple[list[FormTarget], list[str]]:
    response = client.get(path)
    reader = _PageReader(urlsplit(path).path)
    reader.feed(response.content.decode())
    forms = [
        FormTarget(
            path,
            method,
            urlsplit(action).path,
            tuple(
                Field(name, kind, tuple(dict.fromkeys(offered)))
                for name, (kind, offered) in sorted(fields.items())
            ),
        )
        for method, action, fields in reader.forms
    ]
    return forms, reader.links


def discover(client, paths):
    """The distinct forms on these pages (by method, action and field names),
    and every path they are or link to, with the query parameters seen for
    it and their values."""
    forms, queries = {}, {}
    for path in paths:
        found, links = read_page(client, path)
        for form in found:
            key = (form.method, form.action, tuple(f.name for f in form.fields))
            forms.setdefault(key, form)
            if form.method == "GET":
                params = queries.setdefault(form.action, {})
                for field in form.fields:
                    params.setdefault(field.name, set()).update(field.offered)
        for link in [path, *links]:
            parts = urlsplit(link)
            params = queries.setdefault(parts.path, {})
            for name, value in parse_qsl(parts.query, keep_blank_values=True):
                params.setdefault(name, set()).add(value)
    return forms, queries


def sample_paths(samples):
    return list(dict.fromkeys(sample.path for sample in samples))


PUBLIC_PATHS = sample_paths(PAGES) + sample_paths(
    [state for state in FORM_ERROR_STATES if not state.logged_in]
)
MEMBER_PATHS = sample_paths(MEMBER_PAGES) + sample_paths(
    [state for state in FORM_ERROR_STATES if state.logged_in]
)


# -- What a visitor types, and what else arrives ------------------------------


def started(seconds_ago=60) -> str:
    """A signed start time as the form handed it out a minute ago."""
    return signing.dumps(time.time() - seconds_ago, salt=SALT)


TYPED = {
    "email": "femke@gemeente.example",
    "password": SAMPLE_MEMBER[1],
    "date": (datetime.date.today() + datetime.timedelta(days=30)).isoformat(),
    "number": "8",
    "url": "https://academie.example/aanmelden",
    "search": "leidraad",
}


# Text inputs that want a number (the proposal's price: free of charge is the
# first choice, and then no price).
TYPED_BY_NAME = {"price": "", "workload_hours": "8"}


def typed(field: Field) -> list[str]:
    """What a visitor would send for this field."""
    if field.name == "started":
        return [started()]
    if field.name == "website":  # the honeypot
        return [""]
    if field.offered and field.kind != "textarea":
        choices = [value for value in field.offered if value] or list(field.offered)
        return choices[:1]
    if field.name in TYPED_BY_NAME:
        return [TYPED_BY_NAME[field.name]]
    return [TYPED.get(field.kind, "Een gewone tekst")]


HUGE_NUMBERS = st.sampled_from(
    [10**20, -(10**30), 2**63, 2**63 - 1, -(2**63) - 1, 2**64, 10**100, 2**31]
).map(str)
NUMBERS = st.one_of(
    HUGE_NUMBERS,
    st.integers().map(str),
    st.floats().map(str),
    st.sampled_from(["1e308", "-0", "0x10", "1_000", "١٢", "Infinity", "NaN"]),
)
CONTROL = st.text(
    st.characters(max_codepoint=0x1F) | st.sampled_from("\x7f\x85\u2028\ufeff\u202e"),
    min_size=1,
    max_size=4,
)
LONG = st.builds(
    lambda char, size: char * size,
    st.sampled_from(["x", "9", "é", "<", " ", "\x00", "😀"]),
    st.sampled_from([256, 5_000, 100_000]),
)


# What broke something once, or easily could: drawn more often than chance.
NASTY = st.sampled_from(
    [
        "\x00",
        "1\x00",
        "99999999999999999999",
        str(-(10**30)),
        str(2**63),
        "9" * 5_000,
        "\u202e",
        "\ufeff1",
        "<script>",
        "%00",
    ]
)


def odd_values(field: Field):
    offered = st.sampled_from(field.offered) if field.offered else st.just("1")
    return st.one_of(
        NASTY,
        st.builds(lambda value, junk: value + junk, offered, NASTY),
        st.just(""),
        NUMBERS,
        CONTROL,
        st.text(max_size=40),
        LONG,
        st.builds(lambda value, junk: value + junk, offered, CONTROL | NUMBERS),
        st.builds(lambda value, junk: junk + value, offered, CONTROL),
    )


def sent_values(field: Field):
    """The list of values a field arrives with: none, a few, or a short one
    many times over (past Django's limit of fields, too)."""
    value = odd_values(field) | st.sampled_from(typed(field))
    short = st.sampled_from(typed(field)) | NUMBERS | CONTROL
    return st.one_of(
        st.lists(value, max_size=3),
        st.builds(lambda v, n: [v] * n, short, st.sampled_from([30, 1_000, 12_000])),
    )


EXTRA_FIELD = Field("extra", "text", ())


@st.composite
def submission(draw, form: FormTarget):
    """Pairs (name, value) for a form: typed, with a few fields drawn odd,
    sometimes an unknown field too."""
    names = [field.name for field in form.fields]
    odd = draw(st.sets(st.sampled_from(names), max_size=3)) if names else set()
    pairs = []
    for field in form.fields:
        values = draw(sent_values(field)) if field.name in odd else typed(field)
        pairs += [(field.name, value) for value in values]
    if draw(st.booleans()):
        name = draw(st.text(min_size=1, max_size=10))
        pairs.append((name, draw(odd_values(EXTRA_FIELD))))
    return pairs


def encode(pairs, raw_bytes) -> bytes:
    """An application/x-www-form-urlencoded body; with `raw_bytes`, bytes
    that are not UTF-8 go in, as such and percent-encoded."""
    parts = [
        f"{quote(name, safe='')}={quote(value, safe='')}".encode()
        for name, value in pairs
    ]
    if raw_bytes:
        parts = [part + raw_bytes for part in parts] or [b"x=" + raw_bytes]
    return b"&".join(parts)


BAD_UTF8 = st.sampled_from(
    [
        b"\xff",
        b"%FF%FE",
        b"\xc3",
        b"%C3",
        b"\xed\xa0\x80",
        b"%ED%A0%80",
        b"\x00",
        b"%00",
    ]
)


# -- Sending ------------------------------------------------------------------


class Visitor:
    """A test client as a browser on our own pages, from a fresh address
    for every request (rate limits count per address; their counters live
    in the cache, which each example empties)."""

    number = 0

    def __init__(self, client, member=None):
        self.client = client
        self.member = member

    def headers(self):
        Visitor.number += 1
        n = Visitor.number
        return {
            "REMOTE_ADDR": f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}",
            "HTTP_SEC_FETCH_SITE": "same-origin",
            "HTTP_ORIGIN": "http://testserver",
            "HTTP_REFERER": "http://testserver/",
        }

    def post(self, path, body: bytes):
        return self.client.generic(
            "POST",
            path,
            body,
            content_type="application/x-www-form-urlencoded",
            **self.headers(),
        )

    def get(self, path, query: bytes = b""):
        # QUERY_STRING as the server hands it over: bytes read as Latin-1.
        return self.client.get(
            path, QUERY_STRING=query.decode("latin-1"), **self.headers()
        )


def send(visitor, method, path, body=b""):
    """A GET (`body` is then the query string) or POST in a savepoint that is
    rolled back: every example starts from the same sample site (and logged
    in, for a member)."""
    cache.clear()  # rate limits and mail limits
    with transaction.atomic():
        if visitor.member is not None:
            visitor.client.force_login(visitor.member)
        try:
            if method == "POST":
                return visitor.post(path, body)
            return visitor.get(path, body)
        finally:
            transaction.set_rollback(True)


def check_bad_request(what, response):
    """A 400 says what is wrong, in Dutch."""
    html = response.content.decode()
    assert '<html lang="nl"' in html, f"{what}: a 400 not in Dutch"
    assert any(text in html for text in DUTCH_400), f"{what}: a 400 without why"
    assert not any(text in html for text in ENGLISH), f"{what}: English in a 400"


def check_form_answer(form, response):
    assert response.status_code in FORM_STATUSES, f"{form}: {response.status_code}"
    if response.status_code == 400:
        check_bad_request(form, response)
    # Sent as from our own pages: refused for its origin, it proved nothing.
    assert "kwam niet van deze website" not in response.content.decode(), form


def check_get_answer(path, response):
    assert response.status_code in GET_STATUSES, f"GET {path}: {response.status_code}"
    if response.status_code == 400:
        check_bad_request(f"GET {path}", response)


# -- The tests ----------------------------------------------------------------


@pytest.fixture
def member(sample_pages):
    return User.objects.get(email=SAMPLE_MEMBER[0])


@pytest.fixture
def newcomer(sample_pages):
    """A member in no group and at no meetup: sees the forms to join and to
    sign up, which the sample member (in every group) does not."""
    user = User.objects.create_user("lid-nieuw", email="nieuw@gemeente.example")
    MemberProfile.objects.create(user=user, name="Noor Nieuw")
    return user


def public_forms(client) -> list[tuple[FormTarget, "Visitor"]]:
    forms, _queries = discover(client, PUBLIC_PATHS)
    posted = {action for method, action, _names in forms if method == "POST"}
    # The discovery works (else these tests would prove nothing).
    assert {"/nieuwsbrief/aanmelden/", "/opleidingen/voorstellen/"} <= posted
    assert {"/vraagbaak/", "/account/inloggen/", "/nieuwsbrief/beheren/"} <= posted
    visitor = Visitor(client)
    return [(form, visitor) for form in forms.values()]


def member_forms(client, users) -> list[tuple[FormTarget, "Visitor"]]:
    """The forms on the member pages that anonymous visitors do not get,
    each with the first of `users` who sees it."""
    public, _ = discover(Client(), PUBLIC_PATHS)
    forms = {}
    for user in users:
        client.force_login(user)
        found, _ = discover(client, MEMBER_PATHS)
        for key, form in found.items():
            forms.setdefault(key, (form, user))
    client.logout()
    posted = {key[1] for key in forms if key[0] == "POST" and key not in public}
    assert {"/account/", "/account/verwijderen/", "/praktijkvoorbeelden/delen/"} <= (
        posted
    )
    assert "/community/ethiek/lid-worden/" in posted
    # Leaving is asked on a page of its own, which holds the form.
    assert "/community/datagedreven-werken/verlaten/" in posted
    assert "/community/bijeenkomsten/meetup/aanmelden/" in posted
    visitors = {user: Visitor(client, user) for user in users}
    return [
        (form, visitors[user])
        for key, (form, user) in forms.items()
        if key not in public
    ]


def fuzz(targets):
    """Every (form, visitor) in `targets` given the same drawn submissions."""

    @settings(FUZZ, max_examples=EXAMPLES)
    @given(st.data())
    def every_form(data):
        for form, visitor in targets:
            submit(data, form, visitor)

    every_form()


def test_public_forms_answer_arbitrary_input(client, sample_pages):
    fuzz(public_forms(client))


def test_member_forms_answer_arbitrary_input(client, member, newcomer):
    fuzz(member_forms(client, [member, newcomer]))


def submit(data, form, visitor):
    pairs = data.draw(submission(form), label=str(form))
    raw = data.draw(st.none() | BAD_UTF8, label="bytes that are not UTF-8")
    response = send(visitor, form.method, form.action, encode(pairs, raw))
    check_form_answer(form, response)


# Every field at once gets each of these, in every form and query (the
# honeypot, start time and CSRF token stay honest), so that what broke once
# is tried every run; the examples above try what nobody thought of.
KNOWN_BAD = [
    "99999999999999999999",
    str(-(10**30)),
    str(2**63),
    "\x00",
    "1\x00",
    "9" * 5_000,
    "\ufeff\u202e",
    "",
    "é" * 100_000,  # last: one field at a time only, in queries
]
HONEST = {"started", "website", "csrfmiddlewaretoken"}


def test_every_form_refuses_known_bad_values(client, member, newcomer):
    targets = public_forms(client) + member_forms(Client(), [member, newcomer])
    for form, visitor in targets:
        for value, raw in [(value, None) for value in KNOWN_BAD] + [("x", b"\xff")]:
            pairs = [
                (field.name, typed(field)[0] if field.name in HONEST else value)
                for field in form.fields
            ]
            response = send(visitor, form.method, form.action, encode(pairs, raw))
            check_form_answer(form, response)


def query_values(name, seen):
    return sent_values(Field(name, "text", tuple(sorted(seen.get(name, ())))))


@st.composite
def query(draw, seen):
    """Pairs for a query string: a few of the parameters seen for a path and
    of the ones the site reads, each with values drawn odd."""
    names = sorted(set(seen) | set(KNOWN_PARAMS))
    pairs = []
    for name in draw(st.sets(st.sampled_from(names), min_size=1, max_size=4)):
        pairs += [(name, value) for value in draw(query_values(name, seen))]
    return pairs


# Not ours to fuzz: the admin, documents and static files.
NOT_FUZZED = ("/admin/", "/documenten/", "/static/", "/media/")


def get_targets(client, member):
    """(path, {parameter: values seen}, visitor) for every page the sample
    pages are or link to; the member's own pages as the member."""
    _forms, public = discover(client, PUBLIC_PATHS)
    member_client = Client()
    member_client.force_login(member)
    _forms, logged_in = discover(member_client, MEMBER_PATHS)
    targets = [
        (path, seen, visitor)
        for queries, visitor in [
            (public, Visitor(client)),
            (logged_in, Visitor(member_client, member)),
        ]
        for path, seen in sorted(queries.items())
        if not path.startswith(NOT_FUZZED)
    ]
    paths = {path for path, _seen, _visitor in targets}
    assert {"/kennisbank/", "/opleidingen/agenda.ics", "/account/"} <= paths
    return targets


def test_query_parameters_answer_arbitrary_input(client, member):
    targets = get_targets(client, member)
    # Those whose links or forms carry parameters get a query every example.
    readers = [target for target in targets if target[1]]
    others = [target for target in targets if not target[1]]
    assert {"/zoeken/", "/beslishulpen/voorbeeld/", "/opleidingen/"} <= {
        path for path, _seen, _visitor in readers
    }

    @settings(FUZZ, max_examples=EXAMPLES)
    @given(st.data())
    def every_query(data):
        picked = data.draw(
            st.lists(st.sampled_from(range(len(others))), max_size=6, unique=True)
        )
        for path, seen, visitor in readers + [others[index] for index in picked]:
            pairs = data.draw(query(seen), label=f"GET {path}")
            raw = data.draw(st.none() | BAD_UTF8, label="bytes that are not UTF-8")
            response = send(visitor, "GET", path, encode(pairs, raw))
            check_get_answer(path, response)

    every_query()


def test_every_query_refuses_known_bad_values(client, member):
    for path, seen, visitor in get_targets(client, member):
        names = sorted(set(seen) | set(KNOWN_PARAMS))
        if not seen:  # links carry no parameters: one query with a bit of all
            pairs = [(name, KNOWN_BAD[i % 8]) for i, name in enumerate(names)]
            check_get_answer(path, send(visitor, "GET", path, encode(pairs, b"%FF")))
            continue
        for value, raw in [(value, None) for value in KNOWN_BAD[:-1]] + [("x", b"%FF")]:
            query_string = encode([(name, value) for name in names], raw)
            check_get_answer(path, send(visitor, "GET", path, query_string))
        # The parameters a page reads one at a time too: one checked first
        # must not shield the others.
        for name in sorted(set(seen) | {"page"}):
            for value in [*KNOWN_BAD[:4], KNOWN_BAD[-1]]:
                query_string = encode([(name, value)], None)
                check_get_answer(path, send(visitor, "GET", path, query_string))


def token_links(member):
    """The links with a token or an id in them: a format string each, with
    the real values that fill it in (the sample site's)."""
    from tests.pages import _subscriber_link

    def token(kind, pk):
        return _subscriber_link(kind, pk).split("/")[-2]

    uid = urlsafe_base64_encode(force_bytes(member.pk))
    reset = default_token_generator.make_token(member)
    aid = DecisionAidPage.objects.get(slug="voorbeeld")
    return {
        "/nieuwsbrief/bevestigen/{}/": [token("bevestigen", 4201)],
        "/nieuwsbrief/beheren/{}/": [token("beheren", 4202)],
        "/nieuwsbrief/afmelden/{}/": [token("afmelden", 4202)],
        "/vraagbaak/{}/": [SAMPLE_ENQUIRY_TOKEN],
        "/account/bevestigen/{}/{}/": [uid, reset],
        "/account/wachtwoord-vergeten/{}/{}/": [uid, reset],
        "/beslishulpen/voorbeeld/?versie={}": [str(aid.live_revision_id)],
    }


def token_part(real: str):
    """A path part: the real one altered, or anything at all; percent-encoded
    as a browser sends it, sometimes with bytes that are not UTF-8."""
    altered = st.one_of(
        st.builds(lambda cut: real[:cut], st.integers(0, len(real))),
        st.builds(lambda extra: real + extra, CONTROL | NUMBERS | st.text(max_size=5)),
        st.builds(
            lambda i, char: real[:i] + char + real[i + 1 :],
            st.integers(0, len(real)),
            # Any character a URL can carry once decoded: not a lone
            # surrogate, which no UTF-8 can hold (BAD_UTF8 sends those bytes).
            st.characters(codec="utf-8"),
        ),
    )
    anything = st.one_of(NUMBERS, CONTROL, st.text(min_size=1, max_size=40), LONG)
    encoded = (altered | anything).map(lambda part: quote(part, safe=""))
    return encoded | st.builds(
        lambda part, raw: part + raw.decode("latin-1"), encoded, BAD_UTF8
    )


# What a POST to a link may carry: the manage page's buttons, a new password.
LINK_FORM = (
    Field("actie", "button", ("opslaan", "pauzeren", "hervatten", "afmelden")),
    Field("new_password1", "password", ()),
    Field("new_password2", "password", ()),
)


def test_token_links_answer_arbitrary_input(client, member):
    links = token_links(member)
    visitor = Visitor(client)
    for pattern, parts in links.items():  # the real links work: a fair start
        path, _, query_string = pattern.format(*parts).partition("?")
        response = send(visitor, "GET", path, query_string.encode())
        assert response.status_code in (200, 302, 400), pattern

    @settings(FUZZ, max_examples=EXAMPLES)
    @given(st.data())
    def every_link(data):
        for pattern, real_parts in links.items():
            parts = [data.draw(token_part(real), label=pattern) for real in real_parts]
            link = pattern.format(*parts)
            form = FormTarget(link, "POST", link, LINK_FORM)
            body = encode(data.draw(submission(form), label="body"), None)
            path, _, query_string = link.partition("?")
            for method, target, sent in [
                ("GET", path, query_string.encode("latin-1")),
                ("POST", link, body),
            ]:
                response = send(visitor, method, target, sent)
                status = response.status_code
                assert status in GET_STATUSES | {405}, f"{method} {link}: {status}"
                if status == 400:
                    check_bad_request(f"{method} {link}", response)

    every_link()


def test_every_link_refuses_known_bad_values(client, member):
    visitor = Visitor(client)
    for pattern, real_parts in token_links(member).items():
        known_bad = [quote(value, safe="") for value in KNOWN_BAD]
        for bad in known_bad + ["%FF", "%C3", real_parts[-1] + "%00"]:
            link = pattern.format(*real_parts[:-1], bad)
            path, _, query_string = link.partition("?")
            for method, target, body in [
                ("GET", path, query_string.encode()),
                ("POST", link, b""),
            ]:
                response = send(visitor, method, target, body)
                status = response.status_code
                assert status in GET_STATUSES | {405}, f"{method} {link}: {status}"
                if status == 400:
                    check_bad_request(f"{method} {link}", response)
