"""Fields whose choices are rows refuse values that cannot be keys before any
query runs, and every form of ours uses them (security review, finding 4: a
huge number as a newsletter question was a 500 on SQLite)."""

import importlib
import pkgutil
import time

import pytest
from django import forms
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError

from core.forms import (
    SALT,
    KeyCheckMixin,
    ModelChoiceField,
    ModelMultipleChoiceField,
)
from knowledge.models import GovernmentLayer, QuestionPage
from tests.conftest import SAMPLE_MEMBER
from trainings.models import Audience

pytestmark = pytest.mark.django_db

APPS = [
    "community",
    "decisions",
    "feedback",
    "ibds_portal",
    "knowledge",
    "newsletter",
    "trainings",
]
HUGE = ["99999999999999999999", str(2**63), str(-(2**63) - 1), "-" + "9" * 30]
NOT_KEYS = ["abc", "1.5", "1e3", " ", "1\x00", "9" * 5000]
# Modules that configure or start Django rather than define anything.
NOT_IMPORTED = {"settings", "migrations", "wsgi", "asgi"}


def our_form_classes():
    for app in APPS:
        package = importlib.import_module(app)
        for module in pkgutil.walk_packages(package.__path__, f"{app}."):
            if not NOT_IMPORTED & set(module.name.split(".")):
                importlib.import_module(module.name)
    found, todo = set(), [forms.BaseForm]
    while todo:
        for subclass in todo.pop().__subclasses__():
            todo.append(subclass)
            if subclass.__module__.split(".")[0] in APPS:
                found.add(subclass)
    return found


def test_every_form_of_ours_checks_its_keys():
    classes = our_form_classes()
    # The walk finds the forms (a broken walk would find none and pass).
    names = {cls.__name__ for cls in classes}
    assert {"SignupForm", "ProposalForm", "ProfileForm", "PreferencesForm"} <= names
    unchecked = [
        f"{cls.__module__}.{cls.__name__}.{name}"
        for cls in classes
        for name, field in cls.base_fields.items()
        if isinstance(field, forms.ModelChoiceField)
        and not isinstance(field, KeyCheckMixin)
    ]
    assert unchecked == []


@pytest.mark.parametrize("value", HUGE + NOT_KEYS)
def test_a_value_that_cannot_be_a_key_runs_no_query(value, django_assert_num_queries):
    field = ModelChoiceField(GovernmentLayer.objects.all())
    with django_assert_num_queries(0), pytest.raises(ValidationError) as error:
        field.clean(value)
    assert error.value.code == "invalid_choice"
    assert "Selecteer een geldige keuze" in error.value.messages[0]


@pytest.mark.parametrize("value", [*HUGE, *NOT_KEYS, ""])
def test_a_list_with_an_impossible_key_runs_no_query(value, django_assert_num_queries):
    field = ModelMultipleChoiceField(GovernmentLayer.objects.all())
    good = str(GovernmentLayer.objects.first().pk)
    with django_assert_num_queries(0), pytest.raises(ValidationError) as error:
        field.clean([good, value])
    assert error.value.code == "invalid_choice"
    [message] = error.value.messages
    assert "is geen beschikbare keuze" in message
    assert len(message) < 100  # a long value is not repeated whole


def test_the_largest_key_the_database_holds_is_looked_up():
    # Up to the column's own limit a value is an ordinary unknown choice.
    field = ModelMultipleChoiceField(Audience.objects.all())
    with pytest.raises(ValidationError) as error:
        field.clean([str(2**31 - 1)])
    assert error.value.code == "invalid_choice"
    layer = GovernmentLayer.objects.first()
    assert ModelChoiceField(GovernmentLayer.objects.all()).clean(f" {layer.pk} ") == (
        layer
    )


def _started():
    return signing.dumps(time.time() - 60, salt=SALT)


SAME_ORIGIN = {"HTTP_SEC_FETCH_SITE": "same-origin"}


NEWSLETTER = ("/nieuwsbrief/aanmelden/", {"email": "femke@x.example", "consent": "on"})
PROPOSAL = ("/opleidingen/voorstellen/", {"title": "Datagedreven werken"})
VRAAGBAAK = ("/vraagbaak/", {"question": "Mag dit?", "email": "femke@x.example"})


PUBLIC_CHOICES = [
    (*NEWSLETTER, "questions"),
    (*NEWSLETTER, "government_layer"),
    (*PROPOSAL, "questions"),
    (*PROPOSAL, "audiences"),
    (*PROPOSAL, "government_layers"),
    (*VRAAGBAAK, "government_layer"),
]


def test_public_forms_answer_a_huge_choice_in_dutch(client, sample_pages):
    # One sample site for all (building it per case cost a second each).
    for path, data, field in PUBLIC_CHOICES:
        cache.clear()  # the forms' rate limits
        response = client.post(
            path,
            {**data, field: "99999999999999999999", "started": _started()},
            **SAME_ORIGIN,
        )
        html = response.content.decode()
        assert response.status_code == 400, (path, field)
        assert "Controleer het formulier" in html, (path, field)
        assert "Selecteer een geldige keuze" in html, (path, field)
        # The rest of what was typed is kept.
        assert all(value in html for value in data.values() if value != "on")


def test_member_forms_answer_a_huge_choice_in_dutch(client, sample_pages):
    email, password = SAMPLE_MEMBER
    client.post("/account/inloggen/", {"username": email, "password": password})
    question = QuestionPage.objects.first()
    for path in ["/account/", "/praktijkvoorbeelden/delen/"]:
        for field in ["questions", "government_layer"]:
            response = client.post(
                path,
                {
                    "name": "Fatima Bakker",
                    "title": "Sensoren in de wijk",
                    "questions": [str(question.pk)],
                    field: ["99999999999999999999"],
                },
            )
            html = response.content.decode()
            assert response.status_code in (200, 400), (path, field)
            assert "Selecteer een geldige keuze" in html, (path, field)


def test_the_newsletter_preferences_answer_a_huge_choice_in_dutch(client, sample_pages):
    from tests.pages import _subscriber_link

    response = client.post(
        _subscriber_link("beheren", 4202),
        {"name": "Abonnee", "questions": "99999999999999999999", "actie": "opslaan"},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Selecteer een geldige keuze" in html
    assert 'value="Abonnee"' in html
