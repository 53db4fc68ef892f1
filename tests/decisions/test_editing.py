"""An editor builds a small tree in the admin; one with a deliberate cycle
is refused, naming the node, and nothing is lost."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text, streamfield

from decisions.models import DecisionAidPage
from tests.factories import DecisionAidIndexPageFactory
from tests.knowledge.test_editing import page_form

pytestmark = pytest.mark.django_db


def list_block(values):
    data = {
        str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
        for index, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


def question(key, text, *answers):
    return (
        "question",
        {
            "key": key,
            "question": text,
            "help": "",
            "answers": list_block(
                [{"label": label, "next": target} for label, target in answers]
            ),
        },
    )


def outcome(key, verdict="toegestaan"):
    return (
        "outcome",
        {
            "key": key,
            "verdict": verdict,
            "title": f"Uitkomst {key}",
            "explanation": rich_text(f"<p>Uitleg {key}.</p>"),
            "conditions": rich_text(""),
            "legal_basis": list_block([]),
            "next_steps": list_block([]),
        },
    )


def aid_form(*nodes):
    return page_form(
        title="Mag ik sensordata delen?",
        slug="sensordata-delen",
        summary="Een korte beslishulp.",
        intro=rich_text("<p>Drie vragen.</p>"),
        tree=streamfield(list(nodes)),
    )


def add(admin_client, index, data):
    url = reverse(
        "wagtailadmin_pages:add", args=["decisions", "decisionaidpage", index.pk]
    )
    return admin_client.post(url, {**data, "action-publish": "1"})


def test_an_editor_builds_a_tree_and_a_cycle_is_refused(admin_client, site_tree):
    index = DecisionAidIndexPageFactory(parent=site_tree.home)
    cyclic = aid_form(
        question("a", "Gaat het om personen?", ("Ja", "b"), ("Nee", "klaar")),
        question("b", "Is er een wettelijke taak?", ("Ja", "a"), ("Nee", "klaar")),
        outcome("klaar"),
    )
    response = add(admin_client, index, cyclic)
    assert response.status_code == 200
    html = response.content.decode()
    assert "leidt terug naar" in html and "kringloop" in html
    assert "Is er een wettelijke taak?" in html  # nothing typed is lost
    assert not DecisionAidPage.objects.exists()

    sound = aid_form(
        question("a", "Gaat het om personen?", ("Ja", "b"), ("Nee", "klaar")),
        question("b", "Is er een wettelijke taak?", ("Ja", "klaar"), ("Nee", "nee")),
        outcome("klaar"),
        outcome("nee", "niet-toegestaan"),
    )
    response = add(admin_client, index, sound)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = DecisionAidPage.objects.get()
    assert page.live
    assert [block.value["key"] for block in page.tree] == ["a", "b", "klaar", "nee"]
