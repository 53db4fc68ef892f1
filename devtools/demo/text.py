"""Demo text as plain lines, turned into HTML, plain text or StreamField
data.

A line starting with "## " is a heading, "- " an item of a list, "1. " (any
number) an item of a numbered list; any other line is a paragraph. Items in
a row form one list; a numbered list goes on from its first number (a
checklist numbered across its sections).
"""

import re
from html import escape

NUMBERED = re.compile(r"(\d+)\. ")


def parse(lines: list[str]) -> list[tuple[str, str, int]]:
    """(kind, text, number) per line: kind "heading", "ul", "ol" or "p";
    the number of a numbered item, else 0."""
    parsed = []
    for line in lines:
        if line.startswith("## "):
            parsed.append(("heading", line[3:], 0))
        elif line.startswith("- "):
            parsed.append(("ul", line[2:], 0))
        elif match := NUMBERED.match(line):
            parsed.append(("ol", line[match.end() :], int(match.group(1))))
        else:
            parsed.append(("p", line, 0))
    return parsed


def runs(lines: list[str]) -> list[tuple[str, str]]:
    """("heading", text) for each heading and ("html", markup) for the
    paragraphs and lists between two headings."""
    result, html, open_list = [], [], None

    def close_list():
        nonlocal open_list
        if open_list:
            html.append(f"</{open_list}>")
            open_list = None

    def flush():
        close_list()
        if html:
            result.append(("html", "".join(html)))
            html.clear()

    for kind, text, number in parse(lines):
        if kind == "heading":
            flush()
            result.append(("heading", text))
            continue
        if kind != open_list:
            close_list()
            if kind != "p":
                start = f' start="{number}"' if number > 1 else ""
                html.append(f"<{kind}{start}>")
                open_list = kind
        tag = "p" if kind == "p" else "li"
        html.append(f"<{tag}>{escape(text)}</{tag}>")
    flush()
    return result


def to_html(lines: list[str]) -> str:
    """The lines as HTML, headings as <h2>."""
    return "".join(
        f"<h2>{escape(value)}</h2>" if kind == "heading" else value
        for kind, value in runs(lines)
    )


def to_text(lines: list[str]) -> str:
    """The lines as plain text (Markdown, which reads fine as it is)."""
    out, previous = [], None
    for kind, text, number in parse(lines):
        if previous is not None and not (kind == previous and kind in ("ul", "ol")):
            out.append("")
        out.append(
            {
                "heading": f"## {text}",
                "ul": f"- {text}",
                "ol": f"{number}. {text}",
                "p": text,
            }[kind]
        )
        previous = kind
    return "\n".join(out) + "\n"


def stream(lines: list[str]) -> list[dict]:
    """The lines as StreamField data: heading and paragraph blocks."""
    return [
        {"type": "heading", "value": {"text": value, "level": "h2"}}
        if kind == "heading"
        else {"type": "paragraph", "value": value}
        for kind, value in runs(lines)
    ]


def rich_text(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def rich_list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"
