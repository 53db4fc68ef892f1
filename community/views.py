"""The vraagbaak: ask a question (no account needed) and follow it through a
private link."""

from django.conf import settings
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from community.forms import EnquiryForm, EnquiryReplyForm
from community.models import Enquiry
from core.forms import known_about, public_form_view, submitted
from core.mail import may_mail, send_after_commit
from core.ratelimit import refuse_form
from core.security import private_link_page

ENQUIRIES_PER_HOUR = 5
# The asker's buttons under an answer: did it help?
FEEDBACK = {"geholpen": True, "niet-geholpen": False}
TOO_MANY = (
    "Vanaf deze verbinding zijn het afgelopen uur al meerdere vragen gesteld. "
    "Probeer het over een uur opnieuw; wat je hebt ingevuld staat hieronder nog."
)


@never_cache
@require_http_methods(["GET", "POST"])
@public_form_view
def ask(request):
    form = EnquiryForm(submitted(request), initial=known_about(request.user))
    status = 200
    if request.method == "POST":
        status = refuse_form(request, form, "enquiry", ENQUIRIES_PER_HOUR, TOO_MANY)
        if status is None:
            if form.looks_like_spam():
                return render(request, "community/enquiry_received.html")
            enquiry = Enquiry.objects.create(
                asker=request.user if request.user.is_authenticated else None,
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
                },
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
@csrf_exempt  # the private link is the proof; the page sets no cookie
@require_http_methods(["GET", "POST"])
def enquiry_status(request, token):
    """The asker's private page: the question, its reference and status,
    when to expect an answer, and the answer. Once answered, the asker may
    say whether it helped and reply, each once. Only whoever has the link
    sees it; it is kept out of search engines and its address out of
    Referer headers."""
    enquiry = get_object_or_404(
        Enquiry.objects.select_related("related_question"), token=token
    )
    form = EnquiryReplyForm()
    # Why a reaction is not taken (before the answer, a second reply, a
    # button that does not exist), shown above the forms.
    refused = ""
    if request.method == "POST":
        action = request.POST.get("actie")
        mine = Enquiry.objects.filter(pk=enquiry.pk)
        if not enquiry.may_react:
            refused = "Reageren kan zodra er een antwoord is."
        elif action in FEEDBACK:
            # Once: a second press (or a bot) changes nothing.
            mine.filter(helped__isnull=True).update(helped=FEEDBACK[action])
            return redirect(request.path + "#reactie")
        elif action == "reageren" and enquiry.reply:
            refused = "Je reactie hebben we al: reageren kan maar één keer."
        elif action == "reageren":
            form = EnquiryReplyForm(request.POST)
            if form.is_valid():
                mine.filter(reply="").update(
                    reply=form.cleaned_data["reply"], replied_at=timezone.now()
                )
                return redirect(request.path + "#reactie")
        else:
            refused = "Dat formulier klopt niet: kies Ja, Nee of Reactie versturen."
    response = render(
        request,
        "community/enquiry_status.html",
        {
            "enquiry": enquiry,
            "form": form,
            "refused": refused,
            "answer_workdays": settings.ENQUIRY_ANSWER_WORKDAYS,
        },
        status=400 if request.method == "POST" else 200,
    )
    return private_link_page(response)
