"""Front-end weight: responsive images, page weight and cached static files.

The requirement: a page's HTML, CSS and JS together at most 60 KB compressed
(images excluded); content images as renditions of fitting size with srcset,
width and height, in AVIF or WebP; static files hashed, compressed and cached
for a long time.
"""

import gzip
import importlib.util
import io
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import caches
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.http import HttpResponse
from django.templatetags.static import static
from django.test import RequestFactory, override_settings
from PIL import Image as PILImage
from wagtail.images.models import Image, Rendition
from whitenoise.middleware import WhiteNoiseMiddleware

from core.blocks import FigureBlock
from tests.conftest import SAMPLE_MEMBER
from tests.pages import MEMBER_PAGES, PAGES

pytestmark = pytest.mark.django_db

BUDGET = 60 * 1024  # bytes, gzip level 6: HTML plus its own CSS and JS
ONE_YEAR = 365 * 24 * 60 * 60
OWN_HOSTS = {"", "testserver", "localhost"}


class _Assets(HTMLParser):
    """The stylesheets and scripts a page links, and every srcset candidate."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.styles_and_scripts = []
        self.srcset_urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").split()
        if tag == "link" and attrs.get("href"):
            if "stylesheet" in rel or "modulepreload" in rel:
                self.styles_and_scripts.append(attrs["href"])
            elif "preload" in rel and attrs.get("as") in ("style", "script"):
                self.styles_and_scripts.append(attrs["href"])
        if tag == "script" and attrs.get("src"):
            self.styles_and_scripts.append(attrs["src"])
        if attrs.get("srcset"):
            # "url 400w, url 800w": tests/html_checks.py reads only the first.
            for candidate in attrs["srcset"].split(","):
                if candidate.strip():
                    self.srcset_urls.append(candidate.split()[0])


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def own_file(client, url: str) -> bytes:
    """The bytes behind a URL of our origin: static files straight from the
    finders (no collectstatic in tests), anything else through the client."""
    path = urlparse(url).path
    if path.startswith(settings.STATIC_URL):
        found = finders.find(path.removeprefix(settings.STATIC_URL))
        assert found, f"{url} is not a static file"
        with open(found, "rb") as handle:
            return handle.read()
    return client.get(url).content


def css_imports(css: str) -> list[str]:
    """What a stylesheet loads: url(...) and @import targets."""
    urls = re.findall(r"""url\(\s*['"]?([^'")\s]+)""", css)
    urls += re.findall(r"""@import\s+['"]([^'"]+)""", css)
    return [url for url in urls if not url.startswith("data:")]


def weight_problems(client, samples, budget=BUDGET) -> dict[str, list[str]]:
    """Per page: over the budget, or loading from another origin."""
    found = {}
    for sample in samples:
        response = client.get(sample.path)
        html = response.content
        assets = _Assets()
        assets.feed(html.decode())
        page_problems = []
        sizes = [f"HTML {gzip_size(html)} B"]
        total = gzip_size(html)
        for url in assets.styles_and_scripts:
            if urlparse(url).netloc not in OWN_HOSTS:
                page_problems.append(f"{url} comes from another origin")
                continue
            data = own_file(client, url)
            total += gzip_size(data)
            sizes.append(f"{url} {gzip_size(data)} B")
            if url.endswith(".css"):
                for target in css_imports(data.decode()):
                    if urlparse(urljoin(url, target)).netloc not in OWN_HOSTS:
                        page_problems.append(f"{url} loads {target}")
        for url in assets.srcset_urls:
            if urlparse(url).netloc not in OWN_HOSTS:
                page_problems.append(f"srcset loads {url}")
        if total > budget:
            page_problems.append(
                f"{total} B compressed, over {budget} B: " + ", ".join(sizes)
            )
        if page_problems:
            found[f"{sample.path} ({sample.what})"] = page_problems
    return found


def test_every_page_stays_within_the_weight_budget(client, sample_pages):
    # One sample site for both lists: building it takes seconds.
    found = weight_problems(client, PAGES)
    email, password = SAMPLE_MEMBER
    client.post("/account/inloggen/", {"username": email, "password": password})
    found |= {
        f"logged in: {page}": problems
        for page, problems in weight_problems(client, MEMBER_PAGES).items()
    }
    assert found == {}


def test_the_weight_check_catches_problems(client, site_tree):
    html = (
        '<link rel="stylesheet" href="https://fonts.example/a.css">'
        '<img alt="" srcset="/a.webp 400w, https://cdn.example/b.webp 800w">'
    )
    assets = _Assets()
    assets.feed(html)
    assert assets.styles_and_scripts == ["https://fonts.example/a.css"]
    assert assets.srcset_urls == ["/a.webp", "https://cdn.example/b.webp"]
    css = '@import "https://x.example/f.css"; a { b: url(../c.svg) }'
    assert css_imports(css) == ["../c.svg", "https://x.example/f.css"]

    (problem,) = weight_problems(client, [PAGES[0]], budget=1000)["/ (home page)"]
    assert "over 1000 B: HTML" in problem
    assert "/static/css/main.css" in problem


# Images ----------------------------------------------------------------


@pytest.fixture
def make_image():
    """A real PNG of the given size, stored as a Wagtail image."""
    # Renditions are cached by image id, which the rolled-back database
    # hands out again: start each test without them.
    caches["renditions" if "renditions" in settings.CACHES else "default"].clear()

    def make(width, height):
        buffer = io.BytesIO()
        gradient = PILImage.linear_gradient("L").resize((width, height))
        gradient.convert("RGB").save(buffer, "PNG")
        return Image.objects.create(
            title="Grafiek", file=ImageFile(buffer, name="grafiek.png")
        )

    return make


class _Picture(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def first(self, tag):
        return next(attrs for name, attrs in self.tags if name == tag)

    def sources(self):
        return {attrs["type"]: attrs for name, attrs in self.tags if name == "source"}


def render_figure(image, alt="Aantal datasets per jaar, stijgend"):
    block = FigureBlock()
    value = block.to_python(
        {
            "image": {"image": image.pk, "alt_text": alt, "decorative": False},
            "caption": "Bron: eigen telling",
        }
    )
    parser = _Picture()
    parser.feed(block.render(value))
    return parser


def widths(srcset: str) -> list[int]:
    return [int(candidate.split()[1][:-1]) for candidate in srcset.split(",")]


def test_figure_renders_avif_and_webp_in_several_widths(make_image):
    image = make_image(900, 200)
    picture = render_figure(image)

    tags = [tag for tag, _ in picture.tags]
    assert tags == ["figure", "picture", "source", "img", "figcaption"]
    avif = picture.sources()["image/avif"]
    img = picture.first("img")
    # Never scaled up: 1200 asked, the original's 900 given.
    assert widths(avif["srcset"]) == [900, 800, 400]
    assert widths(img["srcset"]) == [900, 800, 400]
    assert all(".avif " in c for c in avif["srcset"].split(","))
    assert all(".webp " in c for c in img["srcset"].split(","))
    assert img["src"].endswith(".webp")
    assert avif["sizes"] == img["sizes"]
    assert "42rem" in img["sizes"]
    assert (img["width"], img["height"]) == ("900", "200")
    assert img["alt"] == "Aantal datasets per jaar, stijgend"
    assert img["loading"] == "lazy"
    assert img["decoding"] == "async"

    renditions = Rendition.objects.filter(image=image)
    assert renditions.count() == 6
    assert max(r.width for r in renditions) == 900
    # The AVIF renditions really are AVIF (Pillow here can encode it).
    avif_rendition = renditions.filter(file__endswith=".avif").first()
    with avif_rendition.file.open() as handle:
        assert PILImage.open(handle).format == "AVIF"


@pytest.mark.parametrize(
    ("size", "expected"), [((600, 150), [600, 400]), ((300, 100), None)]
)
def test_figure_of_a_small_image_repeats_no_width(make_image, size, expected):
    image = make_image(*size)
    picture = render_figure(image)

    img = picture.first("img")
    assert (img["width"], img["height"]) == tuple(str(n) for n in size)
    if expected:
        assert widths(img["srcset"]) == expected
        assert widths(picture.sources()["image/avif"]["srcset"]) == expected
    else:
        # One rendition per format: a plain URL, no width descriptor needed.
        assert "srcset" not in img
        assert picture.sources()["image/avif"]["srcset"].endswith(".avif")
    assert all(r.width <= size[0] for r in Rendition.objects.filter(image=image))


# Static files ----------------------------------------------------------


@pytest.fixture
def collected(tmp_path):
    """Our own static files, collected with the production storage."""
    with override_settings(
        STATIC_ROOT=tmp_path,
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {
                "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
            },
        },
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield tmp_path


def test_static_files_are_hashed_and_compressed(collected):
    url = static("css/main.css")
    hashed = re.fullmatch(r"/static/css/main\.[0-9a-f]{12}\.css", url)
    assert hashed, url
    path = collected / url.removeprefix("/static/")
    original = path.read_bytes()
    assert gzip.decompress(path.with_name(path.name + ".gz").read_bytes()) == original
    if importlib.util.find_spec("brotli"):
        assert path.with_name(path.name + ".br").exists()


def test_whitenoise_caches_hashed_files_for_a_year(collected):
    middleware = WhiteNoiseMiddleware(lambda request: HttpResponse(status=404))
    request = RequestFactory().get(
        static("css/main.css"), HTTP_ACCEPT_ENCODING="gzip, deflate"
    )
    response = middleware(request)
    response.close()

    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    cache_control = response["Cache-Control"]
    max_age = int(re.search(r"max-age=(\d+)", cache_control).group(1))
    assert max_age >= ONE_YEAR
    assert "immutable" in cache_control

    # The unhashed name may change content: it is not cached for long.
    plain = middleware(RequestFactory().get("/static/css/main.css"))
    plain.close()
    assert "immutable" not in plain["Cache-Control"]
