"""Forms for members' accounts. They are used with Django's CSRF protection
(a login is worth protecting), unlike the anonymous public forms."""

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.core.exceptions import ValidationError

from community.models import MemberProfile
from core.forms import AccessibleFormMixin, checked_formfield
from core.logins import AccountThrottleMixin
from core.mail import may_mail, send_after_commit, site_url
from knowledge.models import QuestionPage


class RegistrationForm(AccessibleFormMixin, forms.Form):
    email = forms.EmailField(
        max_length=254,
        label="Je e-mailadres",
        help_text="Hiermee log je in. We sturen er een link naartoe; daarmee kies "
        "je je wachtwoord.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class ConfirmAccountForm(AccessibleFormMixin, forms.Form):
    """Filled in on the page of the mailed link: only someone who reads that
    mail chooses the account's password."""

    name = forms.CharField(
        label="Je naam",
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    password = forms.CharField(
        label="Kies een wachtwoord",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="Minstens 12 tekens. Een zin van een paar woorden, met spaties, "
        "is prima; plakken uit een wachtwoordbeheerder mag.",
    )

    def __init__(self, email: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("password")
        if password:
            # Not like the name or address, not common, not only digits.
            probe = get_user_model()(
                email=self.email, first_name=cleaned.get("name", "")[:150]
            )
            try:
                password_validation.validate_password(password, probe)
            except ValidationError as error:
                self.add_error("password", error)
        return cleaned


class LoginForm(AccessibleFormMixin, AccountThrottleMixin, AuthenticationForm):
    username = forms.EmailField(
        max_length=254,
        label="E-mailadres",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )
    # One message for every refusal: it tells nobody whether an account exists.
    error_messages = dict.fromkeys(
        ["invalid_login", "inactive"],
        "Dit e-mailadres en wachtwoord horen niet bij elkaar, of het account is "
        "nog niet bevestigd. Let op hoofdletters in je wachtwoord.",
    )


class ResetForm(AccessibleFormMixin, PasswordResetForm):
    email = forms.EmailField(
        max_length=254,
        label="Je e-mailadres",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def send_mail(
        self, subject_template_name, email_template_name, context, *args, **kwargs
    ):
        """Our own templates and mail helper: links to the configured site
        address (never the request's Host), sent after commit, and a failing
        mail server is logged instead of answering this address differently."""
        context = {**context, "base_url": site_url()}
        send_after_commit("community/email/password_reset", context, to=args[1])

    def get_users(self, email):
        # At most a few reset mails a day to one address.
        if not may_mail("account", email):
            return iter(())
        return super().get_users(email)


class ProfileForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = MemberProfile
        fields = [
            "name",
            "organisation",
            "government_layer",
            "role",
            "questions",
            "listed",
        ]
        formfield_callback = checked_formfield
        widgets = {"questions": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["questions"].queryset = (
            QuestionPage.objects.live().public().order_by("path")
        )
        self.fields["government_layer"].empty_label = "Kies een bestuurslaag"
