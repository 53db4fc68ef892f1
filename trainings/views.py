"""The proposal form: a provider proposes a training, which becomes a draft
TrainingPage in the editors' review ("Redactie"). Nothing is public until an
editor approves and publishes it."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core.drafts import add_for_review, paragraphs, unique_slug
from core.forms import public_form_view, submitted
from core.mail import may_mail, send_after_commit
from core.ratelimit import refuse_form
from knowledge.models import Organisation
from trainings.forms import ProposalForm
from trainings.models import (
    TrainingIndexPage,
    TrainingPage,
    TrainingProposal,
    TrainingRun,
)

PROPOSALS_PER_HOUR = 5
TOO_MANY = (
    "Vanaf deze verbinding zijn het afgelopen uur al meerdere voorstellen ingestuurd. "
    "Probeer het over een uur opnieuw; je ingevulde gegevens staan hieronder nog."
)


@never_cache
@require_http_methods(["GET", "POST"])
@public_form_view
def propose(request):
    catalogue = TrainingIndexPage.published()
    form = ProposalForm(submitted(request))
    status = 200
    if request.method == "POST":
        status = refuse_form(
            request, form, "training-proposal", PROPOSALS_PER_HOUR, TOO_MANY
        )
        if status is None:
            if not form.looks_like_spam() and catalogue is not None:
                try:
                    create_draft(catalogue, form.cleaned_data)
                except ValidationError:
                    # A twin proposal took the same slug a moment ago.
                    create_draft(catalogue, form.cleaned_data)
            return redirect("training-proposed")
    return render(
        request,
        "trainings/propose.html",
        {"form": form, "catalogue": catalogue},
        status=status,
    )


@require_http_methods(["GET"])
def proposed(request):
    return render(
        request, "trainings/proposed.html", {"catalogue": TrainingIndexPage.published()}
    )


@transaction.atomic
def create_draft(catalogue, data) -> TrainingPage:
    provider_name = data["provider_name"].strip()
    provider = Organisation.objects.filter(name__iexact=provider_name).first()
    page = TrainingPage(
        title=data["title"].strip(),
        slug=unique_slug(catalogue, data["title"], "opleiding"),
        live=False,
        provider=provider,
        summary=data["summary"].strip(),
        description=paragraphs(data["description"]),
        level=data["level"],
        format=data["format"],
        workload_hours=data["workload_hours"],
        duration=data["duration"],
        cost=data["cost"],
        price=data["price"],
        language=data["language"],
        registration_url=data["registration_url"],
    )
    page.questions.set(data["questions"])
    page.audiences.set(data["audiences"])
    page.government_layers.set(data["government_layers"])
    if data["start"]:
        page.runs = [
            TrainingRun(
                start=data["start"],
                end=data["end"],
                location=data["location"],
                online=data["online"],
            )
        ]
    add_for_review(catalogue, page)
    TrainingProposal.objects.create(
        page=page,
        title=page.title,
        provider_name=provider_name,
        contact_name=data["contact_name"],
        contact_email=data["contact_email"],
    )
    # One address gets at most a few confirmations a day, however many
    # IP addresses the sender uses: the form is no way to mail strangers. The
    # address is unconfirmed, so the mail carries nothing the sender typed.
    if may_mail("proposal", data["contact_email"]):
        send_after_commit(
            "trainings/email/proposal_received", {}, to=data["contact_email"]
        )
    return page
