"""Partner sources in the admin: editors list, add and edit them (with the
question mapping inline); whoever lacks the permission is refused."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from core.editorial import setup_editorial
from federation.models import PartnerSource
from knowledge.models import KnowledgeType
from tests.factories import OrganisationFactory, PartnerSourceFactory, term

LIST = "/admin/snippets/federation/partnersource/"


def form(organisation, question, **changes):
    data = {
        "name": "Kennisportaal Noord",
        "organisation": organisation.pk,
        "kind": "feed",
        "url": "https://noord.example/feed.xml",
        "active": "on",
        "default_type": term(KnowledgeType, "leidraad").pk,
        "default_questions": [],
        "question_mappings": inline_formset(
            [{"remote_value": "datadelen", "question": question.pk}]
        ),
    }
    data.update(changes)
    return nested_form_data(data)


def test_editors_add_list_and_edit_sources(client, editor, question):
    setup_editorial()
    client.force_login(editor)
    organisation = OrganisationFactory(name="Provincie Noord")

    response = client.post(f"{LIST}add/", form(organisation, question))

    assert response.status_code == 302, response.context["form"].errors
    source = PartnerSource.objects.get()
    assert source.name == "Kennisportaal Noord"
    assert [(m.remote_value, m.question) for m in source.question_mappings.all()] == [
        ("datadelen", question)
    ]
    listing = client.get(LIST)
    assert (
        listing.status_code == 200 and "Kennisportaal Noord" in listing.content.decode()
    )
    edit = f"{LIST}edit/{source.pk}/"
    page = client.get(edit)
    assert page.status_code == 200
    assert "Laatste keer opgehaald" in page.content.decode()
    response = client.post(edit, form(organisation, question, active=""))
    assert response.status_code == 302
    source.refresh_from_db()
    assert not source.active


def test_only_http_addresses_are_accepted(client, editor, question):
    setup_editorial()
    client.force_login(editor)
    organisation = OrganisationFactory()

    response = client.post(
        f"{LIST}add/", form(organisation, question, url="javascript:alert(1)")
    )

    assert response.status_code == 200
    assert "url" in response.context["form"].errors
    assert not PartnerSource.objects.exists()


def test_a_user_without_the_permission_is_refused(client, newcomer, site_tree):
    setup_editorial()
    source = PartnerSourceFactory()
    client.force_login(newcomer)
    for url in (LIST, f"{LIST}add/", f"{LIST}edit/{source.pk}/"):
        assert client.get(url).status_code in (302, 403), url


def test_the_list_costs_the_same_for_2_and_15_sources(admin_client, site_tree):
    def queries():
        with CaptureQueriesContext(connection) as context:
            assert admin_client.get(LIST).status_code == 200
        return len(context)

    PartnerSourceFactory.create_batch(2)
    few = queries()
    PartnerSourceFactory.create_batch(13)
    assert queries() == few
