"""Which inline scripts may run in the Wagtail admin under its CSP.

Wagtail 8 still writes a few initialisers as inline <script> elements (found
by searching its templates and Python for "<script", and confirmed in
chromium with the policy enforced):

- the date, time and date-time widgets (wagtailadmin/widgets/*_input.html):
  `initDateChooser("id", {...});`: page fields, the "publish at" dialog and
  the date filters of every listing;
- chooser widgets (`BaseChooser.render`, in Python):
  `new SnippetChooser("id", {...});`, and for pages, documents, images and
  workflow tasks (`createTaskChooser("id");`);
- InlinePanel and MultipleChooserPanel (wagtailadmin/panels/):
  `(function() { var panel = new InlinePanel(JSON.parse("...")); })();`.

Moving them to static files would take copies of Wagtail's widget and panel
templates and of its chooser widgets' Python, to keep in step with every
release. Instead each such script gets the nonce of its response, which the
admin's script-src allows. Only a script that is exactly one call of those
Wagtail functions with JSON arguments (data, never code) qualifies; any other
inline script, such as one smuggled into content, stays without the nonce and
is blocked.

A panel's empty form sits in a <template>; when an editor adds a form, jQuery
runs its scripts and carries their nonce over, so those run too.
"""

import json
import re

# Wagtail writes these as a bare <script>, without attributes.
INLINE_SCRIPT = re.compile(r"<script>(?P<body>.*?)</script>", re.DOTALL)
# initDateChooser("id_x", {...}); or new SnippetChooser("id_x", {...});
CALL = re.compile(r"(?P<new>new )?(?P<name>\w+)\((?P<args>.*)\);", re.DOTALL)
FUNCTIONS = {
    "initDateChooser",
    "initTimeChooser",
    "initDateTimeChooser",
    "createTaskChooser",
}
CONSTRUCTORS = {
    "Chooser",
    "PageChooser",
    "DocumentChooser",
    "ImageChooser",
    "SnippetChooser",
}
PANEL = re.compile(
    r"\(function\(\) \{\s*var panel = new (?:InlinePanel|MultipleChooserPanel)"
    r'\(JSON\.parse\((?P<args>"[^"]*")\)\);\s*\}\)\(\);',
)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def is_wagtail_initialiser(body: str) -> bool:
    """Whether an inline script is one of Wagtail's initialisers, with data
    for arguments."""
    body = body.strip()
    panel = PANEL.fullmatch(body)
    if panel:
        # escapejs output is a valid JSON string, and so is what it encodes.
        return _is_json(panel["args"]) and _is_json(json.loads(panel["args"]))
    call = CALL.fullmatch(body)
    if call is None:
        return False
    names = CONSTRUCTORS if call["new"] else FUNCTIONS
    return call["name"] in names and _is_json(f"[{call['args']}]")


def add_nonce(html: str, nonce: str) -> str:
    """`html` with `nonce` on Wagtail's inline initialisers, and on no other
    inline script."""

    def mark(match):
        if is_wagtail_initialiser(match["body"]):
            return f'<script nonce="{nonce}">{match["body"]}</script>'
        return match[0]

    return INLINE_SCRIPT.sub(mark, html)
