from django.urls import path, register_converter

from feedback import views


class SignedToken:
    """What django.core.signing makes (URL-safe base64 and colons); anything
    else is no link of ours and gets a 404 before any work."""

    regex = "[A-Za-z0-9_:-]{1,200}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(SignedToken, "feedback_token")

urlpatterns = [
    path("", views.vote, name="feedback"),
    path("opmerking/<feedback_token:token>/", views.comment, name="feedback-comment"),
]
