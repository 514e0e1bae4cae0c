"""Pages of the organisation's meldcode, under /org/meldcode/. Thin views: forms, services,
selectors. Every page sits behind organisation mode's gate (`org_pagina`): 404 outside
organisation mode, login and second factor, then the role."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.forms import BaseForm
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from meldwijzer.meldcode import FORMATEN, bouw_meldcode, maak
from meldwijzer.meldcode.profiel import profiel_yaml
from meldwijzer.verslag import render_docx, render_html_fragment, render_pdf
from meldwijzer.web.meldcode import forms as f
from meldwijzer.web.meldcode import selectors as sel
from meldwijzer.web.meldcode import services as svc
from meldwijzer.web.meldcode.grafiek import staven
from meldwijzer.web.meldcode.models import ProfielVersie, Training
from meldwijzer.web.meldcode.verantwoording import bouw_verantwoording, jaar_lezen
from meldwijzer.web.org.models import Rol
from meldwijzer.web.org.toegang import OrgVerzoek, org_pagina

BEHEER = (Rol.BEHEERDER,)
#: Bijlage 1d and 2.3: the organisation accounts for its meldcode; the aandachtsfunctionaris
#: and the beslisser may read that account, a medewerker may not (issue 16).
LEZERS = (Rol.BEHEERDER, Rol.AANDACHTSFUNCTIONARIS, Rol.BESLISSER)
ALLE = (Rol.BEHEERDER, Rol.AANDACHTSFUNCTIONARIS, Rol.BESLISSER, Rol.MEDEWERKER)


def _bijlage(inhoud: bytes, mime: str, naam: str) -> HttpResponse:
    antwoord = HttpResponse(inhoud, content_type=mime)
    antwoord["Content-Disposition"] = f'attachment; filename="{naam}"'
    antwoord["Cache-Control"] = "no-store"
    return antwoord


def _profiel_pagina(request: OrgVerzoek, form: f.ProfielForm, *, status: int = 200) -> HttpResponse:
    versie = sel.laatste_versie()
    return render(
        request,
        "meldcode/profiel.html",
        {
            "form": form,
            "versie": versie,
            "vaststelling": sel.vaststelling_van(versie) if versie else None,
            "vast_form": f.VaststellingForm(initial={"datum": timezone.localdate()}),
            "versies": ProfielVersie.objects.all()[:20],
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
@org_pagina(rollen=BEHEER)
def profiel(request: OrgVerzoek) -> HttpResponse:
    if request.method == "POST":
        form = f.ProfielForm(request.POST)
        if form.is_valid() and form.profiel is not None:
            versie = svc.profiel_opslaan(door=request.user, profiel=form.profiel, request=request)
            messages.success(request, f"Profiel opgeslagen als versie {versie.versie}.")
            return redirect("meldcode:profiel")
        return _profiel_pagina(request, form, status=400)
    huidig = sel.huidig_profiel()
    form = f.ProfielForm(initial=f.ProfielForm.initial_van(huidig) if huidig else None)
    return _profiel_pagina(request, form)


@require_POST
@org_pagina(rollen=BEHEER)
def vaststellen(request: OrgVerzoek) -> HttpResponse:
    versie = sel.laatste_versie()
    form = f.VaststellingForm(request.POST)
    if versie is None:
        messages.error(request, "Vul eerst het profiel in.")
        return redirect("meldcode:profiel")
    if form.is_valid():
        svc.vaststelling_vastleggen(
            door=request.user,
            versie=versie,
            datum=form.cleaned_data["datum"],
            vastgesteld_door=form.cleaned_data["vastgesteld_door"],
            request=request,
        )
        messages.success(request, f"Vaststelling van versie {versie.versie} vastgelegd.")
        return redirect("meldcode:profiel")
    messages.error(request, "Vul de datum en het bevoegd gezag in.")
    return redirect("meldcode:profiel")


def _versie(request: OrgVerzoek) -> ProfielVersie:
    nummer = request.GET.get("versie")
    if nummer:
        if not nummer.isdigit():
            raise Http404
        return get_object_or_404(ProfielVersie, versie=int(nummer))
    versie = sel.laatste_versie()
    if versie is None:
        raise Http404
    return versie


@require_GET
@org_pagina(rollen=ALLE)
def bekijken(request: OrgVerzoek) -> HttpResponse:
    """The meldcode as a page: every account may read the meldcode she works by."""
    versie = sel.laatste_versie()
    p = sel.profiel_van_versie(versie) if versie else None
    fragment = render_html_fragment(bouw_meldcode(p), eerste_kop=1) if p else ""
    return render(request, "meldcode/bekijken.html", {"fragment": fragment, "versie": versie})


@require_GET
@org_pagina(rollen=ALLE)
def bestand(request: OrgVerzoek, formaat: str) -> HttpResponse:
    if formaat not in FORMATEN:
        raise Http404
    versie = _versie(request)
    p = sel.profiel_van_versie(versie)
    if p is None:
        raise Http404
    svc.export_loggen(door=request.user, soort="meldcode", oid=versie.versie, request=request)
    return _bijlage(
        maak(p, formaat), FORMATEN[formaat], f"meldcode-versie-{versie.versie}.{formaat}"
    )


@require_GET
@org_pagina(rollen=ALLE)
def profielbestand(request: OrgVerzoek) -> HttpResponse:
    """The profile as a file: for `meldwijzer meldcode maken`, or for a professional to load
    in private mode. Organisation data only (functions and contacts), no casus."""
    versie = _versie(request)
    p = sel.profiel_van_versie(versie)
    if p is None:
        raise Http404
    svc.export_loggen(
        door=request.user, soort="meldcode_profiel", oid=versie.versie, request=request
    )
    return _bijlage(
        profiel_yaml(p).encode("utf-8"),
        "application/yaml; charset=utf-8",
        f"meldcode-profiel-versie-{versie.versie}.yaml",
    )


def _jaar(request: OrgVerzoek) -> int:
    return f.jaar_uit(request.GET.get("jaar"), standaard=timezone.localdate().year)


@require_GET
@org_pagina(rollen=LEZERS)
def verantwoording(request: OrgVerzoek) -> HttpResponse:
    jaar = _jaar(request)
    j = jaar_lezen(jaar)
    beheerder = request.org_rol == Rol.BEHEERDER
    jv = j.jaarverslag
    return render(
        request,
        "meldcode/verantwoording.html",
        {
            "j": j,
            "jaar": jaar,
            "jaren": list(range(timezone.localdate().year, timezone.localdate().year - 6, -1)),
            "beheerder": beheerder,
            "fragment": render_html_fragment(bouw_verantwoording(j), eerste_kop=2),
            "grafieken": staven(j.cijfers),
            "training_form": f.TrainingForm(
                initial={"datum": timezone.localdate()}, prefix="training"
            )
            if beheerder
            else None,
            "evaluatie_form": f.EvaluatieForm(
                initial={"datum": timezone.localdate()}, prefix="evaluatie"
            )
            if beheerder
            else None,
            "jaar_form": f.JaarForm(
                initial={"informeren": jv.informeren, "plannen": jv.plannen} if jv else None,
                prefix="jaar",
            )
            if beheerder
            else None,
        },
    )


@require_GET
@org_pagina(rollen=LEZERS)
def verantwoording_bestand(request: OrgVerzoek, formaat: str) -> HttpResponse:
    if formaat not in ("pdf", "docx"):
        raise Http404
    jaar = _jaar(request)
    document = bouw_verantwoording(jaar_lezen(jaar))
    svc.export_loggen(door=request.user, soort="verantwoording", oid=jaar, request=request)
    inhoud = render_pdf(document) if formaat == "pdf" else render_docx(document)
    return _bijlage(inhoud, FORMATEN[formaat], f"verantwoording-meldcode-{jaar}.{formaat}")


def _terug(jaar: int) -> HttpResponse:
    return redirect(f"/org/meldcode/verantwoording/?jaar={jaar}")


def _fouten(request: OrgVerzoek, form: BaseForm) -> None:
    for veld, fouten in form.errors.items():
        label = form.fields[veld].label if veld in form.fields else ""
        for fout in fouten:
            messages.error(request, f"{label}: {fout}" if label else str(fout))


@require_POST
@org_pagina(rollen=BEHEER)
def training(request: OrgVerzoek) -> HttpResponse:
    form = f.TrainingForm(request.POST, prefix="training")
    if form.is_valid():
        d = form.cleaned_data
        svc.training_toevoegen(door=request.user, request=request, **d)
        messages.success(request, "Training toegevoegd.")
        return _terug(d["datum"].year)
    _fouten(request, form)
    return _terug(_jaar(request))


@require_POST
@org_pagina(rollen=BEHEER)
def training_weg(request: OrgVerzoek, training_id: int) -> HttpResponse:
    t = get_object_or_404(Training, pk=training_id)
    jaar = t.datum.year
    svc.training_verwijderen(door=request.user, training=t, request=request)
    messages.success(request, "Training verwijderd.")
    return _terug(jaar)


@require_POST
@org_pagina(rollen=BEHEER)
def evaluatie(request: OrgVerzoek) -> HttpResponse:
    form = f.EvaluatieForm(request.POST, prefix="evaluatie")
    if form.is_valid():
        d = form.cleaned_data
        svc.evaluatie_toevoegen(door=request.user, request=request, **d)
        messages.success(request, "Evaluatie toegevoegd.")
        return _terug(d["datum"].year)
    _fouten(request, form)
    return _terug(_jaar(request))


@require_POST
@org_pagina(rollen=BEHEER)
def jaar(request: OrgVerzoek, jaar: int) -> HttpResponse:
    if not 2000 <= jaar <= dt.date.today().year + 1:
        raise Http404
    form = f.JaarForm(request.POST, prefix="jaar")
    if form.is_valid():
        svc.jaarverslag_opslaan(door=request.user, jaar=jaar, request=request, **form.cleaned_data)
        messages.success(request, f"Verantwoording {jaar} opgeslagen.")
    else:
        _fouten(request, form)
    return _terug(jaar)
