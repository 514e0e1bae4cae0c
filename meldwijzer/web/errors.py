"""Error views: Dutch, without tracebacks, never echoing content."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A missing or stale CSRF token. Private mode re-renders with the posted state (flow app)."""
    from meldwijzer.web.flow.views import csrf_failure_page  # the flow knows how to keep input

    return csrf_failure_page(request)


def server_error(request: HttpRequest) -> HttpResponse:
    return HttpResponse(
        render_to_string("fout.html", {"titel": "Er ging iets mis", "status": 500}), status=500
    )


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return HttpResponse(
        render_to_string("fout.html", {"titel": "Pagina niet gevonden", "status": 404}), status=404
    )


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    return HttpResponse(
        render_to_string("fout.html", {"titel": "Ongeldig verzoek", "status": 400}), status=400
    )


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    return HttpResponse(
        render_to_string("fout.html", {"titel": "Geen toegang", "status": 403}), status=403
    )
