"""The signup form in every page's footer."""

from functools import cache

from django import template
from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils.safestring import mark_safe

from core.forms import start_token
from newsletter.forms import FooterSignupForm

register = template.Library()

# Stands in for the signed start time in the markup kept per process.
START_PLACEHOLDER = "start-time-placeholder"


@cache
def _footer_markup(script_prefix: str) -> str:
    form = FooterSignupForm(initial={"started": START_PLACEHOLDER})
    return render_to_string("newsletter/footer_signup.html", {"form": form})


@register.simple_tag
def newsletter_signup():
    """The same markup on every page but for the form's signed start time:
    rendered once per process (its widgets' templates took about 1.7 ms on
    every page) and given a fresh start time each time."""
    markup = _footer_markup(get_script_prefix())
    # Our own template; the token holds URL-safe characters only.
    return mark_safe(markup.replace(START_PLACEHOLDER, start_token()))  # noqa: S308
