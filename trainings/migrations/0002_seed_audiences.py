"""The starting list of audiences (doelgroepen) for trainings. Editors can
change it afterwards; re-running only adds what is missing."""

from django.db import migrations

AUDIENCES = [
    ("bestuurder", "Bestuurder"),
    ("beleidsmedewerker", "Beleidsmedewerker"),
    ("data-analist", "Data-analist / data scientist"),
    ("cdo-cio", "CDO / CIO"),
    ("privacy-officer", "Privacy officer / FG"),
    ("informatiemanager", "Informatiemanager"),
    ("jurist", "Jurist"),
    ("projectleider", "Projectleider"),
]


def seed(apps, schema_editor):
    Audience = apps.get_model("trainings", "Audience")
    for order, (slug, name) in enumerate(AUDIENCES):
        Audience.objects.get_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("trainings", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
