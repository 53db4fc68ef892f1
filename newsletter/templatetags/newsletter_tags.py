"""The signup form in every page's footer."""

from django import template

from newsletter.forms import FooterSignupForm

register = template.Library()


@register.inclusion_tag("newsletter/footer_signup.html")
def newsletter_signup():
    return {"form": FooterSignupForm()}
