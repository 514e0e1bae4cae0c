"""Error pages: Dutch, without tracebacks, never echoing content.

Every application error (meldwijzer.engine.fouten.MeldwijzerFout and its families) that a
view does not handle itself is mapped to its page here, in one place: `MeldwijzerFoutMiddleware`
turns it into the error page of its kind (`soort` -> title and HTTP status) with its Dutch
message. A view that re-renders its form with the message, keeping what she typed, catches the
base class once instead (tests/web/test_fouten.py guards both)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from meldwijzer.engine.fouten import MeldwijzerFout, Soort
from meldwijzer.web.context import site

logger = logging.getLogger(__name__)

#: The title of the error page of each kind of application error.
TITELS: dict[Soort, str] = {
    Soort.ONGELDIG: "Ongeldig verzoek",
    Soort.GEWEIGERD: "Geen toegang",
    Soort.NIET_GEVONDEN: "Pagina niet gevonden",
    Soort.CONFLICT: "Intussen gewijzigd",
    Soort.ONBESCHIKBAAR: "Even niet beschikbaar",
    Soort.INTERN: "Er ging iets mis",
}


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A missing or stale CSRF token. Private mode re-renders with the posted state (flow app)."""
    from meldwijzer.web.flow.views import csrf_failure_page  # the flow knows how to keep input

    return csrf_failure_page(request)


def _fout(request: HttpRequest, titel: str, status: int, uitleg: str = "") -> HttpResponse:
    """The error page with the site context (the header's Veilig Thuis number and link)
    given directly: an error page must not depend on the request's context processors."""
    context = {**site(request), "titel": titel, "status": status, "uitleg": uitleg}
    return HttpResponse(render_to_string("fout.html", context), status=status)


def fout_pagina(request: HttpRequest, fout: MeldwijzerFout) -> HttpResponse:
    """The page of an application error: its kind's title and status, its Dutch message
    (an internal error's message is for the operator: the page says only that it went wrong,
    the log names the class, never content)."""
    if fout.soort is Soort.INTERN:
        logger.error("%s bij %s %s", type(fout).__name__, request.method, request.path)
        return _fout(request, TITELS[fout.soort], fout.status)
    return _fout(request, TITELS[fout.soort], fout.status, fout.melding)


class MeldwijzerFoutMiddleware:
    """Maps every MeldwijzerFout a view lets through to its error page (the one place)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, MeldwijzerFout):
            return fout_pagina(request, exception)
        return None


def server_error(request: HttpRequest) -> HttpResponse:
    return _fout(request, "Er ging iets mis", 500)


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return _fout(request, "Pagina niet gevonden", 404)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    return _fout(request, "Ongeldig verzoek", 400)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    return _fout(request, "Geen toegang", 403)
