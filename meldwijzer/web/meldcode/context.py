"""The organisation's own fill-ins for the flow's step pages (issue 16, item 3).

`meldcode_eigen` is lazy: only a template that shows it (stap 2, stap 5, the navigation)
reads the profile. In organisation mode it is the organisation's current profile; the
account's own scope (only stap 1) comes from organisation mode's profile of the user.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from meldwijzer.meldcode import Profiel, contactvelden


def invulling(profiel: Profiel | None, *, alleen_stap_1: bool = False) -> dict[str, Any] | None:
    if profiel is None:
        return None
    return {
        "profiel": profiel,
        "contacten": contactvelden(profiel),
        "alleen_stap_1": alleen_stap_1,
    }


def _org(request: HttpRequest) -> dict[str, Any] | None:
    from meldwijzer.web.meldcode.selectors import huidig_profiel
    from meldwijzer.web.org.selectors import profiel_van, stappen_voor

    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    eigen = profiel_van(user)
    beperkt = bool(eigen and eigen.alleen_stap_1) or stappen_voor(user) == [1]
    return invulling(huidig_profiel(), alleen_stap_1=beperkt)


def meldcode(request: HttpRequest) -> dict[str, object]:
    if settings.MODE == "organisatie":
        return {"meldcode_eigen": SimpleLazyObject(lambda: _org(request))}
    return {}
