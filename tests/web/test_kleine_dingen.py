"""Small things a reviewer notices (issue 13, item 6), on the server side."""

from __future__ import annotations

from meldwijzer.engine.casus import MAX_KORT

from .conftest import Wandeling
from .verslag_pagina import lees_verslag


def test_geen_veld_knipt_geplakte_tekst_stil_af(wandeling: Wandeling) -> None:
    """No `maxlength` (the browser cuts a paste silently); the limit is in data-max."""
    wandeling.nieuw()
    wandeling.post("/stap/1/", pagina="overzicht")
    assert "maxlength" not in wandeling.tekst
    assert f'name="sig_bron" data-max="{MAX_KORT}"' in wandeling.tekst


def test_te_lange_tekst_geeft_een_melding_en_blijft_staan(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    lang = "bron " + "x" * MAX_KORT
    wandeling.post("/stap/1/", pagina="stap1", sig_soort="derden", sig_tekst="Iets", sig_bron=lang)
    assert "Controleer uw invoer" in wandeling.tekst
    assert f"{MAX_KORT} " in wandeling.tekst.split("foutsamenvatting", 1)[1][:2000]
    assert lang in wandeling.tekst
    assert wandeling.casus.signalen == []


def test_kindcheck_kop_staat_een_keer_op_stap_1(wandeling: Wandeling) -> None:
    wandeling.nieuw(leeftijd="40")
    wandeling.post("/stap/1/", pagina="overzicht")
    assert wandeling.tekst.count(">Kindcheck<") == 1


def test_samenvatting_van_een_minderjarige_toont_geen_nooit_gestelde_kindcheck(
    wandeling: Wandeling,
) -> None:
    wandeling.nieuw(leeftijd="9")
    wandeling.post("/samenvatting/", pagina="overzicht")
    kindcheck = lees_verslag(wandeling.tekst, "stap1-kindcheck")  # the verslag's own words
    assert kindcheck.velden == []  # no answer to a question never put
    assert kindcheck.teksten == ["Niet gevraagd: de cliënt is zelf minderjarig."]
    assert "Weet ik niet" not in wandeling.tekst


def test_samenvatting_noemt_het_kader_een_keer_en_wie_het_werk_deed(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post(
        "/samenvatting/",
        pagina="stap1",
        prof_functie="mentor",
        prof_organisatie="Het Lyceum",
        prof_beslisser="directeur",
    )
    tekst = wandeling.tekst
    assert tekst.count("Afwegingskader psychologen, pedagogen") == 1
    assert "mentor, Het Lyceum" in tekst and "directeur" in tekst


def test_samenvatting_toont_netwerk_hulp_en_vraag_aan_veilig_thuis(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post(
        "/samenvatting/",
        pagina="stap5",
        melden_keuze="ja",
        melden_reden="Zorgen blijven.",
        m_netwerk="Oma woont in de straat.",
        m_bestaande_hulp="Wijkteam.",
        m_vraag="Onderzoek naar de veiligheid thuis.",
    )
    for tekst in ("Oma woont in de straat.", "Wijkteam.", "Onderzoek naar de veiligheid thuis."):
        assert tekst in wandeling.tekst
