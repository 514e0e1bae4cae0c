"""The kind of a sign is asked, never assumed (issue 13, item 5; Bijlage 1b, stap 1)."""

from __future__ import annotations

from .conftest import Wandeling


def test_soort_signaal_heeft_geen_voorkeuze(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post("/stap/1/", pagina="overzicht")
    assert 'name="sig_soort"' in wandeling.tekst
    assert "checked" not in wandeling.tekst.split('name="sig_soort"', 1)[1].split("</fieldset>")[0]


def test_signaal_zonder_soort_vraagt_de_soort_en_houdt_de_tekst(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post("/stap/1/", pagina="stap1", sig_tekst="Hoorde van een buurvrouw iets")
    assert "Kies wat voor signaal dit is." in wandeling.tekst
    assert "Hoorde van een buurvrouw iets" in wandeling.tekst
    assert wandeling.casus.signalen == []
