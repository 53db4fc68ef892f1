"""Browser tests: pytest-playwright driving Debian's chromium (headless).

Playwright never downloads a browser here: the tests use the chromium on PATH.
Without one they are skipped, and the summary says so; with REQUIRE_BROWSER=1
(set by CI) a missing chromium or axe-core stops the run instead.
"""

import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Installed by `make install` (scripts/fetch_npm.py), from the npm registry.
AXE_JS = Path(os.environ.get("AXE_JS", Path(sys.prefix) / "share/axe-core/axe.min.js"))
REQUIRED = os.environ.get("REQUIRE_BROWSER") == "1"

if REQUIRED and CHROMIUM is None:
    raise pytest.UsageError("REQUIRE_BROWSER=1 but there is no chromium on PATH")
if REQUIRED and not AXE_JS.exists():
    raise pytest.UsageError(f"REQUIRE_BROWSER=1 but axe-core is missing: {AXE_JS}")

# Playwright's sync API runs an event loop in this thread; the ORM calls made
# by the fixtures are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Without the background-networking flags chromium tries to reach Google's
# hosts, which fails here and would show up as requests to other origins.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_PATH = "/__axe-core__.js"


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    skip = pytest.mark.skip(reason="chromium is not installed (apt install chromium)")
    for item in items:
        if CHROMIUM is None and here in Path(item.fspath).parents:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args():
    return {"executable_path": CHROMIUM, "headless": True, "args": CHROMIUM_ARGS}


@pytest.fixture
def site(migration_data, sample_pages, live_server):
    """The sample pages, served by a live server; its base URL."""
    return live_server.url


@dataclass
class Tracker:
    """What a page did while the test ran: requests and console errors."""

    origin: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def foreign_requests(self) -> list[str]:
        return [url for url in self.requests if urlparse(url).netloc != self.origin]


@pytest.fixture
def tracker(page, live_server):
    """Records every request and console error of `page`, and lets axe-core
    be loaded from the site's own origin (answered from the local file)."""
    found = Tracker(origin=urlparse(live_server.url).netloc)
    page.on("request", lambda request: found.requests.append(request.url))
    page.on(
        "console",
        lambda message: (
            found.errors.append(message.text) if message.type == "error" else None
        ),
    )
    page.route(
        f"{live_server.url}{AXE_PATH}",
        lambda route: route.fulfill(
            path=AXE_JS, content_type="application/javascript; charset=utf-8"
        ),
    )
    return found


def axe_violations(page) -> list[str]:
    """Run axe-core on the page (WCAG 2.0 and 2.1, A and AA): its violations.

    The script tag points at the site's own origin, so the page's strict
    Content-Security-Policy stays in force while axe runs.
    """
    if not AXE_JS.exists():
        pytest.skip(f"axe-core is missing ({AXE_JS}): run make install")
    page.add_script_tag(url=AXE_PATH)
    result = page.evaluate(
        "async (tags) => await axe.run(document, "
        "{runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    return [
        f"{rule['id']} ({rule['impact']}): {rule['help']} -> "
        + ", ".join(" ".join(node["target"]) for node in rule["nodes"][:5])
        for rule in result["violations"]
    ]


def log_in(page, site) -> None:
    """Log the sample member in through the login form."""
    from tests.conftest import SAMPLE_MEMBER

    email, password = SAMPLE_MEMBER
    page.goto(site + "/account/inloggen/")
    page.get_by_label("E-mailadres", exact=True).fill(email)
    page.get_by_label("Wachtwoord", exact=True).fill(password)
    with page.expect_navigation():
        page.locator("main form [type=submit]").click()
    assert page.url.endswith("/account/"), page.url
