"""The admin's Content-Security-Policy on admin responses, and the nonce on
Wagtail's own inline scripts only."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from ibds_portal.admin_scripts import add_nonce, is_wagtail_initialiser
from knowledge.models import StandardPage


@pytest.fixture
def admin(client, sample_pages, django_user_model):
    user = django_user_model.objects.create_superuser("beheer", password="x")
    client.force_login(user)
    return client


def test_the_preview_gets_the_admin_policy_not_the_public_one(admin):
    """Wagtail runs the previewed page's own request through the middleware,
    which gave it the public policy: its frame-ancestors 'none' kept the
    preview out of the editor's preview panel."""
    page = StandardPage.objects.get(slug="privacy")
    url = f"/admin/pages/{page.pk}/edit/preview/"
    form = nested_form_data(
        {"title": "Privacy, voorvertoond", "slug": "privacy", "body": streamfield([])}
    )
    assert admin.post(url, form).json()["is_valid"]
    preview = admin.get(url)
    assert "Privacy, voorvertoond" in preview.content.decode()
    policy = preview["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy
    assert "frame-ancestors 'none'" not in policy


@pytest.mark.parametrize(
    "script",
    [
        'initDateChooser("id_last_reviewed", {"dayOfWeekStart": 1, "format": "Y"});',
        'initTimeChooser("id_x", {"format": "H:i"});',
        'initDateTimeChooser("id_go_live_at", {"format": "d-m-Y H:i"});',
        'new SnippetChooser("id_organisation", {"modalUrl": "/admin/snippets/x/"});',
        'new DocumentChooser("id_files-__prefix__-document", {"modalUrl": "/d/"});',
        'new PageChooser("id_page", {"modelNames": ["wagtailcore.page"]});',
        'createTaskChooser("id_task");',
        "(function() {\n    var panel = new InlinePanel(JSON.parse("
        '"{\\u0022formsetPrefix\\u0022: \\u0022id_runs\\u0022}"));\n})();',
    ],
)
def test_wagtails_initialisers_are_recognised(script):
    assert is_wagtail_initialiser(script)


@pytest.mark.parametrize(
    "script",
    [
        "alert(document.cookie)",
        'initDateChooser("id_x", alert(1));',
        'initDateChooser("id_x", {});alert(1);',
        'initDateChooser("id_x", {}); fetch("https://evil.example/");',
        'new Function("alert(1)");',
        'new SnippetChooser("id_x", {"a": 1}) + alert(1);',
        'eval("1");',
        "(function() { var panel = new InlinePanel(JSON.parse(alert(1))); })();",
        "(function() { var panel = new InlinePanel(JSON.parse("
        '"{\\u0022a\\u0022: 1}")); alert(1); })();',
        '(function() { var panel = new InlinePanel(JSON.parse("not json")); })();',
    ],
)
def test_other_scripts_are_not(script):
    assert not is_wagtail_initialiser(script)


def test_the_nonce_goes_on_wagtails_initialisers_only():
    html = (
        '<script>new ImageChooser("id_image", {"modalUrl": "/i/"});</script>'
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
        "<script>alert(1)</script>"
        '<script type="application/json" id="data">{"a": 1}</script>'
        '<script src="/static/x.js"></script>'
    )
    assert add_nonce(html, "abc") == html.replace(
        "<script>new", '<script nonce="abc">new', 1
    )
