"""Members log in with their e-mail address; editors keep their username."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core import signing


class EmailBackend(ModelBackend):
    """Authenticates by e-mail address (any case). Inactive accounts (not
    yet confirmed) are refused like a wrong password."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or "@" not in username or password is None:
            return None
        user = find_member(username)
        if user is None:
            # Run the hasher anyway, so the answer takes as long either way.
            get_user_model()().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None


REGISTRATION_SALT = "community.auth.registration"


def registration_token(email: str) -> str:
    """The link's proof that whoever opens it reads mail at `email`: the
    address, signed and dated. Registering stores nothing; the account is made
    when the owner confirms and chooses a password (so no password chosen by
    someone else can ever open it)."""
    return signing.dumps(email.strip().lower(), salt=REGISTRATION_SALT)


def registered_email(token: str) -> str | None:
    """The address of a registration link, or None when it is forged or older
    than PASSWORD_RESET_TIMEOUT (three days)."""
    try:
        email = signing.loads(
            token, salt=REGISTRATION_SALT, max_age=settings.PASSWORD_RESET_TIMEOUT
        )
    except signing.BadSignature:  # also SignatureExpired
        return None
    return email if isinstance(email, str) else None


def awaiting_confirmation(user) -> bool:
    """A member account that was registered and never confirmed (made by an
    earlier version of registration, which created the account at once);
    never an editor's, nor one an administrator switched off after use."""
    return (
        not user.is_active
        and user.last_login is None
        and not user.is_staff
        and not user.is_superuser
        and hasattr(user, "member_profile")
        and not user.groups.exists()
    )


def find_member(email: str):
    """The one account with this address, or None."""
    users = list(get_user_model().objects.filter(email__iexact=email.strip())[:2])
    return users[0] if len(users) == 1 else None


def confirmed_address(user) -> str:
    """The member's e-mail address if the account proves it: a member account
    (made through the mailed registration link, `lid-...`) without admin
    access. An editor can change their own address in the admin without
    confirming it, so it proves nothing there. "" otherwise."""
    if (
        not user.is_authenticated
        or not user.email
        or not user.get_username().startswith("lid-")
        or user.is_staff
        or user.is_superuser
        or user.has_perm("wagtailadmin.access_admin")
    ):
        return ""
    return user.email
