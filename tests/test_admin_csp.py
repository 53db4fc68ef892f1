"""The admin's Content-Security-Policy on every kind of admin response, the
nonce on Wagtail's own inline scripts only, and the public policy as it was.
In a real browser: tests/browser/test_admin_csp.py."""

import re

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core.admin_scripts import add_nonce, is_wagtail_initialiser
from knowledge.models import KnowledgeProductPage, StandardPage
from newsletter.models import NewsletterIssuePage
from tests.csp_checks import admin_policy_problems, nonce_of

# The public policy, unchanged by the admin's (written out on purpose).
PUBLIC_POLICY = (
    "default-src 'self'; img-src 'self' data:; script-src 'self'; "
    "style-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
INLINE_SCRIPT = re.compile(r"<script(?P<attributes>[^>]*)>(?P<body>.*?)</script>", re.S)


@pytest.fixture
def admin(client, sample_pages, django_user_model):
    user = django_user_model.objects.create_superuser("beheer", password="x")
    client.force_login(user)
    return client


def test_the_admin_login_page_carries_the_full_policy(client, db):
    assert admin_policy_problems(client.get("/admin/login/").headers) == []


@pytest.mark.parametrize(
    "path",
    [
        "/admin/",
        "/admin/pages/{product}/edit/",
        "/admin/pages/add/knowledge/knowledgeproductpage/{knowledge}/",
        "/admin/pages/{issue}/edit/",
        "/admin/images/",
        "/admin/images/chooser/",  # a modal's step: JSON
        "/admin/users/",
        "/admin/reports/site-history/",
        "/admin/2fa/instellen/",
        "/admin/nieuwsbrief/",
        "/admin/nieuwsbrief/{issue}/",
        "/admin/bestaat-niet/",  # 404
    ],
)
def test_every_admin_response_carries_the_full_policy(admin, path):
    product = KnowledgeProductPage.objects.get(slug="leidraad")
    url = path.format(
        product=product.pk,
        knowledge=product.get_parent().pk,
        issue=NewsletterIssuePage.objects.get(slug="juni-2026").pk,
    )
    response = admin.get(url)
    assert response.status_code in (200, 404)
    assert admin_policy_problems(response.headers) == []


def test_a_redirect_and_a_post_in_the_admin_carry_it_too(admin):
    assert admin_policy_problems(admin.get("/admin/pages/").headers) == []
    logout = admin.post("/admin/logout/")
    assert logout.status_code == 302
    assert admin_policy_problems(logout.headers) == []


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
    assert admin_policy_problems(preview.headers) == []


def test_wagtails_inline_scripts_carry_the_nonce_of_their_response(admin):
    """Every inline script of the page editor (date pickers, choosers, the
    inline panel and its empty form) runs, with this response's nonce."""
    url = f"/admin/pages/{KnowledgeProductPage.objects.get(slug='leidraad').pk}/edit/"
    first, second = admin.get(url), admin.get(url)
    nonce = nonce_of(first["Content-Security-Policy"])
    assert nonce and nonce != nonce_of(second["Content-Security-Policy"])
    html = first.content.decode()
    scripts = [
        match
        for match in INLINE_SCRIPT.finditer(html)
        if "src=" not in match["attributes"] and "json" not in match["attributes"]
    ]
    assert len(scripts) >= 5
    assert {match["attributes"] for match in scripts} == {f' nonce="{nonce}"'}
    kinds = {re.match(r"\W*(?:new )?(\w+)", m["body"].strip())[1] for m in scripts}
    assert {"initDateChooser", "initDateTimeChooser", "SnippetChooser"} <= kinds


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


def test_the_public_policy_is_unchanged(client, sample_pages):
    for path in ("/", "/kennisbank/leidraad/", "/account/inloggen/"):
        response = client.get(path)
        assert response["Content-Security-Policy"] == PUBLIC_POLICY, path
        assert "Content-Security-Policy-Report-Only" not in response


def test_in_development_both_policies_are_only_reported(client, site_tree, settings):
    """So that Django's debug page (inline script and styles) works."""
    settings.DEBUG = True
    public, admin = client.get("/"), client.get("/admin/login/")
    assert public["Content-Security-Policy-Report-Only"] == PUBLIC_POLICY
    assert "'nonce-" in admin["Content-Security-Policy-Report-Only"]
    assert "Content-Security-Policy" not in public
    assert "Content-Security-Policy" not in admin
