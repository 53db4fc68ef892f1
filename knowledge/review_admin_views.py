"""The editors' side of the review cycle: the "Te herzien" report (CSV and
XLSX through Wagtail's report view), marking an item checked, and the
dashboard panel."""

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Count as Rows
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from core.dashboard import PANEL_ITEMS, Count, Item, Summary, SummaryPanel
from core.editorial import EDITORS, MODERATORS, may_edit_pages
from core.period_reports import back_to_report
from knowledge.models import QuestionPage
from knowledge.review import (
    DUE_SOON,
    due_pages,
    due_state,
    mark_reviewed,
    reviewed_models,
    reviewed_pages,
)

STATUS_CHOICES = [
    ("verlopen", _("Te herzien (vandaag of eerder)")),
    ("binnenkort", _("Ook wat binnen 30 dagen te herzien is")),
    ("alle", _("Alles met een herzieningsdatum")),
]


def editors():
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__name__in=[EDITORS, MODERATORS]) | Q(is_superuser=True))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def _reviewed_type_choices():
    types = ContentType.objects.get_for_models(*reviewed_models())
    return [(ct.pk, model._meta.verbose_name) for model, ct in types.items()]


class ReviewFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=STATUS_CHOICES,
        method="filter_status",
        empty_label=None,
        null_label=None,
    )
    content_type = django_filters.TypedChoiceFilter(
        label=_("Type"), choices=_reviewed_type_choices, coerce=int
    )
    editor = django_filters.ModelChoiceFilter(
        label=_("Eigenaar (redacteur)"),
        queryset=lambda request: editors(),
        method="filter_editor",
    )
    without_address = django_filters.BooleanFilter(
        label=_("Eigenaar zonder e-mailadres"),
        method="filter_without_address",
        widget=forms.CheckboxInput,
    )
    question = django_filters.ModelChoiceFilter(
        label=_("Vraag"),
        queryset=lambda request: QuestionPage.objects.order_by("title"),
        method="filter_question",
    )

    class Meta:
        model = Page
        fields = []

    def filter_status(self, queryset, name, value):
        today = timezone.localdate()
        if value == "alle":
            return queryset
        until = today + DUE_SOON if value == "binnenkort" else today
        return queryset.filter(review_due__lte=until)

    def filter_editor(self, queryset, name, value):
        return queryset.filter(editor_id=value.pk) if value else queryset

    def filter_without_address(self, queryset, name, value):
        if not value:
            return queryset
        # Spelled out for NULLs: an item may have neither editor nor contact.
        no_contact = Q(contact_email="") | Q(contact_email__isnull=True)
        no_editor = Q(editor_id__isnull=True) | ~Q(editor_id__in=_with_address())
        return queryset.filter(no_contact & no_editor)

    def filter_question(self, queryset, name, value):
        if not value:
            return queryset
        about = Q()
        for model in reviewed_models():
            about |= Q(**{f"{model._meta.model_name}__questions": value})
        return queryset.filter(about).distinct()


def _with_address():
    return (
        get_user_model().objects.filter(is_active=True).exclude(email="").values("pk")
    )


class ActionsColumn(Column):
    cell_template_name = "knowledge/admin/review_actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        return {
            **super().get_cell_context_data(instance, parent_context),
            "next": back_to_report(parent_context),
        }


