"""The vraagbaak's panel on the admin dashboard: the open questions, oldest
first, and how many are past the answer date the askers were promised."""

import datetime

from django.db.models import Count as Rows
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from community.models import Enquiry
from community.models.enquiries import EnquiryStatus, last_late_day
from core.dashboard import PANEL_ITEMS, Count, Item, Summary, SummaryPanel

OPEN = [EnquiryStatus.NIEUW, EnquiryStatus.IN_BEHANDELING]


class EnquiryPanel(SummaryPanel):
    name = "vraagbaak"
    heading = _("Vraagbaak: open vragen")
    order = 160

    def summary(self, request):
        viewset = Enquiry.snippet_viewset
        today = timezone.localdate()
        late_until = timezone.make_aware(
            datetime.datetime.combine(
                last_late_day(today) + datetime.timedelta(days=1), datetime.time.min
            )
        )
        open_questions = Enquiry.objects.filter(status__in=OPEN)
        figures = open_questions.aggregate(
            new=Rows("pk", filter=Q(status=EnquiryStatus.NIEUW)),
            in_progress=Rows("pk", filter=Q(status=EnquiryStatus.IN_BEHANDELING)),
            late=Rows("pk", filter=Q(created_at__lt=late_until)),
        )
        oldest = open_questions.order_by("created_at", "pk").only(
            # status too: the model reads it when it is loaded
            "pk",
            "question",
            "status",
            "created_at",
        )[:PANEL_ITEMS]
        listing = reverse(viewset.get_url_name("list"))
        return Summary(
            counts=[
                Count(
                    _("nieuw"),
                    figures["new"],
                    f"{listing}?status={EnquiryStatus.NIEUW}",
                ),
                Count(
                    _("in behandeling"),
                    figures["in_progress"],
                    f"{listing}?status={EnquiryStatus.IN_BEHANDELING}",
                ),
                Count(_("over de antwoordtermijn"), figures["late"]),
            ],
            items=[
                Item(
                    Truncator(enquiry.question).chars(70),
                    reverse(viewset.get_url_name("edit"), args=[enquiry.pk]),
                    _("%(reference)s, gesteld op %(day)s%(late)s")
                    % {
                        "reference": enquiry.reference,
                        "day": date_format(
                            timezone.localdate(enquiry.created_at), "j F"
                        ),
                        "late": _(", te laat")
                        if enquiry.created_at < late_until
                        else "",
                    },
                )
                for enquiry in oldest
            ],
            more_url=listing,
            more_label=_("De hele vraagbaak"),
            empty=_("Geen open vragen."),
        )
