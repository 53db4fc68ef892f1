import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, User
from wagtail.models import Page, Site

from community.models import Enquiry, EventRegistration, MemberProfile, Membership
from feedback.models import Feedback
from knowledge.models import GovernmentLayer, KnowledgeProductAttachment, KnowledgeType
from tests.factories import (
    CommunityGroupPageFactory,
    CommunityIndexPageFactory,
    DecisionAidIndexPageFactory,
    DecisionAidPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    HomePageFactory,
    KnowledgeIndexPageFactory,
    KnowledgeProductPageFactory,
    NewsletterIndexPageFactory,
    NewsletterIssuePageFactory,
    OpenDataPageFactory,
    PracticeCaseIndexPageFactory,
    PracticeCasePageFactory,
    QuestionIndexPageFactory,
    QuestionPageFactory,
    StandardPageFactory,
    TrainingIndexPageFactory,
    TrainingPageFactory,
    make_document,
    moment,
    pdf_bytes,
    run,
    section,
    term,
)

SAMPLE_ENQUIRY_TOKEN = "voorbeeld-vraagbaak-link-0123456789abcdef"
# The sample Nee whose comment page tests.pages lists.
SAMPLE_FEEDBACK_ID = 4301
# Logs in for tests.pages.MEMBER_PAGES: (e-mail address, password).
SAMPLE_MEMBER = ("fatima@gemeente.example", "een lange zin als wachtwoord")
# Newsletter subscribers of the sample site: id -> status (tests.pages).
SAMPLE_SUBSCRIBERS = {4201: "wacht", 4202: "actief"}


MEMBER_PASSWORD = "een lange zin als wachtwoord"


@pytest.fixture
def member(django_user_model):
    """An active member (lid@gemeente.example) with a profile."""
    user = django_user_model.objects.create_user(
        "lid-1", email="lid@gemeente.example", password=MEMBER_PASSWORD
    )
    MemberProfile.objects.create(user=user, name="Lid Een")
    return user


