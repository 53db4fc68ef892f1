"""Password rules in Dutch where Django's own translation lags behind."""

from django.contrib.auth import password_validation


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's minimum length, with a message that invites passphrases."""

    def get_error_message(self):
        return (
            f"Dit wachtwoord is te kort: gebruik minstens {self.min_length} tekens. "
            "Een zin van een paar woorden, met spaties, is prima."
        )

    def get_help_text(self):
        return (
            f"Minstens {self.min_length} tekens. Een zin van een paar woorden, "
            "met spaties, is prima."
        )
