"""Checks JSON-LD against schema.org's own vocabulary file.

The file (schemaorg-current-https.jsonld, the official release file) comes
with `make install` (scripts/fetch_npm.py). A document passes when:

- every node has an `@type` that is a schema.org type (not a data type);
- every property is a schema.org property, not superseded, whose domain
  (`domainIncludes`) holds one of the node's types or a supertype of one;
- every value lies in the property's range (`rangeIncludes`): a node whose
  type is the range or below it; for data types, a string for Text, an
  absolute http(s) URL for URL, an ISO 8601 date for Date, a date and time
  with its offset for DateTime, a number for Number/Integer, true/false for
  Boolean; for an enumeration, the URL of one of its members
  ("https://schema.org/EventScheduled").
"""

import datetime
import json
import os
import re
import sys
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

VOCABULARY_FILE = Path(
    os.environ.get(
        "SCHEMAORG_VOCABULARY",
        Path(sys.prefix) / "share/schemaorg/schemaorg-current-https.jsonld",
    )
)
SCHEMA = "https://schema.org/"
KEYWORDS = {"@context", "@type", "@id"}
DATA_TYPES = {
    "Text",
    "URL",
    "Date",
    "DateTime",
    "Time",
    "Number",
    "Integer",
    "Float",
    "Boolean",
    "DataType",
}


def _ids(value) -> list[str]:
    """The schema.org names in a JSON-LD reference or list of them."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [
        item["@id"].removeprefix("schema:")
        for item in items
        if item["@id"].startswith("schema:")
    ]


@dataclass
class Vocabulary:
    parents: dict[str, set[str]]  # type -> its direct supertypes
    domains: dict[str, set[str]]  # property -> domainIncludes
    ranges: dict[str, set[str]]  # property -> rangeIncludes
    superseded: set[str]
    members: dict[str, set[str]]  # enumeration member -> its types

    def supertypes(self, name: str) -> set[str]:
        """`name` and every type above it."""
        found, todo = set(), [name]
        while todo:
            current = todo.pop()
            if current not in found:
                found.add(current)
                todo.extend(self.parents.get(current, ()))
        return found


@cache
def vocabulary() -> Vocabulary:
    if not VOCABULARY_FILE.exists():
        raise AssertionError(
            f"schema.org's vocabulary is missing ({VOCABULARY_FILE}): run make install"
        )
    graph = json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))["@graph"]
    parents, domains, ranges, superseded, members = {}, {}, {}, set(), {}
    for node in graph:
        name = node["@id"].removeprefix("schema:")
        kinds = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
        if "rdfs:Class" in kinds:
            parents[name] = set(_ids(node.get("rdfs:subClassOf")))
        elif "rdf:Property" in kinds:
            domains[name] = set(_ids(node.get("schema:domainIncludes")))
            ranges[name] = set(_ids(node.get("schema:rangeIncludes")))
            if node.get("schema:supersededBy"):
                superseded.add(name)
        else:  # an enumeration's member: its type is the enumeration
            members[name] = {kind.removeprefix("schema:") for kind in kinds}
    return Vocabulary(parents, domains, ranges, superseded, members)


class _ScriptBlocks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks: list[str] = []
        self._inside = False

    def handle_starttag(self, tag, attrs):
        self._inside = tag == "script" and dict(attrs).get("type") == (
            "application/ld+json"
        )
        if self._inside:
            self.blocks.append("")

    def handle_endtag(self, tag):
        self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.blocks[-1] += data


def json_ld_blocks(html: str) -> list[dict]:
    """Every JSON-LD block of a page, parsed."""
    parser = _ScriptBlocks()
    parser.feed(html)
    return [json.loads(block) for block in parser.blocks]


def raw_json_ld(html: str) -> list[str]:
    """The blocks' text as it stands in the HTML (for what may not be in it)."""
    parser = _ScriptBlocks()
    parser.feed(html)
    return parser.blocks


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def _is_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return bool(_DATE.fullmatch(text))


