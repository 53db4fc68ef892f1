"""Demo beslishulpen from decisions/demo.py, for `load_demo_content`.

Pages are found by slug; only what is missing is created. Every tree is
checked before it is published (its blocks, and decisions.tree for a sound
tree), so a broken demo tree stops the load instead of reaching the site.
"""

from html import escape

from wagtail.models import Page

from decisions.models import DecisionAidIndexPage, DecisionAidPage
from decisions.tree import Tree
from devtools.demo.decisions import data as demo
from knowledge.models import KnowledgeProductPage, PracticeCasePage, QuestionPage


class UnsoundDemoTree(Exception):
    """A demo tree that editors could not have saved."""


def ensure_decision_aids(home, publish) -> DecisionAidIndexPage:
    """/beslishulpen/ with the demo beslishulpen."""
    index = DecisionAidIndexPage.objects.child_of(home).first()
    if index is None:
        index = publish(
            home,
            DecisionAidIndexPage(
                title="Beslishulpen",
                slug="beslishulpen",
                intro=demo.INTRO,
                show_in_menus=True,
            ),
        )
    existing = set(
        DecisionAidPage.objects.child_of(index).values_list("slug", flat=True)
    )
    for data in demo.AIDS:
        if data["slug"] in existing:
            continue
        page = DecisionAidPage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            intro=paragraphs(data["intro"]),
            tree=tree_stream(data["tree"]),
        )
        check_tree(page)
        page.questions = list(QuestionPage.objects.filter(slug__in=data["questions"]))
        publish(index, page)
    return index


def check_tree(page: DecisionAidPage) -> None:
    """Raise unless editors could have published this tree."""
    # The blocks' own rules (key format, lengths, at least two answers) ...
    DecisionAidPage._meta.get_field("tree").stream_block.clean(page.tree)
    # ... and the tree as a whole (reachable, acyclic, no dangling answers).
    problems = Tree(page.tree).problems()
    if problems:
        messages = "; ".join(message for _key, message in problems)
        raise UnsoundDemoTree(f"Demo-beslishulp '{page.slug}': {messages}")


def tree_stream(nodes: list[dict]) -> list[dict]:
    """Demo nodes as StreamField data for TreeBlock."""
    page_ids = linked_pages(nodes)
    stream = []
    for node in nodes:
        if "answers" in node:
            value = {
                "key": node["key"],
                "question": node["question"],
                "help": node.get("help", ""),
                "answers": [
                    {"label": label, "next": target}
                    for label, target in node["answers"]
                ],
            }
            stream.append({"type": "question", "value": value})
        else:
            value = {
                "key": node["key"],
                "verdict": node["verdict"],
                "title": node["title"],
                "explanation": paragraphs(node["explanation"]),
                "conditions": bullets(node.get("conditions", [])),
                "legal_basis": links(node.get("legal_basis", []), page_ids),
                "next_steps": links(node.get("next_steps", []), page_ids),
            }
            stream.append({"type": "outcome", "value": value})
    return stream


def linked_pages(nodes: list[dict]) -> dict[str, int]:
    """slug -> id of every knowledge product or practice case the outcomes
    link to; all must exist."""
    slugs = {
        link["page"]
        for node in nodes
        for field in ("legal_basis", "next_steps")
        for link in node.get(field, [])
        if link.get("page")
    }
    pages = Page.objects.type(KnowledgeProductPage, PracticeCasePage)
    found = dict(pages.filter(slug__in=slugs).values_list("slug", "pk"))
    missing = slugs - set(found)
    if missing:
        raise UnsoundDemoTree(
            f"Demo-beslishulp linkt naar onbekende pagina's: {sorted(missing)}"
        )
    return found


def links(items: list[dict], page_ids: dict[str, int]) -> list[dict]:
    return [
        {
            "title": item["title"],
            "page": page_ids[item["page"]] if item.get("page") else None,
            "url": item.get("url", ""),
        }
        for item in items
    ]


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def bullets(items: list[str]) -> str:
    if not items:
        return ""
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"
