"""The fixed starting taxonomy: the IBDS's bestuurslagen and perspectives, and
the common types of knowledge product. Editors can change them afterwards;
re-running only adds what is missing."""

from django.db import migrations

GOVERNMENT_LAYERS = [
    ("gemeente", "Gemeente"),
    ("provincie", "Provincie"),
    ("waterschap", "Waterschap"),
    ("rijk", "Rijk"),
    ("uitvoeringsorganisatie", "Uitvoeringsorganisatie"),
]
PERSPECTIVES = [
    ("technisch", "Technisch", "Kan het?"),
    ("juridisch", "Juridisch", "Mag het?"),
    ("ethisch", "Ethisch", "Is het wenselijk?"),
]
KNOWLEDGE_TYPES = [
    ("leidraad", "Leidraad", "Leidraden"),
    ("handreiking", "Handreiking", "Handreikingen"),
    ("instrument", "Instrument", "Instrumenten"),
    ("toolbox", "Toolbox", "Toolboxen"),
    ("stappenplan", "Stappenplan", "Stappenplannen"),
    ("checklist", "Checklist", "Checklists"),
]


def seed(apps, schema_editor):
    GovernmentLayer = apps.get_model("knowledge", "GovernmentLayer")
    Perspective = apps.get_model("knowledge", "Perspective")
    KnowledgeType = apps.get_model("knowledge", "KnowledgeType")
    for order, (slug, name) in enumerate(GOVERNMENT_LAYERS):
        GovernmentLayer.objects.get_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )
    for order, (slug, name, question) in enumerate(PERSPECTIVES):
        Perspective.objects.get_or_create(
            slug=slug, defaults={"name": name, "question": question, "sort_order": order}
        )
    for order, (slug, name, plural) in enumerate(KNOWLEDGE_TYPES):
        KnowledgeType.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "name_plural": plural, "sort_order": order},
        )


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