def _is_datetime(text: str) -> bool:
    """A date and time with its offset from UTC (a time zone)."""
    if "T" not in text:
        return False
    try:
        value = datetime.datetime.fromisoformat(text)
    except ValueError:
        return False
    return value.tzinfo is not None


def _is_url(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in text


def _text_fits(text: str, allowed: set[str], vocab: Vocabulary) -> bool:
    if "Text" in allowed:
        return True
    if allowed & {"URL"} and _is_url(text):
        return True
    if "Date" in allowed and _is_date(text):
        return True
    if "DateTime" in allowed and _is_datetime(text):
        return True
    if allowed & {"Number", "Integer", "Float"} and _NUMBER.fullmatch(text):
        return True
    if text.startswith(SCHEMA):  # an enumeration member, by its URL
        member = text.removeprefix(SCHEMA)
        for kind in vocab.members.get(member, ()):
            if vocab.supertypes(kind) & allowed:
                return True
    return False


def _types(node: dict) -> list[str]:
    kinds = node.get("@type")
    return kinds if isinstance(kinds, list) else [kinds]


def problems(document: dict) -> list[str]:
    """What in `document` (a JSON-LD document) schema.org does not define."""
    found = []
    if document.get("@context") != "https://schema.org":
        found.append(f"@context is {document.get('@context')!r}")
    _check_node(document, "$", vocabulary(), found)
    return found


def _check_node(node: dict, where: str, vocab: Vocabulary, found: list) -> None:
    kinds = _types(node)
    supertypes = set()
    for kind in kinds:
        if not isinstance(kind, str) or kind not in vocab.parents:
            found.append(f"{where}: {kind!r} is no schema.org type")
        elif kind in DATA_TYPES:
            found.append(f"{where}: {kind!r} is a data type, not a node type")
        else:
            supertypes |= vocab.supertypes(kind)
    for name, value in node.items():
        if name in KEYWORDS:
            continue
        at = f"{where}.{name}"
        if name not in vocab.domains:
            found.append(f"{at}: no schema.org property")
            continue
        if name in vocab.superseded:
            found.append(f"{at}: superseded in schema.org")
        if supertypes and not vocab.domains[name] & supertypes:
            found.append(f"{at}: not a property of {'/'.join(map(str, kinds))}")
        allowed = vocab.ranges[name]
        values = value if isinstance(value, list) else [value]
        if not values:
            found.append(f"{at}: empty list")
        for index, item in enumerate(values):
            _check_value(item, allowed, f"{at}[{index}]", vocab, found)


def _check_value(value, allowed: set[str], at: str, vocab, found: list) -> None:
    if isinstance(value, dict):
        if "@type" not in value:
            found.append(f"{at}: a node without @type")
            return
        kinds = [kind for kind in _types(value) if kind in vocab.parents]
        if kinds and not any(vocab.supertypes(kind) & allowed for kind in kinds):
            found.append(f"{at}: {_types(value)} is not in the range {sorted(allowed)}")
        _check_node(value, at, vocab, found)
    elif isinstance(value, bool):
        if "Boolean" not in allowed:
            found.append(f"{at}: a boolean, range {sorted(allowed)}")
    elif isinstance(value, int):
        if not allowed & {"Integer", "Number"}:
            found.append(f"{at}: an integer, range {sorted(allowed)}")
    elif isinstance(value, float):
        if not allowed & {"Float", "Number"}:
            found.append(f"{at}: a number, range {sorted(allowed)}")
    elif isinstance(value, str):
        if not value.strip():
            found.append(f"{at}: empty text")
        elif not _text_fits(value, allowed, vocab):
            found.append(f"{at}: {value!r} is not in the range {sorted(allowed)}")
    else:
        found.append(f"{at}: {value!r} is no JSON-LD value")
