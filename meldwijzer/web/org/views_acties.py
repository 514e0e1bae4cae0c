"""The actions posted from the casus page of organisation mode: Veilig Thuis log, help plan,
re-weighing, sharing, advice, sign-off, close/reopen/erase. Each validates a small form, runs
one service and redirects back to the casus (on a refusal: the casus page with the message)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from meldwijzer.engine.fouten import MeldwijzerFout
from meldwijzer.web.org import forms as f
from meldwijzer.web.org import selectors as sel
from meldwijzer.web.org import services as svc
from meldwijzer.web.org.models import PROFESSIONELE_ROLLEN
from meldwijzer.web.org.toegang import OrgVerzoek, org_pagina
from meldwijzer.web.org.views_casus import detail_context

PROF = PROFESSIONELE_ROLLEN


def _actie(
    request: OrgVerzoek,
    casus_id: str,
    form_cls: type[forms.Form],
    uitvoeren: Callable[[dict[str, Any]], object],
    gelukt: str,
) -> HttpResponse:
    """POST a small form about one casus: validate, run the service, redirect back."""
    form = form_cls(request.POST)
    status = 400
    if form.is_valid():
        try:
            uitvoeren(form.cleaned_data)
        except MeldwijzerFout as exc:
            form.add_error(None, exc.voor_gebruiker)
            status = exc.status
        else:
            messages.success(request, gelukt)
            return redirect("org:casus", casus_id=casus_id)
    stored = sel.casus_voor(request.user, casus_id)
    context = detail_context(request, stored)
    context.update({"fout_form": form})
    return render(request, "org/casus_fout.html", context, status=status)


@require_POST
@org_pagina(rollen=PROF)
def vt_contact(request: OrgVerzoek, casus_id: str) -> HttpResponse:
    sel.casus_voor(request.user, casus_id, recht=sel.WIJZIGEN)
    return _actie(
        request,
        casus_id,
        f.VtContactForm,
        lambda d: svc.vt_contact_vastleggen(
            user=request.user, casus_id=casus_id, request=request, **d
        ),
        "Contact vastgelegd.",
    )


@require_POST
@org_pagina(rollen=PROF)
def hulpplan(request: OrgVerzoek, casus_id: str) -> HttpResponse:
    sel.casus_voor(request.user, casus_id, recht=sel.WIJZIGEN)
    return _actie(
        request,
        casus_id,
        f.HulpplanForm,
        lambda d: svc.hulpplan_opslaan(user=request.user, casus_id=casus_id, request=request, **d),
        "Hulpplan opgeslagen.",
    )


@require_POST
@org_pagina(rollen=PROF)
def herweging(request: OrgVerzoek, casus_id: str) -> HttpResponse:
    sel.casus_voor(request.user, casus_id, recht=sel.WIJZIGEN)

    def uitvoeren(d: dict[str, Any]) -> None:
        vragen = {
            k: d[k] == "ja"
            for k in (
                "geweld_stopt_niet",
                "ernstiger_dan_verwacht",
                "doelen_niet_behaald",
                "plan_loopt_vast",
                "expertise_nodig",
            )
        }
        h = svc.herweging_vastleggen(
            user=request.user,
            casus_id=casus_id,
            request=request,
            toelichting=d["toelichting"],
            volgende_evaluatie=d["volgende_evaluatie"],
            **vragen,
        )
        if h.melden_noodzakelijk:
            messages.warning(
                request,
                "De hulp leidt niet tot duurzame veiligheid. "
                "Melden bij Veilig Thuis is noodzakelijk.",
            )

    return _actie(request, casus_id, f.HerwegingForm, uitvoeren, "Herweging vastgelegd.")


@require_POST
@org_pagina(rollen=PROF)
def delen(request: OrgVerzoek, casus_id: str) -> HttpResponse:
    sel.casus_voor(request.user, casus_id, recht=sel.WIJZIGEN)

    def uitvoeren(d: dict[str, Any]) -> None:
        met = get_user_model().objects.filter(username=d["gebruikersnaam"], is_active=True).first()
        if met is None:
            raise svc.OrgFout("Deze collega is niet gevonden.")
        svc.casus_delen(
            user=request.user, casus_id=casus_id, met=met, rol=d["rol"], request=request
        )

    return _actie(request, casus_id, f.DelenForm, uitvoeren, "Casus gedeeld.")


@require_POST
@org_pagina(rollen=PROF)
def deling_intrekken(request: OrgVerzoek, casus_id: str, deling_id: int) -> HttpResponse:
    svc.deling_intrekken(user=request.user, casus_id=casus_id, deling_id=deling_id, request=request)
    messages.success(request, "Delen ingetrokken.")
    return redirect("org:casus", casus_id=casus_id)


@require_POST
@org_pagina(rollen=PROF)
def voorstel(request: OrgVerzoek, casus_id: str) -> HttpResponse:
    sel.casus_voor(request.user, casus_id, recht=sel.WIJZIGEN)
    return _actie(
        request,
        casus_id,
        f.KeuzeForm,
        lambda d: svc.voorstel_doen(user=request.user, casus_id=casus_id, request=request, **d),
        "Voorstel vastgelegd.",
    )


@require_POST
@org_pagina(rollen=PROF)
def besluit(request: OrgVerzoek, casus_id: str) -> HttpResponse:
    sel.casus_voor(request.user, casus_id, recht=sel.BESLISSEN)
    return _actie(
        request,
        casus_id,
        f.KeuzeForm,
        lambda d: svc.besluit_nemen(user=request.user, casus_id=casus_id, request=request, **d),
        "Besluit vastgelegd.",
    )


@require_POST
@org_pagina(rollen=PROF)
def advies(request: OrgVerzoek, casus_id: str) -> HttpResponse:
    sel.casus_voor(request.user, casus_id, recht=sel.ADVISEREN)
    return _actie(
        request,
        casus_id,
        f.AdviesForm,
        lambda d: svc.advies_vastleggen(user=request.user, casus_id=casus_id, request=request, **d),
        "Advies vastgelegd.",
    )


@require_POST
@org_pagina(rollen=PROF)
def afsluiten(request: OrgVerzoek, casus_id: str) -> HttpResponse:
    sel.casus_voor(request.user, casus_id, recht=sel.WIJZIGEN)
    return _actie(
        request,
        casus_id,
        f.AfsluitenForm,
        lambda d: svc.casus_afsluiten(user=request.user, casus_id=casus_id, request=request, **d),
        "Casus afgesloten.",
    )


@require_POST
@org_pagina(rollen=PROF)
def heropenen(request: OrgVerzoek, casus_id: str) -> HttpResponse:
    svc.casus_heropenen(user=request.user, casus_id=casus_id, request=request)
    messages.success(request, "Casus heropend. Loop de stappen opnieuw door.")
    return redirect("org:casus", casus_id=casus_id)


@require_http_methods(["GET", "POST"])
@org_pagina(rollen=PROF)
def wissen(request: OrgVerzoek, casus_id: str) -> HttpResponse:
    stored = sel.casus_voor(request.user, casus_id, recht=sel.WIJZIGEN)
    if request.method == "POST" and request.POST.get("bevestig") == "ja":
        svc.casus_wissen(user=request.user, casus_id=casus_id, request=request)
        messages.success(
            request, "De casus is gewist. Alleen in het auditlog staat dat dit gebeurde."
        )
        return redirect("org:overzicht")
    return render(request, "org/wissen.html", {"stored": stored})
