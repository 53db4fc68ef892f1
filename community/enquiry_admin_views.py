"""The admin side of "from question to content" (community/enquiry_content.py):
a confirmation page per action, then the draft, then its edit view."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from community.enquiry_content import (
    add_to_question_page,
    anonymous,
    can_become_content,
    product_draft,
)
from community.models import Enquiry
from core.forms import ModelChoiceField
from knowledge.models import KnowledgeIndexPage, KnowledgeType


class ProductDraftForm(forms.Form):
    title = forms.CharField(
        label=_("Titel van het kennisproduct"),
        max_length=255,
        error_messages={"required": _("Geef het kennisproduct een titel.")},
    )
    knowledge_type = ModelChoiceField(
        label=_("Type"),
        queryset=KnowledgeType.objects.order_by("sort_order", "name"),
        error_messages={"required": _("Kies het type kennisproduct.")},
    )


class EnquiryToContentView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "community/admin/enquiry_to_content.html"
    header_icon = "help"

    def dispatch(self, request, pk):
        if not request.user.has_perm("community.change_enquiry"):
            raise PermissionDenied
        self.enquiry = get_object_or_404(
            Enquiry.objects.select_related("related_question"), pk=pk
        )
        self.back_url = reverse(
            Enquiry.snippet_viewset.get_url_name("edit"), args=[self.enquiry.pk]
        )
        if not can_become_content(self.enquiry):
            messages.error(request, _("Beantwoord de vraag eerst."))
            return redirect(self.back_url)
        refusal = self.refusal()
        if refusal:
            messages.error(request, refusal)
            return redirect(self.back_url)
        return super().dispatch(request)

    def refusal(self) -> str:
        return ""

    def get_page_subtitle(self):
        return self.enquiry.reference

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "enquiry": self.enquiry,
            "question": anonymous(self.enquiry.question),
            "answer": anonymous(self.enquiry.answer),
            "back_url": self.back_url,
            "submit_label": self.submit_label,
        }


class ToProductView(EnquiryToContentView):
    page_title = _("Maak een concept-kennisproduct")
    submit_label = _("Maak het concept")

    def refusal(self):
        self.kennisbank = KnowledgeIndexPage.objects.order_by("path").first()
        if self.kennisbank is None:
            return _("Er is nog geen kennisbank om het kennisproduct in te zetten.")
        if not self.kennisbank.permissions_for_user(
            self.request.user
        ).can_add_subpage():
            raise PermissionDenied
        return ""

    def get_context_data(self, **kwargs):
        form = kwargs.get("form") or ProductDraftForm(
            initial={"title": Truncator(anonymous(self.enquiry.question)).chars(120)}
        )
        return {**super().get_context_data(), "form": form}

    def post(self, request):
        form = ProductDraftForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        page = product_draft(
            self.enquiry,
            self.kennisbank,
            title=form.cleaned_data["title"],
            knowledge_type=form.cleaned_data["knowledge_type"],
            user=request.user,
        )
        messages.success(
            request,
            _("Concept '%(title)s' gemaakt. Werk het af en stuur het ter review.")
            % {"title": page.title},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)


class ToQuestionPageView(EnquiryToContentView):
    page_title = _("Voeg toe aan de vraag op de website")
    submit_label = _("Voeg toe als concept")

    def refusal(self):
        question = self.enquiry.related_question
        if question is None:
            return _("Kies eerst de bijbehorende vraag op de website.")
        if not question.permissions_for_user(self.request.user).can_edit():
            raise PermissionDenied
        return ""

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(),
            "target": _(
                "Ze komen onderaan de toelichting van '%(title)s', in een nieuw "
                "concept; de gepubliceerde pagina blijft zoals ze is."
            )
            % {"title": self.enquiry.related_question.title},
        }

    def post(self, request):
        add_to_question_page(self.enquiry, user=request.user)
        messages.success(
            request,
            _("Toegevoegd aan een concept van '%(title)s'.")
            % {"title": self.enquiry.related_question.title},
        )
        return redirect("wagtailadmin_pages:edit", self.enquiry.related_question_id)
