"""Members' accounts: register (confirmed by a mailed link), log in with the
e-mail address, log out, reset a forgotten password, edit the profile.

No enumeration: registering with a known address, or asking a reset for an
unknown one, gives the same answer as any other case; what differs goes by
mail to the address itself. Everything that sends mail is rate limited, per
visitor and per address.
"""

import uuid
from urllib.parse import urlencode, urlsplit

from axes.models import AccessAttempt
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Min, Q
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.models import ModelLogEntry, PageLogEntry, Revision

from community.account_forms import (
    ConfirmAccountForm,
    LoginForm,
    ProfileForm,
    RegistrationForm,
    ResetForm,
)
from community.auth import (
    awaiting_confirmation,
    confirmed_address,
    find_member,
    registered_email,
    registration_token,
)
from community.models import (
    ANONYMOUS_EMAIL,
    Enquiry,
    EventRegistration,
    MemberProfile,
    Membership,
    new_token,
)
from core.forms import AccessibleFormMixin, submitted
from core.mail import may_mail, send_after_commit, site_url
from core.ratelimit import allow_key, refuse_form
from knowledge.models import PracticeCasePage
from newsletter.models import Subscriber
from newsletter.tokens import manage_token

ATTEMPTS_PER_HOUR = 5  # registrations or reset requests per visitor address
TOO_MANY = (
    "Vanaf deze verbinding is het afgelopen uur al een paar keer geprobeerd. "
    "Probeer het over een uur opnieuw."
)


def page_to_return_to(request) -> str:
    """Where a member who logs in or registers from a page goes back to: the
    `next` path on this site, or "". Only a path: no other host or scheme
    (Django's check) and no query, so that a link in a mail carries no text
    a visitor chose beyond a path of this site (an unknown one gives the
    404 page)."""
    value = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return ""
    path = urlsplit(value).path
    if not path.startswith("/") or path.startswith("//") or "\\" in path:
        return ""
    return path[:500]


def with_next(url: str, path: str) -> str:
    return f"{url}?{urlencode({'next': path})}" if path else url


@never_cache
@require_http_methods(["GET", "POST"])
def register(request):
    back = page_to_return_to(request)
    if request.user.is_authenticated:
        return redirect(back or "account")
    form = RegistrationForm(submitted(request))
    status = 200
    if request.method == "POST":
        status = refuse_form(request, form, "register", ATTEMPTS_PER_HOUR, TOO_MANY)
        if status is None:
            register_member(form.cleaned_data["email"], back)
            return redirect("register-sent")
    return render(
        request,
        "community/account/register.html",
        {"form": form, "next": back},
        status=status,
    )


def register_member(email: str, back: str = "") -> None:
    """Mail the address what it needs: a link to make the account, or, when
    it has one already, how to log in. Nothing is stored and the visitor sees
    the same answer either way; the mail carries nothing the visitor typed
    (`back`, the page to return to, is a checked path of this site)."""
    email = email.strip().lower()
    user = find_member(email)
    if not may_mail("account", email):
        return
    if user is None or awaiting_confirmation(user):
        token = registration_token(email)
        template = "community/email/activate"
        context = {
            "activation_url": site_url(
                with_next(reverse("activate", args=[token]), back)
            )
        }
    else:
        template = "community/email/already_registered"
        context = {
            "login_url": site_url(reverse("login")),
            "reset_url": site_url(reverse("password-reset")),
        }
    send_after_commit(template, context, to=email)


def register_sent(request):
    return render(request, "community/account/register_sent.html")


def _invalid_link(request):
    return render(request, "community/account/activate_invalid.html", status=400)


