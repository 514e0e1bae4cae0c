from __future__ import annotations

import pytest
from django.test import override_settings

from meldwijzer.web.org.models import StoredCasus

from .conftest import Cast, ingelogd


def _controleer(r: object) -> None:
    csp = r["Content-Security-Policy"]  # type: ignore[index]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp
    assert r["Referrer-Policy"] == "same-origin"  # type: ignore[index]
    # the page's own policy says the same as the header (a meta tag overrides the header)
    inhoud = r.content.decode()  # type: ignore[attr-defined]
    if "<html" in inhoud:
        assert '<meta name="referrer" content="same-origin">' in inhoud
    assert r["X-Frame-Options"] == "DENY"  # type: ignore[index]
    assert r["X-Content-Type-Options"] == "nosniff"  # type: ignore[index]
    assert "no-store" in r["Cache-Control"]  # type: ignore[index]


@override_settings(MODE="organisatie")
def test_organisatiepaginas_sturen_strikte_beveiligingsheaders(
    stored: StoredCasus, cast: Cast
) -> None:
    _controleer(ingelogd(None).get("/org/inloggen/"))
    client = ingelogd(cast.medewerker)
    for pad in ("/org/casussen/", f"/org/casussen/{stored.pk}/"):
        r = client.get(pad)
        assert r.status_code == 200
        _controleer(r)
        assert ' style="' not in r.content.decode()
        assert "<script>" not in r.content.decode()


@override_settings(
    MODE="organisatie", SECURE_HSTS_SECONDS=31_536_000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True
)
@pytest.mark.django_db
def test_hsts_staat_aan_over_https_in_productie() -> None:
    r = ingelogd(None).get("/org/inloggen/", secure=True)
    assert r["Strict-Transport-Security"].startswith("max-age=31536000")


@override_settings(MODE="organisatie")
def test_sessiecookie_is_httponly_en_strict(cast: Cast) -> None:
    from django.test import Client

    client = Client()
    client.post("/org/inloggen/", {"username": "mw", "password": "een-lang-wachtwoord-42"})
    cookie = client.cookies["sessionid"]
    assert cookie["httponly"] and cookie["samesite"] == "Strict"
