"""The Wagtail admin under its Content-Security-Policy, enforced, in chromium.

Each test does what an editor does (publish a page with every block type,
choose and upload images, link an authenticator app, send the newsletter),
checks that it worked, and that on the way the browser reported no CSP
violation and no console error, and every admin page came with the full
policy, enforced. The policy: core/middleware.py; what needs which
directive: docs/architecture.md.
"""

import base64
import io
import re
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import unquote, urlparse

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image as PILImage
from playwright.sync_api import expect
from wagtail.documents.models import Document
from wagtail.images.models import Image

from core.blocks import BodyStreamBlock
from core.editorial import MODERATORS
from knowledge.models import KnowledgeProductPage
from newsletter.editorial import ensure_newsletter_permissions
from newsletter.models import NewsletterIssuePage, Sending
from tests.csp_checks import admin_policy_problems

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "een lang wachtwoord voor de test"
# Runs in every frame (the preview's too) before the page's own scripts.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.reportCspViolation(
    `${event.effectiveDirective} blocked ${event.blockedURI || "?"}` +
      ` on ${event.documentURI} (${event.sourceFile}:${event.lineNumber})`
  );
});
"""


@pytest.fixture(autouse=True)
def database_lock(transactional_db, live_server):
    """A lock the live server holds while it answers a request; the test
    holds it around its own queries while the browser is at work.

    With SQLite in memory, Django's live server shares the test's database
    connection with its threads, and the page editor sends requests side by
    side (autosave, preview, editing-session pings): two at once fail with
    "database table is locked". One at a time keeps these tests about the
    policy. (Set up before the browser page, so that it outlives it.)
    """
    lock = threading.Lock()
    server = live_server.thread.httpd
    app = server.get_app()

    def one_at_a_time(environ, start_response):
        with lock:
            response = app(environ, start_response)
            try:
                return list(response)
            finally:
                response.close()

    server.set_app(one_at_a_time)
    yield lock
    with lock:
        server.set_app(app)


@dataclass
class CspWatch:
    """The violations the browser reported, and the CSP headers of every
    admin page it loaded."""

    violations: list[str] = field(default_factory=list)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)

    def report(self, violation: str):
        self.violations.append(violation)

    def policy_problems(self) -> dict[str, list[str]]:
        problems = {url: admin_policy_problems(h) for url, h in self.headers.items()}
        return {url: found for url, found in problems.items() if found}


@pytest.fixture
def csp(page):
    watch = CspWatch()
    page.expose_function("reportCspViolation", watch.report)
    page.add_init_script(REPORT_VIOLATIONS)

    def record(response):
        if response.request.resource_type == "document" and urlparse(
            response.url
        ).path.startswith("/admin/"):
            watch.headers[response.url] = response.headers

    page.on("response", record)
    return watch


def assert_clean(csp, tracker):
    """Nothing was blocked, nothing went wrong, the policy was enforced."""
    assert csp.violations == []
    assert tracker.errors == []
    assert tracker.foreign_requests() == []
    assert csp.headers, "no admin page was loaded"
    assert csp.policy_problems() == {}


def leave(page, url):
    """Go to `url` and wait until the page left behind (an editor) has sent
    its last requests."""
    page.goto(url)
    page.wait_for_load_state("networkidle")


@pytest.fixture
def media(page, live_server):
    """Uploaded files (kept in memory by the test settings), served to the
    browser as the web server or S3 would."""
    # Renditions are cached by image id, which the emptied database hands
    # out again: start without them.
    caches["renditions" if "renditions" in settings.CACHES else "default"].clear()

    def serve(route):
        name = unquote(urlparse(route.request.url).path)[len(settings.MEDIA_URL) :]
        if default_storage.exists(name):
            with default_storage.open(name) as file:
                route.fulfill(body=file.read())
        else:
            route.fulfill(status=404)

    page.route(f"{live_server.url}{settings.MEDIA_URL}**", serve)


def png(width=320, height=200) -> bytes:
    buffer = io.BytesIO()
    gradient = PILImage.linear_gradient("L").resize((width, height))
    gradient.convert("RGB").save(buffer, "PNG")
    return buffer.getvalue()


def log_in(page, base, username):
    page.goto(base + "/admin/login/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation():
        page.locator("form button[type=submit]").click()
    assert urlparse(page.url).path != "/admin/login/", "the login failed"


@pytest.fixture
def editor(site, django_user_model):
    return django_user_model.objects.create_superuser(
        "beheer", email="beheer@kenniscentrum.example", password=PASSWORD
    )


@pytest.fixture
def product(site):
    """The sample product, with every block type of the body."""
    image = Image.objects.create(
        title="Grafiek", file=ImageFile(io.BytesIO(png()), name="grafiek.png")
    )
    document = Document.objects.create(
        title="Leidraad als pdf", file=ContentFile(b"%PDF-1.4", name="leidraad.pdf")
    )
    product = KnowledgeProductPage.objects.get(slug="leidraad")
    figure = {"image": image, "alt_text": "Grafiek", "decorative": False}
    product.body.append(("figure", {"image": figure, "caption": "Bron: telling"}))
    product.body.append(("document", {"document": document, "title": ""}))
    product.save_revision().publish()
    every_type = set(BodyStreamBlock.base_blocks)
    assert {child.block_type for child in product.body} == every_type
    return product


def add_block(page, label):
    """Add a block at the end of the body, with the editor's block menu."""
    page.locator("[data-contentpath='body'] button.c-sf-add-button").last.click()
    page.get_by_role("option", name=label, exact=True).click()


