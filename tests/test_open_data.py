"""The kennisbank as open data: /open-data/csv/ and /open-data/json/ read back
with the csv and json modules (every live, public item exactly once, nothing
unpublished or restricted, no formula for a spreadsheet), the description
page with its licence and a data dictionary that lists every column the
downloads have, and a query count that does not grow with the items."""

import csv
import datetime
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from core import page_cache
from devtools.demo.knowledge.open_data import ensure_open_data_page
from knowledge.models import GovernmentLayer, KnowledgeType, OpenDataPage, Perspective
from knowledge.open_data import COLUMN_NAMES, LICENCE_URL
from tests.factories import (
    KnowledgeProductPageFactory,
    OpenDataPageFactory,
    OrganisationFactory,
    PracticeCasePageFactory,
    QuestionPageFactory,
    term,
)
from tests.html_checks import problems as html_problems
from tests.schema_vocabulary import json_ld_blocks, problems

pytestmark = pytest.mark.django_db

CSV_URL = "/open-data/csv/"
JSON_URL = "/open-data/json/"
FORMULA = '=HYPERLINK("https://evil.example","klik")'
MULTILINE = 'Eerste regel, met een komma;\nen "aanhalingstekens" op regel twee.'


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type="login")


@pytest.fixture
def generation_of_our_own(settings, tmp_path, clear_cache):
    """The page cache's generation in a file of this test's own (no other
    test run purges it), started now: it has a time for Last-Modified."""
    settings.PAGE_CACHE_GENERATION_FILE = tmp_path / "generation"
    page_cache.purge()


@pytest.fixture
def bank(site_tree, generation_of_our_own):
    """Two products and a case anyone may see (one product with a formula
    for a title), and what must stay out: a restricted and an unpublished
    product, a restricted case, a restricted and an unpublished question."""
    tree = site_tree
    tree.open_data = OpenDataPageFactory(parent=tree.home)
    question = QuestionPageFactory(parent=tree.questions, slug="starten")
    secret_question = QuestionPageFactory(parent=tree.questions, slug="geheim")
    restrict(secret_question)
    draft_question = QuestionPageFactory(parent=tree.questions, slug="concept")
    draft_question.unpublish()
    tree.product = KnowledgeProductPageFactory(
        parent=tree.knowledge,
        slug="leidraad",
        title="Leidraad verantwoord datagebruik",
        summary=MULTILINE,
        organisation=OrganisationFactory(name="Vereniging, Nederlandse Gemeenten"),
        external_url="https://vng.example/leidraad?a=1&b=2",
        questions=[question, secret_question, draft_question],
        government_layers=[
            term(GovernmentLayer, "provincie"),
            term(GovernmentLayer, "gemeente"),
        ],
        perspectives=[term(Perspective, "juridisch")],
        tags=["Woo", "AVG"],
    )
    tree.formula = KnowledgeProductPageFactory(
        parent=tree.knowledge,
        slug="formule",
        title=FORMULA,
        summary="-1 of +1? @iedereen",
        knowledge_type=term(KnowledgeType, "toolbox"),
        organisation=None,
    )
    tree.case = PracticeCasePageFactory(
        parent=tree.cases,
        slug="voorbeeld",
        title="Sensordata in Zwolle",
        organisation=OrganisationFactory(name="Gemeente Zwolle"),
        phase="productie",
        questions=[question],
    )
    secret = KnowledgeProductPageFactory(
        parent=tree.knowledge, slug="geheim", title="Geheim product"
    )
    restrict(secret)
    draft = KnowledgeProductPageFactory(
        parent=tree.knowledge, slug="concept", title="Product in concept"
    )
    draft.unpublish()
    secret_case = PracticeCasePageFactory(
        parent=tree.cases, slug="besloten", title="Besloten casus"
    )
    restrict(secret_case)
    return tree


