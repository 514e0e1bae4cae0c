"""Casus pages of organisation mode: overview with tasks, a new casus, the casus detail,
its audit trail, and opening it in the flow. The actions posted from the detail page are in
`views_acties`. Thin: forms in, services out."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from typing import Any

from django.apps import apps
from django.contrib import messages
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from meldwijzer.engine.casus import Beroep, Casus, Professional
from meldwijzer.engine.fouten import MeldwijzerFout
from meldwijzer.web.flow.store import StaatOngeldig
from meldwijzer.web.org import forms as f
from meldwijzer.web.org import selectors as sel
from meldwijzer.web.org import services as svc
from meldwijzer.web.org.models import PROFESSIONELE_ROLLEN, StoredCasus
from meldwijzer.web.org.toegang import OrgVerzoek, org_pagina

PROF = PROFESSIONELE_ROLLEN


@require_GET
@org_pagina(rollen=None)
def start(request: OrgVerzoek) -> HttpResponse:
    if request.org_rol not in PROF:
        return redirect("org:gebruikers")
    return redirect("org:overzicht")


_NUL = uuid.UUID(int=0)


@functools.lru_cache(maxsize=128)
def _maandnaam(taal: str, maand: int, code: str) -> str:
    return str(dateformat.format(dt.date(2000, maand, 1), code))


def _tijd_kort(moment: dt.datetime) -> str:
    """The text of `{{ moment|date:"j M Y H:i" }}`, without the filter's cost on every line
    (the overview can hold hundreds): month names still come from Django's formats."""
    t = timezone.localtime(moment)
    return f"{t.day} {_maandnaam(get_language(), t.month, 'M')} {t.year:04d} {t:%H:%M}"


def _datum_lang(datum: dt.date) -> str:
    """The text of `{{ datum|date:"j F Y" }}` (see `_tijd_kort`)."""
    return f"{datum.day} {_maandnaam(get_language(), datum.month, 'F')} {datum.year:04d}"


@require_GET
@org_pagina(rollen=PROF)
def overzicht(request: OrgVerzoek) -> HttpResponse:
    o = sel.overzicht_voor(request.user, inst=request.org_instellingen)
    # One `reverse` with a placeholder instead of one per line.
    sjabloon = reverse("org:casus", args=[_NUL])
    nul = str(_NUL)
    return render(
        request,
        "org/overzicht.html",
        {
            "casussen": [
                (c, sjabloon.replace(nul, str(c.casus_id)), _tijd_kort(c.gewijzigd))
                for c in o.casussen
            ],
            "taken": [
                (t, sjabloon.replace(nul, str(t.casus_id)), _datum_lang(t.datum)) for t in o.taken
            ],
            "nieuw_form": f.NieuweCasusForm(),
        },
    )


def _organisatienaam() -> str:
    """The organisation's name from its meldcode profile (issue 16), when that app is
    installed; organisation mode asks the app registry and does not import the app."""
    if not apps.is_installed("meldwijzer.web.meldcode"):
        return ""
    bron = getattr(apps.get_app_config("meldcode"), "organisatienaam", None)
    return str(bron()) if callable(bron) else ""


def _casus_voor_beroep(data: dict[str, Any], user: User) -> Casus:
    """A new casus with her sector and beroep, the label of the pack that gives her, and who
    does the work prefilled from her account (issue 13 item 7: her function, the
    organisation's name); she can change both in stap 1."""
    from meldwijzer.content.loader import pack_voor_beroepsgroep

    beroep = Beroep(
        sector=data.get("sector") or None, beroepsgroep=data.get("beroepsgroep") or None
    )
    pack = pack_voor_beroepsgroep(beroep.beroepsgroep)
    profiel = sel.profiel_van(user)
    professional = Professional(
        functie=profiel.functie if profiel else "", organisatie=_organisatienaam()
    )
    return Casus(beroep=beroep, content_pack=pack.label, professional=professional)


@require_POST
@org_pagina(rollen=PROF)
def nieuw(request: OrgVerzoek) -> HttpResponse:
    form = f.NieuweCasusForm(request.POST)
    if form.is_valid():
        try:
            stored = svc.casus_aanmaken(
                user=request.user,
                dossier_ref=form.cleaned_data["dossier_ref"],
                casus=_casus_voor_beroep(form.cleaned_data, request.user),
                request=request,
            )
        except MeldwijzerFout as exc:
            form.add_error("dossier_ref", exc.voor_gebruiker)
        else:
            return redirect("org:casus", casus_id=stored.pk)
    return render(request, "org/nieuw.html", {"form": form}, status=400)


