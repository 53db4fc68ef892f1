"""The kennisbank's facets (the machinery is core.facets)."""

from django.utils.translation import gettext_lazy as _

from core.facets import Facet, ListingFilters, PageMultiFacet, TagFacet, TermFacet


def knowledge_item_filters(data, kind: Facet) -> ListingFilters:
    """The kennisbank's facets: vraag, a kind (type or fase), bestuurslaag,
    perspectief and thema, in that order."""
    return ListingFilters(
        data,
        [
            PageMultiFacet("vraag", _("Vraag"), "questions"),
            kind,
            TermFacet("bestuurslaag", _("Bestuurslaag"), "government_layers"),
            TermFacet("perspectief", _("Perspectief"), "perspectives"),
            TagFacet("thema", _("Thema")),
        ],
    )
