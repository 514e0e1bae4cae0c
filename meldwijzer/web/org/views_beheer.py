"""Beheerder pages: users and the organisation's settings. No casus content here."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from meldwijzer.engine.fouten import MeldwijzerFout
from meldwijzer.web.org import forms as f
from meldwijzer.web.org import selectors as sel
from meldwijzer.web.org.models import Profiel, Rol
from meldwijzer.web.org.services import beheer
from meldwijzer.web.org.toegang import OrgVerzoek, org_pagina

BEHEER = (Rol.BEHEERDER,)


@require_GET
@org_pagina(rollen=BEHEER)
def gebruikers(request: OrgVerzoek) -> HttpResponse:
    profielen = Profiel.objects.select_related("gebruiker").order_by("gebruiker__username")
    return render(
        request, "org/gebruikers.html", {"profielen": profielen, "form": f.GebruikerForm()}
    )


@require_POST
@org_pagina(rollen=BEHEER)
def gebruiker_nieuw(request: OrgVerzoek) -> HttpResponse:
    form = f.GebruikerForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            beheer.gebruiker_aanmaken(
                door=request.user,
                username=d["username"],
                wachtwoord=d["wachtwoord"],
                rol=d["rol"],
                alleen_stap_1=d["alleen_stap_1"],
                functie=d["functie"],
                request=request,
            )
        except ValidationError as exc:
            form.add_error("wachtwoord", exc)
        except MeldwijzerFout as exc:
            form.add_error(None, exc.voor_gebruiker)
        else:
            messages.success(
                request,
                "Gebruiker aangemaakt. Bij de eerste keer inloggen kiest zij een eigen "
                "wachtwoord en koppelt zij een authenticator-app.",
            )
            return redirect("org:gebruikers")
    profielen = Profiel.objects.select_related("gebruiker").order_by("gebruiker__username")
    return render(
        request, "org/gebruikers.html", {"profielen": profielen, "form": form}, status=400
    )


def _gebruiker(gebruiker_id: int) -> User:
    user = get_user_model().objects.filter(pk=gebruiker_id).first()
    if user is None:
        raise Http404
    return user


@require_http_methods(["GET", "POST"])
@org_pagina(rollen=BEHEER)
def gebruiker(request: OrgVerzoek, gebruiker_id: int) -> HttpResponse:
    user = _gebruiker(gebruiker_id)
    profiel = Profiel.objects.filter(gebruiker=user).first()
    initial = {
        "rol": profiel.rol if profiel else Rol.MEDEWERKER,
        "alleen_stap_1": bool(profiel and profiel.alleen_stap_1),
        "functie": profiel.functie if profiel else "",
        "actief": user.is_active,
    }
    form = f.GebruikerWijzigForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            beheer.gebruiker_wijzigen(
                door=request.user,
                gebruiker=user,
                request=request,
                **form.cleaned_data,
            )
        except MeldwijzerFout as exc:
            form.add_error(None, exc.voor_gebruiker)
        else:
            messages.success(request, "Gebruiker bijgewerkt.")
            return redirect("org:gebruikers")
    return render(
        request,
        "org/gebruiker.html",
        {"doel": user, "form": form},
        status=400 if form.errors else 200,
    )


@require_POST
@org_pagina(rollen=BEHEER)
def totp_reset(request: OrgVerzoek, gebruiker_id: int) -> HttpResponse:
    gebruiker = _gebruiker(gebruiker_id)
    code = beheer.totp_resetten(door=request.user, gebruiker=gebruiker, request=request)
    # Shown once, on this page (not kept in a notice in the session); only its hash is stored.
    return render(request, "org/koppelcode.html", {"gebruiker": gebruiker, "code": code})


@require_http_methods(["GET", "POST"])
@org_pagina(rollen=BEHEER)
def instellingen(request: OrgVerzoek) -> HttpResponse:
    inst = sel.instellingen()
    stappen = inst.stappen_per_rol
    initial = {
        "stappen_medewerker": [str(s) for s in stappen.get(Rol.MEDEWERKER, [])],
        "stappen_aandachtsfunctionaris": [
            str(s) for s in stappen.get(Rol.AANDACHTSFUNCTIONARIS, [])
        ],
        "stappen_beslisser": [str(s) for s in stappen.get(Rol.BESLISSER, [])],
        "beslisser_tekent_af": inst.beslisser_tekent_af,
        "bewaartermijn_dagen": inst.bewaartermijn(),
        "inactief_na_dagen": inst.inactief_na_dagen,
        "sessie_minuten": inst.sessie_minuten,
    }
    form = f.InstellingenForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            beheer.instellingen_opslaan(
                door=request.user,
                request=request,
                stappen_per_rol={
                    Rol.MEDEWERKER.value: [int(s) for s in d["stappen_medewerker"]],
                    Rol.AANDACHTSFUNCTIONARIS.value: [
                        int(s) for s in d["stappen_aandachtsfunctionaris"]
                    ],
                    Rol.BESLISSER.value: [int(s) for s in d["stappen_beslisser"]],
                },
                beslisser_tekent_af=d["beslisser_tekent_af"],
                bewaartermijn_dagen=d["bewaartermijn_dagen"],
                inactief_na_dagen=d["inactief_na_dagen"],
                sessie_minuten=d["sessie_minuten"],
            )
        except MeldwijzerFout as exc:
            form.add_error(None, exc.voor_gebruiker)
        else:
            messages.success(request, "Instellingen opgeslagen.")
            return redirect("org:instellingen")
    return render(
        request, "org/instellingen.html", {"form": form}, status=400 if form.errors else 200
    )
