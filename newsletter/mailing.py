"""An issue as e-mail: HTML that holds up in mail programs (tables, inline
styles, no remote content) plus plain text, a personal "nieuw bij jouw
vragen" block, and the one-click unsubscribe headers of RFC 8058.

The shared part of the mail is rendered once per issue (`IssueMail`); per
subscriber only the small personal block and the links are filled in, so
sending to many costs little more than sending to a few.
"""

from dataclasses import dataclass, field

from django.core.mail import EmailMultiAlternatives
from django.db.models import prefetch_related_objects
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse

from core.mail import site_url
from newsletter import tokens
from newsletter.blocks import section_label
from newsletter.models import Subscriber

# Placeholders in the shared rendering, replaced per subscriber.
PERSONAL = "<!--ikc:persoonlijk-->"
UNSUBSCRIBE = "ikc-afmeldlink-placeholder"
PERSONAL_MAX = 5


@dataclass
class IssueMail:
    subject: str
    html: str
    text: str
    # question id -> new products that answer it, newest first
    products_by_question: dict[int, list] = field(default_factory=dict)

    @classmethod
    def prepare(cls, issue) -> "IssueMail":
        products = issue.new_products()
        prefetch_related_objects(products, "questions")
        by_question: dict[int, list] = {}
        for product in products:
            for question in product.questions.all():
                by_question.setdefault(question.pk, []).append(product)
        context = {
            "issue": issue,
            "sections": [
                {
                    "label": section_label(block.value["kind"]),
                    "entries": block.value["entries"],
                }
                for block in issue.sections
            ],
            "issue_url": site_url(issue.url or ""),
            "new_products": [
                {"page": product, "url": site_url(product.url or "")}
                for product in products
            ],
            "personal": PERSONAL,
            "unsubscribe_url": UNSUBSCRIBE,
            "manage_url": site_url(reverse("newsletter-manage-request")),
        }
        return cls(
            subject=issue.title,
            html=render_to_string("newsletter/email/issue.html", context),
            text=render_to_string("newsletter/email/issue.txt", context),
            products_by_question=by_question,
        )

    def personal_products(self, question_ids) -> list:
        seen, found = set(), []
        for question_id in question_ids:
            for product in self.products_by_question.get(question_id, []):
                if product.pk not in seen:
                    seen.add(product.pk)
                    found.append({"page": product, "url": site_url(product.url)})
        return found[:PERSONAL_MAX]

    def message(self, subscriber, question_ids=(), connection=None):
        """The mail for one subscriber (`question_ids`: their questions)."""
        if subscriber.pk is None:  # a test or preview: no real subscription
            unsubscribe_url = site_url(reverse("newsletter-manage-request"))
        else:
            unsubscribe_url = site_url(
                reverse(
                    "newsletter-unsubscribe",
                    args=[tokens.unsubscribe_token(subscriber)],
                )
            )
        products = self.personal_products(question_ids)
        personal_html = personal_text = ""
        if products:
            personal_html = render_to_string(
                "newsletter/email/personal.html", {"products": products}
            )
            personal_text = render_to_string(
                "newsletter/email/personal.txt", {"products": products}
            )
        html = self.html.replace(PERSONAL, personal_html).replace(
            UNSUBSCRIBE, unsubscribe_url
        )
        text = self.text.replace(PERSONAL, personal_text).replace(
            UNSUBSCRIBE, unsubscribe_url
        )
        message = EmailMultiAlternatives(
            self.subject,
            text,
            to=[subscriber.email],
            connection=connection,
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        message.attach_alternative(html, "text/html")
        return message


def sample_subscriber(user) -> Subscriber:
    """Who an editor's preview or test mail is addressed to (not stored)."""
    return Subscriber(email=user.email or "redactie@example.invalid", name="")


def preview_response(issue, request, text=False) -> HttpResponse:
    """The admin's e-mail preview, with every new product as 'personal'."""
    mail = IssueMail.prepare(issue)
    message = mail.message(
        sample_subscriber(request.user), question_ids=list(mail.products_by_question)
    )
    if text:
        return HttpResponse(message.body, content_type="text/plain; charset=utf-8")
    return HttpResponse(message.alternatives[0][0])
