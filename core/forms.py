"""What every public form shares: protection against bots and other sites,
without cookies.

Public forms are used anonymously, so there is no login for a cross-site
request to ride on; instead of Django's CSRF token (which needs a cookie on
every page that has a form) they accept a POST only from our own origin, as
the browser's Origin, Sec-Fetch-Site or Referer header tells. Against bots
they have a honeypot field and a signed start time: a form sent back within
a few seconds, or with the honeypot filled, is accepted in appearance and
then dropped.

Every form of ours, public or not, picks rows with the choice fields below,
which refuse a value that cannot be a key before it reaches a query.
"""

import time
from functools import wraps
from urllib.parse import urlparse

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import connections, models
from django.http import HttpResponseForbidden
from django.template.loader import render_to_string
from django.views.decorators.csrf import csrf_exempt

MIN_SECONDS = 3  # nobody fills in a form faster
MAX_AGE = 24 * 3600  # a form left open longer gets a fresh start
SALT = "core.forms.started"


def is_same_origin(request) -> bool:
    if request.headers.get("Sec-Fetch-Site") in {"cross-site", "same-site"}:
        return False
    origin = request.headers.get("Origin")
    if origin == "null":  # sandboxed frames, data: URLs, odd redirects
        return False
    source = origin or request.headers.get("Referer")
    if not source:
        return True  # old browsers and privacy tools send neither
    sent = urlparse(source)
    return (sent.scheme.lower(), sent.netloc.lower()) == (
        request.scheme,
        request.get_host().lower(),
    )


def submitted(request):
    """The data for a form: the POST, even an empty one (which must bind the
    form and show what is missing), or None for a GET (an unbound form)."""
    return request.POST if request.method == "POST" else None


def known_about(user) -> dict:
    """What the forms of a logged-in member start with: their address and
    what their profile says (name, organisation, bestuurslaag, questions of
    interest). The profile is read as the user's `member_profile`, which the
    community app gives them: the core names no feature. A form takes the
    values it has fields for. Read per request; such pages are never kept."""
    if not user.is_authenticated:
        return {}
    initial = {"email": user.email, "name": user.get_full_name()}
    profile = getattr(user, "member_profile", None)
    if profile is not None:
        initial.update(
            name=profile.name,
            organisation=profile.organisation,
            government_layer=profile.government_layer_id,
            questions=[question.pk for question in profile.questions.all()],
        )
    return initial


def public_form_view(view):
    """For views of public, anonymous forms: no CSRF cookie; a POST from
    another origin is refused (403)."""

    @csrf_exempt
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "POST" and not is_same_origin(request):
            html = render_to_string("403_origin.html", request=request)
            return HttpResponseForbidden(html)
        return view(request, *args, **kwargs)

    return wrapped


class AccessibleFormMixin:
    """Points each input with an error at that error (and its help text) via
    aria-describedby, as components/form_field.html renders them. Groups of
    choices get it on their fieldset in the template instead."""

    def _post_clean(self):
        super()._post_clean()
        for name in self.errors:
            if name not in self.fields or self[name].use_fieldset:
                continue
            field = self[name]
            ids = [f"{field.auto_id}_error"]
            if field.help_text:
                ids.append(f"{field.auto_id}_helptext")
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(ids)


def _shown(value) -> str:
    """A refused value as an error message may repeat it: briefly."""
    text = str(value)
    return text if len(text) <= 20 else f"{text[:20]}…"


class KeyCheckMixin:
    """For fields whose choices are rows: a value that cannot be a key of
    the field's model (not a number, or a number beyond what the database's
    column holds) is an invalid choice, refused before any query runs.

    Django's own fields pass such a value to the query: SQLite cannot bind
    an integer of more than 64 bits (OverflowError, a 500), and PostgreSQL
    compares the key column as `numeric` then, without its index. The
    field's normal "invalid choice" message, in Dutch, is shown instead.
    Forms of ours use these fields (ModelForms through `checked_formfield`);
    tests/test_choice_keys.py checks that every one does.
    """

    def key_field(self) -> models.Field:
        model = self.queryset.model
        field = (
            model._meta.get_field(self.to_field_name)
            if self.to_field_name
            else model._meta.pk
        )
        while field.is_relation:  # a page's key is its page_ptr
            field = field.target_field
        return field

    def check_key(self, value) -> None:
        field = self.key_field()
        try:
            key = field.to_python(value)
        except ValidationError:
            key = None
        if key is not None and isinstance(field, models.IntegerField):
            connection = connections[self.queryset.db]
            low, high = connection.ops.integer_field_range(field.get_internal_type())
            if (low is not None and key < low) or (high is not None and key > high):
                key = None
        if key is None:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": _shown(value)},
            )


class ModelChoiceField(KeyCheckMixin, forms.ModelChoiceField):
    """Django's ModelChoiceField, refusing impossible keys first."""

    def to_python(self, value):
        if value not in self.empty_values and not isinstance(
            value, self.queryset.model
        ):
            self.check_key(value)
        return super().to_python(value)


class ModelMultipleChoiceField(KeyCheckMixin, forms.ModelMultipleChoiceField):
    """Django's ModelMultipleChoiceField, refusing impossible keys first."""

    def clean(self, value):
        if isinstance(value, list | tuple):
            for item in value:
                if not isinstance(item, self.queryset.model):
                    self.check_key(item)
        return super().clean(value)


def checked_formfield(db_field, **kwargs):
    """`formfield_callback` for ModelForms: relations become the fields
    above."""
    if isinstance(db_field, models.ManyToManyField):
        kwargs.setdefault("form_class", ModelMultipleChoiceField)
    elif isinstance(db_field, models.ForeignKey):
        kwargs.setdefault("form_class", ModelChoiceField)
    return db_field.formfield(**kwargs)


def start_token() -> str:
    """The signed time at which a form is shown (URL-safe characters only)."""
    return signing.dumps(time.time(), salt=SALT)


class ProtectedForm(AccessibleFormMixin, forms.Form):
    """A form with a honeypot and a signed start time. Check
    `looks_like_spam()` after `is_valid()`."""

    website = forms.CharField(
        label="Laat dit veld leeg",
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    expired_message = (
        "Dit formulier stond lang open. Controleer je gegevens en verstuur het opnieuw."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["started"].initial = start_token()

    def started_at(self):
        """When the form was first shown (signed by us): a float, "expired"
        (over a day ago) or None (missing or forged)."""
        try:
            value = signing.loads(self.data.get("started", ""), salt=SALT)
        except signing.BadSignature:
            return None
        if not isinstance(value, float):
            return None
        return "expired" if time.time() - value > MAX_AGE else value

    def clean(self):
        cleaned = super().clean()
        if self.started_at() == "expired":
            # Shown again with a fresh start time, so that sending it again works.
            self.data = self.data.copy()
            self.data["started"] = self.fields["started"].initial
            raise forms.ValidationError(self.expired_message, code="expired")
        return cleaned

    def looks_like_spam(self) -> bool:
        if self.cleaned_data.get("website"):
            return True
        started = self.started_at()
        return not isinstance(started, float) or time.time() - started < MIN_SECONDS
