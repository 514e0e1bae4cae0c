from __future__ import annotations

from django.urls import path

from meldwijzer.web.flow import oefenen, views, views_bestanden, views_informatie

app_name = "flow"

urlpatterns = [
    path("", views.pagina, {"pagina_id": "start"}, name="start"),
    path("scope/", views.pagina, {"pagina_id": "scope"}, name="scope"),
    path("buiten-meldcode/", views.pagina, {"pagina_id": "buiten"}, name="buiten"),
    path("overzicht/", views.pagina, {"pagina_id": "overzicht"}, name="overzicht"),
    path("stap/1/", views.pagina, {"pagina_id": "stap1"}, name="stap1"),
    path("stap/2/", views.pagina, {"pagina_id": "stap2"}, name="stap2"),
    path("stap/3/", views.pagina, {"pagina_id": "stap3"}, name="stap3"),
    path("stap/4/", views.pagina, {"pagina_id": "stap4"}, name="stap4"),
    path("stap/5/", views.pagina, {"pagina_id": "stap5"}, name="stap5"),
    path("samenvatting/", views.pagina, {"pagina_id": "samenvatting"}, name="samenvatting"),
    path("afsluiten/", views.pagina, {"pagina_id": "afsluiten"}, name="afsluiten"),
    path("acuut-gevaar/", views.pagina, {"pagina_id": "nood"}, name="nood"),
    path("veelgestelde-vragen/", views_informatie.informatie, {"pagina_id": "faq"}, name="faq"),
    path(
        "beroepsgeheim/",
        views_informatie.informatie,
        {"pagina_id": "beroepsgeheim"},
        name="beroepsgeheim",
    ),
    path("wissen/", views.wissen, name="wissen"),
    path("mailen/", views.pagina, {"pagina_id": "mail"}, name="mail"),
    path("mailen/versturen/", views_bestanden.mail_versturen, name="mail_versturen"),
    path("verslag/<str:formaat>/", views_bestanden.verslag, name="verslag"),
    path("bewaren/", views_bestanden.bewaren, name="bewaren"),
    path("openen/", views_bestanden.openen, name="openen"),
    path("schrijfcheck/", views_informatie.schrijfcheck, name="schrijfcheck"),
    # Practice on the pack's examples and intervision (issue 17, item 5): nothing is stored.
    path("oefenen/", oefenen.overzicht, name="oefenen"),
    path("oefenen/<int:nummer>/", oefenen.oefening, name="oefening"),
    path("intervisie/", oefenen.intervisie, name="intervisie"),
]
