"""Failed logins, counted per account wherever they happen.

django-axes locks out one name from one address after a few failures. Two
things are added here:

- every attempt is counted under the account it names (`login_name`): an
  editor's username at the admin login and the same editor's e-mail address
  at the members' login are one account, and so count together;
- a limit per account over every address (`LOGIN_ACCOUNT_FAILURE_LIMIT` an
  hour), against guesses spread over many addresses. It is higher than the
  per-address limit, because anyone can spend it: it slows guessing down
  without letting one visitor lock an account out for long. Names without an
  account are counted the same way, so the answer tells nobody which exist.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.db.models import Q
from wagtail.admin.forms.auth import LoginForm

from core.ratelimit import allow_key, exhausted

ACCOUNT_SCOPE = "login-account"
ACCOUNT_WINDOW_SECONDS = 3600
TOO_MANY_FOR_ACCOUNT = (
    "Voor dit account is het afgelopen uur te vaak een verkeerd wachtwoord "
    "ingevuld. Probeer het over een uur opnieuw, of vraag een nieuw wachtwoord aan."
)


def login_name(request, credentials) -> str:
    """The account a login attempt names (django-axes' AXES_USERNAME_CALLABLE):
    its e-mail address (or username, if it has no address), in lower case,
    whether the visitor typed the username or the address, in any case. A
    name that fits no single account counts as typed, in lower case."""
    typed = str((credentials or {}).get("username", "")).strip()
    if not typed:
        return ""
    matches = list(
        get_user_model()
        .objects.filter(Q(username__iexact=typed) | Q(email__iexact=typed))
        .values_list("email", "username")[:2]
    )
    if len(matches) == 1:
        email, username = matches[0]
        return (email or username).lower()
    return typed.lower()


def check_account_not_throttled(request, username) -> None:
    """For login forms, before the password is checked: refuse once the
    account has had too many failures this hour, from wherever."""
    name = login_name(request, {"username": username})
    if name and exhausted(ACCOUNT_SCOPE, name, settings.LOGIN_ACCOUNT_FAILURE_LIMIT):
        raise ValidationError(TOO_MANY_FOR_ACCOUNT, code="account_throttled")


def count_failure(sender, credentials, request=None, **kwargs) -> None:
    name = login_name(request, credentials)
    if name:
        allow_key(
            ACCOUNT_SCOPE,
            name,
            settings.LOGIN_ACCOUNT_FAILURE_LIMIT,
            ACCOUNT_WINDOW_SECONDS,
        )


def connect_signals() -> None:
    user_login_failed.connect(count_failure, dispatch_uid="core.logins.count_failure")


class AccountThrottleMixin:
    """For an AuthenticationForm: the per-account limit, checked first."""

    def clean(self):
        username = self.cleaned_data.get("username")
        if username and self.data.get("password") is not None:
            check_account_not_throttled(self.request, username)
        return super().clean()


class AdminLoginForm(AccountThrottleMixin, LoginForm):
    """The Wagtail admin's login form (WAGTAILADMIN_USER_LOGIN_FORM) with the
    per-account limit."""
