"""The dashboard panel: the pages readers most often said did not help them
in the last 30 days, and how many of their comments wait."""

from django.db.models import Count, Q
from django.urls import reverse

from core.dashboard import PANEL_ITEMS, Item, Summary, SummaryPanel
from core.dashboard import Count as Figure
from core.period_reports import PERIOD_DAYS, default_period
from feedback.models import Feedback, start_of


class FeedbackPanel(SummaryPanel):
    name = "feedback"
    heading = "Feedback: niet geholpen"
    order = 450

    def summary(self, request) -> Summary:
        # The same days as the reports open with.
        recent = Feedback.objects.filter(created_at__gte=start_of(default_period()[0]))
        # Two queries, whatever the number of answers: the figures, and the
        # pages with the most Nee (their titles joined in).
        figures = recent.aggregate(
            no=Count("pk", filter=Q(helped=False)),
            open=Count("pk", filter=~Q(comment="") & Q(handled_at__isnull=True)),
        )
        worst = (
            recent.filter(helped=False)
            .values("page_id", "page__title")
            .annotate(no=Count("pk"))
            .order_by("-no", "page__title")[:PANEL_ITEMS]
        )
        comments = reverse("feedback_comments")
        return Summary(
            counts=[
                Figure(f"keer ‘niet geholpen’ in {PERIOD_DAYS} dagen", figures["no"]),
                Figure("open opmerkingen", figures["open"], f"{comments}?status=open"),
            ],
            items=[
                Item(
                    row["page__title"],
                    f"{comments}?pagina={row['page_id']}",
                    f"{row['no']} keer niet geholpen",
                )
                for row in worst
            ],
            more_url=reverse("feedback_report"),
            more_label="Alle feedback per pagina",
            empty=f"De afgelopen {PERIOD_DAYS} dagen zei niemand dat een pagina "
            "niet hielp.",
        )
