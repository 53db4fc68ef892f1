"""The newsletter's panel on the admin dashboard: where the next edition
stands, and how the list of subscribers moves."""

import datetime

from django.db.models import Count as Rows
from django.db.models import Q, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from core.dashboard import Count, Item, Summary, SummaryPanel
from newsletter.models import NewsletterIssuePage, Subscriber, UnsubscribeCount

PERIOD = datetime.timedelta(days=30)


def next_issue():
    """The newest edition not sent yet (a draft, published or scheduled, or
    being sent), or None. (A stopped sending counts as finished.)"""
    return (
        NewsletterIssuePage.objects.filter(
            Q(sending__isnull=True) | Q(sending__finished_at__isnull=True)
        )
        .select_related("sending")
        .order_by("-issue_date", "-pk")
        .first()
    )


def issue_state(issue) -> str:
    sending = getattr(issue, "sending", None)
    if sending is None:
        if issue.live:
            return str(_("gepubliceerd, nog niet verstuurd"))
        return str(_("concept"))
    if sending.started_at is None:
        moment = timezone.localtime(sending.scheduled_for)
        return str(
            _("ingepland voor %(moment)s")
            % {"moment": date_format(moment, "j F Y H:i")}
        )
    return str(_("wordt verstuurd"))


class NewsletterPanel(SummaryPanel):
    name = "newsletter"
    heading = _("Data-nieuwsbrief")
    order = 170

    def summary(self, request):
        since = timezone.now() - PERIOD
        subscribers = Subscriber.objects.aggregate(
            active=Rows("pk", filter=Q(status=Subscriber.Status.ACTIVE)),
            new=Rows("pk", filter=Q(confirmed_at__gte=since)),
        )
        left = UnsubscribeCount.objects.filter(
            day__gte=timezone.localdate(since)
        ).aggregate(total=Sum("count"))["total"]
        issue = next_issue()
        items = []
        if issue is not None:
            url = (
                reverse("newsletter_admin_issue", args=[issue.pk])
                if issue.live
                else reverse("wagtailadmin_pages:edit", args=[issue.pk])
            )
            items.append(
                Item(
                    _("Volgende editie: %(title)s") % {"title": issue.title},
                    url,
                    issue_state(issue),
                )
            )
        return Summary(
            counts=[
                Count(_("bevestigde abonnees"), subscribers["active"]),
                Count(_("aanmeldingen (30 dagen)"), subscribers["new"]),
                Count(_("afmeldingen (30 dagen)"), left or 0),
            ],
            items=items,
            more_url=reverse("newsletter_admin"),
            more_label=_("Alle edities en verzendingen"),
            empty=_("Er is nog geen volgende editie."),
        )
