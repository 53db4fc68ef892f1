"""A harvest from one running instance of the portal into another: a second
portal is started by the tests (its own SQLite database, migrated and given
a few products by `seed_partner_portal`), and its /api/v1/kennisproducten
harvested into the test database, next to a source that misbehaves.

Starting it costs about 35 s (the migrations on SQLite take most of it), once
for this module."""

import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.core.management import call_command

from federation.models import HarvestedItem, PartnerSource, QuestionMapping
from knowledge.models import KnowledgeProductPage, KnowledgeType
from tests.factories import OrganisationFactory, PartnerSourceFactory
from tests.federation.server import Canned

ROOT = Path(__file__).resolve().parents[2]
# What must not leak from the test run into the partner's process.
NOT_PASSED_ON = {
    "REDIS_URL",
    "OPENSEARCH_URL",
    "DATABASE_REPLICA_URL",
    "DJANGO_SETTINGS_MODULE",
    "PYTEST_XDIST_WORKER",
}


SEED = (
    "from django.core.management import call_command; "
    "call_command('migrate', verbosity=0); "
    "call_command('seed_partner_portal', verbosity=0)"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def partner_portal(tmp_path_factory):
    """The base URL of a second portal, running until the module ends."""
    folder = tmp_path_factory.mktemp("partner-portal")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {key: value for key, value in os.environ.items() if key not in NOT_PASSED_ON}
    env.update(
        DJANGO_SETTINGS_MODULE="ibds_portal.settings.dev",
        VAR_DIR=str(folder),
        DATABASE_URL=f"sqlite:///{folder / 'db.sqlite3'}",
        WAGTAILADMIN_BASE_URL=base,
        ALLOWED_HOSTS="127.0.0.1",
        LOG_LEVEL="WARNING",
    )
    manage = [sys.executable, str(ROOT / "manage.py")]
    # One process for both (Django starts once).
    subprocess.run(  # noqa: S603 - our own manage.py
        [*manage, "shell", "-c", SEED],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    server = subprocess.Popen(  # noqa: S603
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload", "--skip-checks"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/v1/vragen", timeout=2):  # noqa: S310
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def api_source(partner_portal, site_tree, question):
    source = PartnerSourceFactory(
        name="Provincie Partnerland (portaal)",
        kind="api",
        url=partner_portal,
        organisation=OrganisationFactory(
            name="Provincie Partnerland", short_name="PPL"
        ),
    )
    QuestionMapping.objects.create(
        source=source, remote_value="data-delen", question=question
    )
    return source


def test_a_partner_portal_is_harvested_through_its_api(
    client, partner_portal, api_source, question
):
    call_command("harvest_partner_sources", stdout=io.StringIO())

    api_source.refresh_from_db()
    assert api_source.last_error == ""
    assert api_source.item_count == 3
    checklist = KnowledgeProductPage.objects.get(
        external_url=f"{partner_portal}/kennisbank/checklist-datadeling/"
    )
    assert checklist.live
    assert checklist.title == "Checklist datadeling tussen gemeenten"
    assert checklist.summary == (
        "Tien vragen om te beantwoorden voordat je gegevens deelt."
    )
    assert checklist.knowledge_type == KnowledgeType.objects.get(slug="checklist")
    assert list(checklist.questions.all()) == [question]
    assert checklist.organisation == api_source.organisation
    assert not checklist.body  # the partner's full text stays there
    # Unmapped question: none of ours.
    register = KnowledgeProductPage.objects.get(
        external_url=f"{partner_portal}/kennisbank/algoritmeregister-handreiking/"
    )
    assert register.questions.count() == 0
    assert register.knowledge_type.slug == "handreiking"

    html = client.get(checklist.url).content.decode()
    assert (
        f'Bron: <a href="{partner_portal}/kennisbank/checklist-datadeling/" '
        'rel="external">Provincie Partnerland (portaal)</a>'
    ) in html
    hostile = KnowledgeProductPage.objects.get(
        external_url=f"{partner_portal}/kennisbank/lastige-titel/"
    )
    assert hostile.title == "Leidraad vet"
    assert hostile.summary == "Een titel met opmaak die niet mag doorkomen."
    page = client.get(hostile.url).content.decode()
    assert "alert(" not in page and "<b>vet" not in page

    # Again: nothing changed at the partner, nothing changes here.
    revisions = sorted(
        KnowledgeProductPage.objects.values_list("pk", "latest_revision_id")
    )
    call_command("harvest_partner_sources", stdout=io.StringIO())
    assert (
        sorted(KnowledgeProductPage.objects.values_list("pk", "latest_revision_id"))
        == revisions
    )
    assert HarvestedItem.objects.filter(source=api_source).count() == 3


def test_a_misbehaving_source_does_not_stop_the_partner_portal(
    partner_portal, api_source, served
):
    served.routes["/traag.xml"] = Canned(b"<feed>" + b" " * 5000, trickle=0.05)
    slow = PartnerSourceFactory(name="Trage bron", url=served.url("/traag.xml"))
    served.routes["/api/v1/kennisproducten?pageSize=100"] = Canned(
        b'{"resultaten": "geen lijst"}', "application/json"
    )
    broken = PartnerSourceFactory(name="Kapotte API", kind="api", url=served.url("/"))

    call_command("harvest_partner_sources", stdout=io.StringIO())

    for source in (slow, broken, api_source):
        source.refresh_from_db()
    assert "te traag" in slow.last_error and slow.last_success is None
    assert "resultaten" in broken.last_error and broken.last_success is None
    assert api_source.last_error == "" and api_source.item_count == 3
    assert PartnerSource.objects.filter(last_attempt__isnull=True).count() == 0
