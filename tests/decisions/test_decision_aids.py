"""Beslishulpen: the tree is checked on save, visitors walk it one question
at a time with the answers in the URL, results carry their verantwoording,
old links survive a new version, and tampered links get a clear 4xx."""

import io
import re

import pypdf
import pytest
from django.core.exceptions import ValidationError
from django.test import Client

import decisions.pdf
from decisions.pdf import pdf_bytes
from decisions.tree import MAX_STEPS, Tree
from tests.factories import (
    DecisionAidIndexPageFactory,
    DecisionAidPageFactory,
    QuestionPageFactory,
    outcome_node,
    question_node,
    small_tree,
)
from tests.pdf_checks import needs_pango

pytestmark = pytest.mark.django_db


@pytest.fixture
def aid(site_tree):
    index = DecisionAidIndexPageFactory(parent=site_tree.home)
    question = QuestionPageFactory(parent=site_tree.questions, title="Mag dit?")
    page = DecisionAidPageFactory(
        parent=index, slug="camera", title="Camerabeelden", questions=[question]
    )
    page.refresh_from_db()  # for live_revision_id
    return page


def problems_of(nodes, page):
    page.tree = nodes
    return [message for _position, message in Tree(page.tree).problems()]


def test_a_sound_tree_has_no_problems(aid):
    assert problems_of(small_tree(), aid) == []


def test_cycles_orphans_dead_ends_and_typos_are_named(aid):
    cyclic = [
        question_node("a", "A?", ("Ja", "b"), ("Nee", "klaar")),
        question_node("b", "B?", ("Ja", "a"), ("Nee", "klaar")),
        outcome_node("klaar"),
    ]
    assert any("'b' leidt terug naar 'a'" in p for p in problems_of(cyclic, aid))
    orphan = [*small_tree(), outcome_node("vergeten")]
    assert problems_of(orphan, aid) == [
        "'vergeten' is vanaf de eerste vraag niet te bereiken."
    ]
    dead_end = [
        question_node("a", "A?", ("Ja", "nergens"), ("Nee", "klaar")),
        outcome_node("klaar"),
    ]
    assert problems_of(dead_end, aid) == [
        "Vraag 'a', antwoord 1: de sleutel 'nergens' bestaat niet."
    ]
    twice = [*small_tree(), outcome_node("vrij")]
    assert "De sleutel 'vrij' komt meer dan eens voor." in problems_of(twice, aid)
    one_answer = [question_node("a", "A?", ("Ja", "klaar")), outcome_node("klaar")]
    assert "Vraag 'a' heeft minder dan twee antwoorden." in problems_of(one_answer, aid)
    assert problems_of([outcome_node("klaar")], aid) == [
        "De boom heeft geen vraag om mee te beginnen."
    ]


def test_saving_a_cyclic_tree_is_refused_beside_the_node(aid):
    aid.tree = [
        question_node("a", "A?", ("Ja", "b"), ("Nee", "klaar")),
        question_node("b", "B?", ("Ja", "a"), ("Nee", "klaar")),
        outcome_node("klaar"),
    ]
    with pytest.raises(ValidationError) as error:
        aid.full_clean()
    [stream_error] = error.value.error_dict["tree"]
    data = stream_error.as_json_data()
    assert "kringloop" in data["messages"][0]
    assert "kringloop" in data["blockErrors"][1]["messages"][0]  # at node 'b'


def walk(client, aid, answers=""):
    return client.get(aid.url, {"antwoorden": answers} if answers else {})


