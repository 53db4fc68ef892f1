"""/account/...: members' accounts."""

from django.contrib.auth import views as auth_views
from django.urls import path
from django.views.generic import TemplateView

from community import account_views as views

urlpatterns = [
    path("", views.account, name="account"),
    path("gegevens.json", views.export, name="account-export"),
    path("verwijderen/", views.delete, name="account-delete"),
    path("verwijderd/", views.account_deleted, name="account-deleted"),
    path("registreren/", views.register, name="register"),
    path("registreren/verstuurd/", views.register_sent, name="register-sent"),
    path("bevestigen/<str:token>/", views.activate, name="activate"),
    path("bevestigen/<uidb64>/<token>/", views.old_activation_link),
    path("inloggen/", views.LoginView.as_view(), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("wachtwoord-vergeten/", views.ResetView.as_view(), name="password-reset"),
    path(
        "wachtwoord-vergeten/verstuurd/",
        TemplateView.as_view(
            template_name="community/account/password_reset_sent.html"
        ),
        name="password-reset-sent",
    ),
    path(
        "wachtwoord-vergeten/<uidb64>/<token>/",
        views.ResetConfirmView.as_view(),
        name="password-reset-confirm",
    ),
    path(
        "wachtwoord-vergeten/klaar/",
        TemplateView.as_view(
            template_name="community/account/password_reset_done.html"
        ),
        name="password-reset-done",
    ),
]
