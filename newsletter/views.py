"""Signing up (double opt-in), managing and leaving the Data-nieuwsbrief.

No enumeration: whether an address is new, waiting, subscribed or paused,
the visitor sees the same answer; what differs goes by mail to the address
itself, and at most one mail per address per hour. The links in those mails
are the only proof of owning the address (newsletter.tokens); opening one
never changes anything (mail scanners open links), only its button does.
"""

from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core.forms import known_about, public_form_view, submitted
from core.mail import may_mail, send_after_commit, site_url
from core.ratelimit import allow_key, refuse_form
from core.security import private_link_page
from newsletter import tokens
from newsletter.forms import ManageRequestForm, PreferencesForm, SignupForm
from newsletter.models import (
    CONSENT_VERSION,
    NewsletterIndexPage,
    Subscriber,
    UnsubscribeCount,
)
from newsletter.tasks import mail_manage_link

SIGNUPS_PER_HOUR = 10  # per visitor address
TOO_MANY = (
    "Vanaf deze verbinding is het afgelopen uur al vaak geprobeerd. Probeer het "
    "over een uur opnieuw; wat je invulde staat hieronder nog."
)


def may_mail_address(email: str) -> bool:
    """At most one newsletter mail (a confirmation, the notice that the
    address is subscribed already, a manage link) per address an hour, and
    a few a day."""
    return allow_key("newsletter-mail", email, 1, 3600) and may_mail(
        "newsletter", email
    )


def _context(**extra):
    return {"newsletter": NewsletterIndexPage.published(), **extra}


@never_cache
@require_http_methods(["GET", "POST"])
@public_form_view
def subscribe(request):
    form = SignupForm(submitted(request), initial=known_about(request.user))
    status = 200
    if request.method == "POST":
        status = refuse_form(
            request, form, "newsletter-signup", SIGNUPS_PER_HOUR, TOO_MANY
        )
        if status is None:
            if not form.looks_like_spam():
                sign_up(form.cleaned_data)
            return redirect("newsletter-check-mail")
    return render(
        request, "newsletter/subscribe.html", _context(form=form), status=status
    )


def check_mail(request):
    return render(request, "newsletter/check_mail.html", _context())


def sign_up(data) -> None:
    """Store a signup and mail what the address needs: a confirmation link,
    or (already subscribed) a link to manage the subscription."""
    email = data["email"]  # normalised by the form
    try:
        with transaction.atomic():
            subscriber = Subscriber.objects.filter(email=email).first()
            if subscriber is None:
                subscriber = Subscriber.objects.create(email=email, **_consent(data))
            elif subscriber.status == Subscriber.Status.PENDING:
                # Not confirmed yet: the newest signup is what gets confirmed.
                for name, value in _consent(data).items():
                    setattr(subscriber, name, value)
                subscriber.save()
            else:
                # Subscribed already: nothing changes without the owner's link.
                _mail_manage_link(subscriber, already=True)
                return
            subscriber.questions.set(data["questions"])
            if may_mail_address(email):
                expires = timezone.localtime() + tokens.CONFIRM_MAX_AGE
                send_after_commit(
                    "newsletter/email/confirm",
                    {
                        "confirm_url": site_url(
                            reverse(
                                "newsletter-confirm",
                                args=[tokens.confirm_token(subscriber)],
                            )
                        ),
                        "expires": expires,
                    },
                    to=email,
                )
    except IntegrityError:
        pass  # the same address signed up at the same moment: that one mails


def _consent(data) -> dict:
    return {
        "name": data["name"].strip(),
        "government_layer": data["government_layer"],
        "consented_at": timezone.now(),
        "consent_version": CONSENT_VERSION,
        "consent_form": data["source"],
    }


def _mail_manage_link(subscriber, already=False) -> None:
    if not may_mail_address(subscriber.email):
        return
    send_after_commit(
        "newsletter/email/manage",
        {
            "already": already,
            "manage_url": site_url(
                reverse("newsletter-manage", args=[tokens.manage_token(subscriber)])
            ),
        },
        to=subscriber.email,
    )


def _link_invalid(request, what: str):
    return private_link_page(
        render(
            request,
            "newsletter/link_invalid.html",
            _context(what=what),
            status=400,
        )
    )


def _subscriber_for(value):
    if value is None:
        return None
    pk, _version = value
    return Subscriber.objects.filter(pk=pk).first()


