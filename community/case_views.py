""" "Deel een praktijkvoorbeeld": a member sends in a case, which becomes a
draft PracticeCasePage in the editors' review, attributed to the member.
Nothing is public until an editor approves and publishes it."""

from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from community.forms import CaseForm
from core.drafts import add_for_review, free_slug, paragraphs, unique_slug
from core.forms import submitted
from core.mail import may_mail, send_after_commit
from core.ratelimit import refuse_form
from knowledge.models import Organisation, PracticeCaseIndexPage, PracticeCasePage

CASES_PER_HOUR = 5
TOO_MANY = (
    "Je hebt het afgelopen uur al meerdere praktijkvoorbeelden ingestuurd. "
    "Probeer het over een uur opnieuw; wat je invulde staat hieronder nog."
)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def share_case(request):
    cases = PracticeCaseIndexPage.published()
    form = CaseForm(submitted(request))
    status = 200
    if request.method == "POST":
        # Per member: colleagues often share one office network address.
        status = refuse_form(
            request,
            form,
            "share-case",
            CASES_PER_HOUR,
            TOO_MANY,
            key=f"member-{request.user.pk}",
        )
        if status is None and cases is not None:
            create_case_draft(cases, form.cleaned_data, request.user)
            return redirect("case-shared")
    return render(
        request,
        "community/share_case.html",
        {"form": form, "cases": cases},
        status=status,
    )


def case_shared(request):
    return render(request, "community/case_shared.html")


def _organisation(name: str, government_layer) -> Organisation:
    """The organisation by name or abbreviation; a new one when unknown (the
    editors tidy the list when they review)."""
    existing = (
        Organisation.objects.filter(name__iexact=name).first()
        or Organisation.objects.filter(short_name__iexact=name).first()
    )
    if existing:
        return existing
    return Organisation.objects.create(
        name=name,
        slug=free_slug(name, "organisatie", Organisation.objects.all(), 150),
        government_layer=government_layer,
    )


@transaction.atomic
def create_case_draft(cases, data, user) -> PracticeCasePage:
    page = PracticeCasePage(
        title=data["title"].strip(),
        slug=unique_slug(cases, data["title"], "praktijkvoorbeeld", reserved={"delen"}),
        live=False,
        summary=data["summary"].strip(),
        organisation=_organisation(
            data["organisation"].strip(), data["government_layer"]
        ),
        phase=data["phase"],
        challenge=paragraphs(data["challenge"]),
        approach=paragraphs(data["approach"]),
        result=paragraphs(data["result"]),
        lessons=paragraphs(data["lessons"]),
        contributor=user,
    )
    page.questions.set(data["questions"])
    page.government_layers.set([data["government_layer"]])
    add_for_review(cases, page)
    if user.email and may_mail("case", user.email):
        send_after_commit(
            "community/email/case_received",
            {"name": user.get_full_name(), "title": page.title},
            to=user.email,
        )
    return page
