"""The demo loader builds a complete site, and a second run duplicates nothing."""

import datetime
import io
import re
from urllib.parse import urlsplit

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone
from django.utils.html import escape
from pypdf import PdfReader
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site, WorkflowPage

from community.models import (
    CommunityGroupPage,
    CommunityIndexPage,
    EventIndexPage,
    EventPage,
    EventRegistration,
    MemberProfile,
    Membership,
)
from community.models.events import past, upcoming
from decisions.blocks import VERDICT_LABELS
from decisions.models import DecisionAidIndexPage, DecisionAidPage
from decisions.tree import Tree
from devtools.demo.community import data as community_demo
from devtools.demo.decisions import data as decision_demo
from devtools.demo.knowledge import cases, documents, products, questions
from devtools.demo.newsletter import data as newsletter_demo
from devtools.demo.trainings import data as training_demo
from knowledge.models import (
    GovernmentLayer,
    KnowledgeIndexPage,
    KnowledgeProductAttachment,
    KnowledgeProductPage,
    KnowledgeType,
    Organisation,
    Perspective,
    PracticeCaseIndexPage,
    PracticeCasePage,
    QuestionPage,
    StandardPage,
)
from newsletter.blocks import SECTION_KINDS
from newsletter.models import (
    CONSENT_VERSION,
    NewsletterIndexPage,
    NewsletterIssuePage,
    Subscriber,
)
from tests.pdf_checks import MAKES_PDF
from trainings.models import SOON, TrainingIndexPage, TrainingPage, TrainingRun

pytestmark = pytest.mark.django_db

DEMO_USERS = 3 + len(community_demo.MEMBERS)


def snapshot():
    return {
        "pages": Page.objects.count(),
        "organisations": Organisation.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        # A second run publishes nothing: no product or case changed.
        "item_revisions": sum(
            page.revisions.count()
            for model in (KnowledgeProductPage, PracticeCasePage)
            for page in model.objects.all()
        ),
        "users": get_user_model().objects.count(),
        "sites": Site.objects.count(),
        "workflow_pages": WorkflowPage.objects.count(),
        "profiles": MemberProfile.objects.count(),
        "memberships": Membership.objects.count(),
        "registrations": EventRegistration.objects.count(),
        "subscribers": Subscriber.objects.count(),
        "decision_aid_revisions": sum(
            aid.revisions.count() for aid in DecisionAidPage.objects.all()
        ),
    }


def check_complete():
    assert QuestionPage.objects.live().count() == 9
    assert KnowledgeProductPage.objects.live().count() >= 24
    assert PracticeCasePage.objects.live().count() >= 8
    assert set(StandardPage.objects.values_list("slug", flat=True)) >= {
        "over",
        "toegankelijkheid",
        "privacy",
    }
    # Every product and case answers at least one question; every question
    # has a written short answer and at least three linked products.
    for model in (KnowledgeProductPage, PracticeCasePage):
        assert not model.objects.filter(questions=None).exists()
    for question in QuestionPage.objects.all():
        assert len(question.short_answer) > 40
        assert KnowledgeProductPage.objects.filter(questions=question).count() >= 3
    # Spread over the taxonomy.
    used_types = set(
        KnowledgeProductPage.objects.values_list("knowledge_type", flat=True)
    )
    assert used_types == set(KnowledgeType.objects.values_list("pk", flat=True))
    assert set(PracticeCasePage.objects.values_list("phase", flat=True)) == {
        "verkenning",
        "pilot",
        "productie",
    }
    assert KnowledgeProductPage.objects.exclude(external_url="").exists()
    check_offers()
    for model in (KnowledgeIndexPage, PracticeCaseIndexPage, TrainingIndexPage):
        assert model.objects.get().get_workflow().name == "Redactie"
    check_trainings()
    check_community()
    check_newsletter()
    check_decision_aids()


# Made by WeasyPrint where it runs (CI: REQUIRE_PDF=1); else plain text.
PDF = MAKES_PDF
STARTING = "hoe-start-ik-een-dataproject"


