"""E-mail from templates: a text and an HTML part, sent once the database
transaction that caused it has committed (no mail about something that was
rolled back). In development the mail lands as a file under var/mail/."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string

from core.ratelimit import allow_key

# At most this many mails of one kind a day to one address, however many
# visitors ask for them: no form is a way to flood someone's mailbox.
MAILS_PER_ADDRESS = 3


def site_url(path: str = "") -> str:
    """An absolute link for mail: the configured site address, never the
    request's Host header."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def public_url(page, request=None) -> str:
    """A page's absolute address, as everything the portal hands out has it
    (mail, calendars, feeds, the API, JSON-LD, open data): on the configured
    site address, never the request's Host nor the Site record's hostname.
    "" for a page without an address (a preview of a new page)."""
    parts = page.get_url_parts(request)
    return site_url(parts[2]) if parts and parts[2] else ""


def may_mail(kind: str, address: str) -> bool:
    """Count one mail of `kind` to `address`; False once over the daily limit."""
    return allow_key(f"{kind}-mail", address, MAILS_PER_ADDRESS, 86400)


def send_after_commit(template: str, context: dict, to: str, headers=None) -> None:
    """Render `<template>_subject.txt`, `<template>.txt` and `<template>.html`."""
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject,
        render_to_string(f"{template}.txt", context),
        to=[to],
        headers=headers or {},
    )
    message.attach_alternative(
        render_to_string(f"{template}.html", context), "text/html"
    )
    # robust: a mail server failure is logged; what was saved stays saved and
    # the visitor still gets the normal answer (no 500 inviting a resend).
    transaction.on_commit(message.send, robust=True)
