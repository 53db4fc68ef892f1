"""The vraagbaak: ask a question (no account needed) and follow it through a
private link."""

from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from community.forms import EnquiryForm
from community.models import Enquiry
from core.forms import public_form_view
from core.mail import may_mail, send_after_commit
from core.ratelimit import refuse_form
from core.security import private_link_page

ENQUIRIES_PER_HOUR = 5
TOO_MANY = (
    "Vanaf deze verbinding zijn het afgelopen uur al meerdere vragen gesteld. "
    "Probeer het over een uur opnieuw; wat je hebt ingevuld staat hieronder nog."
)


@never_cache
@require_http_methods(["GET", "POST"])
@public_form_view
def ask(request):
    form = EnquiryForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = refuse_form(request, form, "enquiry", ENQUIRIES_PER_HOUR, TOO_MANY)
        if status is None:
            if form.looks_like_spam():
                return render(request, "community/enquiry_received.html")
            enquiry = Enquiry.objects.create(
                **{
                    name: form.cleaned_data[name]
                    for name in (
                        "question",
                        "context",
                        "organisation",
                        "government_layer",
                        "name",
                        "email",
                    )
                }
            )
            if may_mail("enquiry", enquiry.email):
                send_after_commit(
                    "community/email/enquiry_received",
                    # The address is unconfirmed: nothing the asker typed.
                    {"status_url": enquiry.status_url()},
                    to=enquiry.email,
                )
            return redirect("enquiry-status", enquiry.token)
    return render(request, "community/ask.html", {"form": form}, status=status)


@never_cache
@require_GET
def enquiry_status(request, token):
    """The asker's private page: the question, its status and the answer.
    Only whoever has the link sees it; it is kept out of search engines and
    its address out of Referer headers."""
    enquiry = get_object_or_404(
        Enquiry.objects.select_related("related_question"), token=token
    )
    response = render(request, "community/enquiry_status.html", {"enquiry": enquiry})
    return private_link_page(response)
