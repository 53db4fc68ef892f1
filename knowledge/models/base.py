"""What knowledge products and practice cases have in common."""

import calendar
import datetime
from operator import attrgetter

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from core.editorial import EDITORS, MODERATORS
from core.page_cache import remember
from core.pages import SitePage, visible
from core.search import StemmedSearchMixin, with_stemming

# How often an item is checked again unless its editors choose otherwise.
DEFAULT_INTERVAL_MONTHS = 12


def add_months(day: datetime.date, months: int) -> datetime.date:
    """`day` plus whole months; the 31st becomes the month's last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


class KnowledgeItemForm(WagtailAdminPageForm):
    """An editor names an owner: someone has to keep the item up to date.
    (The model allows none: a case shared by a member arrives without one,
    and the "Te herzien" report lists it until an editor picks one.)"""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("review_editor")
        if field is not None:
            # Editors to choose from; the one chosen before stays valid when
            # they have left (the model has no such limit: publishing a page
            # whose owner left must not fail).
            field.queryset = (
                get_user_model()
                .objects.filter(
                    Q(is_active=True, groups__name__in=[EDITORS, MODERATORS])
                    | Q(is_active=True, is_superuser=True)
                    | Q(pk=self.instance.review_editor_id)
                )
                .distinct()
                .order_by("first_name", "last_name", "username")
            )

    def clean(self):
        cleaned_data = super().clean()
        if (
            "review_editor" in self.fields
            and not cleaned_data.get("review_editor")
            and not (cleaned_data.get("content_owner") or "").strip()
        ):
            self.add_error(
                "review_editor",
                _(
                    "Kies een redacteur als eigenaar of vul een contactpersoon bij "
                    "de bron in: iemand moet dit actueel houden."
                ),
            )
        return cleaned_data


class KnowledgeItemPage(StemmedSearchMixin, SitePage):
    """A page in the kennisbank that answers one or more questions.

    The relations point from the item to the taxonomy (related_name "+"):
    listings and question pages query them from this side, so no reverse
    accessors are needed on the taxonomy or the question pages.
    """

    asks_feedback = True

    summary = models.TextField(
        _("samenvatting"),
        max_length=300,
        help_text=_("Eén of twee zinnen voor overzichten en zoekresultaten."),
    )
    questions = ParentalManyToManyField(
        "knowledge.QuestionPage",
        verbose_name=_("vragen"),
        related_name="+",
        help_text=_("Op welke vragen geeft dit (een deel van het) antwoord?"),
    )
    government_layers = ParentalManyToManyField(
        "knowledge.GovernmentLayer",
        verbose_name=_("bestuurslagen"),
        related_name="+",
        blank=True,
    )
    perspectives = ParentalManyToManyField(
        "knowledge.Perspective",
        verbose_name=_("perspectieven"),
        related_name="+",
        blank=True,
    )

    # The review cycle ("Te herzien", knowledge/review.py): who keeps the
    # item up to date, and when it was last checked. Not content: marking
    # the item checked changes the live page without a revision, and a
    # revision published later never takes the date back (with_content_json).
    review_editor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("eigenaar (redacteur)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De redacteur die dit actueel houdt en de herinneringen krijgt."),
    )
    content_owner = models.CharField(
        _("contactpersoon bij de bron"),
        max_length=160,
        blank=True,
        help_text=_(
            "Of: wie het bij de bron actueel houdt, bijv. 'Team Privacy, VNG'. "
            "Wordt op de pagina getoond als eigenaar."
        ),
    )
    owner_email = models.EmailField(
        _("e-mailadres van de contactpersoon"),
        blank=True,
        help_text=_("Voor de herinneringen, als er geen redacteur is gekozen."),
    )
    last_reviewed = models.DateField(
        _("laatst gecontroleerd"),
        default=timezone.localdate,
        help_text=_("Wanneer is gecontroleerd dat de inhoud nog klopt?"),
    )
    review_interval = models.PositiveSmallIntegerField(
        _("controleren na (maanden)"),
        default=DEFAULT_INTERVAL_MONTHS,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
    )
    # last_reviewed + review_interval, kept so that "due" is one indexed
    # comparison in the database (set on every save).
    review_due = models.DateField(
        _("te herzien op"), null=True, editable=False, db_index=True
    )

    review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("review_editor"),
                FieldRowPanel([FieldPanel("content_owner"), FieldPanel("owner_email")]),
                FieldRowPanel(
                    [FieldPanel("last_reviewed"), FieldPanel("review_interval")]
                ),
            ],
            heading=_("Beheer"),
        ),
    ]

    taxonomy_panels = [
        MultiFieldPanel(
            [
                FieldPanel("questions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("government_layers", widget=forms.CheckboxSelectMultiple),
                FieldPanel("perspectives", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Ordening"),
        ),
    ]

    search_fields = with_stemming(
        [
            *Page.search_fields,
            index.SearchField("summary", boost=2),
            index.SearchField("tags"),
        ]
    )

    base_form_class = KnowledgeItemForm

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        errors = {**self.content_errors(), **self.review_errors()}
        if errors:
            raise ValidationError(errors)

    def content_errors(self) -> dict:
        """What a page type checks of its own content (field -> message)."""
        return {}

    def review_errors(self) -> dict:
        errors = {}
        if self.owner_email and not self.content_owner.strip():
            errors["content_owner"] = _("Bij dit e-mailadres hoort een naam.")
        if self.last_reviewed and self.last_reviewed > timezone.localdate():
            errors["last_reviewed"] = _("Deze datum ligt in de toekomst.")
        return errors

    def save(self, *args, **kwargs):
        self.review_due = self.due_date()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "last_reviewed" in update_fields:
            kwargs["update_fields"] = {*update_fields, "review_due"}
        return super().save(*args, **kwargs)

    def due_date(self):
        if not self.last_reviewed:
            return None
        return add_months(
            self.last_reviewed, self.review_interval or DEFAULT_INTERVAL_MONTHS
        )

    def with_content_json(self, content):
        """A revision from before the review cycle has no date: it takes the
        page's own, not the field's default (today). Marking the item
        checked writes the date into the latest draft as well
        (knowledge.review.mark_reviewed), so a draft published later keeps
        it, and an editor can still correct the date by hand."""
        page = super().with_content_json(content)
        if "last_reviewed" not in content:
            page.last_reviewed = self.last_reviewed
        page.review_due = page.due_date()
        return page

    @property
    def review_overdue(self) -> bool:
        """Past its review date: the page says it may be out of date."""
        due = self.review_due or self.due_date()
        return due is not None and due < timezone.localdate()

    @property
    def owner_label(self) -> str:
        """Who keeps it up to date, as the public page names them."""
        if self.content_owner.strip():
            return self.content_owner
        return str(_("Redactie Kenniscentrum"))

    def live_questions(self):
        # .all() rather than a filtered query: in preview the relation is
        # still in memory, and only .all() sees it there.
        return sorted(visible(self.questions.all()), key=attrgetter("path"))

    def facts(self) -> dict:
        """What the page shows beside its body: the questions it helps with
        and its taxonomy (components/item_meta.html)."""
        return {
            "questions": self.live_questions(),
            "layers": list(self.government_layers.all()),
            "perspectives": list(self.perspectives.all()),
            "tags": list(self.tags.all()),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.pk and not getattr(request, "is_preview", False):
            # The same for every visitor until something is published.
            context.update(remember("item-facts", str(self.pk), self.facts))
        else:
            # The editor's unsaved choices show; nothing is kept.
            context.update(self.facts())
        return context
