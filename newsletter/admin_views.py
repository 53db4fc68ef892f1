"""The newsletter in the admin (*Nieuwsbrief* in the menu): every edition
with its state, a test mail to yourself, sending now or at a set time (with
the `send_issue` permission), and the delivery report."""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from core.ratelimit import allow_key
from newsletter.mailing import IssueMail, sample_subscriber
from newsletter.models import NewsletterIssuePage, Sending, Subscriber
from newsletter.sending import cancel as stop_sending
from newsletter.sending import report
from newsletter.tasks import send_issue

TEST_MAILS_PER_HOUR = 10
SEND_PERMISSION = "newsletter.send_newsletterissuepage"


class SendForm(forms.Form):
    when = forms.ChoiceField(
        label="Wanneer",
        choices=[("nu", "Nu versturen"), ("gepland", "Op een later moment")],
        widget=forms.RadioSelect,
        initial="nu",
    )
    scheduled_for = forms.DateTimeField(
        label="Datum en tijd (bij 'op een later moment')",
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("when") == "gepland":
            moment = cleaned.get("scheduled_for")
            if moment is None:
                self.add_error("scheduled_for", "Vul de datum en tijd in.")
            elif moment <= timezone.now():
                self.add_error("scheduled_for", "Kies een moment in de toekomst.")
        return cleaned

    def moment(self) -> datetime.datetime:
        if self.cleaned_data["when"] == "gepland":
            return self.cleaned_data["scheduled_for"]
        return timezone.now()


def index(request):
    issues = list(
        NewsletterIssuePage.objects.live()
        .select_related("sending")
        .order_by("-issue_date", "-pk")[:50]
    )
    return TemplateResponse(
        request,
        "newsletter/admin/index.html",
        {
            "issues": issues,
            "active_subscribers": Subscriber.objects.filter(
                status=Subscriber.Status.ACTIVE
            ).count(),
            "page_title": "Nieuwsbrief versturen",
            "header_icon": "mail",
        },
    )


def _issue(page_id):
    return get_object_or_404(NewsletterIssuePage, pk=page_id)


def issue(request, page_id, form=None):
    page = _issue(page_id)
    sending = Sending.objects.filter(issue=page).first()
    return TemplateResponse(
        request,
        "newsletter/admin/issue.html",
        {
            "issue": page,
            "sending": sending,
            "report": report(page) if sending else None,
            # Addresses only for who may see the subscribers.
            "may_see_addresses": request.user.has_perm("newsletter.view_subscriber"),
            "form": form or SendForm(),
            "may_send": request.user.has_perm(SEND_PERMISSION),
            "active_subscribers": Subscriber.objects.filter(
                status=Subscriber.Status.ACTIVE
            ).count(),
            "page_title": page.title,
            "header_icon": "mail",
        },
        status=400 if form is not None and form.errors else 200,
    )


@require_POST
def test_mail(request, page_id):
    page = _issue(page_id)
    if not request.user.email:
        messages.error(request, "Je account heeft geen e-mailadres.")
    elif not allow_key(
        "newsletter-test", str(request.user.pk), TEST_MAILS_PER_HOUR, 3600
    ):
        messages.error(
            request, "Je hebt het afgelopen uur al veel testmails verstuurd."
        )
    else:
        mail = IssueMail.prepare(page)
        message = mail.message(
            sample_subscriber(request.user),
            question_ids=list(mail.products_by_question),
        )
        message.subject = f"[TEST] {message.subject}"
        message.send()
        messages.success(request, f"Testmail verstuurd naar {request.user.email}.")
    return redirect("newsletter_admin_issue", page_id)


@require_POST
def send(request, page_id):
    if not request.user.has_perm(SEND_PERMISSION):
        raise PermissionDenied
    page = _issue(page_id)
    if not page.live:
        messages.error(request, "Publiceer de editie eerst.")
        return redirect("newsletter_admin_issue", page_id)
    form = SendForm(request.POST)
    if not form.is_valid():
        return issue(request, page_id, form=form)
    moment = form.moment()
    try:
        with transaction.atomic():
            sending = Sending.objects.create(
                issue=page, scheduled_for=moment, requested_by=request.user
            )
            transaction.on_commit(lambda: start(sending))
    except IntegrityError:
        # Sent (or scheduled) already: a second click changes nothing.
        messages.info(request, "Deze editie wordt al verstuurd.")
        return redirect("newsletter_admin_issue", page_id)
    if moment > timezone.now() + datetime.timedelta(minutes=1):
        when = timezone.localtime(moment).strftime("%d-%m-%Y %H:%M")
        messages.success(request, f"De nieuwsbrief wordt verstuurd vanaf {when}.")
    else:
        messages.success(request, "De nieuwsbrief wordt nu verstuurd.")
    return redirect("newsletter_admin_issue", page_id)


@require_POST
def cancel(request, page_id):
    """Stop a scheduled or running send: nothing more goes out."""
    if not request.user.has_perm(SEND_PERMISSION):
        raise PermissionDenied
    sending = get_object_or_404(Sending, issue_id=page_id)
    if sending.finished_at is None:
        stop_sending(sending)
        messages.success(request, "De verzending is gestopt.")
    return redirect("newsletter_admin_issue", page_id)


def start(sending) -> None:
    """Queue the task (for the scheduled moment, where the backend can)."""
    task = send_issue
    if sending.scheduled_for > timezone.now() and task.get_backend().supports_defer:
        task = task.using(run_after=sending.scheduled_for)
    task.enqueue(sending.pk)