def staff_user(django_user_model, username: str, group: str):
    user = django_user_model.objects.create_user(
        username, email=f"{username}@kenniscentrum.example", password="geheim-1234"
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(django_user_model):
    """An editor (Wagtail's Editors group: page permissions on the whole
    tree). The features' own permissions come with setup_editorial(), which
    tests that need them call (it also puts sections under the workflow)."""
    return staff_user(django_user_model, "redacteur", "Editors")


@pytest.fixture
def moderator(django_user_model):
    """A moderator (eindredacteur): approves and publishes."""
    return staff_user(django_user_model, "eindredacteur", "Moderators")


@pytest.fixture
def newcomer(django_user_model):
    """May use the admin (access_admin) and nothing else: what an admin
    view or panel must refuse to who lacks its permission."""
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("stagiair", password="geheim-1234")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def site_tree(db):
    """Home page with the three sections, as the default site (fresh per test)."""
    root = Page.get_first_root_node()
    # Wagtail's migrations leave a placeholder page and site; replace them.
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    home = HomePageFactory(parent=root)
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    return SimpleNamespace(
        home=home,
        questions=QuestionIndexPageFactory(parent=home),
        knowledge=KnowledgeIndexPageFactory(parent=home),
        cases=PracticeCaseIndexPageFactory(parent=home),
        trainings=TrainingIndexPageFactory(parent=home),
    )


@pytest.fixture
def sample_pages(site_tree):
    """One page of every type, with every body block, for the page checks.

    tests/pages.py lists their URLs for the site-wide checks.
    URLs: /vragen/starten/, /vragen/tweede/, /kennisbank/leidraad/ (with a
    Dutch and an English PDF), /kennisbank/extern/ (kept at its source),
    /kennisbank/overgenomen/ (harvested from a partner), /kennisbank/toolbox/,
    /praktijkvoorbeelden/voorbeeld/, /privacy/, /open-data/,
    /opleidingen/datagedreven-werken/
    (past, coming and full runs), /opleidingen/zelfstudie-datakwaliteit/ and
    an answered vraagbaak question at /vraagbaak/<SAMPLE_ENQUIRY_TOKEN>/;
    /community/ with groups datagedreven-werken (open) and ethiek (on request),
    /community/bijeenkomsten/ with meetups meetup (sign up here, capacity 30,
    agenda), extern (external sign-up) and terugblik (past, with report).
    """
    question = QuestionPageFactory(
        parent=site_tree.questions,
        slug="starten",
        title="Hoe start ik een dataproject?",
        body=[{"type": "heading", "value": {"text": "Waarom", "level": "h2"}}],
        steps=[{"type": "step", "value": {"title": "Begin", "text": "<p>x</p>"}}],
    )
    QuestionPageFactory(parent=site_tree.questions, slug="tweede")
    product = KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        slug="leidraad",
        title="Leidraad verantwoord datagebruik",
        questions=[question],
        government_layers=[term(GovernmentLayer, "gemeente")],
        tags=["AVG"],
        body=[
            {"type": "heading", "value": {"text": "Inhoud", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Tekst</p>"},
            {
                "type": "callout",
                "value": {"kind": "tip", "title": "Tip", "text": "<p>Let op.</p>"},
            },
            {"type": "quote", "value": {"quote": "Begin klein.", "attribution": "FG"}},
        ],
        attachments=[
            KnowledgeProductAttachment(
                document=make_document(
                    "Leidraad verantwoord datagebruik", pdf_bytes(3), "leidraad.pdf"
                ),
                sort_order=0,
            ),
            KnowledgeProductAttachment(
                document=make_document(
                    "Responsible data use: a summary", pdf_bytes(1), "summary.pdf"
                ),
                language="en",
                sort_order=1,
            ),
        ],
    )
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        slug="extern",
        body=[],
        external_url="https://vng.nl",
        # Past its review date: the page says it may be out of date.
        last_reviewed=datetime.date(2024, 5, 1),
    )
    # Taken over from a partner portal by a harvest (federation): "Bron: ...".
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        slug="overgenomen",
        title="Checklist datadeling van een partner",
        knowledge_type=term(KnowledgeType, "checklist"),
        body=[],
        external_url="https://partner.example/kennisbank/checklist/",
        harvested_from="Kennisportaal Partnerland",
        content_owner="Kennisportaal Partnerland",
    )
    KnowledgeProductPageFactory(
        parent=site_tree.knowledge,
        slug="toolbox",
        title="Toolbox datakoers",
        knowledge_type=term(KnowledgeType, "toolbox"),
        questions=[question],
    )
    PracticeCasePageFactory(
        parent=site_tree.cases,
        slug="voorbeeld",
        questions=[question],
        products_used=[product],
    )
    StandardPageFactory(parent=site_tree.home, slug="privacy", title="Privacy")
    OpenDataPageFactory(parent=site_tree.home)
    TrainingPageFactory(
        parent=site_tree.trainings,
        slug="datagedreven-werken",
        title="Datagedreven werken voor bestuurders",
        description="<p>Wat data kan betekenen voor <b>beleid</b>.</p>",
        questions=[question],
        government_layers=[term(GovernmentLayer, "gemeente")],
        workload_hours=8,
        duration="2 dagen",
        cost="betaald",
        price="450.00",
        registration_url="https://academie.example/aanmelden",
        runs=[run(-40), run(20, days=2), run(45, online=True, status="vol")],
    )
    TrainingPageFactory(
        parent=site_tree.trainings,
        slug="zelfstudie-datakwaliteit",
        title="Zelfstudie datakwaliteit",
        format="zelfstudie",
        cost="gratis-certificaat",
        price="95.00",
        runs=[],
    )
    community = CommunityIndexPageFactory(parent=site_tree.home)
    group = CommunityGroupPageFactory(
        parent=community,
        slug="datagedreven-werken",
        title="Kopgroep Datagedreven werken",
        questions=[question],
    )
    ethics = CommunityGroupPageFactory(
        parent=community,
        slug="ethiek",
        title="Kopgroep Ethiek",
        kind="kopgroep",
        join_policy="aanvraag",
    )
    events = EventIndexPageFactory(parent=community)
    meetup = EventPageFactory(
        parent=events,
        slug="meetup",
        title="Meetup datastrategie",
        group=group,
        online_url="https://vergaderen.example/meetup",
        capacity=30,
        description="<p>Een middag over <b>datastrategie</b>.</p>",
        agenda=[
            {"type": "item", "value": {"time": "13.30", "subject": "Welkom"}},
            {
                "type": "item",
                "value": {"time": "14.00", "subject": "Casus", "speaker": "Provincie"},
            },
        ],
    )
    EventPageFactory(
        parent=events,
        slug="extern",
        title="Congres datagedreven overheid",
        start=moment(40, hour=9),
        registration="extern",
        registration_url="https://congres.example/aanmelden",
    )
    EventPageFactory(
        parent=events,
        slug="terugblik",
        title="Terugblik op de eerste meetup",
        start=moment(-30),
        location="",
        online_url="https://vergaderen.example/terug",
        registration="geen",
        report="<p>We bespraken drie casussen.</p>",
        recording_url="https://video.example/opname",
    )
    add_sample_members(group, ethics, meetup)
    add_sample_newsletter(site_tree.home)
    DecisionAidPageFactory(
        parent=DecisionAidIndexPageFactory(parent=site_tree.home),
        slug="voorbeeld",
        title="Camerabeelden hergebruiken",
        questions=[question],
    )
    # A Nee on the question page, waiting for its comment (tests.pages links
    # to its comment page by this fixed id).
    Feedback.objects.create(pk=SAMPLE_FEEDBACK_ID, page=question, helped=False)
    Enquiry.objects.create(
        token=SAMPLE_ENQUIRY_TOKEN,
        question="Mogen wij sensordata delen met de provincie?",
        email="vraagsteller@gemeente.example",
        status="beantwoord",
        answer="Ja, als je vooraf afspraken maakt over doel en bewaartermijn.",
    )


