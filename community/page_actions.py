"""What the members' actions on pages share (joining a group, signing up for
a meetup): POST only, by a logged-in member, and back to the page after."""

from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers


def refuse_unless_member_post(request, page):
    """None when this is a POST by a logged-in visitor; otherwise the answer:
    405 for other methods, the login page (and back) for visitors."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    return None


def back_to(page, fragment=""):
    response = redirect(page.url + fragment)
    add_never_cache_headers(response)
    return response
