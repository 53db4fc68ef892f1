"""Reading a partner source into plain `RemoteItem`s.

Anything wrong with a document as a whole (not reachable, too large, too
slow, not JSON or not well-formed XML, a shape other than expected, a page
link to another host, fewer items than announced) raises `HarvestError`:
the harvest stops and every item already taken over stays as it was. An
item that is whole but unusable (no title, a link that is not http(s)) is
left out with a note, so one bad item does not hold up the others.
"""

import datetime
import json
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser
from django.conf import settings
from django.utils import timezone

from federation.clean import plain_text, safe_url
from federation.fetch import FetchError, fetch

API_PATH = "/api/v1/kennisproducten"
API_TYPES = ("application/json",)
FEED_TYPES = (
    "application/atom+xml",
    "application/rss+xml",
    "application/xml",
    "text/xml",
)
TITLE_LENGTH = 255  # Wagtail's page title
SUMMARY_LENGTH = 300  # KnowledgeItemPage.summary
VALUE_LENGTH = 200  # QuestionMapping.remote_value


class HarvestError(Exception):
    """Why a source could not be read (Dutch, shown to editors)."""


@dataclass
class RemoteItem:
    remote_id: str
    title: str
    summary: str
    url: str
    # Candidates for our knowledge type's slug, and values to map to our
    # questions (an API's question values; a feed's categories).
    type_values: tuple[str, ...] = ()
    question_values: tuple[str, ...] = ()
    reviewed: datetime.date | None = None


@dataclass
class Reading:
    items: list[RemoteItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, item: RemoteItem | None, remote_id: str, why: str = ""):
        if item is None:
            self.notes.append(f"item {remote_id[:80]!r} overgeslagen: {why}")
        else:
            self.items.append(item)


def past_date(value) -> datetime.date | None:
    """A date that is not in the future (the review date must not be)."""
    if isinstance(value, datetime.date) and value <= timezone.localdate():
        return value
    return None


def make_item(remote_id, title, summary, url, **extra) -> tuple[RemoteItem | None, str]:
    title = plain_text(title, TITLE_LENGTH)
    link = safe_url(url)
    if not title:
        return None, "geen titel"
    if not link:
        return None, "geen bruikbare http(s)-link"
    summary = plain_text(summary, SUMMARY_LENGTH) or plain_text(title, SUMMARY_LENGTH)
    return RemoteItem(str(remote_id), title, summary, link, **extra), ""


# ---------------------------------------------------------------------------
# A portal API of our own shape


