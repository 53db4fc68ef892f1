"""Members log in with their e-mail address; editors keep their username."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.tokens import PasswordResetTokenGenerator


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


class ActivationTokenGenerator(PasswordResetTokenGenerator):
    """Links that confirm a new account; void once the account is active."""

    key_salt = "community.auth.ActivationTokenGenerator"

    def _make_hash_value(self, user, timestamp):
        # Void once active or once logged in; and when a later registration
        # set another password, earlier links die with the old one.
        login = user.last_login.isoformat() if user.last_login else ""
        return f"{user.pk}{user.is_active}{user.password}{login}{user.email}{timestamp}"


activation_tokens = ActivationTokenGenerator()


def awaiting_confirmation(user) -> bool:
    """A member account that was registered and never confirmed; never an
    editor's, nor one an administrator switched off after use."""
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
