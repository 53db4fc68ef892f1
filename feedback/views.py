"""The public side: the Ja/Nee buttons post here, and after a Nee the reader
may say what they missed.

Like every public form: no CSRF cookie, a POST from another origin refused
(core.forms.public_form_view), a honeypot, and a rate limit per address.
Nothing about the reader is stored; the answers' pages set no cookie.
"""

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core.forms import public_form_view, submitted
from core.privacy import (
    EMAIL_REPLACEMENT,
    PHONE_REPLACEMENT,
    strip_personal_data,
)
from core.ratelimit import allow
from feedback.forms import CommentForm, VoteForm
from feedback.models import Feedback
from feedback.tokens import answer_id, comment_token

# Per address and hour, answers and comments each. Above the 20 one might
# pick: a municipality or ministry reaches the internet through a few
# addresses that all its staff share.
VOTES_PER_HOUR = 30
COMMENTS_PER_HOUR = 30
# What the stored comment holds where something was removed.
REPLACEMENTS = (EMAIL_REPLACEMENT, PHONE_REPLACEMENT)


def _private(response):
    """For the comment page, reached by a link with its token: out of search
    engines. Its address stays out of other sites' Referer headers by the
    site's own policy (same-origin); not `no-referrer` as on other private
    links (core.security.private_link_page), since then the browser sends
    `Origin: null` with the form, which the same-origin check refuses."""
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _too_many(request):
    return render(request, "feedback/too_many.html", status=429)


@never_cache
@public_form_view
def vote(request):
    if request.method != "POST":
        # Someone who typed or bookmarked the address: say what it is for.
        return render(request, "feedback/refused.html", status=405)
    form = VoteForm(request.POST)
    if not allow(request, "feedback-vote", VOTES_PER_HOUR, 3600):
        return _too_many(request)
    if not form.is_valid():
        return render(request, "feedback/refused.html", {"form": form}, status=400)
    page = form.cleaned_data["page"]
    if form.looks_like_spam():
        # Looks accepted; nothing stored.
        return render(request, "feedback/thanks.html", {"page": page})
    answer = Feedback.objects.create(page=page, helped=form.cleaned_data["helped"])
    if answer.helped:
        return render(request, "feedback/thanks.html", {"page": page})
    return HttpResponseRedirect(
        reverse("feedback-comment", args=[comment_token(answer)])
    )


@never_cache
@public_form_view
@require_http_methods(["GET", "POST"])
def comment(request, token):
    """What the reader missed, after a Nee: a page of its own, reached by the
    link the Nee redirected to. Sent, it shows what was kept."""
    pk = answer_id(token)
    answer = (
        Feedback.objects.select_related("page").filter(pk=pk, helped=False).first()
        if pk is not None
        else None
    )
    if answer is None:
        response = render(request, "feedback/link_broken.html", status=400)
        return _private(response)
    page = answer.page
    form = CommentForm(submitted(request))
    status = 200
    if request.method == "POST" and not answer.comment:
        if not allow(request, "feedback-comment", COMMENTS_PER_HOUR, 3600):
            return _private(_too_many(request))
        if form.is_valid():
            if form.looks_like_spam():
                return _private(render(request, "feedback/thanks.html", {"page": page}))
            text = form.cleaned_data["comment"]
            # Once: a second press or a parallel request changes nothing.
            # (update() skips the model's save(), which strips them too.)
            Feedback.objects.filter(pk=answer.pk, comment="").update(
                comment=strip_personal_data(text)
            )
            # To this link again: a reload then sends nothing twice.
            return HttpResponseRedirect(request.path)
        status = 400
    response = render(
        request,
        "feedback/comment.html",
        {
            "page": page,
            "form": form,
            "answer": answer,
            "removed": any(mark in answer.comment for mark in REPLACEMENTS),
        },
        status=status,
    )
    return _private(response)