@never_cache
@csrf_exempt  # the signed link is the proof; no cookies on these pages
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    value = tokens.read_confirm(token)
    subscriber = _subscriber_for(value)
    if subscriber is None:
        return _link_invalid(request, "confirm")
    if subscriber.link_version != value[1] or subscriber.status != (
        Subscriber.Status.PENDING
    ):
        if subscriber.status == Subscriber.Status.PENDING:
            return _link_invalid(request, "confirm")
        # Pressed twice, or opened again later: it worked the first time.
        return private_link_page(
            render(request, "newsletter/confirmed.html", _context(again=True))
        )
    if request.method == "POST":
        # Confirmed once, even when the button is pressed twice at once.
        _use_link(
            subscriber,
            value[1],
            status=Subscriber.Status.ACTIVE,
            confirmed_at=timezone.now(),
        )
        return private_link_page(
            render(request, "newsletter/confirmed.html", _context())
        )
    return private_link_page(render(request, "newsletter/confirm.html", _context()))


@never_cache
@require_http_methods(["GET", "POST"])
@public_form_view
def manage_request(request):
    form = ManageRequestForm(submitted(request))
    status = 200
    if request.method == "POST":
        status = refuse_form(
            request, form, "newsletter-manage", SIGNUPS_PER_HOUR, TOO_MANY
        )
        if status is None:
            if not form.looks_like_spam():
                # In the background, for known and unknown addresses alike.
                mail_manage_link.enqueue(form.cleaned_data["email"])
            return redirect("newsletter-check-mail")
    return render(
        request, "newsletter/manage_request.html", _context(form=form), status=status
    )


def mail_manage_link_to(email: str) -> None:
    subscriber = Subscriber.objects.filter(
        email=email,
        status__in=[Subscriber.Status.ACTIVE, Subscriber.Status.PAUSED],
    ).first()
    if subscriber is not None:
        _mail_manage_link(subscriber)


def _use_link(subscriber, version: int, **changes) -> bool:
    """Spend a single-use link: True for the one request that does."""
    return bool(
        Subscriber.objects.filter(pk=subscriber.pk, link_version=version).update(
            link_version=version + 1, **changes
        )
    )


@never_cache
@csrf_exempt  # the signed, single-use link is the proof
@require_http_methods(["GET", "POST"])
def manage(request, token):
    value = tokens.read_manage(token)
    subscriber = _subscriber_for(value)
    if subscriber is None or subscriber.link_version != value[1]:
        return _link_invalid(request, "manage")
    form = PreferencesForm(submitted(request), instance=subscriber)
    if request.method == "POST":
        action = request.POST.get("actie", "opslaan")
        if action == "afmelden":
            if _use_link(subscriber, value[1]):
                UnsubscribeCount.erase(subscriber.pk)
            return private_link_page(
                render(request, "newsletter/unsubscribed.html", _context())
            )
        if form.is_valid():
            subscriber = form.save(commit=False)
            if action == "pauzeren":
                subscriber.status = Subscriber.Status.PAUSED
            elif action == "hervatten":
                subscriber.status = Subscriber.Status.ACTIVE
            with transaction.atomic():
                # The link works for its whole hour, for as many changes as
                # the subscriber makes; not for one who left meanwhile.
                still_here = Subscriber.objects.select_for_update().filter(
                    pk=subscriber.pk, link_version=value[1]
                )
                if not still_here.exists():
                    return _link_invalid(request, "manage")
                subscriber.save(force_update=True)
                form.save_m2m()
            return private_link_page(
                render(
                    request,
                    "newsletter/manage_saved.html",
                    _context(subscriber=subscriber, manage_url=request.path),
                )
            )
    status = 400 if form.errors else 200
    return private_link_page(
        render(
            request,
            "newsletter/manage.html",
            _context(form=form, subscriber=subscriber),
            status=status,
        )
    )


@never_cache
@csrf_exempt  # RFC 8058: mail providers POST here without cookies or token
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET asks for confirmation; POST (also the one-click POST from mail
    programs) erases the subscriber. Doing it twice is the same as once."""
    pk = tokens.read_unsubscribe(token)
    if pk is None:
        return _link_invalid(request, "unsubscribe")
    if request.method == "POST":
        UnsubscribeCount.erase(pk)
        return private_link_page(
            render(request, "newsletter/unsubscribed.html", _context())
        )
    return private_link_page(render(request, "newsletter/unsubscribe.html", _context()))
