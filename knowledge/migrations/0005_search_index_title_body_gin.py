"""A GIN index on `title || body` of the search index (PostgreSQL only).

The portal's search (core.search) matches that combined vector; with only
the separate GIN indexes on title and body, PostgreSQL reads the whole table
for every search. Nothing changes on SQLite, which has its FTS5 table.
"""

from django.db import migrations

INDEX = "knowledge_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0004_practicecasepage_contributor"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
