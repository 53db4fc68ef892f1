"""The search document of every index entry, stored (PostgreSQL only).

The site search (core.search) matches `title || body` of Wagtail's index
entries. As an expression that vector is built again for every row a search
reads, which is most of a common word's cost (70 of 90 ms at 10,000
products); stored as a generated column, kept by PostgreSQL itself whenever
Wagtail writes an entry, it is read as it is, and its GIN index finds the
rare words. The expression index of knowledge migration 0005 is dropped: the
column's index replaces it. Nothing changes on SQLite, which has its FTS5
table.
"""

from django.db import migrations

COLUMN = "portal_document"
INDEX = "core_indexentry_document_gin"
OLD_INDEX = "knowledge_indexentry_title_body_gin"


def add_document(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"ALTER TABLE wagtailsearch_indexentry ADD COLUMN IF NOT EXISTS {COLUMN} "
        "tsvector GENERATED ALWAYS AS (title || body) STORED"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
        f"USING gin ({COLUMN})"
    )
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")


def drop_document(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"ALTER TABLE wagtailsearch_indexentry DROP COLUMN IF EXISTS {COLUMN}"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON wagtailsearch_indexentry "
        "USING gin ((title || body))"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(add_document, drop_document, elidable=False)]