@never_cache
@sensitive_post_parameters("password")
@require_http_methods(["GET", "POST"])
def activate(request, token):
    """The mailed link: the owner of the address chooses a name and password,
    and only that POST makes the account (mail scanners open links, they do
    not fill in forms)."""
    email = registered_email(token)
    if email is None:
        return _invalid_link(request)
    existing = list(get_user_model().objects.filter(email__iexact=email)[:2])
    pending = (
        existing[0]
        if len(existing) == 1 and awaiting_confirmation(existing[0])
        else None
    )
    if existing and pending is None:
        # Made already (by this link or another one): log in.
        return render(request, "community/account/activate_done.html")
    form = ConfirmAccountForm(email, submitted(request))
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            # One account per address, also when the button is pressed twice.
            if not allow_key("account-confirm", email, 1, 60):
                return render(request, "community/account/activate_done.html")
            user = create_member(email, pending, **form.cleaned_data)
        login(request, user, backend="community.auth.EmailBackend")
        messages.success(request, "Welkom! Je account is klaar.")
        return redirect(page_to_return_to(request) or "account")
    response = render(
        request,
        "community/account/activate.html",
        {"form": form, "email": email},
        status=400 if form.errors else 200,
    )
    # A private link, so kept out of search engines. Its address stays on our
    # own origin by the site's Referrer-Policy (same-origin); "no-referrer"
    # would make the browser send "Origin: null" with the form, which
    # Django's CSRF check refuses.
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def create_member(email: str, pending, name: str, password: str):
    """The confirmed account; one left unconfirmed by the earlier registration
    is taken over with the owner's name and password."""
    if pending is None:
        user = get_user_model().objects.create_user(
            username=f"lid-{uuid.uuid4().hex[:20]}",
            email=email,
            password=password,
            first_name=name[:150],
        )
        MemberProfile.objects.create(user=user, name=name)
        return user
    pending.set_password(password)
    pending.first_name = name[:150]
    pending.is_active = True
    pending.save(update_fields=["password", "first_name", "is_active"])
    MemberProfile.objects.filter(user=pending).update(name=name)
    return pending


def old_activation_link(request, uidb64, token):
    """Links mailed before registration changed: they no longer work."""
    return _invalid_link(request)


@method_decorator(never_cache, name="dispatch")
class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "community/account/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        return {
            **context,
            "session_days": settings.MEMBER_SESSION_MAX_DAYS,
            # "Maak een account" keeps the page to return to.
            "register_url": with_next(reverse("register"), context.get("next", "")),
        }


class ResetView(auth_views.PasswordResetView):
    form_class = ResetForm
    template_name = "community/account/password_reset.html"
    subject_template_name = "community/email/password_reset_subject.txt"
    email_template_name = "community/email/password_reset.txt"
    html_email_template_name = "community/email/password_reset.html"
    success_url = reverse_lazy("password-reset-sent")

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        status = refuse_form(
            request, form, "password-reset", ATTEMPTS_PER_HOUR, TOO_MANY
        )
        if status is None:
            return self.form_valid(form)
        return self.render_to_response(self.get_context_data(form=form), status=status)


class ResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "community/account/password_reset_confirm.html"
    success_url = reverse_lazy("password-reset-done")


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def account(request):
    profile, _ = MemberProfile.objects.get_or_create(
        user=request.user,
        defaults={"name": request.user.get_full_name() or request.user.get_username()},
    )
    form = ProfileForm(submitted(request), instance=profile)
    saved = False
    if request.method == "POST":
        if form.is_valid():
            profile = form.save(commit=False)
            form.save_m2m()  # parental many-to-many: stored by the save below
            profile.save()
            return redirect(f"{reverse('account')}?opgeslagen=1")
    else:
        saved = request.GET.get("opgeslagen") == "1"
    status = 400 if form.errors else 200
    return render(
        request,
        "community/account/account.html",
        {"form": form, "saved": saved, **my_kenniscentrum(request.user)},
        status=status,
    )


