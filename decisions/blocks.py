"""The tree of a beslishulp, as editors build it: a list of nodes, each a
question (with two or more answers, each leading to another node by its
key) or an outcome. The first question is where visitors start."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import RICH_TEXT_FEATURES


class Verdict(blocks.ChoiceBlock):
    choices = [
        ("toegestaan", _("Toegestaan")),
        ("voorwaarden", _("Toegestaan onder voorwaarden")),
        ("niet-toegestaan", _("Niet toegestaan")),
        ("advies", _("Vraag advies")),
    ]


VERDICT_LABELS = dict(Verdict.choices)


def node_key_block():
    return blocks.RegexBlock(
        regex=r"^[a-z0-9-]{1,40}$",
        label=_("sleutel"),
        help_text=_(
            "Een korte, unieke naam voor dit onderdeel (kleine letters, cijfers, "
            "streepjes), bijv. 'doel-verenigbaar'. Antwoorden verwijzen ernaar."
        ),
        error_messages={"invalid": _("Alleen kleine letters, cijfers en streepjes.")},
    )


class AnswerBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("antwoord"), max_length=200)
    next = blocks.CharBlock(
        label=_("gaat naar (sleutel)"),
        max_length=40,
        help_text=_("De sleutel van de volgende vraag of van een uitkomst."),
    )

    class Meta:
        icon = "arrow-right"
        label = _("Antwoord")


class QuestionNodeBlock(blocks.StructBlock):
    key = node_key_block()
    question = blocks.CharBlock(label=_("vraag"), max_length=300)
    help = blocks.TextBlock(label=_("toelichting"), required=False, max_length=1200)
    answers = blocks.ListBlock(AnswerBlock(), label=_("antwoorden"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Vraag")
        description = _("Een vraag met twee of meer antwoorden.")


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"), max_length=200)
    page = blocks.PageChooserBlock(label=_("pagina op deze site"), required=False)
    url = blocks.URLBlock(label=_("of een webadres"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")


class OutcomeNodeBlock(blocks.StructBlock):
    key = node_key_block()
    verdict = Verdict(label=_("uitkomst"))
    title = blocks.CharBlock(label=_("kop"), max_length=200)
    explanation = blocks.RichTextBlock(label=_("uitleg"), features=RICH_TEXT_FEATURES)
    conditions = blocks.RichTextBlock(
        label=_("voorwaarden"), features=RICH_TEXT_FEATURES, required=False
    )
    legal_basis = blocks.ListBlock(LinkBlock(), label=_("juridische basis"), default=[])
    next_steps = blocks.ListBlock(LinkBlock(), label=_("volgende stappen"), default=[])

    class Meta:
        icon = "tick-inverse"
        label = _("Uitkomst")
        description = _("Een einde van de boom, met uitleg en vervolgstappen.")


class TreeBlock(blocks.StreamBlock):
    question = QuestionNodeBlock()
    outcome = OutcomeNodeBlock()

    class Meta:
        min_num = 2