def check_offers(pdf=PDF):
    """Every product offers its content, on its page, as documents or at its
    source, and each way is used; the documents were made by the loader:
    PDFs with their pages counted (or, without Pango, text files), an
    English one and a CSV among them."""
    ways = {"page": 0, "documents": 0, "source": 0}
    for product in KnowledgeProductPage.objects.live():
        attachments = list(product.attachments.select_related("document"))
        assert product.body or attachments or product.external_url, product.slug
        ways["documents"] += bool(attachments)
        ways["source"] += bool(product.external_url)
        ways["page"] += not attachments and not product.external_url
        assert product.document_facts == [a.card_facts() for a in attachments]
        for attachment in attachments:
            document = attachment.document
            assert document.file_size == document.file.size > 0
            if document.file_extension == "csv":
                continue
            with document.file.open("rb") as file:
                head = file.read(5)
            if pdf:
                assert head == b"%PDF-", document.title
                assert attachment.page_count >= 1, document.title
            else:
                assert document.file_extension == "txt", document.title
                assert head.startswith(b"# "), document.title
    assert min(ways.values()) >= 3, ways
    languages = set(
        KnowledgeProductAttachment.objects.values_list("language", flat=True)
    )
    assert languages == {"nl", "en"}
    formats = {
        document.file_extension for document in get_document_model().objects.all()
    }
    assert formats == ({"pdf", "csv"} if pdf else {"txt", "csv"})


def check_pdfs_made_here():
    """The demo PDFs are WeasyPrint's, tagged, in their own language."""
    for attachment in KnowledgeProductAttachment.objects.select_related("document"):
        if attachment.document.file_extension != "pdf":
            continue
        with attachment.document.file.open("rb") as file:
            reader = PdfReader(file)
            assert reader.metadata["/Producer"].startswith("WeasyPrint")
            assert reader.metadata["/Title"] == attachment.document.title
            assert reader.trailer["/Root"]["/Lang"] == attachment.language
            assert len(reader.pages) == attachment.page_count


def check_cases_on_their_questions(client):
    """A gemeente starting a data project finds a gemeente's case there."""
    question = QuestionPage.objects.get(slug=STARTING)
    found = PracticeCasePage.objects.live().filter(
        questions=question, organisation__government_layer__slug="gemeente"
    )
    assert found.count() >= 2
    html = client.get(question.url).content.decode()
    for case in found:
        assert escape(case.title) in html, case.slug


def check_perspectives_narrow(client):
    """Items carry their main perspective(s), so that choosing one narrows
    the kennisbank and the cases: together the perspectives give hardly
    more items than there are (three each would give three times as many)."""
    for url in ("/kennisbank/", "/praktijkvoorbeelden/"):
        total = client.get(url).context["paginator"].count
        counts = [
            client.get(url, {"perspectief": perspective.slug})
            .context["paginator"]
            .count
            for perspective in Perspective.objects.all()
        ]
        assert all(0 < count < total for count in counts), (url, counts, total)
        assert sum(counts) <= 1.25 * total, (url, counts, total)


def undo_corrections():
    """An install from before the corrections: a product with every
    perspective and no documents, a case not on the starting question, the
    new case missing."""
    everything = list(Perspective.objects.all())
    product = KnowledgeProductPage.objects.get(slug="leidraad-start-dataproject")
    product.perspectives = everything
    product.attachments = []
    product.save_revision().publish()
    case = PracticeCasePage.objects.get(slug="lindeveen-scanautobeelden-bijplaatsingen")
    case.questions = [q for q in case.questions.all() if q.slug != STARTING]
    case.perspectives = everything
    case.save_revision().publish()
    PracticeCasePage.objects.get(slug="heulendonk-meldingen-openbare-ruimte").delete()


def check_trainings():
    """At least 12 trainings from varied providers, with runs before and after
    today; the catalogue shows the current ones."""
    trainings = TrainingPage.objects.live()
    assert trainings.count() >= 12
    assert trainings.values("provider").distinct().count() >= 6
    today = timezone.localdate()
    runs = TrainingRun.objects.all()
    assert runs.filter(start__lt=today).exists()
    assert runs.filter(start__gt=today).exists()
    assert runs.filter(start__gt=today, start__lte=today + SOON).exists()
    current = trainings.current()
    assert 0 < current.count() < trainings.count()  # one has only past runs
    assert set(trainings.values_list("cost", flat=True)) == {
        "gratis",
        "gratis-certificaat",
        "betaald",
    }


