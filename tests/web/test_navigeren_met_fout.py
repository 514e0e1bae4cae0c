"""Choosing another step while the page has an error (issue 13, item 4): she stays on her
page with her input and the error, is told plainly why, and may leave without that input."""

from __future__ import annotations

import re

from .conftest import Wandeling


def test_naar_een_andere_stap_met_een_fout_zegt_waarom_zij_blijft_en_biedt_een_uitweg(
    wandeling: Wandeling,
) -> None:
    wandeling.nieuw()
    wandeling.post("/stap/1/", pagina="overzicht")
    wandeling.post("/stap/3/", pagina="stap1", sig_bron="leerkracht", sig_tekst="")
    tekst = wandeling.tekst
    assert "Beschrijf het signaal" in tekst  # the error, shown again
    assert 'value="leerkracht"' in tekst  # her input, as typed
    assert "U koos ‘Stap 3’, maar deze pagina is nog niet opgeslagen" in tekst
    # The form posts to the page she is on, not to the step she clicked.
    assert re.search(r'<form id="casus"[^>]* action="/stap/1/"', tekst)
    assert 'formaction="/stap/3/" name="actie" value="herstel"' in tekst
    wandeling.post("/stap/3/", pagina="stap1", actie="herstel", sig_bron="leerkracht")
    assert "Gesprek" in wandeling.tekst and "Controleer uw invoer" not in wandeling.tekst
    assert wandeling.casus.signalen == []


def test_zonder_fout_gaat_zij_gewoon_naar_de_gekozen_stap(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post("/stap/3/", pagina="stap1")
    assert "U koos" not in wandeling.tekst
