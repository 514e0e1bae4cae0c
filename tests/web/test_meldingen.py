"""Private mode keeps nothing on the server (issue 18, item 3): with django.contrib.messages
installed for organisation mode, no private page adds a message, so no session (where the
messages live) is ever opened and no message cookie is set."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.contrib.sessions.models import Session

from .conftest import Wandeling

PAKKET = Path(__file__).resolve().parents[2] / "meldwijzer"
#: Only organisation mode's pages (behind its login, 404 in private mode) use messages.
MAG_BERICHTEN = ("web/org/", "web/meldcode/", "web/settings.py")


def test_alleen_de_organisatiemodus_gebruikt_berichten() -> None:
    gebruikers = []
    for pad in PAKKET.rglob("*.py"):
        boom = ast.parse(pad.read_text(encoding="utf-8"))
        for knoop in ast.walk(boom):
            namen = []
            if isinstance(knoop, ast.ImportFrom) and knoop.module:
                namen = [knoop.module, *(f"{knoop.module}.{a.name}" for a in knoop.names)]
            elif isinstance(knoop, ast.Import):
                namen = [a.name for a in knoop.names]
            if any(n.startswith("django.contrib.messages") for n in namen):
                gebruikers.append(pad.relative_to(PAKKET).as_posix())
    assert gebruikers, "django.contrib.messages wordt nergens gebruikt"
    buiten = sorted(p for p in gebruikers if not p.startswith(MAG_BERICHTEN))
    assert buiten == []


@pytest.mark.django_db
def test_prive_modus_opent_geen_sessie_en_zet_geen_berichtencookie(
    wandeling: Wandeling,
) -> None:
    wandeling.nieuw()
    wandeling.post("/stap/1/", pagina="stap1", sig_soort="observatie", sig_tekst="Geheim 1")
    wandeling.post("/stap/2/", pagina="stap1")
    wandeling.post("/samenvatting/", pagina="stap2")
    wandeling.client.get("/")
    assert Session.objects.count() == 0
    assert "sessionid" not in wandeling.client.cookies
    assert "messages" not in wandeling.client.cookies
