"""The review cycle of the kennisbank: every knowledge product and practice
case has an owner and is checked again after its interval ("Te herzien").

The review fields live on `KnowledgeItemPage`; this module holds what works
on all of its page types at once: the date arithmetic, the query over every
reviewed type (the report, the dashboard panel, the reminders), marking an
item checked, and the reminder digest.
"""

import datetime
import logging
from collections import defaultdict
from functools import cache

from django.db.models import DateField, Exists, F, OuterRef, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import log
from wagtail.models import Page

from core.mail import send_after_commit, site_url
from core.page_cache import purge
from knowledge.models.base import KnowledgeItemPage, add_months
from knowledge.models.review import ReviewReminder

logger = logging.getLogger(__name__)

# The report and the panel also show what falls due this soon.
DUE_SOON = datetime.timedelta(days=30)
# The log entry of marking an item checked (registered in wagtail_hooks).
REVIEWED_ACTION = "ibds.gecontroleerd"


@cache
def reviewed_models() -> tuple[type, ...]:
    """The page types with a review cycle (every concrete KnowledgeItemPage),
    worked out once per process: the page buttons ask for every row."""
    return tuple(
        model
        for model in _concrete_subclasses(KnowledgeItemPage)
        if not model._meta.abstract
    )


def _concrete_subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _concrete_subclasses(sub)


def _link(model) -> str:
    """The lookup from Page to the subclass's row: "knowledgeproductpage"."""
    return model._meta.model_name


def reviewed_pages():
    """Every page with a review cycle, as plain Pages annotated with its
    review fields (one query whatever the number of types): `review_due`,
    `last_reviewed`, `editor_id`, `contact`, `contact_email`."""
    models = reviewed_models()

    def either(name, output_field=None):
        return Coalesce(
            *(F(f"{_link(model)}__{name}") for model in models),
            output_field=output_field,
        )

    reviewed = Q()
    for model in models:
        reviewed |= Q(**{f"{_link(model)}__isnull": False})
    return (
        Page.objects.filter(reviewed)
        .annotate(
            review_due=either("review_due", DateField()),
            reviewed_on=either("last_reviewed", DateField()),
            editor_id=either("review_editor"),
            contact=either("content_owner"),
            contact_email=either("owner_email"),
        )
        .select_related("content_type")
    )


def due_pages(today=None, *, soon: bool = False):
    """Live pages due for review (today or earlier), oldest first; with
    `soon` also those due within DUE_SOON."""
    today = today or timezone.localdate()
    until = today + DUE_SOON if soon else today
    return (
        reviewed_pages()
        .filter(live=True, review_due__lte=until)
        .order_by("review_due", "title", "pk")
    )


def due_state(due: datetime.date, today=None) -> str:
    """ "3 maanden te laat", "1 dag te laat", "vandaag", "over 12 dagen"."""
    today = today or timezone.localdate()
    days = (today - due).days
    if days == 0:
        return str(_("vandaag"))
    if days < 0:
        return ngettext("over %(n)d dag", "over %(n)d dagen", -days) % {"n": -days}
    if days < 45:
        return ngettext("%(n)d dag te laat", "%(n)d dagen te laat", days) % {"n": days}
    # From 45 days on, in months: at least two.
    months = max(2, round(days / 30.4))
    return _("%(n)d maanden te laat") % {"n": months}


def mark_reviewed(page, user, today=None) -> datetime.date:
    """Renew the "laatst gecontroleerd" date of the live page (and of the
    latest draft: see KnowledgeItemPage.with_content_json) and log it. The
    page's content and revisions are left as they are."""
    today = today or timezone.localdate()
    page = page.specific
    due = add_months(today, page.review_interval)
    type(page).objects.filter(pk=page.pk).update(last_reviewed=today, review_due=due)
    page.last_reviewed, page.review_due = today, due
    draft = page.latest_revision
    if page.has_unpublished_changes and draft is not None:
        # The draft (in a workflow, perhaps) is the page as it will be: it
        # keeps the date when it is published.
        draft.content["last_reviewed"] = today.isoformat()
        draft.save(update_fields=["content"])
    log(instance=page, action=REVIEWED_ACTION, user=user, data={"date": str(today)})
    # The public page's "Mogelijk verouderd" notice goes.
    purge("review marked")
    return due


def admin_edit_url(page_id: int) -> str:
    return site_url(reverse("wagtailadmin_pages:edit", args=[page_id]))


def send_review_reminders(today=None) -> dict:
    """One digest mail per owner address of the live items due for review
    that were not yet reminded of in their current interval. Returns counts:
    mails sent, items in them, items whose owner has no address."""
    today = today or timezone.localdate()
    # Reminded of already in this interval: a reminder for the page's
    # current due date (marking it checked gives a new one).
    reminded = ReviewReminder.objects.filter(
        page_id=OuterRef("pk"), due_on=OuterRef("review_due")
    )
    due = list(due_pages(today).exclude(Exists(reminded)))
    owners = _owner_addresses({page.editor_id for page in due if page.editor_id})
    per_address = defaultdict(list)
    without_address = 0
    for page in due:
        address = owners.get(page.editor_id) or page.contact_email
        if address:
            per_address[address.lower()].append(page)
        else:
            without_address += 1
    for address, pages in per_address.items():
        send_after_commit(
            "knowledge/email/review_reminder",
            {
                "items": [
                    {
                        "title": page.title,
                        "type": page.content_type.name,
                        "due": page.review_due,
                        "state": due_state(page.review_due, today),
                        "edit_url": admin_edit_url(page.pk),
                    }
                    for page in pages
                ],
                "report_url": site_url(reverse("review_report")),
            },
            to=address,
        )
    ReviewReminder.objects.bulk_create(
        [
            ReviewReminder(page_id=page.pk, due_on=page.review_due, sent_to=address)
            for address, pages in per_address.items()
            for page in pages
        ]
    )
    return {
        "mails": len(per_address),
        "items": sum(len(pages) for pages in per_address.values()),
        "without_address": without_address,
    }


def _owner_addresses(user_ids) -> dict:
    from django.contrib.auth import get_user_model

    return dict(
        get_user_model()
        .objects.filter(pk__in=user_ids, is_active=True)
        .exclude(email="")
        .values_list("pk", "email")
    )
