"""Editors create every page type through the Wagtail admin, in Dutch, and
knowledge products go through the "Redactie" review before publication."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from community.models import (
    CommunityGroupPage,
    CommunityIndexPage,
    EventIndexPage,
    EventPage,
)
from core.editorial import WORKFLOW_NAME, ensure_redactie_workflow, setup_editorial
from decisions.models import DecisionAidIndexPage, DecisionAidPage
from knowledge.models import (
    GovernmentLayer,
    HomePage,
    KnowledgeIndexPage,
    KnowledgeProductPage,
    KnowledgeType,
    OpenDataPage,
    Perspective,
    PracticeCaseIndexPage,
    PracticeCasePage,
    QuestionIndexPage,
    QuestionPage,
    StandardPage,
)
from newsletter.models import NewsletterIndexPage
from tests.factories import (
    OrganisationFactory,
    QuestionPageFactory,
    make_document,
    pdf_bytes,
    term,
)
from trainings.models import TrainingIndexPage, TrainingPage

pytestmark = pytest.mark.django_db


def page_form(**fields):
    """POST data for a page form: the comments formset plus the given fields.

    Multiple-choice values go in tuples: nested_form_data() would spread a
    list over numbered keys.
    """
    return nested_form_data({"comments": inline_formset([]), **fields})


def add_url(parent, model):
    return reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )


def post_new_page(client, parent, model, data, action="action-publish"):
    response = client.post(add_url(parent, model), {**data, action: action})
    if response.status_code != 302:
        form = response.context.get("form") if response.context else None
        pytest.fail(f"not created: {form.errors if form else response}")
    return model.objects.child_of(parent).get(slug=data["slug"])


def product_data(question, **overrides):
    data = {
        "title": "Leidraad datadelen",
        "slug": "leidraad-datadelen",
        "knowledge_type": term(KnowledgeType, "leidraad").pk,
        "summary": "Zo maak je afspraken over het delen van data.",
        "organisation": OrganisationFactory().pk,
        "external_url": "",
        "body": streamfield([("paragraph", rich_text("<p>Begin bij het doel.</p>"))]),
        "attachments": inline_formset([]),
        "questions": (question.pk,),
        "government_layers": (term(GovernmentLayer, "provincie").pk,),
        "perspectives": (term(Perspective, "juridisch").pk,),
        "tags": "data delen, AVG",
        "content_owner": "Redactie Kennisbank",
        "last_reviewed": "2026-11-01",
        "review_interval": "12",
    }
    data.update(overrides)
    return page_form(**data)


def case_data(question, **overrides):
    data = {
        "title": "Provincie deelt grondwaterdata",
        "slug": "provincie-deelt-grondwaterdata",
        "summary": "Met drie waterschappen.",
        "organisation": OrganisationFactory().pk,
        "phase": "pilot",
        "challenge": rich_text("<p>Uitdaging</p>"),
        "approach": rich_text("<p>Aanpak</p>"),
        "result": rich_text("<p>Resultaat</p>"),
        "lessons": rich_text("<p>Lessen</p>"),
        "body": streamfield([]),
        "products_used": (),
        "questions": (question.pk,),
        "government_layers": (),
        "perspectives": (),
        "tags": "",
        "content_owner": "Team Data, provincie",
        "last_reviewed": "2026-11-01",
        "review_interval": "12",
    }
    data.update(overrides)
    return page_form(**data)


def test_an_editor_can_create_every_page_type_below_home(client, site_tree, editor):
    client.force_login(editor)
    question = post_new_page(
        client,
        site_tree.questions,
        QuestionPage,
        page_form(
            title="Hoe deel ik data?",
            slug="hoe-deel-ik-data",
            summary="Afspraken die vertrouwen geven.",
            short_answer="Leg doel, kwaliteit en toezicht vast.",
            body=streamfield([("paragraph", rich_text("<p>Toelichting.</p>"))]),
            steps=streamfield(
                [("step", {"title": "Bepaal het doel", "text": rich_text("<p>x</p>")})]
            ),
            related_question_links=inline_formset([]),
        ),
        action="action-submit",
    )
    assert question.short_answer.startswith("Leg doel")
    assert len(question.steps) == 1

    product = post_new_page(
        client,
        site_tree.knowledge,
        KnowledgeProductPage,
        product_data(question),
        action="action-submit",
    )
    revision = product.latest_revision.as_object()
    assert [q.pk for q in revision.questions.all()] == [question.pk]
    assert sorted(tag.name for tag in revision.tags.all()) == ["AVG", "data delen"]

    case = post_new_page(
        client,
        site_tree.cases,
        PracticeCasePage,
        case_data(question, phase="productie"),
        action="action-submit",
    )
    assert case.latest_revision.as_object().phase == "productie"

    standard = post_new_page(
        client,
        site_tree.home,
        StandardPage,
        page_form(
            title="Colofon",
            slug="colofon",
            intro="Wie maakt dit.",
            body=streamfield([]),
        ),
        action="action-submit",
    )
    assert standard.title == "Colofon"


def test_a_superuser_can_create_the_home_and_section_pages(admin_client, db):
    root = Page.get_first_root_node()
    home = post_new_page(
        admin_client,
        root,
        HomePage,
        page_form(title="Kenniscentrum", slug="kenniscentrum", intro="Welkom."),
    )
    for model, slug in [
        (QuestionIndexPage, "vragen"),
        (KnowledgeIndexPage, "kennisbank"),
        (PracticeCaseIndexPage, "praktijkvoorbeelden"),
    ]:
        page = post_new_page(
            admin_client, home, model, page_form(title=slug, slug=slug, intro="")
        )
        assert page.live


def test_page_types_only_where_they_belong():
    assert KnowledgeProductPage.allowed_parent_page_models() == [KnowledgeIndexPage]
    assert PracticeCasePage.allowed_parent_page_models() == [PracticeCaseIndexPage]
    assert QuestionPage.allowed_parent_page_models() == [QuestionIndexPage]
    assert KnowledgeProductPage.allowed_subpage_models() == []
    # What an editor can add under home (each section names home as its parent).
    assert set(HomePage.creatable_subpage_models()) == {
        QuestionIndexPage,
        KnowledgeIndexPage,
        PracticeCaseIndexPage,
        TrainingIndexPage,
        CommunityIndexPage,
        NewsletterIndexPage,
        DecisionAidIndexPage,
        StandardPage,
        OpenDataPage,
    }
    assert DecisionAidPage.allowed_parent_page_models() == [DecisionAidIndexPage]
    assert TrainingPage.allowed_parent_page_models() == [TrainingIndexPage]
    assert set(CommunityIndexPage.allowed_subpage_models()) == {
        CommunityGroupPage,
        EventIndexPage,
    }
    assert EventPage.allowed_parent_page_models() == [EventIndexPage]
    assert CommunityGroupPage.allowed_subpage_models() == []
    assert KnowledgeIndexPage.max_count_per_parent == 1


OFFER_ERROR = "Bied de inhoud aan: schrijf hem op deze pagina, voeg een document"


def test_product_needs_content_a_document_or_a_source_link(client, site_tree, editor):
    client.force_login(editor)
    question = QuestionPageFactory(parent=site_tree.questions)
    data = product_data(question, body=streamfield([]), summary="Mijn samenvatting")
    response = client.post(
        add_url(site_tree.knowledge, KnowledgeProductPage),
        {**data, "action-submit": "1"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert OFFER_ERROR in html
    # Nothing the editor typed is lost.
    assert "Mijn samenvatting" in html
    assert not KnowledgeProductPage.objects.exists()


def attachment_form(document, **fields):
    return {"document": document.pk, "title": "", "language": "nl", **fields}


def test_a_product_may_offer_only_documents(client, site_tree, editor):
    """No text on the page, one PDF: accepted, its pages counted on saving,
    its language chosen by the editor."""
    client.force_login(editor)
    question = QuestionPageFactory(parent=site_tree.questions)
    document = make_document("Leidraad datadelen", pdf_bytes(4), "datadelen.pdf")
    data = product_data(
        question,
        body=streamfield([]),
        attachments=inline_formset([attachment_form(document, language="en")]),
    )
    product = post_new_page(client, site_tree.knowledge, KnowledgeProductPage, data)
    attachment = product.attachments.get()
    assert (attachment.page_count, attachment.language) == (4, "en")
    assert product.document_facts == [{"format": "PDF", "pages": 4, "language": "en"}]
    assert product.card_offer == "PDF, Engelstalig, 4 pagina's"
    assert product.get_latest_revision().content["document_facts"] == (
        product.document_facts
    )


def test_removing_the_only_document_of_a_product_without_text_is_refused(
    client, site_tree, editor
):
    """The page's check sees the documents as submitted, not as stored: the
    form says what is missing (no server error on saving)."""
    client.force_login(editor)
    question = QuestionPageFactory(parent=site_tree.questions)
    document = make_document("Toolbox", pdf_bytes(1), "toolbox.pdf")
    data = product_data(
        question,
        body=streamfield([]),
        attachments=inline_formset([attachment_form(document)]),
    )
    product = post_new_page(client, site_tree.knowledge, KnowledgeProductPage, data)
    attachment = product.attachments.get()
    data = product_data(
        question,
        body=streamfield([]),
        attachments=inline_formset(
            [attachment_form(document, id=attachment.pk, DELETE="1")], initial=1
        ),
    )
    edit_url = reverse("wagtailadmin_pages:edit", args=[product.pk])
    response = client.post(edit_url, data)
    assert response.status_code == 200
    assert OFFER_ERROR in response.content.decode()
    assert product.attachments.count() == 1


def test_products_go_through_redactie_before_publication(
    client, site_tree, editor, moderator
):
    ensure_redactie_workflow([site_tree.knowledge, site_tree.cases])
    question = QuestionPageFactory(parent=site_tree.questions)
    client.force_login(editor)
    product = post_new_page(
        client,
        site_tree.knowledge,
        KnowledgeProductPage,
        product_data(question),
        "action-submit",
    )
    assert not product.live
    state = WorkflowState.objects.get(object_id=str(product.pk))
    assert state.workflow.name == WORKFLOW_NAME
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(moderator)
    task_state = state.current_task_state
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[product.pk, "approve", task_state.pk],
        ),
        {"comment": "Helder, publiceren."},
    )
    assert response.status_code in (200, 302)
    product.refresh_from_db()
    assert product.live
    assert client.get(product.url).status_code == 200


def test_the_admin_speaks_dutch(client, site_tree, editor):
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="nl"' in html
    assert "Pagina's" in html


def test_editors_manage_organisations_but_not_the_fixed_taxonomy(
    client, site_tree, editor
):
    setup_editorial()
    client.force_login(editor)
    assert client.get("/admin/snippets/knowledge/organisation/add/").status_code == 200
    assert client.get("/admin/snippets/knowledge/perspective/add/").status_code in (
        302,
        403,
    )


def preview(client, url, data):
    """Post the form to Wagtail's preview view, then render the preview."""
    response = client.post(url, data)
    assert response.status_code == 200
    assert response.json()["is_valid"], response.json()
    return client.get(url)


