"""Two-factor login for the Wagtail admin: an authenticator app (TOTP, RFC 6238)
through django-otp. Two pages under /admin/2fa/: set up an app, and enter its
code after the password. TwoFactorMiddleware sends users to them.

django-otp throttles wrong codes per device (growing waits) and refuses a
code that was already used.
"""

import base64
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.forms import submitted

WRONG_CODE = "Deze code klopt niet of is verlopen. Vul de code in die de app nu toont."
THROTTLED = (
    "Er zijn te veel verkeerde codes ingevuld. Wacht een minuut en probeer het "
    "dan opnieuw."
)


class TokenForm(forms.Form):
    token = forms.CharField(
        label="Code uit je authenticator-app",
        help_text="Zes cijfers; spaties mogen.",
        max_length=12,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autofocus": True,
            }
        ),
        error_messages={"required": "Vul de code uit je authenticator-app in."},
    )

    def __init__(self, device: TOTPDevice, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_token(self):
        token = "".join(self.cleaned_data["token"].split())
        allowed, _ = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(THROTTLED)
        # verify_token counts failures (for the throttle) and refuses replays.
        if not token.isdigit() or not self.device.verify_token(token):
            raise forms.ValidationError(WRONG_CODE)
        return token


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def _devices(user):
    """The user's devices, locked for the rest of the transaction: django-otp
    saves its failure count and last used code on the row, and parallel
    guesses must queue behind each other instead of all reading old values."""
    return TOTPDevice.objects.select_for_update().filter(user=user)


@never_cache
@sensitive_post_parameters("token")
@transaction.atomic
def verify(request):
    """Second step of the login: the code from the app that was set up."""
    device = _devices(request.user).filter(confirmed=True).first()
    if device is None:
        return redirect("two_factor_setup")
    if request.user.is_verified():
        return redirect(_next_url(request))
    form = TokenForm(device, submitted(request))
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(_next_url(request))
    return render(
        request, "two_factor/verify.html", {"form": form, "next": _next_url(request)}
    )


def _qr_code(device: TOTPDevice) -> str:
    """The otpauth:// URL as an SVG data URI: no request leaves the site."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgImage)
    return "data:image/svg+xml;base64," + base64.b64encode(image.to_string()).decode()


@never_cache
@sensitive_post_parameters("token")
@transaction.atomic
def setup(request):
    """Link an authenticator app: scan the QR code (or type the key), confirm
    with one code. Replacing an app requires being verified with the old one."""
    user = request.user
    current = _devices(user).filter(confirmed=True).first()
    if current is not None and not user.is_verified():
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse('two_factor_verify')}?{query}")
    device = _devices(user).filter(confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=user, confirmed=False, name="Authenticator-app"
        )
    form = TokenForm(device, submitted(request))
    if request.method == "POST" and form.is_valid():
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        messages.success(request, "Tweestapsverificatie staat aan.")
        return redirect(_next_url(request))
    key = base64.b32encode(device.bin_key).decode()
    return render(
        request,
        "two_factor/setup.html",
        {
            "form": form,
            "next": _next_url(request),
            "current": current,
            "required": settings.TWO_FACTOR_REQUIRED,
            "qr_code": _qr_code(device),
            "key_groups": [key[i : i + 4] for i in range(0, len(key), 4)],
        },
    )
