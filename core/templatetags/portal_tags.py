"""Site chrome: navigation, footer links and breadcrumbs."""

from django import template
from wagtail.models import Site

from core.page_cache import remember
from core.pages import site_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """The home page and its live children, split into menu and footer (1 query,
    none while the content is unchanged).

    Pages marked "show in menus" form the main menu; plain pages (over,
    privacy, toegankelijkheid) go to the footer.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"home": None, "menu": [], "footer": []}
    home = site.root_page
    # The same for every visitor until something is published or moved.
    children = remember(
        "navigation",
        str(site.pk),
        lambda: list(site_pages().child_of(home).live().public().order_by("path")),
    )
    menu = []
    for child in children:
        if not child.show_in_menus:
            continue
        url = child.get_url(request) or ""
        # aria-current="page" on the section's own page, "true" below it.
        current = None
        if url and request.path == url:
            current = "page"
        elif url and request.path.startswith(url):
            current = "true"
        menu.append({"page": child, "url": url, "current": current})
    footer = [child for child in children if not child.show_in_menus]
    return {"home": home, "menu": menu, "footer": footer}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """The trail from the home page to `page`'s parent (1 query, none while
    the content is unchanged; always fresh in an editor's preview)."""
    request = context.get("request")

    def trail():
        return list(page.get_ancestors().filter(depth__gt=1).live())

    if page.pk and not getattr(request, "is_preview", False):
        ancestors = remember("breadcrumbs", page.path, trail)
    else:
        ancestors = trail()
    return {"ancestors": ancestors, "page": page, "request": request}


@register.simple_tag
def elided_page_range(page):
    """Page numbers around the current one, with an ellipsis for the rest."""
    return list(page.paginator.get_elided_page_range(page.number, on_each_side=2))
