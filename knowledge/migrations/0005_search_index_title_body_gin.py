"""Once a GIN index on the expression `title || body` of the search index.

Superseded by core migration 0002 (a stored search document with its own
index), which drops this index where it was made; a new database never
makes it.
"""

from django.db import migrations

INDEX = "knowledge_indexentry_title_body_gin"


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0004_practicecasepage_contributor"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(migrations.RunPython.noop, drop_index, elidable=True)]
