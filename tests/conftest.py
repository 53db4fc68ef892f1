from types import SimpleNamespace

import pytest
from wagtail.models import Page, Site

from tests.factories import (
    HomePageFactory,
    KnowledgeIndexPageFactory,
    PracticeCaseIndexPageFactory,
    QuestionIndexPageFactory,
)


@pytest.fixture
def site_tree(db):
    """Home page with the three sections, as the default site (fresh per test)."""
    root = Page.get_first_root_node()
    # Wagtail's migrations leave a placeholder page and site; replace them.
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    home = HomePageFactory(parent=root)
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    return SimpleNamespace(
        home=home,
        questions=QuestionIndexPageFactory(parent=home),
        knowledge=KnowledgeIndexPageFactory(parent=home),
        cases=PracticeCaseIndexPageFactory(parent=home),
    )