def check_community():
    """/community/ with the four groups, and published meetups both coming
    and past, registering in every way."""
    community = CommunityIndexPage.objects.live().get()
    assert community.url == "/community/"
    groups = CommunityGroupPage.objects.child_of(community).live()
    assert set(groups.values_list("title", flat=True)) >= {
        "Kopgroep Datagedreven werken",
        "Kopgroep Ethiek",
        "Expertgroep Data Science",
        "Netwerk Datagedreven werken gemeenten",
    }
    assert set(groups.values_list("join_policy", flat=True)) == {"open", "aanvraag"}
    assert not groups.filter(questions=None).exists()
    index = EventIndexPage.objects.child_of(community).live().get()
    assert index.url == "/community/bijeenkomsten/"
    events = index.events()
    assert upcoming(events).count() >= 4
    assert past(events).count() >= 4
    assert not past(events).filter(report="").exists()
    assert past(events).exclude(recording_url="").exists()
    assert set(events.values_list("registration", flat=True)) == {
        "portaal",
        "extern",
        "geen",
    }
    assert upcoming(events).filter(registration="portaal", capacity=12).exists()
    assert events.filter(location="").exists()  # online only
    assert events.filter(online_url="").exists()  # on location only
    assert events.exclude(location="").exclude(online_url="").exists()  # hybrid


def check_newsletter():
    """/nieuwsbrief/ with two live issues from the previous two months, sent
    at 08:00 on their date, that together use every kind of section."""
    index = NewsletterIndexPage.objects.live().get()
    assert index.url == "/nieuwsbrief/"
    assert index.show_in_menus
    issues = list(index.issues())
    assert len(issues) == 2
    today = timezone.localdate()
    months = set()
    for issue in issues:
        assert issue.slug == issue.title.removeprefix("Data-nieuwsbrief ").replace(
            " ", "-"
        )
        sent = timezone.localtime(issue.first_published_at)
        assert (sent.date(), sent.time()) == (issue.issue_date, datetime.time(8))
        assert 25 <= (today - issue.issue_date).days <= 62
        months.add((issue.issue_date.year, issue.issue_date.month))
        assert 4 <= len(issue.sections) <= 6
    assert len(months) == 2
    kinds = {block.value["kind"] for issue in issues for block in issue.sections}
    assert kinds == {kind for kind, _label in SECTION_KINDS}


DECISION_AIDS = {"camerabeelden-hergebruiken", "gegevens-delen-andere-overheid"}


def check_decision_aids():
    """/beslishulpen/ in the menu, with the two live beslishulpen; each
    tree sound, linked to questions, the camera tree at least ten nodes."""
    index = DecisionAidIndexPage.objects.live().get()
    assert index.url == "/beslishulpen/"
    assert index.show_in_menus
    assert index.intro
    aids = DecisionAidPage.objects.child_of(index).live()
    assert set(aids.values_list("slug", flat=True)) == DECISION_AIDS
    for aid in aids:
        assert Tree(aid.tree).problems() == [], aid.slug
        assert 1 <= aid.questions.count() <= 2, aid.slug
        assert aid.summary and aid.intro
    assert len(aids.get(slug="camerabeelden-hergebruiken").tree) >= 10


def check_decision_paths(client):
    """Walk every path of every demo tree as a visitor, one answer at a time:
    every path ends in an outcome with its verdict and a Verantwoording, and
    the outcomes of the two trees together give all four verdicts."""
    index = DecisionAidIndexPage.objects.live().get()
    response = client.get(index.url)
    assert response.status_code == 200
    assert {aid.slug for aid in response.context["aids"]} == DECISION_AIDS
    verdicts = set()
    for aid in DecisionAidPage.objects.live():
        reached, paths = walk_every_path(client, aid)
        tree = Tree(aid.tree)
        assert set(reached) == set(tree.nodes), aid.slug  # every node visited
        assert paths >= 4, aid.slug
        verdicts |= {
            node.value["verdict"] for node in reached.values() if node.is_outcome
        }
    assert verdicts == set(VERDICT_LABELS)


