"""One partner source in the demo, so that editors see how a source is
registered and its questions mapped. It is not harvested while loading
(the demo needs no network) and it is inactive: `harvest_partner_sources`
leaves it alone until an editor points it at a real partner and switches
it on."""

from federation.models import PartnerSource, QuestionMapping
from knowledge.models import KnowledgeType, Organisation, QuestionPage

SOURCE = {
    "name": "VNG Realisatie (voorbeeldbron)",
    "organisation": "vng-realisatie",
    "url": "https://partner.example/kennisbank/feed/",
    "default_type": "handreiking",
    # The partner's category -> our question (by slug).
    "mapping": {
        "datastrategie": "hoe-start-ik-een-dataproject",
        "opschalen": "van-pilot-naar-productie",
    },
}


def ensure_partner_source() -> int:
    """Create the demo source if missing; return how many were created."""
    if PartnerSource.objects.filter(name=SOURCE["name"]).exists():
        return 0
    source = PartnerSource.objects.create(
        name=SOURCE["name"],
        organisation=Organisation.objects.get(slug=SOURCE["organisation"]),
        kind="feed",
        url=SOURCE["url"],
        active=False,
        default_type=KnowledgeType.objects.get(slug=SOURCE["default_type"]),
    )
    questions = {
        page.slug: page
        for page in QuestionPage.objects.filter(slug__in=SOURCE["mapping"].values())
    }
    QuestionMapping.objects.bulk_create(
        QuestionMapping(
            source=source, remote_value=value, question=questions[slug], sort_order=i
        )
        for i, (value, slug) in enumerate(SOURCE["mapping"].items())
        if slug in questions
    )
    return 1
