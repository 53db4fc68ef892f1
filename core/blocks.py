"""StreamField blocks shared by every feature's pages.

`BodyStreamBlock` is the body of most pages; other apps assemble their own
StreamBlocks from these pieces. Every block has an icon, a template, a
description and a preview value so that editors see what they pick.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

# Editors get the formatting a plain government page needs, and no more.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Kop"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Kop 2")), ("h3", _("Kop 3"))],
        default="h2",
        help_text=_("Kop 2 opent een nieuw onderdeel, kop 3 een deel daarvan."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Tussenkop")
        description = _("Een tussenkop die de tekst in onderdelen verdeelt.")
        preview_value = {"text": "Wat moet je regelen?", "level": "h2"}

    def get_searchable_content(self, value):
        """The heading's words, not the label of its level ("Kop 2")."""
        return [value["text"]] if value.get("text") else []


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Tekst")
        description = _("Alinea's met opmaak, links en opsommingen.")
        preview_value = (
            "<p>Begin klein: kies één vraag die ertoe doet en zoek de mensen "
            "die de gegevens kennen.</p>"
        )


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Soort"),
        choices=[("tip", _("Tip")), ("let-op", _("Let op"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Titel"), max_length=80)
    text = ParagraphBlock(label=_("Tekst"))

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"
        label = _("Kader")
        description = _("Een opvallend kader voor een tip of waarschuwing.")
        preview_value = {
            "kind": "tip",
            "title": "Betrek je FG vroeg",
            "text": "<p>De functionaris gegevensbescherming denkt graag mee.</p>",
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citaat"))
    attribution = blocks.CharBlock(label=_("Van wie"), required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Citaat")
        description = _("Een uitspraak uit de praktijk, met naam en functie.")
        preview_value = {
            "quote": "Pas toen we de data zagen, begrepen we de vraag.",
            "attribution": "Data-analist, gemeente",
        }


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Afbeelding"))
    caption = blocks.CharBlock(label=_("Bijschrift"), required=False)

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"
        label = _("Afbeelding")
        description = _("Een afbeelding met alternatieve tekst en bijschrift.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Titel"),
        required=False,
        help_text=_("Laat leeg om de titel van het document te gebruiken."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document")
        description = _("Een link naar een document, met bestandstype en grootte.")


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    figure = FigureBlock()
    document = DocumentBlock()


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Stap"), max_length=120)
    text = ParagraphBlock(label=_("Uitleg"))

    class Meta:
        icon = "list-ol"
        template = "blocks/step_block.html"
        label = _("Stap")
        description = _("Eén stap van een stappenplan; de volgorde telt.")
        preview_value = {
            "title": "Formuleer de vraag",
            "text": "<p>Welk probleem los je op, en voor wie?</p>",
        }


class StepsStreamBlock(blocks.StreamBlock):
    step = StepBlock()
