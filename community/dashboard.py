"""The vraagbaak's panel on the admin dashboard: the open questions, oldest
first, and how many are past the answer date the askers were promised."""

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from community.models import Enquiry
from community.models.enquiries import EnquiryStatus
from core.dashboard import PANEL_ITEMS, Count, Item, Summary, SummaryPanel

OPEN = [EnquiryStatus.NIEUW, EnquiryStatus.IN_BEHANDELING]


class EnquiryPanel(SummaryPanel):
    name = "vraagbaak"
    heading = _("Vraagbaak: open vragen")
    order = 160

    def summary(self, request):
        viewset = Enquiry.snippet_viewset
        # Every open question, oldest first: a few columns of one query (the
        # answer date is counted in working days, in Python).
        open_questions = list(
            Enquiry.objects.filter(status__in=OPEN)
            .order_by("created_at", "pk")
            .only("pk", "question", "status", "created_at")
        )
        today = timezone.localdate()
        late = [enquiry for enquiry in open_questions if enquiry.expected_by < today]
        new = sum(
            1 for enquiry in open_questions if enquiry.status == EnquiryStatus.NIEUW
        )
        listing = reverse(viewset.get_url_name("list"))
        return Summary(
            counts=[
                Count(_("nieuw"), new, f"{listing}?status={EnquiryStatus.NIEUW}"),
                Count(
                    _("in behandeling"),
                    len(open_questions) - new,
                    f"{listing}?status={EnquiryStatus.IN_BEHANDELING}",
                ),
                Count(_("over de antwoordtermijn"), len(late)),
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
                        "late": _(", te laat") if enquiry in late else "",
                    },
                )
                for enquiry in open_questions[:PANEL_ITEMS]
            ],
            more_url=listing,
            more_label=_("De hele vraagbaak"),
            empty=_("Geen open vragen."),
        )
