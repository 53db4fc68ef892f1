"""Walking a beslishulp: one question at a time, plain links (no forms, no
JavaScript), the answers in the URL.

    /beslishulpen/<slug>/                       intro and the first question
    ?antwoorden=1-2&versie=<revision id>        the node these answers reach
    ...&formaat=markdown                        the result as a Markdown file
    ...&formaat=pdf                             the result as a (tagged) PDF
    ...&vorige=2                                a question whose answer (2)
                                                the visitor is changing

`versie` is the published revision the visitor started on. When editors
publish a new version, old URLs keep resolving against the version they
were made with; a URL that fits no version gets a clear page and a restart.
"""

import html
import re

from django.http import HttpResponse, HttpResponseNotAllowed
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from wagtail.models import PageLogEntry

from core.mail import site_url
from core.pages import visible
from decisions.blocks import VERDICT_LABELS
from decisions.pdf import pdf_refused, result_pdf
from decisions.tree import InvalidPath, Tree, parse_answers

PUBLISH_ACTIONS = ("wagtail.publish", "wagtail.publish.scheduled")
# Links land on the question or outcome, not on the top of the page.
STEP = "#stap"


def published_version(page, number: int):
    """(the page as published in revision `number`, that revision), or None.
    Only revisions that were published count: drafts stay private."""
    if number == page.live_revision_id:
        return page, page.live_revision
    was_published = PageLogEntry.objects.filter(
        page=page, action__in=PUBLISH_ACTIONS, revision_id=number
    ).exists()
    revision = page.revisions.filter(pk=number).first() if was_published else None
    if revision is None:
        return None
    try:
        old = revision.as_object()
    except Exception:  # noqa: BLE001 - stored under a schema we cannot read
        return None
    return old, revision


def link(page, answers, version, previous=None) -> str:
    """The address of the node `answers` reach; `previous` marks the answer
    given there before, when the visitor goes back to change it."""
    marked = f"&vorige={previous}" if previous else ""
    if not answers:
        return f"{page.url}?versie={version}{marked}{STEP}"
    path = "-".join(str(number) for number in answers)
    return f"{page.url}?antwoorden={path}&versie={version}{marked}{STEP}"


def resolved_links(items) -> list[dict]:
    """Link blocks as {title, url}: pages only when live and public (a draft
    or restricted page is named without a link)."""
    items = list(items or [])
    shown = {
        page.pk
        for page in visible([item["page"] for item in items if item.get("page")])
    }
    links = []
    for item in items:
        page = item.get("page")
        if page is not None and page.pk in shown:
            url = page.url
        else:
            url = item.get("url") or ""
        links.append({"title": item.get("title") or url, "url": url})
    return links


def as_text(rich) -> str:
    """Rich text as plain text paragraphs and list items (for Markdown)."""
    source = getattr(rich, "source", str(rich or ""))
    source = re.sub(r"</p>|<br\s*/?>", "\n\n", source)
    source = re.sub(r"<li[^>]*>", "- ", source)
    source = re.sub(r"</li>", "\n", source)
    text = html.unescape(re.sub(r"<[^>]+>", "", source))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def serve_aid(page, request):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    if page.live_revision_id is None:
        tree_page, revision, version = page, None, ""
    else:
        version = request.GET.get("versie") or str(page.live_revision_id)
        if not (version.isascii() and version.isdigit() and len(version) <= 12):
            return _invalid(request, page, "tampered", 400)
        found = published_version(page, int(version))
        if found is None:
            return _invalid(request, page, "changed", 410)
        tree_page, revision = found
    tree = Tree(tree_page.tree)
    if (
        revision is not None
        and revision.pk != page.live_revision_id
        and (tree.problems())
    ):
        return _invalid(request, page, "changed", 410)  # an old tree we cannot walk
    try:
        answers = parse_answers(request.GET.get("antwoorden", ""))
        steps, node = tree.walk(answers)
    except InvalidPath:
        return _invalid(request, page, "tampered", 400)
    context = {
        "page": page,
        "self": page,
        "node": node,
        "steps": [
            {
                "question": step.node.value.get("question", ""),
                "answer": step.answer_label,
                "change_url": link(
                    page, answers[:index], version, previous=answers[index]
                ),
            }
            for index, step in enumerate(steps)
        ],
        "version": version,
        "version_date": revision.created_at if revision else None,
        "outdated": bool(revision) and revision.pk != page.live_revision_id,
        "today": timezone.localdate(),
        "restart_url": page.url,
        "private_link": bool(request.GET),
    }
    if node.is_outcome:
        value = node.value
        context.update(
            {
                "verdict": VERDICT_LABELS.get(value.get("verdict"), "Uitkomst"),
                "verdict_key": value.get("verdict", ""),
                "legal_basis": resolved_links(value.get("legal_basis")),
                "next_steps": resolved_links(value.get("next_steps")),
            }
        )
        result = link(page, answers, version).removesuffix(STEP)
        context["result_url"] = site_url(result)
        context["markdown_url"] = result + "&formaat=markdown"
        context["pdf_url"] = result + "&formaat=pdf"
        if request.GET.get("formaat") == "markdown":
            return _markdown(page, context)
        if request.GET.get("formaat") == "pdf":
            refused = pdf_refused(request)
            if refused:
                return _invalid(request, page, *refused)
            return _download(page, result_pdf(_file_context(context)), "pdf")
    else:
        previous = request.GET.get("vorige", "")
        context["options"] = [
            {
                "label": label,
                "url": link(page, [*answers, number], version),
                "previous": previous == str(number),
            }
            for number, (label, _target) in enumerate(node.answers, start=1)
        ]
        context["number"] = len(steps) + 1
        context["at_most"] = len(steps) + tree.longest_from(node)
        context["back_url"] = link(page, answers[:-1], version) if answers else None
    return TemplateResponse(request, "decisions/decision_aid_page.html", context)


def preview_tree(page, request):
    tree = Tree(page.tree)
    return TemplateResponse(
        request,
        "decisions/tree_preview.html",
        {
            "page": page,
            "self": page,
            "nodes": tree.all,
            "problems": [message for _position, message in tree.problems()],
            "verdicts": VERDICT_LABELS,
        },
    )


def _invalid(request, page, reason, status):
    return TemplateResponse(
        request,
        "decisions/invalid_path.html",
        {"page": page, "self": page, "reason": reason},
        status=status,
    )


def absolute(links) -> list[dict]:
    """Links for a file kept elsewhere: our own pages as full addresses."""
    return [
        {**item, "url": site_url(item["url"])} if item["url"].startswith("/") else item
        for item in links
    ]


def _file_context(context) -> dict:
    """What a downloaded verantwoording adds: the vraagbaak's full address."""
    return {**context, "vraagbaak_url": site_url(reverse("enquiry-ask"))}


def _download(page, body, extension: str) -> HttpResponse:
    response = HttpResponse(body, content_type=DOWNLOAD_TYPES[extension])
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"verantwoording-{page.slug}.{extension}"
    )
    return response


DOWNLOAD_TYPES = {"md": "text/markdown; charset=utf-8", "pdf": "application/pdf"}


def _markdown(page, context):
    value = context["node"].value
    context = {
        **_file_context(context),
        "explanation": as_text(value.get("explanation")),
        "conditions": as_text(value.get("conditions")),
        "legal_basis": absolute(context["legal_basis"]),
        "next_steps": absolute(context["next_steps"]),
    }
    return _download(page, render_to_string("decisions/result.md", context), "md")