def add_sample_members(group, ethics, meetup):
    """The sample member (SAMPLE_MEMBER, tests.pages.MEMBER_PAGES): in `group`
    with a listed colleague, moderator of `ethics` with a request waiting,
    signed up for `meetup`."""
    member = User.objects.create_user(
        "lid-voorbeeld", email=SAMPLE_MEMBER[0], password=SAMPLE_MEMBER[1]
    )
    MemberProfile.objects.create(user=member, name="Fatima Bakker", listed=True)
    colleague = User.objects.create_user("lid-collega", email="collega@x.example")
    MemberProfile.objects.create(
        user=colleague,
        name="Sanne Visser",
        organisation="Provincie Utrecht",
        listed=True,
    )
    asking = User.objects.create_user("lid-vraagt", email="vraagt@x.example")
    MemberProfile.objects.create(user=asking, name="Joost de Vries")
    Membership.objects.create(group=group, user=member)
    Membership.objects.create(group=group, user=colleague)
    Membership.objects.create(group=ethics, user=member, is_moderator=True)
    Membership.objects.create(
        group=ethics, user=asking, status="aangevraagd", motivation="Ik doe mee."
    )
    EventRegistration.objects.create(event=meetup, user=member)


def add_sample_newsletter(home):
    """/nieuwsbrief/ with an issue (/nieuwsbrief/juni-2026/) and the sample
    subscribers whose links tests/pages.py lists (fixed ids: the links are
    signed ids)."""
    from newsletter.models import CONSENT_VERSION, Subscriber

    index = NewsletterIndexPageFactory(parent=home)
    NewsletterIssuePageFactory(
        parent=index,
        slug="juni-2026",
        title="Data-nieuwsbrief juni 2026",
        sections=[section("nationaal", "Handreiking"), section("agenda", "Congres")],
    )
    for pk, status in SAMPLE_SUBSCRIBERS.items():
        Subscriber.objects.create(
            pk=pk,
            email=f"abonnee{pk}@gemeente.example",
            status=status,
            consent_version=CONSENT_VERSION,
            consent_form="pagina",
        )


def pytest_terminal_summary(terminalreporter):
    """Say it loudly when the browser tests or the HTML validity check did
    not run."""
    skipped = terminalreporter.stats.get("skipped", [])
    if any("chromium" in str(report.longrepr) for report in skipped):
        terminalreporter.write_sep(
            "!",
            "browser tests SKIPPED: no chromium on PATH (apt install chromium); "
            "CI runs them",
            yellow=True,
        )
    if any("(vnu) not checked" in str(report.longrepr) for report in skipped):
        terminalreporter.write_sep(
            "!",
            "HTML validity SKIPPED: needs java and vnu.jar (make install); CI runs it",
            yellow=True,
        )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """The test database. Returns the copy of its migrations' data (root page,
    taxonomy, groups) that Django made because some test asked for
    `serialized_rollback`, for `migration_data`."""
    from django.db import connection

    return getattr(connection, "_test_serialized_contents", None)


@pytest.fixture
def migration_data(transactional_db, django_db_setup):
    """For tests on committed data (a live server), marked
    `django_db(transaction=True, serialized_rollback=True)`: the migrations'
    data, loaded at the start of the test.

    Django itself restores it from a copy kept on the connection object, but
    under Playwright's event loop later tests get another connection object,
    without the copy, so the restore silently did nothing (and the flush
    after each test recreated content types under new keys). This empties
    the database, loads the same copy by hand and moves the sequences past
    the loaded keys (PostgreSQL would otherwise hand out id 1 again).
    """
    from django.apps import apps
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connection

    assert django_db_setup, "mark the test serialized_rollback=True"
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    connection.creation.deserialize_db_from_string(django_db_setup)
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@pytest.fixture
def clear_cache():
    """A fresh cache: nothing kept by earlier tests (rate limits live in the
    database, which each test's rollback resets)."""
    from django.core.cache import cache

    cache.clear()
