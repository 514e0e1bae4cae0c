"""One-off notices after a redirect ("Opgeslagen."), kept in the session. The settings do not
install django.contrib.messages, and org pages always have a session."""

from __future__ import annotations

from django.http import HttpRequest

SLEUTEL = "org_meldingen"


def melden(request: HttpRequest, tekst: str, *, soort: str = "succes") -> None:
    lijst = list(request.session.get(SLEUTEL, []))
    lijst.append({"tekst": tekst, "soort": soort})
    request.session[SLEUTEL] = lijst[-5:]


def ophalen(request: HttpRequest) -> list[dict[str, str]]:
    if not hasattr(request, "session"):
        return []
    return list(request.session.pop(SLEUTEL, []))