def body_block(page, index):
    return page.locator("[data-contentpath='body'] [data-streamfield-child]").nth(index)


@pytest.fixture
def no_autosave(settings):
    """Wagtail's autosave, off: it posts the half-made form in the background
    (a 400, reported in the console, while a new image block or attachment
    has nothing chosen yet; when it fires depends on the machine's speed) and
    swaps parts of the form in when it returns, which can drop an inline form
    added meanwhile. Neither is about the policy."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


def test_publishing_a_page_with_every_block_type(
    page, tracker, csp, media, database_lock, live_server, editor, product, no_autosave
):
    log_in(page, live_server.url, "beheer")
    page.goto(f"{live_server.url}/admin/pages/{product.pk}/edit/")
    blocks = page.locator("[data-contentpath='body'] [data-streamfield-child]")
    expect(blocks).to_have_count(len(BodyStreamBlock.base_blocks))
    page.locator("#id_title").fill("Leidraad verantwoord datagebruik 2026")
    add_block(page, "Citaat")
    page.locator("[name='body-6-value-quote']").fill("Meten is weten, vraag eerst.")
    page.locator("[name='body-6-value-attribution']").fill("Redactie")
    # An attachment: the inline panel's new form brings its own document
    # chooser, whose inline script jQuery runs with the nonce carried over.
    # (after the sample product's own documents)
    existing = page.locator("#id_attachments-TOTAL_FORMS").input_value()
    page.locator("#id_attachments-ADD").click()
    attachment = page.locator(f"#inline_child_attachments-{existing}")
    attachment.get_by_role("button", name="Kies een document").click()
    page.locator(".modal").get_by_role("link", name="Leidraad als pdf").click()
    expect(attachment.get_by_text("Leidraad als pdf", exact=True)).to_be_visible()
    expect(page.locator(".modal")).to_be_hidden()
    # A tag, after the suggestions showed (jQuery UI's menu, whose CSS has a
    # data: image).
    tags = page.locator("#id_tags + .tagit input")
    tags.press_sequentially("AV", delay=100)
    page.locator(".ui-menu-item").filter(has_text="AVG").first.wait_for()
    tags.press_sequentially("G-register")
    tags.press("Enter")

    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_have_text("Leidraad verantwoord datagebruik 2026")
    expect(preview.locator("main")).to_contain_text("Meten is weten, vraag eerst.")

    page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    with page.expect_navigation():
        page.locator("button[name='action-publish']").click()
    expect(page.locator(".messages")).to_contain_text("is gepubliceerd")

    with database_lock:
        product.refresh_from_db()
        tag_names = set(product.tags.names())
        attachments = [a.document.title for a in product.attachments.all()]
    assert product.live and not product.has_unpublished_changes
    assert product.title == "Leidraad verantwoord datagebruik 2026"
    assert [child.block_type for child in product.body][-1] == "quote"
    assert len(product.body) == 7
    assert tag_names == {"AVG", "AVG-register"}
    assert "Leidraad als pdf" in attachments
    assert len(attachments) == int(existing) + 1
    page.goto(live_server.url + product.url)
    expect(page.locator("h1")).to_have_text("Leidraad verantwoord datagebruik 2026")
    expect(page.locator("main")).to_contain_text("Meten is weten, vraag eerst.")
    assert_clean(csp, tracker)


def test_choosing_and_uploading_an_image_in_the_chooser(
    page,
    tracker,
    csp,
    media,
    database_lock,
    live_server,
    editor,
    product,
    tmp_path,
    no_autosave,
):
    upload = tmp_path / "kaart.png"
    upload.write_bytes(png(400, 300))
    log_in(page, live_server.url, "beheer")
    page.goto(f"{live_server.url}/admin/pages/{product.pk}/edit/")

    add_block(page, "Afbeelding")
    body_block(page, 6).get_by_role("button", name="Kies een afbeelding").click()
    modal = page.locator(".modal")
    modal.get_by_role("link", name="Grafiek").click()
    expect(body_block(page, 6).get_by_text("Grafiek", exact=True)).to_be_visible()
    page.locator("[name='body-6-value-image-alt_text']").fill("Aantal datasets")

    add_block(page, "Afbeelding")
    body_block(page, 7).get_by_role("button", name="Kies een afbeelding").click()
    modal.get_by_role("tab", name="Uploaden").click()
    modal.get_by_label("Titel").fill("Kaart van Nederland")
    modal.locator("input[type=file]").set_input_files(upload)
    modal.get_by_role("button", name="Uploaden").click()
    chosen = body_block(page, 7).get_by_text("Kaart van Nederland", exact=True)
    expect(chosen).to_be_visible()
    page.locator("[name='body-7-value-image-alt_text']").fill("Kaart")

    with page.expect_navigation():
        page.get_by_role("button", name="Bewaar concept").click()
    expect(page.locator(".messages")).to_contain_text("is gewijzigd")
    leave(page, f"{live_server.url}/admin/pages/{product.get_parent().pk}/")

    with database_lock:
        product.refresh_from_db()
        draft = product.get_latest_revision_as_object()
        figures = [child.value for child in draft.body if child.block_type == "figure"]
        titles = [figure["image"].title for figure in figures]
    assert titles == ["Grafiek", "Grafiek", "Kaart van Nederland"]
    assert figures[-1]["image"].contextual_alt_text == "Kaart"
    assert_clean(csp, tracker)


def test_adding_an_image_and_setting_its_focal_point(
    page, tracker, csp, media, database_lock, live_server, editor, tmp_path
):
    upload = tmp_path / "luchtfoto.png"
    upload.write_bytes(png(400, 300))
    log_in(page, live_server.url, "beheer")
    page.goto(live_server.url + "/admin/images/multiple/add/")
    page.locator("input[type=file]").set_input_files(upload)
    # The preview of a chosen file is drawn from a blob: URL.
    expect(page.locator("#upload-list .thumb canvas")).to_be_visible()
    expect(page.locator("#upload-list .status-msg.success")).to_be_visible()
    with database_lock:
        image = Image.objects.get(title="luchtfoto")

    # The focal point is drawn with jquery.Jcrop (script-src-attr).
    page.goto(f"{live_server.url}/admin/images/{image.pk}/")
    area = page.locator(".jcrop-holder").bounding_box()
    page.mouse.move(area["x"] + 40, area["y"] + 30)
    page.mouse.down()
    page.mouse.move(area["x"] + 120, area["y"] + 90, steps=5)
    page.mouse.up()
    expect(page.locator("[name='focal_point_width']")).not_to_have_value("")
    with page.expect_navigation():
        page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".messages")).to_contain_text("luchtfoto")
    with database_lock:
        image.refresh_from_db()
    assert image.focal_point_width and image.focal_point_height
    assert_clean(csp, tracker)


def test_the_newsletter_email_preview(
    page, tracker, csp, database_lock, live_server, editor
):
    issue = NewsletterIssuePage.objects.get(slug="juni-2026")
    log_in(page, live_server.url, "beheer")
    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/")
    page.locator("[data-side-panel-toggle='preview']").click()
    page.locator("#id_preview_mode").select_option("email")
    # The mail is styled inline, as mail must be (style-src 'unsafe-inline').
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("body")).to_contain_text("Data-nieuwsbrief juni 2026")
    expect(preview.locator("[style]").first).to_be_attached()
    leave(page, live_server.url + "/admin/nieuwsbrief/")
    assert_clean(csp, tracker)


def totp_code(key_text: str, ahead: int = 0) -> str:
    """The code an authenticator app shows for the key on the setup page,
    `ahead` time steps from now."""
    token = TOTP(base64.b32decode("".join(key_text.split())))
    token.time = time.time() + ahead * token.step
    return f"{token.token():06d}"


def test_linking_an_authenticator_app_and_logging_in_with_it(
    page,
    tracker,
    csp,
    database_lock,
    live_server,
    migration_data,
    django_user_model,
    settings,
):
    settings.TWO_FACTOR_REQUIRED = True  # the production flow
    user = django_user_model.objects.create_user(
        "redacteur", email="red@kenniscentrum.example", password=PASSWORD
    )
    user.groups.add(Group.objects.get(name="Editors"))

    log_in(page, live_server.url, "redacteur")
    assert urlparse(page.url).path == "/admin/2fa/instellen/"
    qr_code = page.get_by_role("img", name="QR-code")
    expect(qr_code).to_have_attribute("src", re.compile(r"^data:image/svg\+xml;"))
    assert qr_code.evaluate("image => image.complete && image.naturalWidth > 0")
    key = page.locator("main code").inner_text()
    page.get_by_label("Code uit je authenticator-app").fill(totp_code(key))
    with page.expect_navigation():
        page.get_by_role("button", name="Koppelen").click()
    assert urlparse(page.url).path == "/admin/"
    expect(page.locator(".messages")).to_contain_text("Tweestapsverificatie staat aan.")
    with database_lock:
        assert TOTPDevice.objects.get(user=user).confirmed

    page.context.clear_cookies()  # log in again: password, then the code
    log_in(page, live_server.url, "redacteur")
    assert urlparse(page.url).path == "/admin/2fa/code/"
    # The next time step: django-otp refuses a code that was used already.
    page.get_by_label("Code uit je authenticator-app").fill(totp_code(key, ahead=1))
    with page.expect_navigation():
        page.get_by_role("button", name="Inloggen").click()
    assert urlparse(page.url).path == "/admin/"
    expect(page.get_by_role("heading", name="Site samenvatting")).to_be_visible()
    assert_clean(csp, tracker)


def test_sending_the_newsletter_from_its_admin_page(
    page,
    tracker,
    csp,
    database_lock,
    site,
    live_server,
    django_user_model,
    mailoutbox,
    clear_cache,
):
    ensure_newsletter_permissions()
    user = django_user_model.objects.create_user(
        "eindredacteur", email="eind@kenniscentrum.example", password=PASSWORD
    )
    user.groups.add(Group.objects.get(name=MODERATORS))
    issue = NewsletterIssuePage.objects.get(slug="juni-2026")

    log_in(page, live_server.url, "eindredacteur")
    page.goto(live_server.url + "/admin/nieuwsbrief/")
    page.get_by_role("link", name=issue.title).click()
    with page.expect_navigation():
        page.get_by_role("button", name="Stuur mij een testmail").click()
    expect(page.locator(".messages")).to_contain_text(
        "Testmail verstuurd naar eind@kenniscentrum.example."
    )
    assert [(m.to, m.subject[:7]) for m in mailoutbox] == [
        (["eind@kenniscentrum.example"], "[TEST] ")
    ]

    expect(page.get_by_label("Nu versturen")).to_be_checked()
    with page.expect_navigation():
        page.get_by_role("button", name="Versturen", exact=True).click()
    expect(page.locator(".messages")).to_contain_text(
        "De nieuwsbrief wordt nu verstuurd."
    )
    expect(page.locator("main")).to_contain_text("Verstuurd; klaar op")
    with database_lock:
        assert Sending.objects.get(issue=issue).finished_at is not None
    assert ["abonnee4202@gemeente.example"] in [m.to for m in mailoutbox]
    assert_clean(csp, tracker)


def test_the_watch_sees_a_blocked_inline_script(
    page, tracker, csp, database_lock, live_server, editor
):
    """The checks above can fail: an inline script without the nonce is
    refused, reported, and shows up in the console."""
    log_in(page, live_server.url, "beheer")
    blocked = page.evaluate(
        """() => new Promise((resolve) => {
          document.addEventListener(
            "securitypolicyviolation",
            (event) => resolve(event.effectiveDirective),
            {once: true},
          );
          setTimeout(() => resolve("nothing"), 3000);
          const script = document.createElement("script");
          script.textContent = "document.body.dataset.injected = 'ja'";
          document.body.append(script);
        })"""
    )
    assert blocked == "script-src-elem"
    assert page.locator("body").get_attribute("data-injected") is None
    for _ in range(50):  # the report reaches the test a moment later
        if csp.violations:
            break
        page.wait_for_timeout(100)
    assert [violation.split(" (")[0] for violation in csp.violations] == [
        f"script-src-elem blocked inline on {live_server.url}/admin/"
    ]
    assert any("Content Security Policy" in error for error in tracker.errors)
