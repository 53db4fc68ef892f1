"""The admin's Content-Security-Policy on admin responses."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from knowledge.models import StandardPage


@pytest.fixture
def admin(client, sample_pages, django_user_model):
    user = django_user_model.objects.create_superuser("beheer", password="x")
    client.force_login(user)
    return client


def test_the_preview_gets_the_admin_policy_not_the_public_one(admin):
    """Wagtail runs the previewed page's own request through the middleware,
    which gave it the public policy: its frame-ancestors 'none' kept the
    preview out of the editor's preview panel."""
    page = StandardPage.objects.get(slug="privacy")
    url = f"/admin/pages/{page.pk}/edit/preview/"
    form = nested_form_data(
        {"title": "Privacy, voorvertoond", "slug": "privacy", "body": streamfield([])}
    )
    assert admin.post(url, form).json()["is_valid"]
    preview = admin.get(url)
    assert "Privacy, voorvertoond" in preview.content.decode()
    policy = preview["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy
    assert "frame-ancestors 'none'" not in policy
