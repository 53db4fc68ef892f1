"""An index on Wagtail's page tree by depth and path, for the children of a
page.

Wagtail finds a page's children with `path LIKE '<parent>%' AND depth = n`.
Its own indexes are on the path alone, and below the home page the prefix
matches every page of the site, so PostgreSQL read the whole table for the
home page's ten children (the navigation, the home page's sections): 3 ms
at 10,000 products, and 7 ms a query from the view. With the depth first,
the children are one short range of the index (docs/performance.md).
On PostgreSQL the path part uses the pattern operators, which LIKE needs.
"""

from django.db import migrations

NAME = "core_page_depth_path"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        columns = "depth, path varchar_pattern_ops"
    else:
        columns = "depth, path"
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {NAME} ON wagtailcore_page ({columns})"
    )


def drop_index(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_search_postings"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
