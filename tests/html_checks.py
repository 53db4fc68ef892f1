"""Structural accessibility and same-origin checks on rendered HTML.

Not a replacement for a manual audit: these catch the regressions that can
be caught mechanically (WCAG 1.3.1, 2.4.1, 2.4.2, 3.1.1, 4.1.1, 4.1.2).
"""

from collections import Counter
from html.parser import HTMLParser
from urllib.parse import urlparse

LANDMARKS = {"header", "nav", "main", "footer"}
LABELLABLE = {"input", "select", "textarea"}


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []  # (tag, attrs)
        self.label_for = set()
        self.open_labels = 0
        self.labelled_inline = set()
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "label":
            self.open_labels += 1
            if attrs.get("for"):
                self.label_for.add(attrs["for"])
        elif tag in LABELLABLE and self.open_labels:
            self.labelled_inline.add(id(attrs))
        if tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "label":
            self.open_labels -= 1
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def problems(html: str) -> list[str]:
    """Everything wrong with the page; an empty list means it passes."""
    parser = _Collector()
    parser.feed(html)
    found = []
    tags = parser.tags
    names = [tag for tag, _ in tags]

    html_attrs = next((attrs for tag, attrs in tags if tag == "html"), {})
    if html_attrs.get("lang") != "nl":
        found.append('<html> lacks lang="nl"')
    if not parser.title.strip():
        found.append("empty <title>")
    if names.count("h1") != 1:
        found.append(f"{names.count('h1')} <h1> elements, expected 1")
    for landmark in LANDMARKS:
        if landmark not in names:
            found.append(f"no <{landmark}>")
    if names.count("main") > 1:
        found.append("more than one <main>")

    ids = Counter(attrs["id"] for _, attrs in tags if attrs.get("id"))
    found += [f"duplicate id {key!r}" for key, n in ids.items() if n > 1]

    skip = next((attrs for tag, attrs in tags if tag == "a"), {})
    target = (skip.get("href") or "").lstrip("#")
    if not skip.get("href", "").startswith("#") or target not in ids:
        found.append("the first link is not a working skip link")

    for tag, attrs in tags:
        if tag in LABELLABLE and attrs.get("type") not in ("hidden", "submit"):
            labelled = (
                attrs.get("id") in parser.label_for
                or attrs.get("aria-label")
                or attrs.get("aria-labelledby")
                or id(attrs) in parser.labelled_inline
            )
            if not labelled:
                found.append(f"<{tag} name={attrs.get('name')!r}> has no label")
        if tag == "img" and "alt" not in attrs:
            found.append(f"<img src={attrs.get('src')!r}> has no alt")
        if tag == "a" and not attrs.get("href"):
            found.append("<a> without href")
        # Nothing may load from another origin (links out are fine).
        for attr in ("src", "srcset", "poster", "data"):
            if attrs.get(attr) and urlparse(attrs[attr]).netloc:
                found.append(f"<{tag} {attr}> loads from another origin")
        if tag == "link" and urlparse(attrs.get("href", "")).netloc:
            found.append("<link> loads from another origin")
        if tag in ("script", "style") or (tag != "a" and "style" in attrs):
            # An external script, or a data block (JSON-LD) that never runs.
            if tag == "script" and (
                attrs.get("src") or attrs.get("type") == "application/ld+json"
            ):
                continue
            found.append(f"inline <{tag}> or style attribute (blocked by the CSP)")

    # Heading levels must not skip (h2 -> h4).
    levels = [int(tag[1]) for tag in names if len(tag) == 2 and tag[0] == "h"]
    for before, after in zip(levels, levels[1:], strict=False):
        if after > before + 1:
            found.append(f"heading jumps from h{before} to h{after}")
            break
    return found