def walk_every_path(client, aid):
    """(the nodes reached by key, the number of paths) of one beslishulp."""
    reached, paths, todo = {}, 0, [[]]
    while todo:
        answers = todo.pop()
        path = "-".join(str(number) for number in answers)
        url = f"{aid.url}?antwoorden={path}&versie={aid.live_revision_id}"
        response = client.get(url)
        assert response.status_code == 200, url
        node = response.context["node"]
        reached[node.key] = node
        if node.is_outcome:
            paths += 1
            html = response.content.decode()
            assert "Verantwoording" in html, url
            assert str(VERDICT_LABELS[node.value["verdict"]]) in html, url
            assert escape(node.value["title"]) in html, url
        else:
            assert len(answers) < 20, url  # no endless path
            options = response.context["options"]
            assert len(options) >= 2, url
            todo += [[*answers, number] for number in range(1, len(options) + 1)]
    return reached, paths


def check_subscribers():
    """The demo subscribers with their statuses and consent records."""
    subscribers = Subscriber.objects.select_related("government_layer")
    assert {s.email: s.status for s in subscribers} == {
        data["email"]: data["status"] for data in newsletter_demo.SUBSCRIBERS
    }
    assert set(subscribers.values_list("status", flat=True)) == {
        "actief",
        "gepauzeerd",
        "wacht",
    }
    for subscriber in subscribers:
        assert subscriber.consent_version == CONSENT_VERSION
        assert subscriber.government_layer is not None
        assert subscriber.questions.exists()
        pending = subscriber.status == Subscriber.Status.PENDING
        assert (subscriber.confirmed_at is None) == pending


def check_members(client):
    """The demo members, active, with the demo password; on a group page,
    members see only the members who opted in to be listed."""
    profiles = MemberProfile.objects.select_related("user")
    assert {profile.user.email for profile in profiles} == {
        member["email"] for member in community_demo.MEMBERS
    }
    for profile in profiles:
        assert profile.user.is_active
        assert profile.user.username.startswith("lid-")
        assert profile.user.check_password("kenniscentrum-demo")
    assert profiles.filter(listed=False).exists()
    ethics = CommunityGroupPage.objects.get(slug="kopgroep-ethiek")
    moderator = ethics.memberships.get(is_moderator=True, status="lid").user
    assert (
        ethics.memberships.filter(status="aangevraagd").exclude(motivation="").exists()
    )
    unlisted = MemberProfile.objects.filter(
        listed=False,
        user__group_memberships__group=ethics,
        user__group_memberships__status="lid",
    ).get()
    client.force_login(moderator)
    response = client.get(ethics.url)
    client.logout()
    names = {member["name"] for member in response.context["members"]}
    assert moderator.member_profile.name in names
    assert unlisted.name not in names
    assert len(response.context["requests"]) == 1
    coming = upcoming(EventPage.objects.filter(registration="portaal"))
    assert EventRegistration.objects.filter(event__in=coming).count() >= 2


def check_served(client):
    site = Site.objects.get(is_default_site=True)
    for page in site.root_page.get_descendants(inclusive=True).live().specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    check_demo_figure(client)
    assert client.get("/vragen/hoe-start-ik-een-dataproject/").status_code == 200
    check_cases_on_their_questions(client)
    check_perspectives_narrow(client)
    if PDF:
        check_pdfs_made_here()
    assert client.get("/community/bijeenkomsten/archief/").status_code == 200
    for issue in NewsletterIssuePage.objects.live():
        assert client.get(issue.url).status_code == 200, issue.url
    assert client.get("/nieuwsbrief/feed/").status_code == 200
    for query in ("dataprojecten", "juridische", "camerabeelden", "datakoers"):
        response = client.get("/zoeken/", {"q": query})
        assert response.context["total"] > 0, query


