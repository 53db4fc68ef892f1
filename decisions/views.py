"""Walking a beslishulp: one question at a time, plain links (no forms, no
JavaScript), the answers in the URL.

    /beslishulpen/<slug>/                       intro and the first question
    ?antwoorden=1-2&versie=<revision id>        the node these answers reach
    ...&formaat=markdown                        the result as a Markdown file

`versie` is the published revision the visitor started on. When editors
publish a new version, old URLs keep resolving against the version they
were made with; a URL that fits no version gets a clear page and a restart.
"""

from django.http import HttpResponse, HttpResponseNotAllowed
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.models import PageLogEntry

from decisions.blocks import VERDICT_LABELS
from decisions.tree import InvalidPath, Tree, parse_answers


def published_version(page, version: str):
    """(the page as published in revision `version`, that revision), or None.
    Only revisions that were published count: drafts stay private."""
    if not version.isascii() or not version.isdigit() or len(version) > 12:
        return None
    number = int(version)
    if number == page.live_revision_id:
        return page, page.live_revision
    was_published = PageLogEntry.objects.filter(
        page=page, action="wagtail.publish", revision_id=number
    ).exists()
    if not was_published:
        return None
    revision = page.revisions.filter(pk=number).first()
    return (revision.as_object(), revision) if revision else None


def link(page, answers, version) -> str:
    if not answers:
        return f"{page.url}?versie={version}"
    path = "-".join(str(number) for number in answers)
    return f"{page.url}?antwoorden={path}&versie={version}"


def serve_aid(page, request, default_serve):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    if getattr(request, "is_preview", False) or page.live_revision_id is None:
        # The editor's preview: the tree as it is in the editor.
        tree_page, revision, version = page, None, ""
    else:
        version = request.GET.get("versie") or str(page.live_revision_id)
        found = published_version(page, version)
        if found is None:
            return _invalid(request, page, "changed", 410)
        tree_page, revision = found
    tree = Tree(tree_page.tree)
    try:
        answers = parse_answers(request.GET.get("antwoorden", ""))
        steps, node = tree.walk(answers)
    except InvalidPath:
        return _invalid(request, page, "tampered", 400)
    context = {
        "page": page,
        "self": page,
        "tree_page": tree_page,
        "node": node,
        "steps": [
            {
                "question": step.node.value["question"],
                "answer": step.answer_label,
                "change_url": link(page, answers[:index], version),
            }
            for index, step in enumerate(steps)
        ],
        "version": version,
        "version_date": revision.created_at if revision else None,
        "today": timezone.localdate(),
        "restart_url": page.url,
    }
    if node.is_outcome:
        context["verdict"] = VERDICT_LABELS[node.value["verdict"]]
        context["verdict_key"] = node.value["verdict"]
        if request.GET.get("formaat") == "markdown":
            return _markdown(page, context)
        context["result_url"] = request.build_absolute_uri(link(page, answers, version))
        context["markdown_url"] = link(page, answers, version) + "&formaat=markdown"
    else:
        context["options"] = [
            {"label": label, "url": link(page, [*answers, number], version)}
            for number, (label, _target) in enumerate(node.answers, start=1)
        ]
        context["number"] = len(steps) + 1
        context["at_most"] = len(steps) + tree.longest_from(node)
        context["back_url"] = link(page, answers[:-1], version) if answers else None
    return TemplateResponse(request, "decisions/decision_aid_page.html", context)


def _invalid(request, page, reason, status):
    return TemplateResponse(
        request,
        "decisions/invalid_path.html",
        {"page": page, "self": page, "reason": reason},
        status=status,
    )


def _markdown(page, context):
    text = render_to_string("decisions/result.md", context)
    response = HttpResponse(text, content_type="text/markdown; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="verantwoording-{page.slug}.md"'
    )
    return response
