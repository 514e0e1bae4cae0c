"""The organisation's own fill-ins for the flow's step pages (issue 16, item 3).

In private mode the profile comes from a file the professional loads (stap 2) and then
travels in the page as a hidden field; see `_prive`.

`meldcode_eigen` is lazy: only a template that shows it (stap 2, stap 5, the navigation)
reads the profile. In organisation mode it is the organisation's current profile; the
account's own scope (only stap 1) comes from organisation mode's profile of the user.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from meldwijzer.meldcode import Profiel, ProfielFout, contactvelden, profiel_lezen
from meldwijzer.meldcode.profiel import profiel_json

#: A profile file is a few kilobytes; anything much larger is not one.
MAX_BYTES = 64 * 1024


def invulling(profiel: Profiel | None, *, alleen_stap_1: bool = False) -> dict[str, object] | None:
    if profiel is None:
        return None
    return {
        "profiel": profiel,
        "contacten": contactvelden(profiel),
        "alleen_stap_1": alleen_stap_1,
    }


def _org(request: HttpRequest) -> dict[str, object] | None:
    from meldwijzer.web.meldcode.selectors import huidig_profiel
    from meldwijzer.web.org.selectors import profiel_van, stappen_voor

    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    eigen = profiel_van(user)
    beperkt = bool(eigen and eigen.alleen_stap_1) or stappen_voor(user) == [1]
    return invulling(huidig_profiel(), alleen_stap_1=beperkt)


def _prive(request: HttpRequest) -> dict[str, object]:
    """Private mode: a profile the professional loaded travels with the page, like the casus
    (a hidden field posted with every step); the server keeps nothing of it."""
    if request.method != "POST":
        return {}
    bestand = request.FILES.get("meldcode_bestand")
    try:
        if bestand is not None:
            inhoud = bestand.read(MAX_BYTES + 1)
            if len(inhoud) > MAX_BYTES:
                raise ProfielFout("", "Het bestand is te groot voor een meldcodeprofiel.")
            try:
                tekst = inhoud.decode("utf-8")
            except UnicodeDecodeError:
                raise ProfielFout("", "Het bestand is geen tekstbestand (UTF-8).") from None
            profiel = profiel_lezen(tekst)
        elif request.POST.get("meldcode_profiel"):
            profiel = profiel_lezen(request.POST["meldcode_profiel"][:MAX_BYTES])
        else:
            return {}
    except ProfielFout as exc:
        return {"meldcode_fout": f"Het profiel is niet geladen. {exc.bericht}"}
    return {"meldcode_eigen": invulling(profiel), "meldcode_profiel_json": profiel_json(profiel)}


def meldcode(request: HttpRequest) -> dict[str, object]:
    if settings.MODE == "organisatie":
        return {"meldcode_eigen": SimpleLazyObject(lambda: _org(request))}
    return _prive(request)