def test_a_visitor_walks_to_a_result_without_javascript(client, aid):
    start = walk(client, aid).content.decode()
    assert "Staan er personen op de beelden?" in start
    assert "Vraag 1 van hoogstens 2" in start
    version = aid.live_revision_id
    # Each link lands on the next question itself (#stap), not the page top.
    assert (
        f'href="/beslishulpen/camera/?antwoorden=1&amp;versie={version}#stap"' in start
    )

    second = walk(client, aid, "1").content.decode()
    assert "Past het nieuwe doel bij het oude?" in second
    assert "Vraag 2 van hoogstens 2" in second
    assert "Staan er personen op de beelden? <strong>Ja</strong>" in second
    assert "Terug naar de vorige vraag" in second

    result = walk(client, aid, "1-1")
    html = result.content.decode()
    assert result.status_code == 200
    assert "Toegestaan onder voorwaarden:" in html
    assert "Dat mag onder voorwaarden" in html
    assert "Verantwoording" in html and f"versie {version}" in html
    assert "AVG, artikel 6" in html
    assert "geen juridisch advies" in html
    # Changing the first answer: its link goes back to that question, which
    # marks the answer given before.
    assert f'href="/beslishulpen/camera/?versie={version}&amp;vorige=1#stap"' in html
    assert '<meta name="robots" content="noindex, nofollow">' in html


def test_the_verantwoording_downloads_as_markdown(client, aid):
    response = client.get(aid.url, {"antwoorden": "1-2", "formaat": "markdown"})
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    assert 'filename="verantwoording-camera.md"' in response["Content-Disposition"]
    text = response.content.decode()
    assert "# Verantwoording: Camerabeelden" in text
    assert "Staan er personen op de beelden?\n   Antwoord: Ja" in text
    assert "## Uitkomst: Niet toegestaan" in text
    assert "geen juridisch advies" in text


def test_changing_an_answer_marks_the_previous_one(client, aid):
    html = client.get(aid.url, {"antwoorden": "1", "vorige": "2"}).content.decode()
    marked = re.findall(r'<a class="([^"]*)" href="[^"]*antwoorden=1-(\d)', html)
    assert marked == [
        ("button button--secondary", "1"),
        ("button button--secondary decision__previous", "2"),
    ]
    # Read once, right after the answer it marks.
    assert 'decision__previous" href' in html
    assert '>Nee</a> <span class="decision__previous-label">je vorige antwoord' in html
    for odd in ("9", "x", "<b>", ""):
        other = client.get(aid.url, {"antwoorden": "1", "vorige": odd})
        assert other.status_code == 200
        assert "je vorige antwoord" not in other.content.decode()


def pdf_text(response) -> str:
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    return "\n".join(page.extract_text() for page in reader.pages)


