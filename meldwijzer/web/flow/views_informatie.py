"""Views of the flow that save nothing themselves: the information pages (FAQ, Beroepsgeheim
en meldrecht; issue 12) and the live writing check while she types."""

from __future__ import annotations

import json

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_http_methods, require_POST

from meldwijzer.engine.casus import MAX_TEKST
from meldwijzer.engine.schrijfcheck import SOORTEN as SCHRIJFCHECK_SOORTEN
from meldwijzer.web.flow import selectors as sel
from meldwijzer.web.flow.pages import PAGINAS
from meldwijzer.web.flow.store import (
    LEEG,
    StaatOngeldig,
    store_voor,
)
from meldwijzer.web.flow.views import (
    INFO_PAGINAS,
    modus,
    pagina_opslaan,
    pagina_tonen,
    render_pagina,
)


@modus
@require_http_methods(["GET", "POST"])
def informatie(request: HttpRequest, pagina_id: str) -> HttpResponse:
    """The FAQ and 'Beroepsgeheim en meldrecht' (issue 12). Arriving from a casus page saves
    that page first, as any navigation does; a search on the page itself saves nothing. The
    FAQ search is a plain query (`q`), filtered on the server: it works without JavaScript."""
    doel = PAGINAS[pagina_id]
    if request.method == "POST":
        if request.POST.get("pagina") not in INFO_PAGINAS:
            return pagina_opslaan(request, doel)
        try:
            geladen = store_voor(request).laad(request)
        except StaatOngeldig:
            geladen = LEEG
        return render_pagina(request, doel, geladen)
    if request.GET.get("q"):  # a search result is never cached; the address keeps the query
        return render_pagina(request, doel, LEEG, extra={"pagina_url": request.get_full_path()})
    return pagina_tonen(request, doel)


@require_POST
def schrijfcheck(request: HttpRequest) -> JsonResponse:
    """Findings for one text, for the live check while typing. The text is never logged."""
    try:
        body = json.loads(request.body.decode("utf-8") or "{}")
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return JsonResponse({"fout": "Ongeldige invoer."}, status=400)
    tekst = body.get("tekst", "") if isinstance(body, dict) else ""
    soort = body.get("soort") if isinstance(body, dict) else None
    if (
        not isinstance(tekst, str)
        or len(tekst) > MAX_TEKST
        or (soort is not None and soort not in SCHRIJFCHECK_SOORTEN)
    ):
        return JsonResponse({"fout": "Ongeldige invoer."}, status=400)
    bevindingen = sel.schrijfcheck(tekst, soort=soort or None)
    return JsonResponse(
        {
            "bevindingen": [
                {
                    "categorie": str(b.categorie),
                    "tekst": b.tekst,
                    "uitleg": b.uitleg,
                    "suggestie": b.suggestie,
                }
                for b in bevindingen
            ]
        }
    )