def my_kenniscentrum(user) -> dict:
    """What a member has going on here: groups, coming meetups, vraagbaak
    questions, the newsletter. A bounded number of queries, read from the
    database on every request (never kept: it is one member's own)."""
    memberships = [
        membership
        for membership in user.group_memberships.select_related("group")
        if membership.group.live
    ]
    meetups = [
        registration.event
        for registration in user.event_registrations.filter(
            event__end__gte=timezone.now(), event__live=True
        )
        .select_related("event")
        .order_by("event__start")
    ]
    enquiries = list(enquiries_of(user).order_by("-created_at"))
    address = confirmed_address(user)
    subscriber = (
        Subscriber.objects.filter(email__iexact=address).first() if address else None
    )
    manage_url = None
    if subscriber is not None and subscriber.status != Subscriber.Status.PENDING:
        # The page is the member's own and never kept: the link a mail would
        # bring (valid for an hour), without the mail.
        manage_url = reverse("newsletter-manage", args=[manage_token(subscriber)])
    return {
        "memberships": memberships,
        "meetups": meetups,
        "enquiries": enquiries,
        "subscriber": subscriber,
        "newsletter_manage_url": manage_url,
    }


def enquiries_of(user):
    """The member's vraagbaak questions: asked while logged in, and, where
    the account proves its address (community.auth.confirmed_address),
    those asked with that address before. Not by an address alone: anyone
    can type someone's address into the vraagbaak form."""
    mine = Q(asker=user)
    address = confirmed_address(user)
    if address:
        mine |= Q(email__iexact=address)
    return Enquiry.objects.filter(mine)