def read_csv(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="kennisbank.csv"'
    # A byte order mark for Excel; the csv module reads it as utf-8-sig.
    assert response.content.startswith("\ufeff".encode())
    text = response.content.decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = list(reader)
    assert tuple(reader.fieldnames) == COLUMN_NAMES
    return rows


def read_json(response) -> dict:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="kennisbank.json"'
    return json.loads(response.content.decode("utf-8"))


def test_csv_holds_every_public_item_once(client, bank):
    rows = read_csv(client.get(CSV_URL))
    expected = sorted([bank.product.pk, bank.formula.pk, bank.case.pk])
    assert [int(row["id"]) for row in rows] == expected
    by_id = {int(row["id"]): row for row in rows}
    product = by_id[bank.product.pk]
    assert product == {
        "id": str(bank.product.pk),
        "soort": "kennisproduct",
        "titel": "Leidraad verantwoord datagebruik",
        "url": "http://testserver/kennisbank/leidraad/",
        # Commas, quotes and a line break inside a field survive the trip.
        "samenvatting": MULTILINE,
        "type": "leidraad",
        "fase": "",
        # The restricted and the unpublished question are left out.
        "vragen": "starten",
        "bestuurslagen": "gemeente;provincie",
        "perspectieven": "juridisch",
        "themas": "avg;woo",
        "organisatie": "Vereniging, Nederlandse Gemeenten",
        "bron_url": "https://vng.example/leidraad?a=1&b=2",
        "eerst_gepubliceerd": timezone.localdate().isoformat(),
        "laatst_gewijzigd": product["laatst_gewijzigd"],
        "laatst_gecontroleerd": timezone.localdate().isoformat(),
    }
    changed = datetime.datetime.fromisoformat(product["laatst_gewijzigd"])
    assert changed.tzinfo is not None
    case = by_id[bank.case.pk]
    assert (case["soort"], case["type"], case["fase"]) == (
        "praktijkvoorbeeld",
        "",
        "productie",
    )
    assert case["organisatie"] == "Gemeente Zwolle"
    assert case["url"] == "http://testserver/praktijkvoorbeelden/voorbeeld/"
    text = client.get(CSV_URL).content.decode("utf-8-sig")
    for hidden in ("Geheim", "concept", "Besloten", "geheim"):
        assert hidden not in text


def test_no_csv_cell_becomes_a_spreadsheet_formula(client, bank):
    rows = read_csv(client.get(CSV_URL))
    formula = next(row for row in rows if int(row["id"]) == bank.formula.pk)
    assert formula["titel"] == "'" + FORMULA
    assert formula["samenvatting"] == "'-1 of +1? @iedereen"
    assert formula["organisatie"] == ""
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value


def test_no_formula_hides_behind_a_semicolon(client, bank):
    """Excel in Dutch splits a CSV on ";": every field is quoted, and a part
    after a ";" that would start a formula gets an apostrophe too."""
    bank.product.title = "Handreiking;=1+1;@SUM(A1:A9)"
    bank.product.save_revision().publish()
    response = client.get(CSV_URL)
    text = b"".join(
        response.streaming_content if response.streaming else [response.content]
    ).decode("utf-8-sig")
    rows = text.split("\r\n")
    assert all(line.startswith('"') for line in rows if line)
    product = next(
        row
        for row in read_csv(client.get(CSV_URL))
        if int(row["id"]) == bank.product.pk
    )
    assert product["titel"] == "Handreiking;'=1+1;'@SUM(A1:A9)"
    for row in rows:
        for part in row.split(";")[1:]:
            assert not part.startswith(("=", "+", "-", "@")), part


def test_json_holds_the_same_items_with_metadata(client, bank):
    data = read_json(client.get(JSON_URL))
    assert data["licentie"] == LICENCE_URL
    assert data["beschrijving"] == "http://testserver/open-data/"
    generated = datetime.datetime.fromisoformat(data["gegenereerd"])
    assert generated.tzinfo is not None
    assert abs(timezone.now() - generated) < datetime.timedelta(minutes=5)
    assert data["aantal"] == len(data["items"]) == 3
    assert [column["naam"] for column in data["kolommen"]] == list(COLUMN_NAMES)
    for item in data["items"]:
        assert tuple(item) == COLUMN_NAMES
    items = {item["id"]: item for item in data["items"]}
    assert sorted(items) == sorted([bank.product.pk, bank.formula.pk, bank.case.pk])
    product = items[bank.product.pk]
    assert product["vragen"] == ["starten"]
    assert product["bestuurslagen"] == ["gemeente", "provincie"]
    assert product["themas"] == ["avg", "woo"]
    assert product["samenvatting"] == MULTILINE
    # JSON is data, not a spreadsheet: the title as the editor typed it.
    assert items[bank.formula.pk]["titel"] == FORMULA
    assert items[bank.case.pk]["vragen"] == ["starten"]
    assert items[bank.case.pk]["bron_url"] == ""

    # The CSV says the same about every item.
    for row in read_csv(client.get(CSV_URL)):
        item = items[int(row["id"])]
        for name in COLUMN_NAMES:
            value = item[name]
            if isinstance(value, list):
                value = ";".join(value)
            assert row[name].removeprefix("'") == str(value), name


def test_downloads_say_when_the_content_last_changed(client, bank):
    before = timezone.now().replace(microsecond=0) - datetime.timedelta(seconds=1)
    page_cache.purge()
    for url in (CSV_URL, JSON_URL):
        response = client.get(url)
        modified = datetime.datetime.strptime(
            response["Last-Modified"], "%a, %d %b %Y %H:%M:%S GMT"
        ).replace(tzinfo=datetime.UTC)
        assert before <= modified <= timezone.now()


def test_description_page_lists_every_column_and_the_licence(client, bank):
    response = client.get("/open-data/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html_problems(html) == []
    csv_columns = next(
        csv.reader(io.StringIO(client.get(CSV_URL).content.decode("utf-8-sig")))
    )
    json_keys = read_json(client.get(JSON_URL))["items"][0].keys()
    assert list(csv_columns) == list(json_keys) == list(COLUMN_NAMES)
    for name in csv_columns:
        assert f'<th scope="row"><code>{name}</code></th>' in html, name
    assert html.count('<th scope="row">') == len(COLUMN_NAMES)
    assert f'href="{LICENCE_URL}" rel="license external"' in html
    assert "CC0 1.0" in html
    assert f'href="{CSV_URL}"' in html and f'href="{JSON_URL}"' in html
    # The page as a schema.org Dataset with its two downloads.
    [dataset] = json_ld_blocks(html)
    assert problems(dataset) == []
    assert dataset["@type"] == "Dataset"
    assert dataset["license"] == LICENCE_URL
    assert [d["contentUrl"] for d in dataset["distribution"]] == [
        "http://testserver/open-data/csv/",
        "http://testserver/open-data/json/",
    ]
    assert dataset["variableMeasured"] == list(COLUMN_NAMES)
    # Linked from every page's footer.
    assert 'href="/open-data/"' in client.get("/").content.decode()


def test_odd_requests_are_answered_sensibly(client, bank):
    plain = client.get(CSV_URL).content
    odd = client.get(CSV_URL + '?x=<script>&id=1"&format=xml')
    assert odd.status_code == 200 and odd.content == plain
    assert client.get("/open-data/xml/").status_code == 404
    assert client.get("/open-data/csv/extra/").status_code == 404
    assert client.post(CSV_URL).status_code in (200, 405)


def add_items(site_tree, count: int, start: int):
    questions = [
        QuestionPageFactory(parent=site_tree.questions, slug=f"vraag-{number}")
        for number in range(start, start + 2)
    ]
    layer = term(GovernmentLayer, "gemeente")
    for number in range(start, start + count):
        if number % 3:
            KnowledgeProductPageFactory(
                parent=site_tree.knowledge,
                title=f"Product {number}",
                questions=questions,
                government_layers=[layer],
                perspectives=[term(Perspective, "technisch")],
                tags=[f"thema {number}", "AVG"],
            )
        else:
            PracticeCasePageFactory(
                parent=site_tree.cases,
                title=f"Casus {number}",
                questions=questions[:1],
                government_layers=[layer],
                tags=["Woo"],
            )


def download_queries(client) -> dict:
    counts = {}
    for url in (CSV_URL, JSON_URL):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts[url] = len(queries)
    return counts


def test_query_count_does_not_grow_with_the_items(client, site_tree, settings):
    """Nothing kept (LISTING_CACHE_SECONDS is 0 in the tests): every download
    builds its rows, with 3 items as with 30."""
    assert settings.LISTING_CACHE_SECONDS == 0
    OpenDataPageFactory(parent=site_tree.home)
    add_items(site_tree, 3, 0)
    client.get(CSV_URL)  # per-process caches (content types, site root paths)
    few = download_queries(client)
    assert len(read_json(client.get(JSON_URL))["items"]) == 3

    add_items(site_tree, 27, 3)
    many = download_queries(client)
    assert len(read_json(client.get(JSON_URL))["items"]) == 30
    assert many == few
    # Wagtail finding the page (6), the view restrictions (1), the home page
    # (the addresses start from it), the products, the cases and four
    # relations of each (10).
    assert max(many.values()) <= 18, many


def test_kept_rows_follow_a_change_and_a_restriction(client, bank, settings):
    """Kept per content generation, as in production: a publication shows at
    once, and a restriction added without a purge still hides the item."""
    settings.LISTING_CACHE_SECONDS = 3600
    assert len(read_json(client.get(JSON_URL))["items"]) == 3
    KnowledgeProductPageFactory(parent=bank.knowledge, slug="nieuw", title="Nieuw")
    assert len(read_json(client.get(JSON_URL))["items"]) == 4
    PageViewRestriction.objects.create(page=bank.case, restriction_type="login")
    titles = [item["titel"] for item in read_json(client.get(JSON_URL))["items"]]
    assert "Sensordata in Zwolle" not in titles and len(titles) == 3


def test_the_demo_makes_the_page_once(client, site_tree):
    def publish(parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    first = ensure_open_data_page(site_tree.home, publish)
    again = ensure_open_data_page(site_tree.home, publish)
    assert again.pk == first.pk and OpenDataPage.objects.count() == 1
    assert first.url == "/open-data/" and not first.show_in_menus
    assert client.get("/open-data/").status_code == 200
    assert read_json(client.get(JSON_URL))["aantal"] == 0
