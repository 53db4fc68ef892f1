"""The demo's /open-data/ page: the kennisbank's metadata as CSV and JSON
(knowledge.open_data). Created when missing; an existing page is left as
the editors made it."""

from knowledge.models import OpenDataPage

SLUG = "open-data"
TITLE = "Open data"
INTRO = (
    "Wil je zelf iets doen met wat er in de kennisbank staat? Hier download je "
    "de gegevens over alle kennisproducten en praktijkvoorbeelden: titel, "
    "samenvatting, vragen, bestuurslagen, thema's en meer. Gebruik ze in een "
    "eigen overzicht, een analyse of een andere website."
)


def ensure_open_data_page(home, publish) -> OpenDataPage:
    """/open-data/ below the home page; not in the main menu, so the footer
    links to it."""
    page = OpenDataPage.objects.child_of(home).filter(slug=SLUG).first()
    if page is None:
        page = publish(home, OpenDataPage(title=TITLE, slug=SLUG, intro=INTRO))
    return page
