"""Mail backends that fail on purpose, for the sending tests. Like Django's
locmem backend they collect mail in django.core.mail.outbox."""

import smtplib

from django.core.mail.backends.locmem import EmailBackend


class Crash(BaseException):
    """The worker process dies (not an error the code may catch)."""


class FailingBackend(EmailBackend):
    """Set `plan` to {n: exception} to raise on the n-th message sent (1-based,
    counted over all connections); `sent` counts the attempts."""

    plan: dict = {}
    sent = 0

    def send_messages(self, messages):
        for message in messages:
            FailingBackend.sent += 1
            error = FailingBackend.plan.pop(FailingBackend.sent, None)
            if error is not None:
                raise error
            super().send_messages([message])
        return len(messages)


def refused(address="x"):
    return smtplib.SMTPRecipientsRefused({address: (550, b"no such user")})
