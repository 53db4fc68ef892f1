"""/nieuwsbrief/...: the subscription's own addresses (the archive and the
issues themselves are Wagtail pages; their slugs avoid these names)."""

from django.urls import path

from newsletter import views

urlpatterns = [
    path("aanmelden/", views.subscribe, name="newsletter-subscribe"),
    path("aanmelden/verstuurd/", views.check_mail, name="newsletter-check-mail"),
    path("bevestigen/<str:token>/", views.confirm, name="newsletter-confirm"),
    path("beheren/", views.manage_request, name="newsletter-manage-request"),
    path("beheren/<str:token>/", views.manage, name="newsletter-manage"),
    path("afmelden/<str:token>/", views.unsubscribe, name="newsletter-unsubscribe"),
]
