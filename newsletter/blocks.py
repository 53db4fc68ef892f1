"""The sections of a Data-nieuwsbrief: each a fixed kind (nieuws nationaal,
internationaal, ...) with short items that link to the source."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

SECTION_KINDS = [
    ("nationaal", _("Nieuws uit Nederland")),
    ("internationaal", _("Internationaal")),
    ("beleid", _("Beleid en wetgeving")),
    ("instrumenten", _("Instrumenten")),
    ("media", _("Podcasts, video's en boeken")),
    ("agenda", _("Agenda")),
]


class ItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"), max_length=160)
    text = blocks.TextBlock(
        label=_("tekst"), max_length=600, help_text=_("Twee of drie zinnen.")
    )
    url = blocks.URLBlock(label=_("link"), required=False)
    source = blocks.CharBlock(
        label=_("bron"), max_length=80, required=False, help_text=_("Bijv. 'VNG'.")
    )

    class Meta:
        icon = "link"
        label = _("Bericht")


class SectionBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("rubriek"), choices=SECTION_KINDS)
    entries = blocks.ListBlock(ItemBlock(), label=_("berichten"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "newsletter/blocks/section.html"
        label = _("Rubriek")
        description = _("Een rubriek van de nieuwsbrief met een of meer berichten.")
        preview_value = {
            "kind": "nationaal",
            "entries": [
                {
                    "title": "Nieuwe handreiking datadeling",
                    "text": "Hoe maak je afspraken over het delen van gegevens "
                    "tussen gemeenten en provincie?",
                    "url": "https://www.example.nl/handreiking",
                    "source": "Kenniscentrum Data",
                }
            ],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["kind_label"] = section_label(value["kind"])
        return context


def section_label(kind: str) -> str:
    return str(dict(SECTION_KINDS).get(kind, kind))


class SectionsBlock(blocks.StreamBlock):
    section = SectionBlock()