@needs_pango
def test_the_verantwoording_downloads_as_a_tagged_pdf(client, aid, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://kenniscentrum.example"
    page = client.get(aid.url, {"antwoorden": "1-1"}).content.decode()
    assert "Download de verantwoording als PDF" in page
    # The print button: shown by the script, which the CSP allows (same origin).
    assert (
        '<button class="button button--secondary" type="button" data-print hidden>'
        in page
    )
    assert '<script src="/static/js/print.js" defer></script>' in page

    response = client.get(aid.url, {"antwoorden": "1-1", "formaat": "pdf"})
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="verantwoording-camera.pdf"' in response["Content-Disposition"]
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    root = reader.trailer["/Root"]
    # Tagged for screen readers, in Dutch, with its title shown.
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "nl"
    assert reader.metadata.title == "Verantwoording: Camerabeelden"
    text = " ".join(pdf_text(response).split())
    assert "Staan er personen op de beelden? Antwoord: Ja" in text
    assert "Uitkomst: Toegestaan onder voorwaarden" in text
    assert "geen juridisch advies" in text
    assert f"versie {aid.live_revision_id}" in text
    links = [
        annotation.get_object()["/A"]["/URI"]
        for pdf_page in reader.pages
        for annotation in pdf_page.get("/Annots", [])
        if "/URI" in annotation.get_object().get("/A", {})
    ]
    assert "https://kenniscentrum.example/vraagbaak/" in links


@needs_pango
def test_the_pdf_fetches_nothing(monkeypatch):
    """Whatever the HTML names (an editor's image, a stylesheet), the PDF is
    made without a single request."""
    import urllib.request

    fetched = []
    monkeypatch.setattr(
        urllib.request.OpenerDirector,
        "open",
        lambda self, url, *args, **kwargs: fetched.append(url),
    )
    html = (
        '<html lang="nl"><head><title>T</title>'
        '<link rel="stylesheet" href="http://169.254.169.254/s.css"></head>'
        '<body><p>Tekst</p><img src="http://169.254.169.254/latest/meta-data" alt="x">'
        '<img src="file:///etc/passwd" alt="y"></body></html>'
    )
    data = pdf_bytes(html)
    assert data.startswith(b"%PDF")
    assert fetched == []
    assert "Tekst" in pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()


@needs_pango
def test_pdfs_are_limited_per_visitor(client, aid, monkeypatch):
    monkeypatch.setattr(decisions.pdf, "PDFS_PER_HOUR", 2)
    query = {"antwoorden": "1-1", "formaat": "pdf"}
    assert [client.get(aid.url, query).status_code for _ in range(2)] == [200, 200]
    refused = client.get(aid.url, query)
    assert refused.status_code == 429
    assert "Probeer het over een uur opnieuw" in refused.content.decode()
    # The page itself, and the Markdown file, still answer.
    assert client.get(aid.url, {"antwoorden": "1-1"}).status_code == 200


def test_without_pango_the_pdf_link_explains_instead_of_failing(
    client, aid, monkeypatch
):
    monkeypatch.setattr(decisions.pdf, "pdf_available", lambda: False)
    response = client.get(aid.url, {"antwoorden": "1-1", "formaat": "pdf"})
    assert response.status_code == 503
    assert "Een PDF maken lukt op dit moment niet." in response.content.decode()


@pytest.mark.parametrize(
    "answers",
    [
        "3",
        "0",
        "1-1-1",
        "a",
        "1--2",
        "-".join(["1"] * (MAX_STEPS + 1)),
        "１",
        "1" * 5000,
    ],
)
def test_tampered_answers_get_a_clear_400(client, aid, answers):
    response = walk(client, aid, answers)
    assert response.status_code == 400
    assert "Deze link klopt niet" in response.content.decode()
    assert "Begin opnieuw" in response.content.decode()


def test_old_links_keep_their_version_and_drafts_stay_private(client, aid):
    old_version = aid.live_revision_id
    old_result = f"{aid.url}?antwoorden=2&versie={old_version}"
    assert "Dat mag" in client.get(old_result).content.decode()
    # The editors publish a new tree in which the first question has changed.
    aid.tree = [
        question_node("nieuw", "Is het beeld geblurd?", ("Ja", "ok"), ("Nee", "nee")),
        outcome_node("ok", "toegestaan", "Geblurd mag"),
        outcome_node("nee", "advies", "Vraag advies"),
    ]
    aid.save_revision().publish()
    html = client.get(old_result).content.decode()
    assert "Dat mag" in html and "Staan er personen op de beelden?" in html
    assert "Is het beeld geblurd?" in walk(client, aid).content.decode()
    # A draft's revision id is no version anyone may walk.
    aid.tree = small_tree()
    draft = aid.save_revision()
    gone = client.get(aid.url, {"versie": draft.pk})
    assert gone.status_code == 410
    assert "Deze beslishulp is gewijzigd" in gone.content.decode()
    assert client.get(aid.url, {"versie": "x" * 50}).status_code == 400


def test_only_get(aid):
    assert Client().post(aid.url).status_code == 405


def test_aids_are_listed_on_their_questions_and_in_the_kennisbank(client, aid):
    question = aid.questions.first()
    assert "Camerabeelden" in client.get(question.url).content.decode()
    assert "Camerabeelden" in client.get("/kennisbank/").content.decode()
    assert "Camerabeelden" in client.get("/beslishulpen/").content.decode()


def test_aids_are_found_by_search(client, aid):
    response = client.get("/zoeken/", {"q": "camerabeelden", "type": "beslishulp"})
    titles = [item["page"].title for item in response.context["result_items"]]
    assert titles == ["Camerabeelden"]


def test_the_editors_preview_shows_the_whole_tree(aid, rf, admin_user):
    aid.tree = [*small_tree(), outcome_node("vergeten")]
    request = rf.get("/")
    request.user = admin_user
    html = aid.serve_preview(request, "").render().content.decode()
    assert "Vraag ‘persoonsgegevens’" in html and "Uitkomst ‘vergeten’" in html
    assert "niet te bereiken" in html  # its problems, before publishing


def test_a_duplicate_key_is_reported_at_the_second_node(aid):
    aid.tree = [
        *small_tree(),
        question_node("vrij", "Nog eens?", ("Ja", "weg"), ("Nee", "vrij")),
    ]
    with pytest.raises(ValidationError) as error:
        aid.full_clean()
    data = error.value.error_dict["tree"][0].as_json_data()
    assert set(data["blockErrors"]) == {5}
    messages = " ".join(data["blockErrors"][5]["messages"])
    assert "komt meer dan eens voor" in messages and "'weg' bestaat niet" in messages


def test_an_old_version_shows_it_changed_and_bad_old_trees_give_410(client, aid):
    from decisions.views import published_version

    old = aid.live_revision_id
    aid.tree = [
        question_node("nieuw", "Is het beeld geblurd?", ("Ja", "ok"), ("Nee", "nee")),
        outcome_node("ok"),
        outcome_node("nee", "advies"),
    ]
    aid.save_revision().publish()
    html = client.get(aid.url, {"antwoorden": "2", "versie": old}).content.decode()
    assert "Deze beslishulp is sindsdien gewijzigd" in html
    # An old revision stored under an older, broken shape of the tree.
    from wagtail.models import Revision

    revision = Revision.objects.get(pk=old)
    revision.content["tree"] = '[{"type": "question", "value": {"key": "x"}}]'
    revision.save()
    assert published_version(aid, old) is not None
    response = client.get(aid.url, {"antwoorden": "1", "versie": old})
    assert response.status_code == 410


def test_a_scheduled_publication_is_a_version_too(aid):
    from wagtail.models import PageLogEntry

    from decisions.views import published_version

    revision = aid.save_revision()
    PageLogEntry.objects.log_action(aid, "wagtail.publish.scheduled", revision=revision)
    assert published_version(aid, revision.pk) is not None


def test_the_markdown_has_conditions_steps_and_plain_text(client, aid, site_tree):
    from tests.factories import KnowledgeProductPageFactory

    draft = KnowledgeProductPageFactory(parent=site_tree.knowledge, title="Concept")
    draft.unpublish()
    tree = small_tree()
    tree[3]["value"]["conditions"] = "<p>Gebruik &amp; beheer</p><ul><li>Eén</li></ul>"
    tree[3]["value"]["next_steps"] = [
        {"title": "Lees de leidraad", "page": None, "url": "https://wet.example/l"},
        {"title": "Niet openbaar", "page": draft.pk, "url": ""},
    ]
    aid.tree = tree
    aid.save_revision().publish()
    aid.refresh_from_db()
    page = client.get(aid.url, {"antwoorden": "1-1"}).content.decode()
    assert "Niet openbaar" in page and draft.url not in page  # named, not linked
    text = client.get(aid.url, {"antwoorden": "1-1", "formaat": "markdown"})
    body = text.content.decode()
    assert "Gebruik & beheer\n\n- Eén" in body
    assert "- Lees de leidraad (https://wet.example/l)" in body
    assert "- Stel je vraag aan de vraagbaak (http://testserver/vraagbaak/)" in body
    assert "Deze uitkomst terugzien: http://testserver/beslishulpen/camera/" in body


def test_a_tree_deeper_than_any_url_allows_is_refused(aid):
    chain = [
        question_node(f"v{n}", f"Vraag {n}?", ("Ja", f"v{n + 1}"), ("Nee", "einde"))
        for n in range(MAX_STEPS + 1)
    ]
    chain[-1] = question_node(
        f"v{MAX_STEPS}", "Laatste?", ("Ja", "einde"), ("Nee", "einde")
    )
    problems = problems_of([*chain, outcome_node("einde")], aid)
    assert problems == [f"De langste route heeft meer dan {MAX_STEPS} vragen."]
