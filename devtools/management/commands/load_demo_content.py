"""Build the demo site from knowledge/demo/, trainings/demo.py,
community/demo.py, newsletter/demo.py and decisions/demo.py: idempotent, so
safe to run again.

What is missing is created; what exists (found by slug) is left alone,
except the knowledge products and practice cases, which are brought in line
with the demo data when they differ (devtools/demo/knowledge/loader.py).
With IBDS_DEMO_ACCOUNTS (dev settings only) it also creates the demo logins
that README.md lists, the demo members of the community and the demo
subscribers of the newsletter.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Page, Site

from core.editorial import MODERATORS, setup_editorial
from core.page_cache import purge
from decisions.pdf import pdf_available
from devtools.demo import feedback as feedback_demo
from devtools.demo import search as search_demo
from devtools.demo.community import loader as community_demo
from devtools.demo.community.enquiries import ensure_enquiries
from devtools.demo.decisions import loader as decision_demo
from devtools.demo.federation import ensure_partner_source
from devtools.demo.knowledge import (
    ensure_organisations,
    organisations,
    pages,
    questions,
)
from devtools.demo.knowledge import loader as knowledge_demo
from devtools.demo.knowledge import open_data as open_data_demo
from devtools.demo.newsletter import loader as newsletter_demo
from devtools.demo.text import rich_text, stream
from devtools.demo.trainings import loader as training_demo
from knowledge.models import (
    HomePage,
    KnowledgeIndexPage,
    PracticeCaseIndexPage,
    QuestionIndexPage,
    QuestionPage,
    QuestionRelation,
    StandardPage,
)

# username -> (group, superuser?) ; the password is shown in README.md.
DEMO_ACCOUNTS = {
    "redacteur": ("Editors", False),
    "eindredacteur": (MODERATORS, False),
    "beheerder": (None, True),
}
DEMO_PASSWORD = "kenniscentrum-demo"  # noqa: S105 - dev-only, documented demo login


class Command(BaseCommand):
    help = "Load the demo content (nothing is duplicated on a second run)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load the demo content even though DEBUG is off.",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "Dit laadt democontent: alleen bij ontwikkeling (DEBUG) of met --force."
            )
        # Wagtail logs every page it creates and publishes, WeasyPrint every
        # step of every demo PDF; one summary will do.
        for name in ("wagtail", "weasyprint", "weasyprint.progress"):
            logging.getLogger(name).setLevel(logging.WARNING)
        with transaction.atomic():
            self.created = self.updated = 0
            home = self.ensure_home()
            sections = self.ensure_sections(home)
            self.ensure_organisations()
            self.ensure_questions(sections["vragen"])
            self.ensure_knowledge(sections)
            open_data_demo.ensure_open_data_page(home, self.publish)
            catalogue = training_demo.ensure_catalogue(home, self.publish)
            self.created += training_demo.ensure_trainings(catalogue, self.publish)
            # self.publish counts the pages it creates: no need to add them.
            community_demo.ensure_community(home, self.publish)
            self.created += ensure_enquiries()
            newsletter_demo.ensure_newsletter(home, self.publish)
            decision_demo.ensure_decision_aids(home, self.publish)
            self.created += feedback_demo.ensure_feedback()
            self.created += search_demo.ensure_synonyms()
            self.created += ensure_partner_source()
            search_demo.ensure_search_counts()
            # The groups, every feature's permissions and the workflow.
            setup_editorial()
            if getattr(settings, "IBDS_DEMO_ACCOUNTS", False):
                self.ensure_accounts()
                self.created += community_demo.ensure_members(DEMO_PASSWORD)
                self.created += newsletter_demo.ensure_subscribers()
            # Some of it is inserted in bulk, which sends no signals.
            purge("demo content loaded")
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready ({self.created} items created, "
                f"{self.updated} pages brought in line with the demo data)."
            )
        )

    # Pages -----------------------------------------------------------------

    def publish(self, parent, page, published_at=None):
        page.first_published_at = published_at
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def ensure_home(self):
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's migrations start with a placeholder "Welcome" page at
            # the slug we want; it has no content of its own.
            Page.objects.filter(
                depth=2, slug="home", content_type__model="page"
            ).delete()
            root.refresh_from_db()
            home = self.publish(
                root,
                HomePage(
                    title=pages.HOME["title"], slug="home", intro=pages.HOME["intro"]
                ),
            )
        # Point the default site at the home page, unless a site already
        # serves it (someone configured one).
        if not Site.objects.filter(root_page=home).exists():
            Site.objects.update_or_create(
                is_default_site=True,
                defaults={
                    "hostname": "localhost",
                    "port": 80,
                    "root_page": home,
                    "site_name": settings.WAGTAIL_SITE_NAME,
                },
            )
        return home

    def ensure_sections(self, home):
        wanted = [
            (
                QuestionIndexPage,
                "vragen",
                "Vragen",
                True,
                "Dit zijn de vragen die ambtenaren het vaakst stellen over "
                "verantwoord datagebruik. Bij elke vraag vind je een kort antwoord "
                "en alles wat helpt om verder te komen.",
            ),
            (
                KnowledgeIndexPage,
                "kennisbank",
                "Kennisbank",
                True,
                "Leidraden, handreikingen, instrumenten, toolboxen en stappenplannen "
                "van en voor de overheid. Filter op vraag, type, bestuurslaag, "
                "perspectief of thema.",
            ),
            (
                PracticeCaseIndexPage,
                "praktijkvoorbeelden",
                "Praktijkvoorbeelden",
                True,
                "Hoe collega's bij gemeenten, provincies, waterschappen, het Rijk en "
                "uitvoeringsorganisaties het aanpakten: eerlijke verhalen, inclusief "
                "wat tegenviel.",
            ),
        ]
        sections = {}
        for model, slug, title, in_menu, intro in wanted:
            page = model.objects.child_of(home).filter(slug=slug).first()
            if page is None:
                page = self.publish(
                    home,
                    model(title=title, slug=slug, intro=intro, show_in_menus=in_menu),
                )
            sections[slug] = page
        for data in pages.PAGES:
            if (
                not StandardPage.objects.child_of(home)
                .filter(slug=data["slug"])
                .exists()
            ):
                self.publish(
                    home,
                    StandardPage(
                        title=data["title"],
                        slug=data["slug"],
                        intro=data["intro"],
                        body=stream(data["body"]),
                    ),
                )
        return sections

    def ensure_organisations(self):
        self.created += ensure_organisations(organisations.ORGANISATIONS)

    def ensure_questions(self, index):
        existing = set(
            QuestionPage.objects.child_of(index).values_list("slug", flat=True)
        )
        new = []
        for data in questions.QUESTIONS:
            if data["slug"] in existing:
                continue
            page = QuestionPage(
                title=data["title"],
                slug=data["slug"],
                summary=data["intro_for_listing"],
                short_answer=data["short_answer"],
                body=stream(data["body"]),
                steps=[
                    {
                        "type": "step",
                        "value": {"title": title, "text": rich_text([text])},
                    }
                    for title, text in data["steps"]
                ],
            )
            new.append((self.publish(index, page), data["related"]))
        by_slug = {page.slug: page for page in QuestionPage.objects.child_of(index)}
        for page, related in new:
            for order, slug in enumerate(related):
                QuestionRelation.objects.create(
                    page=page, question=by_slug[slug], sort_order=order
                )
            # Store the relations in the page's revision as well.
            page.save_revision().publish()

    def ensure_knowledge(self, sections):
        """The products with their documents, and the cases: created when
        missing, brought in line with the data when they differ."""
        files, made, as_text = knowledge_demo.ensure_documents(pdf_available)
        self.created += made
        if as_text:
            self.stdout.write(
                "WeasyPrint cannot run here (Pango is missing, see README.md): "
                "the demo documents are plain text files instead of PDFs."
            )
        self.updated += knowledge_demo.ensure_products(
            sections["kennisbank"], self.publish, files
        )
        self.updated += knowledge_demo.ensure_cases(
            sections["praktijkvoorbeelden"], self.publish
        )

    # Accounts --------------------------------------------------------------

    def ensure_accounts(self):
        User = get_user_model()
        for username, (group_name, superuser) in DEMO_ACCOUNTS.items():
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "email": f"{username}@kenniscentrum.example",
                    "first_name": username.capitalize(),
                    "is_staff": superuser,
                    "is_superuser": superuser,
                },
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
                self.created += 1
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
            if username == "redacteur":
                knowledge_demo.assign_review_editor(user)