def test_previews_of_new_pages_render(admin_client, site_tree):
    question = QuestionPageFactory(parent=site_tree.questions, title="Bestaande vraag?")
    cases = [
        (
            site_tree.questions,
            QuestionPage,
            page_form(
                title="Nieuwe vraag?",
                slug="nieuwe-vraag",
                summary="Kort.",
                short_answer="Het antwoord.",
                body=streamfield([]),
                steps=streamfield([]),
                related_question_links=inline_formset([{"question": question.pk}]),
            ),
        ),
        (site_tree.knowledge, KnowledgeProductPage, product_data(question)),
        (
            site_tree.cases,
            PracticeCasePage,
            case_data(question, tags="AVG"),
        ),
        (
            site_tree.home,
            StandardPage,
            page_form(title="Colofon", slug="colofon", intro="", body=streamfield([])),
        ),
    ]
    for parent, model, data in cases:
        url = reverse(
            "wagtailadmin_pages:preview_on_add",
            args=[model._meta.app_label, model._meta.model_name, parent.pk],
        )
        html = preview(admin_client, url, data).content.decode()
        assert data["title"] in html, model
        # Unsaved relations show: the picked related question, the question
        # a new product or case answers.
        if model is not StandardPage:
            assert "Bestaande vraag?" in html, model


