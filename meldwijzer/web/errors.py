"""Error views: Dutch, without tracebacks, never echoing content."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from meldwijzer.web.context import site


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A missing or stale CSRF token. Private mode re-renders with the posted state (flow app)."""
    from meldwijzer.web.flow.views import csrf_failure_page  # the flow knows how to keep input

    return csrf_failure_page(request)


def _fout(request: HttpRequest, titel: str, status: int) -> HttpResponse:
    """The error page with the site context (the header's Veilig Thuis number and link)
    given directly: an error page must not depend on the request's context processors."""
    context = {**site(request), "titel": titel, "status": status}
    return HttpResponse(render_to_string("fout.html", context), status=status)


def server_error(request: HttpRequest) -> HttpResponse:
    return _fout(request, "Er ging iets mis", 500)


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return _fout(request, "Pagina niet gevonden", 404)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    return _fout(request, "Ongeldig verzoek", 400)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    return _fout(request, "Geen toegang", 403)
