"""A small partner portal for trying federation: a home page, a kennisbank
with a few products (one with markup in its title) and two questions, on an
empty database. The federation tests start a second instance of the portal
with it; by hand:

    export VAR_DIR=/tmp/partner DATABASE_URL=sqlite:////tmp/partner/db.sqlite3 \
           WAGTAILADMIN_BASE_URL=http://127.0.0.1:8001
    python manage.py migrate && python manage.py seed_partner_portal
    python manage.py runserver 127.0.0.1:8001

then register http://127.0.0.1:8001 as a partner source of kind "api" in
the other instance (with FEDERATION_ALLOW_PRIVATE_ADDRESSES=1 there) and run
`manage.py harvest_partner_sources`.
"""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page, Site

from knowledge.models import (
    HomePage,
    KnowledgeIndexPage,
    KnowledgeProductPage,
    KnowledgeType,
    Organisation,
    QuestionIndexPage,
    QuestionPage,
)

QUESTIONS = [
    ("data-delen", "Mag ik data delen met een andere overheid?"),
    ("algoritmes", "Hoe zet ik een algoritme verantwoord in?"),
]
# slug, title, type, summary, questions
PRODUCTS = [
    (
        "checklist-datadeling",
        "Checklist datadeling tussen gemeenten",
        "checklist",
        "Tien vragen om te beantwoorden voordat je gegevens deelt.",
        ["data-delen"],
    ),
    (
        "algoritmeregister-handreiking",
        "Handreiking algoritmeregister",
        "handreiking",
        "Hoe je algoritmes beschrijft in het register, met voorbeelden.",
        ["algoritmes"],
    ),
    (
        "lastige-titel",
        "<script>alert('partner')</script>Leidraad <b>vet</b>",
        "leidraad",
        "Een titel met opmaak die <i>niet</i> mag doorkomen.",
        ["data-delen", "algoritmes"],
    ),
]


class Command(BaseCommand):
    help = "Fill an empty database as a small partner portal (development, tests)."

    def handle(self, *args, **options):
        if HomePage.objects.exists():
            raise CommandError("Deze database heeft al een portaal.")
        root = Page.get_first_root_node()
        Page.objects.filter(depth=2).delete()
        root.refresh_from_db()
        home = self.publish(
            root,
            HomePage(
                title="Partnerportaal", slug="home", intro="Kennis van een partner."
            ),
        )
        Site.objects.all().delete()
        Site.objects.create(
            hostname="127.0.0.1", port=80, root_page=home, is_default_site=True
        )
        questions_index = self.publish(
            home, QuestionIndexPage(title="Vragen", slug="vragen")
        )
        questions = {
            slug: self.publish(
                questions_index,
                QuestionPage(title=title, slug=slug, summary=title, short_answer="Ja."),
            )
            for slug, title in QUESTIONS
        }
        kennisbank = self.publish(
            home, KnowledgeIndexPage(title="Kennisbank", slug="kennisbank")
        )
        organisation = Organisation.objects.create(
            name="Provincie Partnerland", short_name="PPL", slug="provincie-partnerland"
        )
        for slug, title, kind, summary, linked in PRODUCTS:
            page = KnowledgeProductPage(
                title=title,
                slug=slug,
                knowledge_type=KnowledgeType.objects.get(slug=kind),
                summary=summary,
                organisation=organisation,
                body=[{"type": "paragraph", "value": "<p>De volledige tekst.</p>"}],
                content_owner="Team Data, Provincie Partnerland",
            )
            page.questions = [questions[name] for name in linked]
            self.publish(kennisbank, page)
        self.stdout.write(f"Partnerportaal klaar: {len(PRODUCTS)} kennisproducten.")

    def publish(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page