def test_demo_loader_builds_a_complete_site_and_is_idempotent(settings, client):
    # One test, because loading the demo takes seconds: first without demo
    # accounts (as outside development), then again with them.
    settings.IBDS_DEMO_ACCOUNTS = False
    call_command("load_demo_content", "--force", stdout=None)
    assert not get_user_model().objects.exists()
    assert not Subscriber.objects.exists()
    check_complete()
    check_served(client)
    check_decision_paths(client)

    before = snapshot()
    settings.IBDS_DEMO_ACCOUNTS = True
    call_command("load_demo_content", "--force", stdout=None)
    after = snapshot()
    assert after.pop("users") == DEMO_USERS
    assert after.pop("profiles") == len(community_demo.MEMBERS)
    assert after.pop("memberships") > 0
    assert after.pop("registrations") > 0
    assert after.pop("subscribers") == len(newsletter_demo.SUBSCRIBERS)
    for key in ("users", "profiles", "memberships", "registrations", "subscribers"):
        before.pop(key)
    assert after == before  # nothing duplicated

    editor = get_user_model().objects.get(username="redacteur")
    assert editor.check_password("kenniscentrum-demo")
    assert editor.groups.filter(name="Editors").exists()
    assert not editor.is_superuser
    check_members(client)
    check_subscribers()

    with_members = snapshot()
    call_command("load_demo_content", "--force", stdout=None)
    assert snapshot() == with_members

    # A day later the loader moves the demo runs along with today.
    # And the demo meetups too, with their local start times.
    first = sorted(TrainingRun.objects.values_list("start", flat=True))
    meetups = meetup_starts()
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1)):
        call_command("load_demo_content", "--force", stdout=None)
    later = sorted(TrainingRun.objects.values_list("start", flat=True))
    assert later == [day + datetime.timedelta(days=1) for day in first]
    assert meetup_starts() == [
        (slug, day + datetime.timedelta(days=1), time) for slug, day, time in meetups
    ]
    assert snapshot() == with_members

    # An install from before the corrections gets them on the next run, once.
    undo_corrections()
    call_command("load_demo_content", "--force", stdout=None)
    product = KnowledgeProductPage.objects.get(slug="leidraad-start-dataproject")
    assert [p.slug for p in product.perspectives.all()] == ["technisch"]
    assert product.attachments.count() == 2
    assert product.live_revision == product.get_latest_revision()
    check_offers()
    check_cases_on_their_questions(client)
    check_perspectives_narrow(client)
    corrected = snapshot()
    assert corrected["item_revisions"] > with_members["item_revisions"]
    call_command("load_demo_content", "--force", stdout=None)
    assert snapshot() == corrected


def test_demo_loader_without_pango_offers_text_documents(settings, monkeypatch):
    """Without Pango the loader still succeeds, says so, and the products
    offer the same documents as text files; once PDFs can be made, the next
    run makes them and the cards follow."""
    settings.IBDS_DEMO_ACCOUNTS = False
    from devtools.management.commands import load_demo_content

    monkeypatch.setattr(load_demo_content, "pdf_available", lambda: False)
    out = io.StringIO()
    call_command("load_demo_content", "--force", stdout=out)
    assert "Pango is missing" in out.getvalue()
    check_offers(pdf=False)
    product = KnowledgeProductPage.objects.get(slug="toolbox-datakoers")
    assert product.card_offer == "TXT"
    if PDF:
        monkeypatch.setattr(load_demo_content, "pdf_available", lambda: True)
        call_command("load_demo_content", "--force", stdout=None)
        check_offers(pdf=True)
        product.refresh_from_db()
        assert re.fullmatch(r"PDF, \d+ pagina('s)?", product.card_offer)


def check_demo_figure(client):
    """The stappenplan shows its drawn diagram as responsive renditions."""
    (data,) = [item for item in products.PRODUCTS if "figure" in item]
    image = get_image_model().objects.get(title=data["figure"]["title"])
    assert (image.width, image.height) == (1600, 900)
    page = KnowledgeProductPage.objects.get(slug=data["slug"])
    html = client.get(page.url).content.decode()
    assert 'type="image/avif"' in html
    assert html.count(".avif ") == 3  # 1200, 800 and 400 wide in srcset
    assert html.count(".webp ") == 3
    assert 'width="1200"' in html and 'height="675"' in html
    assert f'alt="{escape(data["figure"]["alt"])}"' in html
    assert data["figure"]["caption"] in html


def meetup_starts():
    return [
        (
            page.slug,
            timezone.localdate(page.start),
            timezone.localtime(page.start).time(),
        )
        for page in EventPage.objects.order_by("slug")
    ]