def detail_context(request: OrgVerzoek, stored: StoredCasus) -> dict[str, object]:
    from meldwijzer.engine.norm import beoordeel

    casus = sel.casus_lezen(stored)
    rechten = sel.rechten(request.user, stored)

    def leeg(vlag: str) -> bool:  # casus_voor(details=True) says which lists are empty
        return not getattr(stored, vlag, True)

    return {
        "stored": stored,
        "casus": casus,
        "advies": beoordeel(casus),
        "rechten": rechten,
        "eigenaar": sel.WIJZIGEN in rechten,
        "adviseren": sel.ADVISEREN in rechten,
        "beslissen": sel.BESLISSEN in rechten,
        "contacten": [] if leeg("heeft_contacten") else list(stored.vt_contacten.all()),
        "plan": getattr(stored, "hulpplan", None),
        "herwegingen": []
        if leeg("heeft_herwegingen")
        else list(stored.herwegingen.order_by("-datum", "-aangemaakt")),
        "aftekening": getattr(stored, "aftekening", None),
        "delingen": list(
            stored.delingen.select_related("gebruiker").only("casus", "rol", "gebruiker__username")
        )
        if sel.WIJZIGEN in rechten and not leeg("heeft_delingen")
        else [],
        "instellingen": request.org_instellingen,
        "stappen": sel.stappen_voor(request.user, inst=request.org_instellingen),
    }


@require_GET
@org_pagina(rollen=PROF)
def casus(request: OrgVerzoek, casus_id: str) -> HttpResponse:
    stored = sel.casus_voor(request.user, casus_id, details=True)
    svc.casus_bekeken(user=request.user, stored=stored, request=request)
    context = detail_context(request, stored)
    context.update(
        {
            "vt_form": f.VtContactForm(),
            "plan_form": f.HulpplanForm(initial=_plan_initial(stored)),
            "herweging_form": f.HerwegingForm(),
            "delen_form": f.DelenForm(),
            "keuze_form": f.KeuzeForm(),
            "advies_form": f.AdviesForm(),
            "afsluiten_form": f.AfsluitenForm(),
        }
    )
    return render(request, "org/casus.html", context)


def _plan_initial(stored: StoredCasus) -> dict[str, object]:
    plan = getattr(stored, "hulpplan", None)  # read by detail_context: cached, no query
    if plan is None:
        return {}
    return {
        "doelen": plan.doelen,
        "afspraken": plan.afspraken,
        "evaluatiedatum": plan.evaluatiedatum,
    }


@require_GET
@org_pagina(rollen=PROF)
def audit(request: OrgVerzoek, casus_id: str) -> HttpResponse:
    """The audit trail of one casus, for review (who did what, when — no content)."""
    stored = sel.casus_voor(request.user, casus_id)
    svc.casus_bekeken(user=request.user, stored=stored, request=request, actie="audit_bekeken")
    regels = sel.audit_voor_casus(request.user, stored.pk)
    return render(request, "org/audit.html", {"stored": stored, "regels": regels})


@require_http_methods(["GET", "POST"])
@org_pagina(rollen=PROF)
def stappen(request: OrgVerzoek, casus_id: str) -> HttpResponse:
    """Open a stored casus in the flow (the same pages as private mode, on the server store).

    The flow's overview, at its own address with `?casus=<id>`: the server store loads the
    casus for her there (the flow itself knows nothing of organisation mode). A POST here
    comes from a page opened at this address before: it goes on to the flow's overview
    with the same body (307)."""
    from meldwijzer.web.flow.store import STAAT_VELD
    from meldwijzer.web.org.store import CASUS_PARAM, staat_lezen

    posten = request.method == "POST"
    stored = sel.casus_voor(request.user, casus_id, recht=sel.WIJZIGEN, inhoud=False)
    if posten:
        try:
            genoemd, _ = staat_lezen(request.POST.get(STAAT_VELD, ""), user_id=request.user.pk)
        except StaatOngeldig:
            genoemd = stored.pk  # the flow answers a damaged pointer itself
        if genoemd != stored.pk:  # a pointer to another casus than the address says
            raise sel.CasusNietGevonden
        return redirect(reverse("flow:overzicht"), permanent=False, preserve_request=True)
    if stored.status != "open":
        messages.info(request, "Deze casus is afgesloten. Heropen hem om verder te werken.")
        return redirect("org:casus", casus_id=stored.pk)
    svc.casus_bekeken(user=request.user, stored=stored, request=request, actie="casus_geopend")
    return redirect(f"{reverse('flow:overzicht')}?{CASUS_PARAM}={stored.pk}")
