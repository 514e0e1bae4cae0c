"""Views of the flow around files: the verslag as a download, the casus saved to and
resumed from a file on her own disk, and the verslag by mail. Nothing is kept on the
server in private mode."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods, require_POST

from meldwijzer.engine.fouten import MeldwijzerFout
from meldwijzer.web.flow import selectors as sel
from meldwijzer.web.flow.pages import PAGINAS
from meldwijzer.web.flow.store import (
    LEEG,
    Geladen,
    StaatOngeldig,
    modus_voor,
    nieuw_geladen,
    store_voor,
)
from meldwijzer.web.flow.views import (
    STAAT_FOUT,
    modus,
    render_pagina,
)

if TYPE_CHECKING:
    from meldwijzer.verslag import AuditRegel


def _geladen_of_fout(request: HttpRequest) -> Geladen | HttpResponse:
    try:
        geladen = store_voor(request).laad(request)
    except StaatOngeldig:
        return render_pagina(
            request, PAGINAS["samenvatting"], LEEG, algemene_fout=STAAT_FOUT, status=400
        )
    if geladen.leeg:
        return render_pagina(request, PAGINAS["samenvatting"], LEEG)
    return geladen


@modus
@require_POST
def verslag(request: HttpRequest, formaat: str) -> HttpResponse:
    """The verslag as a file, made from the posted casus; nothing is kept."""
    from meldwijzer import verslag as v

    geladen = _geladen_of_fout(request)
    if isinstance(geladen, HttpResponse):
        return geladen
    if formaat not in v.FORMATEN:
        return render_pagina(
            request, PAGINAS["samenvatting"], geladen, algemene_fout="Onbekend formaat.", status=400
        )
    casus = geladen.casus
    audit = _export_vastleggen(request, geladen, wat=formaat)
    document = v.bouw_verslag(
        casus,
        advies=sel.advies_voor(casus),
        pack=sel.pack_laden(casus),
        audit=audit,
        schrijfcheck=request.POST.get("controlekopie") == "1",  # review copy, not the dossier's
    )
    try:
        inhoud = v.render(document, formaat)
    except MeldwijzerFout as exc:  # e.g. no concept-melding: no report at stake
        return render_pagina(
            request,
            PAGINAS["samenvatting"],
            geladen,
            algemene_fout=exc.voor_gebruiker,
            status=exc.status,
        )
    return _bijlage(inhoud, v.FORMATEN[formaat].mime, v.bestandsnaam(casus.label, formaat))


def _export_vastleggen(
    request: HttpRequest, geladen: Geladen, *, wat: str, detail: str = ""
) -> list[AuditRegel] | None:
    """A plugged-in mode logs every export and puts the audit trail in the verslag;
    private mode has no server record, so nothing to log or include."""
    m = modus_voor()
    if m is None:
        return None
    return m.export_vastleggen(request, geladen, wat=wat, detail=detail)


def _bijlage(inhoud: bytes, mime: str, naam: str) -> HttpResponse:
    response = HttpResponse(inhoud, content_type=mime)
    response["Content-Disposition"] = f'attachment; filename="{naam}"'
    return response


@modus
@require_POST
def bewaren(request: HttpRequest) -> HttpResponse:
    """Save the casus as a JSON file on her own disk, optionally with a passphrase."""
    from meldwijzer.verslag import bestandsnaam, casus_naar_json, versleutel
    from meldwijzer.web.flow.forms import ExportForm

    geladen = _geladen_of_fout(request)
    if isinstance(geladen, HttpResponse):
        return geladen
    form = ExportForm(request.POST)
    if not form.is_valid():
        return render_pagina(
            request,
            PAGINAS["samenvatting"],
            geladen,
            algemene_fout="Het wachtwoord is te lang.",
            status=400,
        )
    _export_vastleggen(request, geladen, wat="bestand")
    try:
        inhoud = casus_naar_json(geladen.casus)
        wachtwoord = form.cleaned_data["wachtwoord"]
        if wachtwoord:
            inhoud = versleutel(inhoud, wachtwoord)
    except MeldwijzerFout as exc:
        return render_pagina(
            request,
            PAGINAS["samenvatting"],
            geladen,
            algemene_fout=exc.voor_gebruiker,
            status=exc.status,
        )
    # "verslag-<label>-<date>.txt" -> "casus-<label>-<date>.json" (or .meldwijzer, protected)
    stam = bestandsnaam(geladen.casus.label, "txt").removeprefix("verslag-").removesuffix(".txt")
    if wachtwoord:
        return _bijlage(inhoud, "application/octet-stream", f"casus-{stam}.meldwijzer")
    return _bijlage(inhoud, "application/json", f"casus-{stam}.json")


@modus
@require_http_methods(["GET", "POST"])
def openen(request: HttpRequest) -> HttpResponse:
    """Resume a casus from a file: it is read, shown, and not kept on the server.

    No redirect after this POST: the server keeps nothing to redirect to. A GET (a reload
    or Back onto this address) goes to the start page, which offers the tab's copy."""
    if request.method == "GET":
        return redirect("flow:start")
    from meldwijzer.verslag import lees_casusbestand
    from meldwijzer.web.flow.forms import OpenenForm

    form = OpenenForm(request.POST, request.FILES)
    start = PAGINAS["start"]
    te_groot = getattr(request, "upload_te_groot", False)  # dropped unread (web/uploads.py)
    if te_groot or not form.is_valid():
        if te_groot:
            form.errors["bestand"] = form.error_class(["Dit bestand is te groot voor een casus."])
        return render_pagina(request, start, LEEG, extra={"openen_form": form})
    bestand = form.cleaned_data["bestand"]
    if bestand.size > settings.MAX_BESTAND_BYTES:
        form.add_error("bestand", "Dit bestand is te groot voor een casus.")
        return render_pagina(request, start, LEEG, extra={"openen_form": form})
    inhoud = bestand.read()
    try:
        casus = lees_casusbestand(inhoud, form.cleaned_data["wachtwoord"] or None)
    except MeldwijzerFout as exc:
        form.add_error("bestand", exc.voor_gebruiker)
        return render_pagina(request, start, LEEG, extra={"openen_form": form})
    # The file's hash goes with the casus: a mode that keeps it records where it came from.
    herkomst = hashlib.sha256(inhoud).hexdigest()
    return render_pagina(request, PAGINAS["overzicht"], nieuw_geladen(casus, herkomst=herkomst))