def member_data(user) -> dict:
    """Everything the portal stores about a member, for the export."""
    profile = getattr(user, "member_profile", None)
    enquiries = enquiries_of(user).select_related(
        "government_layer", "related_question"
    )
    return {
        "account": {
            "email": user.email,
            "username": user.get_username(),
            "first_name": user.first_name,
            "last_name": user.last_name,
            "joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "profile": None
        if profile is None
        else {
            "name": profile.name,
            "organisation": profile.organisation,
            "government_layer": str(profile.government_layer or ""),
            "role": profile.role,
            "questions_of_interest": [q.title for q in profile.questions.all()],
            "shown_in_member_lists": profile.listed,
            "created": profile.created_at.isoformat(),
        },
        "vraagbaak": [
            {
                "question": enquiry.question,
                "context": enquiry.context,
                "organisation": enquiry.organisation,
                "name": enquiry.name,
                "government_layer": str(enquiry.government_layer or ""),
                "status": enquiry.get_status_display(),
                "answer": enquiry.answer,
                "related_question": str(enquiry.related_question or ""),
                "asked": enquiry.created_at.isoformat(),
                "answered": enquiry.answered_at.isoformat()
                if enquiry.answered_at
                else None,
            }
            for enquiry in enquiries
        ],
        "groups": [
            {
                "group": membership.group.title,
                "status": membership.get_status_display(),
                "moderator": membership.is_moderator,
                "motivation": membership.motivation,
                "requested": membership.created_at.isoformat(),
                "joined": membership.joined_at.isoformat()
                if membership.joined_at
                else None,
            }
            for membership in user.group_memberships.select_related("group")
        ],
        "meetups": [
            {
                "meetup": registration.event.title,
                "starts": registration.event.start.isoformat(),
                "signed_up": registration.created_at.isoformat(),
            }
            for registration in user.event_registrations.select_related("event")
        ],
        # Cases shared through the portal: they stay (without the name) when
        # the account is deleted.
        "shared_cases": [
            {
                "title": case.title,
                "published": case.live,
                "summary": case.summary,
                "challenge": case.challenge,
                "approach": case.approach,
                "result": case.result,
                "lessons": case.lessons,
                "shared": case.first_revision_at.isoformat()
                if case.first_revision_at
                else None,
            }
            for case in PracticeCasePage.objects.filter(contributor=user).annotate(
                first_revision_at=Min("_revisions__created_at")
            )
        ],
        "newsletter": newsletter_data(user),
        # Failed logins on this account (django-axes keeps them until the
        # lockout period has passed). Not the addresses they came from: those
        # are whoever tried, not the member.
        "failed_logins": [
            {
                "at": attempt.attempt_time.isoformat(),
                "failures": attempt.failures_since_start,
            }
            for attempt in login_attempts(user)
        ],
    }


def newsletter_data(user) -> dict | None:
    """The newsletter subscription of the member's address, if any (it needs
    no account, but it is about the same person)."""
    subscriber = (
        Subscriber.objects.filter(email__iexact=user.email)
        .select_related("government_layer")
        .prefetch_related("questions")
        .first()
        if user.email
        else None
    )
    if subscriber is None:
        return None
    return {
        "email": subscriber.email,
        "name": subscriber.name,
        "government_layer": str(subscriber.government_layer or ""),
        "questions_of_interest": [q.title for q in subscriber.questions.all()],
        "status": subscriber.get_status_display(),
        "consented_at": subscriber.consented_at.isoformat(),
        "consent_version": subscriber.consent_version,
        "consent_form": subscriber.get_consent_form_display(),
        "confirmed_at": subscriber.confirmed_at.isoformat()
        if subscriber.confirmed_at
        else None,
    }


def login_attempts(user):
    """Failed logins counted under this account (core.logins.login_name: its
    address, or its username if it has none)."""
    return AccessAttempt.objects.filter(
        username__iexact=user.email or user.get_username()
    )


@never_cache
@login_required
@require_GET
def export(request):
    """All the member's data as a JSON download."""
    response = JsonResponse(
        member_data(request.user),
        json_dumps_params={"indent": 2, "ensure_ascii": False},
    )
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens.json"'
    return response


class DeleteForm(AccessibleFormMixin, forms.Form):
    password = forms.CharField(
        label="Je wachtwoord, ter bevestiging",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("Dit wachtwoord klopt niet.")
        return password


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request):
    """Delete the account and everything personal about it. Questions put to
    the vraagbaak stay for their answers, without name or address."""
    if request.user.is_staff or request.user.has_perm("wagtailadmin.access_admin"):
        # Editors' accounts are managed by an administrator.
        return render(request, "community/account/delete_editor.html", status=403)
    form = DeleteForm(request.user, submitted(request))
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            delete_member(request.user)
        logout(request)
        return redirect("account-deleted")
    status = 400 if form.errors else 200
    return render(
        request, "community/account/delete.html", {"form": form}, status=status
    )


def delete_member(user) -> None:
    """Remove the member and everything personal about them. What stays,
    without anything that leads to them (the delete page says so): their
    vraagbaak questions and answers, and cases they shared."""
    # Asked while logged in (whatever address was given), or with this address.
    asked = Q(asker=user) | (Q(email__iexact=user.email) if user.email else Q())
    enquiries = list(Enquiry.objects.filter(asked))
    for enquiry in enquiries:
        enquiry.name = enquiry.organisation = ""
        enquiry.email = ANONYMOUS_EMAIL
        enquiry.token = new_token()  # the private link stops working
        enquiry.asker = None
    Enquiry.objects.bulk_update(
        enquiries, ["name", "organisation", "email", "token", "asker"]
    )
    if user.email:
        # A subscription to the newsletter with the same address goes too.
        Subscriber.objects.filter(email__iexact=user.email).delete()
    login_attempts(user).delete()
    # The admin's history of memberships and sign-ups labels them with the
    # member's name.
    for model, rows in (
        (Membership, user.group_memberships.all()),
        (EventRegistration, user.event_registrations.all()),
    ):
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            object_id__in=[str(pk) for pk in rows.values_list("pk", flat=True)],
        ).delete()
    # Shared cases stay, no longer attributed: the page's contributor is
    # SET_NULL, and its stored revisions forget the id too. Wagtail's history
    # keeps who did what by id without a constraint: forget that as well.
    revisions = list(Revision.objects.filter(content__contributor=user.pk))
    for revision in revisions:
        revision.content["contributor"] = None
    Revision.objects.bulk_update(revisions, ["content"])
    for log in (PageLogEntry, ModelLogEntry):
        log.objects.filter(user_id=user.pk).update(user=None)
    # The profile, group memberships and meetup sign-ups go with the account.
    user.delete()


def account_deleted(request):
    return render(request, "community/account/deleted.html")
