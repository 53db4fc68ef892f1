"""The community: /community/, its groups (kopgroepen, expertgroepen) and
who belongs to them.

Joining, leaving and deciding on requests are POSTs to sub-URLs of the group
page (`lid-worden/`, `verlaten/`, `verzoeken/<id>/`), handled in
community.group_views. A group's member list is shown to its members only,
and lists only those who opted in (`MemberProfile.listed`).
"""

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.pages import SectionIndexMixin, SitePage
from core.search import SearchKind, StemmedSearchMixin, with_stemming


class GroupKind(models.TextChoices):
    KOPGROEP = "kopgroep", _("Kopgroep")
    EXPERTGROEP = "expertgroep", _("Expertgroep")
    WERKGROEP = "werkgroep", _("Werkgroep")
    NETWERK = "netwerk", _("Netwerk")


class JoinPolicy(models.TextChoices):
    OPEN = "open", _("Open: iedereen met een account wordt meteen lid")
    ON_REQUEST = "aanvraag", _("Op aanvraag: een moderator van de groep beslist")


class CommunityIndexPage(SectionIndexMixin, SitePage):
    """/community/: the groups, the coming meetups and ways to contribute."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = ["community.CommunityGroupPage", "community.EventIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("community")

    def get_context(self, request, *args, **kwargs):
        from community.models.events import EventIndexPage

        context = super().get_context(request, *args, **kwargs)
        context["groups"] = list(
            CommunityGroupPage.objects.child_of(self)
            .live()
            .public()
            .annotate(
                member_count=models.Count(
                    "memberships",
                    filter=models.Q(memberships__status=Membership.Status.ACTIVE),
                )
            )
            .order_by("path")
        )
        context["event_index"] = (
            EventIndexPage.objects.child_of(self).live().public().first()
        )
        return context


class CommunityGroupPage(StemmedSearchMixin, RoutablePageMixin, SitePage):
    """A kopgroep, expertgroep or other group of the community."""

    search_kind = SearchKind(
        "groep",
        _("Groepen"),
        70,
        words=("groep", "groepen", "community", "kopgroep", "expertgroep"),
    )
    search_result_fields = ("summary", "kind")

    kind = models.CharField(
        _("soort groep"),
        max_length=20,
        choices=GroupKind.choices,
        default=GroupKind.KOPGROEP,
    )
    summary = models.TextField(
        _("samenvatting"),
        max_length=300,
        help_text=_("Eén of twee zinnen: waar werkt deze groep aan?"),
    )
    description = RichTextField(
        _("beschrijving"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Wat de groep doet, voor wie ze is en hoe vaak ze samenkomt."),
    )
    join_policy = models.CharField(
        _("lid worden"),
        max_length=10,
        choices=JoinPolicy.choices,
        default=JoinPolicy.OPEN,
    )
    questions = ParentalManyToManyField(
        "knowledge.QuestionPage",
        verbose_name=_("vragen"),
        related_name="+",
        blank=True,
        help_text=_("Aan welke vragen werkt deze groep?"),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("join_policy"),
        FieldPanel("questions", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = with_stemming(
        [
            *Page.search_fields,
            index.SearchField("summary", boost=2),
            index.SearchField("description"),
        ]
    )
    parent_page_types = ["community.CommunityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("groep")
        verbose_name_plural = _("groepen")

    @property
    def is_open(self) -> bool:
        return self.join_policy == JoinPolicy.OPEN

    @property
    def card_label(self) -> str:
        return self.get_kind_display()

    @property
    def search_label(self) -> str:
        """Its kind (kopgroep, expertgroep) above its title in search results."""
        return self.card_label

    def membership_of(self, user):
        if not user.is_authenticated:
            return None
        return self.memberships.filter(user=user).first()

    def can_moderate(self, user, membership=None) -> bool:
        """The group's own moderators decide on requests here. Editors decide
        in the admin (Community > Groepsleden), behind its two-factor login:
        the public site grants no power through admin permissions."""
        return (
            user.is_authenticated
            and membership is not None
            and membership.is_active
            and membership.is_moderator
        )

    def serve(self, request, *args, **kwargs):
        return private_when_logged_in(request, super().serve(request, *args, **kwargs))

    def get_context(self, request, *args, **kwargs):
        from community.group_views import group_context

        context = super().get_context(request, *args, **kwargs)
        context.update(group_context(self, request))
        return context

    # The actions (joining and deciding are POSTs; leaving asks first with a
    # GET, then POSTs; see community.group_views).
    @path("lid-worden/", name="join")
    def join_view(self, request):
        from community.group_views import join

        return join(request, self)

    @path("verlaten/", name="leave")
    def leave_view(self, request):
        from community.group_views import leave

        return leave(request, self)

    @re_path(r"^verzoeken/(\d+)/$", name="decide")
    def decide_view(self, request, membership_id):
        from community.group_views import decide

        return decide(request, self, int(membership_id))


class Membership(models.Model):
    """A member's place in a group: requested, or a member (perhaps one of
    the group's moderators)."""

    class Status(models.TextChoices):
        REQUESTED = "aangevraagd", _("Aangevraagd")
        ACTIVE = "lid", _("Lid")

    group = models.ForeignKey(
        CommunityGroupPage,
        verbose_name=_("groep"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lid"),
        on_delete=models.CASCADE,
        related_name="group_memberships",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE
    )
    is_moderator = models.BooleanField(
        _("moderator van de groep"),
        default=False,
        help_text=_("Beslist over verzoeken om lid te worden."),
    )
    motivation = models.TextField(
        _("toelichting bij het verzoek"), max_length=1000, blank=True
    )
    created_at = models.DateTimeField(_("aangevraagd op"), default=timezone.now)
    joined_at = models.DateTimeField(_("lid sinds"), null=True, blank=True)

    panels = [
        FieldPanel("group"),
        FieldPanel("user"),
        FieldPanel("status"),
        FieldPanel("is_moderator"),
        FieldPanel("motivation", read_only=True),
    ]

    class Meta:
        ordering = ["group__path", "created_at"]
        verbose_name = _("groepslidmaatschap")
        verbose_name_plural = _("groepslidmaatschappen")
        constraints = [
            models.UniqueConstraint(
                fields=["group", "user"], name="one_membership_per_group"
            )
        ]

    def __str__(self):
        return f"{member_name(self.user)} in {self.group.title}"

    def save(self, *args, **kwargs):
        if self.is_active and self.joined_at is None:
            self.joined_at = timezone.now()
        super().save(*args, **kwargs)

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # What the row said when read: an editor who admits a request in the
        # admin changes it from "aangevraagd" (see community.wagtail_hooks).
        instance.status_when_loaded = instance.__dict__.get("status")
        return instance

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE


def private_when_logged_in(request, response):
    """Pages that show a logged-in member their own view (the member list,
    the online link) are kept out of every cache."""
    if request.user.is_authenticated:
        add_never_cache_headers(response)
    return response


def member_name(user) -> str:
    """A member's name as other members see it."""
    profile = getattr(user, "member_profile", None)
    if profile is not None and profile.name:
        return profile.name
    return user.get_full_name() or user.get_username()
