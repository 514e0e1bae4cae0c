"""URLs of organisation mode, under /org/. Every view answers 404 unless MODE is organisatie."""

from __future__ import annotations

from django.urls import path

from meldwijzer.web.org import views_acties, views_auth, views_beheer, views_casus

app_name = "org"

urlpatterns = [
    path("", views_casus.start, name="start"),
    path("inloggen/", views_auth.inloggen, name="inloggen"),
    path("tweede-stap/", views_auth.tweede_stap, name="tweede_stap"),
    path("uitloggen/", views_auth.uitloggen, name="uitloggen"),
    path("wachtwoord/", views_auth.wachtwoord, name="wachtwoord"),
    path("casussen/", views_casus.overzicht, name="overzicht"),
    path("casussen/nieuw/", views_casus.nieuw, name="nieuw"),
    path("casussen/<uuid:casus_id>/", views_casus.casus, name="casus"),
    path("casussen/<uuid:casus_id>/stappen/", views_casus.stappen, name="stappen"),
    path("casussen/<uuid:casus_id>/audit/", views_casus.audit, name="audit"),
    path("casussen/<uuid:casus_id>/veilig-thuis/", views_acties.vt_contact, name="vt_contact"),
    path("casussen/<uuid:casus_id>/hulpplan/", views_acties.hulpplan, name="hulpplan"),
    path("casussen/<uuid:casus_id>/herweging/", views_acties.herweging, name="herweging"),
    path("casussen/<uuid:casus_id>/delen/", views_acties.delen, name="delen"),
    path(
        "casussen/<uuid:casus_id>/delen/<int:deling_id>/intrekken/",
        views_acties.deling_intrekken,
        name="deling_intrekken",
    ),
    path("casussen/<uuid:casus_id>/voorstel/", views_acties.voorstel, name="voorstel"),
    path("casussen/<uuid:casus_id>/besluit/", views_acties.besluit, name="besluit"),
    path("casussen/<uuid:casus_id>/advies/", views_acties.advies, name="advies"),
    path("casussen/<uuid:casus_id>/afsluiten/", views_acties.afsluiten, name="afsluiten"),
    path("casussen/<uuid:casus_id>/heropenen/", views_acties.heropenen, name="heropenen"),
    path("casussen/<uuid:casus_id>/wissen/", views_acties.wissen, name="wissen"),
    path("beheer/gebruikers/", views_beheer.gebruikers, name="gebruikers"),
    path("beheer/gebruikers/nieuw/", views_beheer.gebruiker_nieuw, name="gebruiker_nieuw"),
    path("beheer/gebruikers/<int:gebruiker_id>/", views_beheer.gebruiker, name="gebruiker"),
    path(
        "beheer/gebruikers/<int:gebruiker_id>/totp-reset/",
        views_beheer.totp_reset,
        name="totp_reset",
    ),
    path("beheer/instellingen/", views_beheer.instellingen, name="instellingen"),
]