def test_preview_of_an_edit_shows_unsaved_relations(admin_client, site_tree):
    old = QuestionPageFactory(parent=site_tree.questions, title="Oude vraag?")
    new = QuestionPageFactory(parent=site_tree.questions, title="Nieuwe vraag?")
    product = KnowledgeProductPage.objects.get(
        pk=post_new_page(
            admin_client, site_tree.knowledge, KnowledgeProductPage, product_data(old)
        ).pk
    )
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[product.pk])
    data = product_data(new, slug=product.slug)
    html = preview(admin_client, url, data).content.decode()
    assert "Nieuwe vraag?" in html
    assert "Oude vraag?" not in html


def test_review_date_cannot_lie_in_the_future(client, site_tree, editor):
    client.force_login(editor)
    question = QuestionPageFactory(parent=site_tree.questions)
    data = product_data(question, last_reviewed="2999-01-01")
    response = client.post(
        add_url(site_tree.knowledge, KnowledgeProductPage),
        {**data, "action-submit": "1"},
    )
    assert response.status_code == 200
    assert "Deze datum ligt in de toekomst." in response.content.decode()


def test_setup_editorial_gathers_every_features_part(site_tree):
    """Each feature adds its permissions and sections through its own hook;
    the command names none of them."""
    from io import StringIO

    from django.core.management import call_command
    from wagtail.models import WorkflowPage

    out = StringIO()
    call_command("setup_editorial", stdout=out)
    assert "on 3 section(s)" in out.getvalue()
    under_review = set(
        WorkflowPage.objects.filter(workflow__name=WORKFLOW_NAME).values_list(
            "page_id", flat=True
        )
    )
    assert under_review == {
        site_tree.knowledge.pk,
        site_tree.cases.pk,
        site_tree.trainings.pk,
    }
    editors = Group.objects.get(name="Editors").permissions
    moderators = Group.objects.get(name="Moderators").permissions
    assert editors.filter(codename="change_organisation").exists()  # knowledge
    assert editors.filter(codename="view_audience").exists()  # trainings
    assert editors.filter(codename="change_enquiry").exists()  # community
    assert moderators.filter(codename="send_newsletterissuepage").exists()
