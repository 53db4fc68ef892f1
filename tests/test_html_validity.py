"""Every page and form error state of tests/pages.py is valid HTML, as the
W3C Nu HTML Checker (vnu) reads it.

The pages are rendered through the test client, written to a temporary
directory and checked in one run of vnu (each start of the JVM costs
seconds). Errors and warnings fail the test; vnu's info messages (hints
such as "trailing slash on void elements has no effect") do not.

vnu.jar comes from `make install` (scripts/fetch_npm.py) and needs Java 17
or newer; without them the test is skipped, and with REQUIRE_VNU=1 (set by
CI) it fails instead.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.conftest import SAMPLE_MEMBER
from tests.pages import FORM_ERROR_STATES, MEMBER_PAGES, PAGES

pytestmark = pytest.mark.django_db

JAVA = shutil.which("java")
VNU_JAR = Path(os.environ.get("VNU_JAR", Path(sys.prefix) / "share/vnu/vnu.jar"))
REQUIRED = os.environ.get("REQUIRE_VNU") == "1"

# A page with the mistake the review found: the checker must report it, or
# it is not really checking.
CANARY = (
    '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
    "<title>Proef</title></head><body>"
    '<form action="" method="get"><button>Zoeken</button></form></body></html>'
)


@pytest.fixture
def vnu() -> list[str]:
    """The command that runs the checker, or a skip (a failure when required)."""
    missing = None
    if JAVA is None:
        missing = "no java on PATH (apt install default-jre-headless)"
    elif not VNU_JAR.exists():
        missing = f"vnu.jar is missing ({VNU_JAR}): run make install"
    if missing and REQUIRED:
        pytest.fail(f"REQUIRE_VNU=1 but {missing}")
    if missing:
        pytest.skip(f"HTML validity (vnu) not checked: {missing}")
    # A short-lived JVM: the quick compiler and the simplest collector start
    # fastest on a small machine; vnu needs a deeper stack than the quick
    # compiler's code gets by default.
    return [
        JAVA,
        "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC",
        "-Xss4m",
        "-jar",
        str(VNU_JAR),
    ]


def form_data(form) -> dict[str, list[str]]:
    """What a browser sends for `form` untouched, as the first submit button
    sends it."""
    data: dict[str, list[str]] = {}
    for element in form.find_all(["input", "select", "textarea"]):
        name = element.get("name")
        kind = element.get("type", "text").lower()
        if not name or element.has_attr("disabled"):
            continue
        if element.name == "select":
            chosen = element.find_all("option", selected=True)
            if not chosen and not element.has_attr("multiple"):
                chosen = element.find_all("option", limit=1)
            values = [option.get("value", option.get_text()) for option in chosen]
        elif element.name == "textarea":
            values = [element.get_text()]
        elif kind in ("checkbox", "radio"):
            values = [element.get("value", "on")] if element.has_attr("checked") else []
        elif kind in ("submit", "button", "image", "reset"):
            continue
        else:
            values = [element.get("value", "")]
        data.setdefault(name, []).extend(values)
    button = form.select_one("[type=submit]")
    if button is not None and button.get("name"):
        data.setdefault(button["name"], []).append(button.get("value", ""))
    return data


def field_name(form, label: str) -> str:
    """The name of the field in `form` whose label reads exactly `label`."""
    for element in form.find_all(["input", "select", "textarea"]):
        if element.get("aria-label") == label:
            return element["name"]
    for tag in form.find_all("label"):
        if " ".join(tag.get_text(" ").split()) != label:
            continue
        if tag.get("for"):
            return form.find(id=tag["for"])["name"]
        return tag.find(["input", "select", "textarea"])["name"]
    raise AssertionError(f"no field labelled {label!r}")


def submit(client, state):
    """Fill in the form of `state` as the browser tests do, send it, and
    return the answer."""
    page = client.get(state.path)
    form = BeautifulSoup(page.content, "html.parser").select_one(state.form)
    assert form is not None, f"{state.what}: no {state.form} on {state.path}"
    data = form_data(form)
    for label, value in state.fields.items():
        data[field_name(form, label)] = [value]
    # Without an action a form goes back to the page's own URL.
    action = urljoin(state.path, form.get("action") or state.path)
    if form.get("method", "get").lower() == "post":
        return client.post(action, data)
    return client.get(urlsplit(action).path, data)


def render_all(client) -> dict[str, str]:
    """Every page and form error state of tests/pages.py: description -> HTML."""
    rendered = {}

    def visit(samples):
        for sample in samples:
            what = f"{sample.path} ({sample.what})"
            response = client.get(sample.path)
            assert response.status_code == sample.status, what
            rendered[what] = response.content.decode()

    def fill_in(states):
        # A form with errors answers 400 or 200 (ibds_portal.ratelimit); what
        # matters is that it shows them.
        for state in states:
            what = f"{state.path}, {state.what}"
            rendered[what] = submit(client, state).content.decode()
            assert state.expect in rendered[what], f"{what}: no {state.expect!r}"

    visit(PAGES)
    fill_in(state for state in FORM_ERROR_STATES if not state.logged_in)
    email, password = SAMPLE_MEMBER
    client.post("/account/inloggen/", {"username": email, "password": password})
    visit(MEMBER_PAGES)
    fill_in(state for state in FORM_ERROR_STATES if state.logged_in)
    return rendered


def check(vnu, documents: dict[str, str], directory: Path) -> dict[str, list[str]]:
    """Run vnu once over all `documents` (name -> HTML): name -> what it
    reports (errors and warnings)."""
    names = {}
    for number, (name, html) in enumerate(documents.items()):
        path = directory / f"{number:03d}.html"
        path.write_text(html, encoding="utf-8")
        names[path.name] = name
    result = subprocess.run(  # noqa: S603 - our own fixed command
        [*vnu, "--format", "json", "--stdout", "--skip-info-messages", *sorted(names)],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        messages = json.loads(result.stdout)["messages"]
    except (json.JSONDecodeError, KeyError):
        pytest.fail(f"vnu did not answer in JSON: {result.stdout}{result.stderr}")
    found: dict[str, list[str]] = {}
    for message in messages:
        name = names.get(Path(urlsplit(message.get("url", "")).path).name, "vnu")
        found.setdefault(name, []).append(
            f"{message.get('subType', message['type'])}, line"
            f" {message.get('lastLine', '?')}: {message['message']}"
            f" [{' '.join(message.get('extract', '').split())}]"
        )
    return found


def test_every_page_is_valid_html(vnu, client, sample_pages, clear_cache, tmp_path):
    # `vnu` first: without the checker the test skips before building the site.
    documents = render_all(client)
    documents["canary"] = CANARY
    found = check(vnu, documents, tmp_path)
    assert any("action" in message for message in found.pop("canary", [])), (
        "vnu did not report the canary's empty form action"
    )
    report = [
        f"{page}: {message}" for page, messages in found.items() for message in messages
    ]
    assert not report, "vnu found:\n" + "\n".join(report)
