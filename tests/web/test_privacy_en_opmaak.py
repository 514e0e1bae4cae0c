"""Private mode keeps nothing and pages hold to the strict Content-Security-Policy."""

from __future__ import annotations

import itertools
import re

from django.test import Client

from .conftest import Wandeling

PAGINAS = [
    "/scope/",
    "/overzicht/",
    "/stap/1/",
    "/stap/2/",
    "/stap/3/",
    "/stap/4/",
    "/stap/5/",
    "/samenvatting/",
    "/afsluiten/",
    "/acuut-gevaar/",
    "/mailen/",
]


def _alle_paginas(w: Wandeling) -> list[str]:
    w.nieuw(leeftijd="30")
    teksten = []
    for url in PAGINAS:
        w.post(url, pagina="overzicht")
        assert w.response is not None and w.response.status_code == 200, url
        teksten.append(w.tekst)
    return teksten


def test_geen_inline_script_of_stijl_op_enige_pagina(wandeling: Wandeling, client: Client) -> None:
    teksten = [client.get("/").content.decode(), *_alle_paginas(wandeling)]
    for tekst in teksten:
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", tekst)
        assert "<style" not in tekst
        assert not re.search(r"\sstyle=", tekst)
        assert not re.search(r"\son[a-z]+=", tekst)  # no inline event handlers
        assert not re.search(r'(src|href)="https?://', tekst)  # no third-party hosts


def test_koppen_staan_in_volgorde_en_elke_pagina_heeft_een_h1(wandeling: Wandeling) -> None:
    for tekst in _alle_paginas(wandeling):
        niveaus = [int(n) for n in re.findall(r"<h([1-6])", tekst)]
        assert niveaus.count(1) == 1
        for vorige, volgende in itertools.pairwise(niveaus):
            assert volgende <= vorige + 1


def test_prive_modus_zet_geen_sessiecookie_en_verbiedt_opslaan_in_caches(
    wandeling: Wandeling,
) -> None:
    wandeling.nieuw()
    r = wandeling.post("/stap/1/", pagina="stap1", sig_soort="observatie", sig_tekst="Geheim 1")
    assert "sessionid" not in r.cookies
    assert r["Cache-Control"] == "no-store"
    assert "script-src 'self'" in r["Content-Security-Policy"]


def test_paginas_blijven_licht(wandeling: Wandeling) -> None:
    import gzip
    from pathlib import Path

    statisch = (
        Path(__file__).resolve().parents[2] / "meldwijzer" / "web" / "flow" / "static" / "flow"
    )
    extra = sum(len(gzip.compress((statisch / n).read_bytes())) for n in ("flow.css", "flow.js"))
    for tekst in _alle_paginas(wandeling):
        assert len(gzip.compress(tekst.encode())) + extra < 30_000