def api_start_url(url: str) -> str:
    """The list's first page, 100 items a page; the editor may give the
    portal's address or the list's (with filters, which are kept)."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    if not path.endswith(API_PATH):
        path += API_PATH
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in {"page", "pageSize"}]
    query.append(("pageSize", "100"))
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode(query), ""))


def expect(condition: bool, what: str):
    if not condition:
        raise HarvestError(f"onverwacht antwoord van de API: {what}")


def is_text(value) -> bool:
    return isinstance(value, str)


def check_term(value, what: str):
    expect(
        isinstance(value, dict)
        and is_text(value.get("waarde"))
        and is_text(value.get("label")),
        what,
    )


def check_api_item(item):
    expect(isinstance(item, dict), "een resultaat is geen object")
    expect(
        isinstance(item.get("id"), int) and not isinstance(item.get("id"), bool),
        "id",
    )
    for name in ("titel", "url", "samenvatting"):
        expect(is_text(item.get(name)), name)
    check_term(item.get("type"), "type")
    questions = item.get("vragen")
    expect(isinstance(questions, list), "vragen")
    for question in questions:
        check_term(question, "vragen")
    for name in ("bronUrl", "laatstGecontroleerd", "overgenomenVan"):
        expect(item.get(name) is None or is_text(item.get(name)), name)


def api_item(item) -> tuple[RemoteItem | None, str]:
    reviewed = None
    if item.get("laatstGecontroleerd"):
        try:
            reviewed = datetime.date.fromisoformat(item["laatstGecontroleerd"])
        except ValueError:
            reviewed = None
    return make_item(
        item["id"],
        item["titel"],
        item["samenvatting"],
        item["url"],
        type_values=(item["type"]["waarde"][:VALUE_LENGTH],),
        question_values=tuple(q["waarde"][:VALUE_LENGTH] for q in item["vragen"]),
        reviewed=past_date(reviewed),
    )


def taken_over_elsewhere(item, foreign_hosts: set[str]) -> bool:
    """An item the partner itself took over from another source: it is
    harvested where it is kept, not through a second portal. The API says so
    with `overgenomenVan` where it has that field; else its link at the
    source points to a host we know (ours, or another source's)."""
    if item.get("overgenomenVan"):
        return True
    host = urlsplit(item.get("bronUrl") or "").hostname
    return bool(host) and host.lower() in foreign_hosts


def read_api(url: str, foreign_hosts: set[str]) -> Reading:
    reading = Reading()
    start = api_start_url(url)
    base = urlsplit(start)
    page_url, seen_pages, seen_ids = start, set(), set()
    announced, passed_on = None, 0
    while page_url:
        expect(len(seen_pages) < settings.FEDERATION_MAX_PAGES, "te veel pagina's")
        seen_pages.add(page_url)
        document = fetch(page_url, API_TYPES)
        try:
            data = json.loads(document.body)
        except (ValueError, UnicodeDecodeError) as error:
            raise HarvestError(f"geen geldige JSON ({error})") from error
        expect(isinstance(data, dict), "geen object")
        results, count = data.get("resultaten"), data.get("aantal")
        expect(isinstance(results, list), "resultaten")
        expect(isinstance(count, int) and count >= 0, "aantal")
        announced = count if announced is None else announced
        for item in results:
            check_api_item(item)
            if item["id"] in seen_ids:
                continue
            seen_ids.add(item["id"])
            if taken_over_elsewhere(item, foreign_hosts):
                passed_on += 1
                continue
            made, why = api_item(item)
            reading.add(made, str(item["id"]), why)
        page_url = next_page(data, base, seen_pages)
    # A list that changed while it was read is read again next time.
    expect(
        len(seen_ids) == announced,
        f"{len(seen_ids)} items gelezen, {announced} aangekondigd",
    )
    if passed_on:
        reading.notes.append(
            f"{passed_on} items niet overgenomen: de partner nam ze zelf over"
        )
    return reading


def next_page(data: dict, base, seen_pages: set[str]) -> str:
    links = data.get("_links")
    expect(isinstance(links, dict), "_links")
    link = links.get("next")
    if link is None:
        return ""
    expect(isinstance(link, dict) and is_text(link.get("href")), "_links.next")
    parts = urlsplit(link["href"])
    if (parts.scheme, parts.netloc) != (base.scheme, base.netloc):
        raise HarvestError(
            f"volgende pagina op een andere host geweigerd: {link['href'][:200]!r}"
        )
    expect(link["href"] not in seen_pages, "de volgende pagina is al gelezen")
    return link["href"]


# ---------------------------------------------------------------------------
# Atom and RSS feeds


def read_feed(url: str) -> Reading:
    document = fetch(url, FEED_TYPES)
    # Entities declared in the document (a "billion laughs") are refused
    # before any parser sees them; feeds have no use for them.
    if b"<!entity" in document.body.lower():
        raise HarvestError("de feed declareert entiteiten (geweigerd)")
    parsed = feedparser.parse(
        document.body,
        response_headers={
            "content-location": document.url,
            "content-type": document.content_type,
        },
        sanitize_html=True,
    )
    if parsed.get("bozo") and not isinstance(
        parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride
    ):
        raise HarvestError(
            f"geen geldige XML: {str(parsed.get('bozo_exception'))[:200]}"
        )
    if not parsed.get("version"):
        raise HarvestError("geen Atom- of RSS-feed")
    reading = Reading()
    seen = set()
    for entry in parsed.entries:
        remote_id = plain_text(entry.get("id") or entry.get("link") or "", 500)
        if not remote_id:
            reading.notes.append("item zonder id of link overgeslagen")
            continue
        if remote_id in seen:
            continue
        seen.add(remote_id)
        categories = tuple(
            dict.fromkeys(
                value[:VALUE_LENGTH]
                for tag in entry.get("tags", [])
                for value in (tag.get("term"), tag.get("label"))
                if isinstance(value, str) and value
            )
        )
        # (Asked as `in` first: feedparser warns when a missing
        # updated_parsed is read.)
        updated = (
            entry["updated_parsed"] if "updated_parsed" in entry else None
        ) or entry.get("published_parsed")
        reviewed = datetime.date(*updated[:3]) if updated else None
        item, why = make_item(
            remote_id,
            entry.get("title", ""),
            entry.get("summary", ""),
            entry.get("link", ""),
            type_values=categories,
            question_values=categories,
            reviewed=past_date(reviewed),
        )
        reading.add(item, remote_id, why)
    return reading


def read_source(source, foreign_hosts: set[str]) -> Reading:
    """Every item of `source`, or HarvestError."""
    try:
        if source.kind == "api":
            return read_api(source.url, foreign_hosts)
        return read_feed(source.url)
    except FetchError as error:
        raise HarvestError(str(error)) from error
