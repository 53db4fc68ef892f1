"""Members: a Django user (logging in by e-mail address) with a profile."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel


class MemberProfile(ClusterableModel):
    """What a member tells about themselves. Shown to other members only
    where they opted in (`listed`)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="member_profile",
    )
    name = models.CharField(_("naam"), max_length=120)
    organisation = models.CharField(_("organisatie"), max_length=160, blank=True)
    government_layer = models.ForeignKey(
        "knowledge.GovernmentLayer",
        verbose_name=_("bestuurslaag"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    role = models.CharField(_("functie of rol"), max_length=120, blank=True)
    questions = ParentalManyToManyField(
        "knowledge.QuestionPage",
        verbose_name=_("vragen die je interesseren"),
        related_name="+",
        blank=True,
    )
    listed = models.BooleanField(
        _("toon mij in ledenlijsten"),
        default=False,
        help_text=_(
            "Andere leden van jouw groepen zien dan je naam, organisatie en rol."
        ),
    )
    created_at = models.DateTimeField(_("lid sinds"), default=timezone.now)

    class Meta:
        verbose_name = _("ledenprofiel")
        verbose_name_plural = _("ledenprofielen")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # The account carries the same name (shown with shared cases).
        user = self.user
        if (user.first_name, user.last_name) != (self.name[:150], ""):
            user.first_name, user.last_name = self.name[:150], ""
            user.save(update_fields=["first_name", "last_name"])
