"""Pages drafted from a form (a proposed training, a shared case): they are
created unpublished and handed to the editors' review ("Redactie")."""

from django.utils.html import escape
from django.utils.text import slugify


def free_slug(
    text: str, fallback: str, existing, max_length: int = 60, reserved=frozenset()
) -> str:
    """A slug for `text` not yet used in the queryset `existing`, nor one of
    the `reserved` ones (e.g. taken by a Django URL at that place)."""
    base = slugify(text)[:max_length] or fallback
    taken = set(existing.filter(slug__startswith=base).values_list("slug", flat=True))
    taken |= set(reserved)
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def unique_slug(parent, title: str, fallback: str, reserved=frozenset()) -> str:
    """A slug for a new child page of `parent`, none of the addresses the
    parent routes itself (`routed_slugs`: a listing's feed/)."""
    routed = getattr(parent.specific_class, "routed_slugs", frozenset())
    return free_slug(
        title, fallback, parent.get_children(), reserved=set(reserved) | routed
    )


def paragraphs(text: str) -> str:
    """Plain text from a form as escaped rich text paragraphs."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(
        f"<p>{escape(block).replace(chr(10), '<br/>')}</p>" for block in blocks if block
    )


def add_for_review(parent, page) -> None:
    """Store `page` (live=False) under `parent` and start the review."""
    parent.add_child(instance=page)
    page.save_revision(log_action=True)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, None)
