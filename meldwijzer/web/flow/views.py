"""Views of the flow: thin. A POST carries the casus (store.py) and the fields of the page it
came from (`pagina`); the view saves that page, then shows the page it was posted to.

This module holds the casus pages and steps and what every page needs (`render_pagina`,
`modus`); files, downloads and mail are in `views_bestanden`, the information pages and the
live writing check in `views_informatie`."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods
from pydantic import ValidationError

from meldwijzer.engine.casus import Beroep, Casus
from meldwijzer.engine.norm_beslissingen import binnen_meldcode
from meldwijzer.web import snel
from meldwijzer.web.flow import context as ctx
from meldwijzer.web.flow import selectors as sel
from meldwijzer.web.flow import services as svc
from meldwijzer.web.flow.forms import FlowForm, skelet_uit_velden
from meldwijzer.web.flow.pages import CONTROLES, PAGINAS, Pagina
from meldwijzer.web.flow.store import (
    LEEG,
    CasusConflict,
    Geladen,
    StaatOngeldig,
    modus_voor,
    nieuw_geladen,
    store_voor,
)


def modus(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A plugged-in mode (store.MODI) may answer first (e.g. send her to its login page);
    a save that lost the race against a colleague's save shows her page again with her
    input, over the newest version."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        m = modus_voor()
        if m is None:
            return view(request, *args, **kwargs)
        pagina_id = kwargs.get("pagina_id")  # a str from the URL, or absent
        antwoord = m.poort(request, pagina_id if isinstance(pagina_id, str) else None)
        if antwoord is not None:
            return antwoord
        try:
            return view(request, *args, **kwargs)
        except CasusConflict as exc:
            return _conflict_antwoord(request, exc)

    return wrapper


def _conflict_antwoord(request: HttpRequest, exc: CasusConflict) -> HttpResponse:
    """The page she posted, her input kept in the form, on top of the newest version."""
    bron = PAGINAS.get(request.POST.get("pagina", "")) or PAGINAS["overzicht"]
    form = bron.form(request.POST, casus=exc.nieuwste.casus) if bron.form else None
    if form is not None:
        form.is_valid()
    return render_pagina(
        request, bron, exc.nieuwste, form=form, algemene_fout=exc.melding, status=exc.status
    )


STAAT_FOUT = StaatOngeldig.standaard_melding


CSRF_FOUT = (
    "Deze pagina was verlopen (de beveiligingscode ontbrak of klopte niet). Er is niets "
    "verloren: kijk uw invoer na en verstuur opnieuw."
)


TE_VEEL_FOUT = (
    "Deze casus is te groot geworden (te veel items of te lange tekst). Verwijder eerst iets."
)


def render_pagina(
    request: HttpRequest,
    pagina: Pagina,
    geladen: Geladen,
    *,
    form: FlowForm | None = None,
    algemene_fout: str = "",
    status: int = 200,
    extra: dict[str, object] | None = None,
) -> HttpResponse:
    store = store_voor(request)
    if pagina.casus_nodig and geladen.leeg:
        context: dict[str, object] = {
            "pagina": pagina,
            "algemene_fout": algemene_fout,
            "form": form,
        }
        template = "flow/geen_casus.html" if form is None else pagina.template
        if form is not None:  # an untrusted casus: show the fields as posted (skelet)
            context.update(ctx.pagina_context(pagina, form.casus, form))
    else:
        if form is None and pagina.form is not None:
            form = pagina.form(casus=geladen.casus)
        context = ctx.pagina_context(pagina, geladen.casus, form)
        context["algemene_fout"] = algemene_fout
        template = pagina.template
    context["pagina"] = pagina
    context["pagina_url"] = _pagina_url(request, pagina)
    context["staat"] = store.bewaar(request, geladen)
    if pagina.id == "nood" or pagina.id in INFO_PAGINAS:
        context["terug_url"] = _terug_url(request)
    context.update(extra or {})
    return render(request, template, context, status=status)


def _pagina_url(request: HttpRequest, pagina: Pagina) -> str:
    """The address of the page shown, not of the URL posted to (a step clicked while the page
    had an error, /openen/): the form posts back to it and the script puts it in the address
    bar, so a reload or Back fetches this page (GET). A page the flow shows at another app's
    address (organisation mode's casus steps) keeps that address."""
    match = request.resolver_match
    if match is not None and match.namespace != "flow":
        return request.path
    return reverse(f"flow:{pagina.id}")


#: Pages "Terug naar de casus" never returns to: they are no place in the casus.
_GEEN_TERUG = frozenset({"start", "nood", "wissen", "faq", "beroepsgeheim"})


#: Pages with seed content only, reachable from every page; they save nothing themselves.
INFO_PAGINAS = frozenset({"faq", "beroepsgeheim"})


def _terug_url(request: HttpRequest) -> str:
    """From the emergency page back to the page she came from (its header button)."""
    bron = PAGINAS.get(request.POST.get("pagina", "")) if request.method == "POST" else None
    if bron is not None and bron.id in INFO_PAGINAS:  # e.g. a FAQ search: keep where she was
        terug = request.POST.get("terug", "")
        if terug in {reverse(f"flow:{p}") for p in PAGINAS if p not in _GEEN_TERUG}:
            return terug
    if bron is None or bron.id in _GEEN_TERUG:
        return reverse("flow:overzicht")
    return reverse(f"flow:{bron.id}")


def _generieke_actie(casus: Casus, *, actie: str, bron: Pagina, form: FlowForm | None) -> Casus:
    """Remove an item, skip or resume a step, re-open a closed casus."""
    nu = timezone.now()
    if actie.startswith("verwijder:"):
        delen = actie.split(":")
        if len(delen) == 3 and delen[1] in {
            "signalen",
            "contra_indicaties",
            "consultaties",
            "gesprekken",
            "buiten_acties",
        }:
            return svc.item_verwijderen(casus, lijst=delen[1], item_id=delen[2], nu=nu)
    elif actie == "overslaan" and bron.stap and form is not None:
        return svc.stap_overslaan(
            casus, stap=bron.stap, reden=form.cleaned_data["overslaan_reden"], nu=nu
        )
    elif actie == "hervatten" and bron.stap:
        return svc.stap_hervatten(casus, stap=bron.stap, nu=nu)
    elif actie == "heropenen":
        return svc.casus_heropenen(casus, nu=nu)
    return casus


def pagina_opslaan(request: HttpRequest, doel: Pagina) -> HttpResponse:
    store = store_voor(request)
    bron = PAGINAS.get(request.POST.get("pagina", ""))
    actie = request.POST.get("actie", "opslaan")[:200]
    # Removing an item asks first (issue 13 item 6): the script confirms in the browser and
    # says so; without it, the page is saved and shows the question with a "Ja" button.
    verwijder_vraag = ""
    if actie.startswith("verwijder:") and request.POST.get("verwijderen_bevestigd") != "1":
        verwijder_vraag, actie = actie.removeprefix("verwijder:"), "opslaan"
    elif actie.startswith("verwijderzeker:"):
        actie = "verwijder:" + actie.removeprefix("verwijderzeker:")
    try:
        geladen = store.laad(request)
    except StaatOngeldig:
        toon = bron or doel
        form = toon.form(request.POST, casus=skelet_uit_velden(request.POST)) if toon.form else None
        return render_pagina(
            request,
            toon,
            LEEG,
            form=form,
            algemene_fout=STAAT_FOUT,
            status=400,
            extra={"staat_fout": True},
        )

    if actie == "herstel" or bron is None:
        return render_pagina(request, doel, geladen)
    if bron.id == "start":
        form = bron.form(request.POST) if bron.form else None
        if form is None or not form.is_valid():
            return render_pagina(request, bron, LEEG, form=form)
        nu = timezone.now()
        beroep = Beroep(
            sector=form.cleaned_data["sector"] or None,
            beroepsgroep=form.cleaned_data["beroepsgroep"] or None,
        )
        casus = svc.casus_nieuw(
            label=form.cleaned_data["label"],
            content_pack=sel.pack_laden(Casus(beroep=beroep)).label,
            nu=nu,
            beroep=beroep,
        )
        return render_pagina(request, doel, nieuw_geladen(casus))
    if geladen.leeg:
        return render_pagina(request, doel, geladen)

    form = bron.form(request.POST, casus=geladen.casus) if bron.form else None
    casus = geladen.casus
    if form is not None and form.is_valid() and bron.toepassen is not None:
        casus = bron.toepassen(form, casus, geladen.rev + 1, timezone.now())
    if form is None or not form.errors:
        casus = _generieke_actie(casus, actie=actie, bron=bron, form=form)
        try:
            casus = Casus.model_validate(casus.model_dump())
        except ValidationError:
            if form is None:
                return render_pagina(request, bron, geladen, algemene_fout=TE_VEEL_FOUT, status=400)
            form.add_error(None, TE_VEEL_FOUT)
        if form is not None and not form.errors and bron.id in CONTROLES:
            CONTROLES[bron.id](form, casus, sel.advies_voor(casus))
    if form is not None and form.errors:
        if doel.id == "nood":  # the emergency page always opens
            return render_pagina(request, doel, geladen)
        # She stays on her page, and is told why: the casus travels only in the page, so
        # input that cannot be saved cannot be kept while she is elsewhere (issue 13 item 4).
        extra: dict[str, object] | None = {"tegengehouden": doel} if doel.id != bron.id else None
        return render_pagina(request, bron, geladen, form=form, extra=extra)

    nieuw = geladen.volgende(casus)
    if bron.id == "scope" and doel.id == "overzicht" and not binnen_meldcode(casus.situatie):
        doel = PAGINAS["buiten"]
    if verwijder_vraag:
        return render_pagina(request, bron, nieuw, extra={"verwijder_vraag": verwijder_vraag})
    return render_pagina(request, doel, nieuw)


def pagina_tonen(request: HttpRequest, doel: Pagina) -> HttpResponse:
    """A GET: the page without a casus (the casus only ever travels in a POST)."""
    if settings.MODE != "prive":  # a mode's store may load on a GET
        return render_pagina(request, doel, store_voor(request).laad(request))
    return snel.pagina_zonder_casus(
        request, lambda extra: render_pagina(request, doel, LEEG, extra=extra)
    )


@modus
@require_http_methods(["GET", "POST"])
def pagina(request: HttpRequest, pagina_id: str) -> HttpResponse:
    doel = PAGINAS[pagina_id]
    if request.method == "POST":
        return pagina_opslaan(request, doel)
    return pagina_tonen(request, doel)


@modus
@require_http_methods(["GET", "POST"])
def wissen(request: HttpRequest) -> HttpResponse:
    """Erase the casus, after a confirmation; the start page tells the script to erase the
    tab's copy too. Without the confirmation the casus travels on to the question page.
    A GET (Back or reload after erasing) goes to the start page: nothing is left to show."""
    if request.method == "GET":
        return redirect("flow:start")
    if request.POST.get("bevestigd") == "1":
        return render_pagina(request, PAGINAS["start"], LEEG, extra={"wissen": True})
    try:
        geladen = store_voor(request).laad(request)
    except StaatOngeldig:
        geladen = LEEG
    if geladen.leeg:
        return render_pagina(request, PAGINAS["start"], LEEG, extra={"wissen": True})
    return render_pagina(request, PAGINAS["wissen"], geladen)


def csrf_failure_page(request: HttpRequest) -> HttpResponse:
    """A missing or stale CSRF token: show the page again with everything that was posted."""
    try:
        bron = PAGINAS.get(request.POST.get("pagina", "")) if request.method == "POST" else None
        if bron is None:
            raise LookupError
        try:
            geladen = store_voor(request).laad(request)
        except StaatOngeldig:
            geladen = LEEG
        casus = skelet_uit_velden(request.POST) if geladen.leeg else geladen.casus
        form = bron.form(request.POST, casus=casus) if bron.form else None
        return render_pagina(request, bron, geladen, form=form, algemene_fout=CSRF_FOUT, status=403)
    except Exception:  # never a traceback; this view must answer
        html = render_to_string(
            "fout.html",
            {"titel": "Pagina verlopen", "status": 403, "uitleg": CSRF_FOUT},
            request=request,
        )
        return HttpResponse(html, status=403)


#: Views that moved to their own module, still reachable here for callers of the old path
#: (`views.verslag`); a lazy look-up, because those modules import this one.
_VERHUISD = {
    "verslag": "views_bestanden",
    "bewaren": "views_bestanden",
    "openen": "views_bestanden",
    "mail_versturen": "views_bestanden",
    "informatie": "views_informatie",
    "schrijfcheck": "views_informatie",
}


def __getattr__(naam: str) -> Callable[..., HttpResponse]:
    if naam in _VERHUISD:
        view: Callable[..., HttpResponse] = getattr(
            importlib.import_module(f"meldwijzer.web.flow.{_VERHUISD[naam]}"), naam
        )
        return view
    raise AttributeError(f"module {__name__!r} has no attribute {naam!r}")