@modus
@require_POST
def mail_versturen(request: HttpRequest) -> HttpResponse:
    """Send the verslag to the address she gives (organisation's SMTP; off when not set)."""
    from meldwijzer.verslag.mail import verslag_mailen
    from meldwijzer.web.flow.forms import MailForm

    try:
        geladen = store_voor(request).laad(request)
    except StaatOngeldig:
        return render_pagina(
            request,
            PAGINAS["mail"],
            LEEG,
            form=MailForm(request.POST),
            algemene_fout=STAAT_FOUT,
            status=400,
        )
    form = MailForm(request.POST, casus=geladen.casus)
    if geladen.leeg or not form.is_valid():
        return render_pagina(request, PAGINAS["mail"], geladen, form=form)
    casus = geladen.casus
    _export_vastleggen(request, geladen, wat="mail", detail=form.cleaned_data["adres"])
    try:
        verslag_mailen(
            casus=casus,
            adres=form.cleaned_data["adres"],
            formaat=form.cleaned_data["formaat"] or "pdf",
            advies=sel.advies_voor(casus),
        )
    except MeldwijzerFout as exc:
        return render_pagina(
            request, PAGINAS["mail"], geladen, form=form, algemene_fout=exc.voor_gebruiker
        )
    return render_pagina(
        request,
        PAGINAS["samenvatting"],
        geladen,
        extra={"gelukt": "Het verslag is verstuurd. Controleer uw inbox."},
    )
