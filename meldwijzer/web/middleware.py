"""Security headers on every response: strict CSP, no referrer, no caching of casus pages;
and limits on how often one address may do what costs the server or others much."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.middleware.gzip import GZipMiddleware
from django.template.loader import render_to_string

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)


def security_headers(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        response.setdefault("Content-Security-Policy", CSP)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        if not request.path.startswith("/static/"):
            # Casus content must not linger in shared caches or the browser's disk cache.
            response["Cache-Control"] = "no-store"
        return response

    return middleware


class GZipTekst(GZipMiddleware):
    """Django's GZipMiddleware, for text only: PDF and Word files are compressed already."""

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        soort = response.get("Content-Type", "")
        if not soort.startswith(("text/", "application/json", "application/javascript")):
            return response
        return super().process_response(request, response)


@dataclass(frozen=True)
class Limiet:
    """At most `aantal` counted requests per `seconden` from one address. `alleen_mislukt`
    counts only answers with that status (failed logins), else every POST."""

    aantal: int
    seconden: int
    uitleg: str
    alleen_mislukt: int | None = None


#: Per address (REMOTE_ADDR; behind a proxy that is the proxy, see docs/organisatie.md).
#: Opening a protected file derives a key (scrypt, 32 MiB); a mail goes to another host;
#: failed logins: a per-address limit beside the per-account lockout (axes).
LIMIETEN: dict[str, Limiet] = {
    "/openen/": Limiet(
        20,
        300,
        "U opende veel bestanden kort na elkaar. Wacht een paar minuten en probeer het opnieuw.",
    ),
    "/mailen/versturen/": Limiet(
        5, 900, "U verstuurde veel mails kort na elkaar. Wacht een kwartier en probeer het opnieuw."
    ),
    "/org/inloggen/": Limiet(
        20,
        900,
        "Te veel mislukte pogingen om in te loggen vanaf dit adres. Wacht een kwartier en "
        "probeer het opnieuw, of vraag uw beheerder om hulp.",
        alleen_mislukt=401,
    ),
}


def _sleutel(pad: str, request: HttpRequest) -> str:
    """One counter per path and address; it expires `seconden` after the first request it
    counted (cache.incr keeps the expiry), so a burst cannot straddle two windows."""
    return f"mw-limiet:{pad}:{request.META.get('REMOTE_ADDR', '')}"


def _te_veel(request: HttpRequest, limiet: Limiet) -> HttpResponse:
    from meldwijzer.web.context import site

    context = {**site(request), "titel": "Even wachten", "status": 429, "uitleg": limiet.uitleg}
    response = HttpResponse(render_to_string("fout.html", context), status=429)
    response["Retry-After"] = str(limiet.seconden)
    return response


def verzoeken_beperken(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    """Answer 429 (a Dutch page) when one address posts to a limited path too often. The
    count lives in Django's cache (per process with the default local-memory cache)."""

    def middleware(request: HttpRequest) -> HttpResponse:
        limiet = LIMIETEN.get(request.path) if request.method == "POST" else None
        if limiet is None:
            return get_response(request)
        sleutel = _sleutel(request.path, request)
        if int(cache.get(sleutel, 0)) >= limiet.aantal:
            return _te_veel(request, limiet)
        response = get_response(request)
        if limiet.alleen_mislukt is None or response.status_code == limiet.alleen_mislukt:
            if not cache.add(sleutel, 1, limiet.seconden):
                try:
                    cache.incr(sleutel)
                except ValueError:  # expired in between
                    cache.add(sleutel, 1, limiet.seconden)
        return response

    return middleware


def nood_zonder_database(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    """The emergency page must never depend on the database (issue 14, low). Placed before
    the session and authentication middleware: when answering the page the normal way fails
    (a session to save, a user to read, with the database down), it is rendered again as
    for an anonymous visitor, without session or database."""

    def middleware(request: HttpRequest) -> HttpResponse:
        from django.urls import reverse

        if request.method != "GET" or request.path != reverse("flow:nood"):
            return get_response(request)
        response = get_response(request)
        if response.status_code < 500:
            return response
        from django.contrib.auth.models import AnonymousUser

        from meldwijzer.web.flow.views import pagina

        request.user = AnonymousUser()
        return pagina(request, pagina_id="nood")

    return middleware