def test_demo_data_references_resolve():
    question_slugs = {q["slug"] for q in questions.QUESTIONS}
    product_slugs = {p["slug"] for p in products.PRODUCTS}
    case_slugs = {c["slug"] for c in cases.CASES}
    for item in [*products.PRODUCTS, *cases.CASES]:
        assert set(item["questions"]) <= question_slugs, item["slug"]
    for case in cases.CASES:
        assert set(case["products_used"]) <= product_slugs, case["slug"]
    # Every product offers its content, and each of the three ways is used.
    for product in products.PRODUCTS:
        assert set(product["documents"]) <= set(documents.DOCUMENTS), product["slug"]
        assert product["body"] or product["documents"] or product["external_url"]
        assert 1 <= len(product["perspectives"]) <= 2, product["slug"]
    assert all(
        any(way(product) for product in products.PRODUCTS)
        for way in (
            lambda p: p["documents"],
            lambda p: p["external_url"],
            lambda p: p["body"] and not p["documents"] and not p["external_url"],
        )
    )
    for training in training_demo.TRAININGS:
        assert set(training["questions"]) <= question_slugs, training["slug"]
    group_slugs = {group["slug"] for group in community_demo.GROUPS}
    portal_coming = {
        event["slug"]
        for event in community_demo.EVENTS
        if event["registration"] == "portaal" and event["days_from_now"] > 0
    }
    for item in [*community_demo.GROUPS, *community_demo.EVENTS]:
        assert len(item["summary"]) <= 300, item["slug"]
    for group in community_demo.GROUPS:
        assert set(group["questions"]) <= question_slugs, group["slug"]
    for event in community_demo.EVENTS:
        assert event["group"] is None or event["group"] in group_slugs, event["slug"]
    for member in community_demo.MEMBERS:
        assert member["email"].endswith("@example.nl")
        assert member["email"] == member["email"].lower()
        assert set(member["questions"]) <= question_slugs, member["email"]
        assert {m["group"] for m in member["memberships"]} <= group_slugs
        assert set(member["registrations"]) <= portal_coming, member["email"]
    check_newsletter_data(question_slugs)
    check_decision_data(question_slugs, {*product_slugs, *case_slugs})


def check_decision_data(question_slugs, page_slugs):
    """Within the pages' limits; links to example.nl or demo pages only."""
    assert {aid["slug"] for aid in decision_demo.AIDS} == DECISION_AIDS
    for aid in decision_demo.AIDS:
        assert len(aid["summary"]) <= 300, aid["slug"]
        assert 2 <= len(aid["intro"]) <= 3, aid["slug"]
        assert set(aid["questions"]) <= question_slugs, aid["slug"]
        for node in aid["tree"]:
            for field in ("legal_basis", "next_steps"):
                for link in node.get(field, []):
                    assert len(link["title"]) <= 200
                    if "page" in link:
                        assert link["page"] in page_slugs, link
                    else:
                        host = urlsplit(link["url"]).hostname
                        assert host == "example.nl" or host.endswith(".example.nl")


def check_newsletter_data(question_slugs):
    """Within the blocks' limits, links only to example.nl, known slugs."""
    for issue in newsletter_demo.ISSUES:
        assert len(issue["intro"]) <= 1200
        for _kind, entries in issue["sections"]:
            assert 1 <= len(entries) <= 3
            for entry in entries:
                assert len(entry["title"]) <= 160
                assert len(entry["text"]) <= 600
                assert len(entry.get("source", "")) <= 80
                host = urlsplit(entry["url"]).hostname
                assert host == "example.nl" or host.endswith(".example.nl")
    layers = set(GovernmentLayer.objects.values_list("slug", flat=True))
    for subscriber in newsletter_demo.SUBSCRIBERS:
        assert subscriber["email"].endswith("@example.nl")
        assert subscriber["email"] == subscriber["email"].lower()
        assert subscriber["layer"] in layers
        assert set(subscriber["questions"]) <= question_slugs, subscriber["email"]


def test_demo_loader_refuses_outside_development(settings, db):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="democontent"):
        call_command("load_demo_content", stdout=None)
    assert not KnowledgeProductPage.objects.exists()
