"""URLs of the organisation's meldcode, under /org/meldcode/ (404 unless organisation mode)."""

from __future__ import annotations

from django.urls import path

from meldwijzer.web.meldcode import views

app_name = "meldcode"

urlpatterns = [
    path("", views.bekijken, name="bekijken"),
    path("profiel/", views.profiel, name="profiel"),
    path("vaststellen/", views.vaststellen, name="vaststellen"),
    path("meldcode.<str:formaat>", views.bestand, name="bestand"),
    path("profiel.yaml", views.profielbestand, name="profielbestand"),
    path("verantwoording/", views.verantwoording, name="verantwoording"),
    path(
        "verantwoording/bestand.<str:formaat>",
        views.verantwoording_bestand,
        name="verantwoording_bestand",
    ),
    path("verantwoording/training/", views.training, name="training"),
    path(
        "verantwoording/training/<int:training_id>/verwijderen/",
        views.training_weg,
        name="training_weg",
    ),
    path("verantwoording/evaluatie/", views.evaluatie, name="evaluatie"),
    path("verantwoording/jaar/<int:jaar>/", views.jaar, name="jaar"),
]