class ReviewReportView(ReportView):
    """What is due (or soon due) for review, oldest first."""

    page_title = _("Te herzien")
    header_icon = "time"
    index_url_name = "review_report"
    index_results_url_name = "review_report_results"
    filterset_class = ReviewFilterSet
    paginate_by = 50
    columns = [
        TitleColumn(
            "title",
            label=_("Titel"),
            url_name="wagtailadmin_pages:edit",
        ),
        Column("type_label", label=_("Type")),
        Column("owner_name", label=_("Eigenaar")),
        Column("address", label=_("E-mailadres"), accessor="address_display"),
        DateColumn("reviewed_on", label=_("Laatst gecontroleerd")),
        DateColumn("review_due", label=_("Te herzien op")),
        Column("state", label=_("Stand")),
        ActionsColumn("actions", label=_("Acties")),
    ]
    list_export = [
        "title",
        "type_label",
        "owner_name",
        "address",
        "reviewed_on",
        "review_due",
        "state",
        "edit_url",
    ]
    export_headings = {
        "title": _("Titel"),
        "type_label": _("Type"),
        "owner_name": _("Eigenaar"),
        "address": _("E-mailadres"),
        "reviewed_on": _("Laatst gecontroleerd"),
        "review_due": _("Te herzien op"),
        "state": _("Stand"),
        "edit_url": _("Bewerken"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not may_edit_pages(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        if not kwargs["data"] or not kwargs["data"].get("status"):
            # Due or overdue, unless the editor asks for more.
            kwargs["data"] = kwargs["data"].copy()
            kwargs["data"]["status"] = "verlopen"
        return kwargs

    def get_base_queryset(self):
        return reviewed_pages().filter(live=True).order_by("review_due", "title", "pk")

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        users = {
            user.pk: user
            for user in get_user_model().objects.filter(
                pk__in={page.editor_id for page in pages if page.editor_id}
            )
        }
        today = timezone.localdate()
        for page in pages:
            user = users.get(page.editor_id)
            page.type_label = page.content_type.name
            page.owner_name = (
                (user.get_full_name() or user.get_username()) if user else page.contact
            ) or ""
            # As the reminders go: to the editor while they can receive
            # them, else to the contact.
            reachable = user.email if user and user.is_active else ""
            page.address = reachable or page.contact_email or ""
            page.address_display = page.address or _("geen e-mailadres")
            page.state = due_state(page.review_due, today) if page.review_due else ""
            page.edit_url = self.request.build_absolute_uri(
                reverse("wagtailadmin_pages:edit", args=[page.pk])
            )
        return pages


class MarkReviewedView(WagtailAdminTemplateMixin, TemplateView):
    """GET asks to confirm; POST renews the "laatst gecontroleerd" date (a
    log entry, no revision) and goes back where the editor came from."""

    template_name = "knowledge/admin/mark_reviewed.html"
    page_title = _("Markeer als gecontroleerd")
    header_icon = "time"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if type(self.page) not in reviewed_models():
            raise Http404
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request)

    def next_url(self):
        url = self.request.POST.get("next") or self.request.GET.get("next") or ""
        if url_has_allowed_host_and_scheme(
            url, {self.request.get_host()}, require_https=self.request.is_secure()
        ):
            return url
        return ""

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "page": self.page,
            "next": self.next_url(),
        }

    def post(self, request):
        due = mark_reviewed(self.page, request.user)
        messages.success(
            request,
            _("'%(title)s' is gemarkeerd als gecontroleerd; te herzien op %(due)s.")
            % {"title": self.page.title, "due": date_format(due, "j F Y")},
        )
        return redirect(self.next_url() or reverse("review_report"))


class MarkReviewedButton(PageMenuItem):
    label = _("Markeer als gecontroleerd")
    icon_name = "time"
    url_name = "mark_reviewed"

    def is_shown(self, user):
        return (
            self.page.live
            and self.page.specific_class in reviewed_models()
            and self.page.permissions_for_user(user).can_edit()
        )


class ReviewPanel(SummaryPanel):
    name = "review_due"
    heading = _("Te herzien")
    order = 150

    def summary(self, request):
        today = timezone.localdate()
        soon = due_pages(today, soon=True)
        items = list(soon[: PANEL_ITEMS + 1])
        overdue = [page for page in items if page.review_due <= today]
        counts = soon.aggregate(
            due=Rows("pk", filter=Q(review_due__lte=today)),
            soon=Rows("pk", filter=Q(review_due__gt=today)),
        )
        report = reverse("review_report")
        return Summary(
            counts=[
                Count(_("te herzien"), counts["due"], report),
                Count(
                    _("binnen 30 dagen"), counts["soon"], f"{report}?status=binnenkort"
                ),
            ],
            items=[
                Item(
                    page.title,
                    reverse("wagtailadmin_pages:edit", args=[page.pk]),
                    due_state(page.review_due, today),
                )
                for page in (overdue or items)[:PANEL_ITEMS]
            ],
            more_url=report,
            more_label=_("Alles wat te herzien is"),
            empty=_("Niets te herzien."),
        )
