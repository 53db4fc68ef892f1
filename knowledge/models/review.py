"""What the review cycle keeps besides the pages' own fields."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewReminder(models.Model):
    """A reminder sent about a page for one due date: the daily command sends
    none again until the page is checked and falls due anew."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )
    due_on = models.DateField(_("te herzien op"))
    sent_to = models.EmailField(_("verstuurd aan"))
    sent_at = models.DateTimeField(_("verstuurd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("herinnering om te herzien")
        verbose_name_plural = _("herinneringen om te herzien")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "due_on"], name="one_reminder_per_due_date"
            )
        ]

    def __str__(self):
        return f"{self.page_id} {self.due_on}"
