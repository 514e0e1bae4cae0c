from __future__ import annotations

import io

from django.test import Client

from meldwijzer.verslag import casus_uit_json, lees_casusbestand

from .conftest import Wandeling
from .verslag_pagina import lees_verslag


def _volle_casus(w: Wandeling) -> None:
    w.nieuw(label="SAM-1", leeftijd="8")
    w.post("/stap/1/", pagina="stap1", sig_soort="observatie", sig_tekst="Waarneming OBS-1")
    w.post("/stap/1/", pagina="stap1", sig_soort="hypothese", sig_tekst="Hypothese HYP-1")
    w.post("/stap/1/", pagina="stap1", sig_soort="derden", sig_tekst="Derde DER-1", sig_bron="juf")
    w.post("/stap/2/", pagina="stap2", con_met="collega", con_advies="Advies CON-1")
    w.post("/stap/3/", pagina="stap3", ges_met="ouders", ges_inhoud="Gesprek GES-1")
    w.post(
        "/stap/4/", pagina="stap4", vermoeden_antwoord="ja", vermoeden_motivatie="Motivatie AFW-1"
    )


def test_samenvatting_toont_alles_in_de_volgorde_van_een_toetser(wandeling: Wandeling) -> None:
    _volle_casus(wandeling)
    wandeling.post("/samenvatting/", pagina="overzicht")
    tekst = wandeling.tekst
    volgorde = ["OBS-1", "HYP-1", "DER-1", "CON-1", "GES-1", "AFW-1", "1. Is melden noodzakelijk?"]
    posities = [tekst.index(m) for m in volgorde]
    assert posities == sorted(posities)
    assert lees_verslag(tekst, "stap1-derden").waarden("Bron") == ["juf"]
    assert "Open punten volgens meldwijzer" in lees_verslag(tekst).koppen


def test_verslag_als_pdf_en_word_uit_de_meegestuurde_casus(wandeling: Wandeling) -> None:
    _volle_casus(wandeling)
    pdf = wandeling.client.post(
        "/verslag/pdf/", {"staat": wandeling.staat, "pagina": "samenvatting"}
    )
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert "attachment;" in pdf["Content-Disposition"]
    docx = wandeling.client.post(
        "/verslag/docx/", {"staat": wandeling.staat, "pagina": "samenvatting"}
    )
    assert docx.content.startswith(b"PK")


def test_verslag_voor_het_dossier_zonder_schrijftips_controlekopie_met(
    wandeling: Wandeling,
) -> None:
    """Issue 15: the dossier copy leaves the findings out; the review copy lists them."""
    _volle_casus(wandeling)
    wandeling.post("/stap/1/", pagina="stap1", sig_soort="observatie", sig_tekst="Vader is koppig.")
    data = {"staat": wandeling.staat, "pagina": "samenvatting"}
    dossier = wandeling.client.post("/verslag/txt/", data).content.decode("utf-8")
    controle = wandeling.client.post(
        "/verslag/txt/", {**data, "controlekopie": "1"}
    ).content.decode("utf-8")
    assert "Vader is koppig." in dossier and "schrijfcheck" not in dossier.lower()
    assert "Controlekopie" in controle and "koppig" in controle.split("Controlekopie", 1)[1]
    wandeling.post("/samenvatting/", pagina="overzicht")
    assert 'name="controlekopie"' in wandeling.tekst


def test_verslag_in_onbekend_formaat_geeft_nederlandse_fout(wandeling: Wandeling) -> None:
    _volle_casus(wandeling)
    r = wandeling.client.post("/verslag/exe/", {"staat": wandeling.staat, "pagina": "samenvatting"})
    assert r.status_code == 400
    assert "Onbekend formaat" in r.content.decode()


def test_casus_bewaren_en_weer_openen_geeft_dezelfde_casus(
    wandeling: Wandeling, client: Client
) -> None:
    _volle_casus(wandeling)
    origineel = wandeling.casus
    r = wandeling.client.post("/bewaren/", {"staat": wandeling.staat, "pagina": "samenvatting"})
    assert r["Content-Disposition"].endswith('.json"')
    assert casus_uit_json(r.content) == origineel
    bestand = io.BytesIO(r.content)
    bestand.name = "casus.json"
    geopend = client.post("/openen/", {"bestand": bestand})
    assert "Waar staat deze casus?" in geopend.content.decode()
    assert "SAM-1" in geopend.content.decode()


def test_casus_met_wachtwoord_bewaren_en_fout_wachtwoord_geeft_duidelijke_melding(
    wandeling: Wandeling, client: Client
) -> None:
    _volle_casus(wandeling)
    r = wandeling.client.post(
        "/bewaren/",
        {
            "staat": wandeling.staat,
            "pagina": "samenvatting",
            "wachtwoord": "lang genoeg wachtwoord",
        },
    )
    assert b"OBS-1" not in r.content
    assert lees_casusbestand(r.content, "lang genoeg wachtwoord") == wandeling.casus
    bestand = io.BytesIO(r.content)
    bestand.name = "casus.meldwijzer"
    fout = client.post("/openen/", {"bestand": bestand, "wachtwoord": "verkeerd"})
    assert "Het wachtwoord klopt niet" in fout.content.decode()
    assert (
        'name="staat" value=""' not in fout.content.decode() or "SAM-1" not in fout.content.decode()
    )


def test_kapot_bestand_openen_geeft_een_nederlandse_fout(client: Client) -> None:
    bestand = io.BytesIO(b"dit is geen json")
    bestand.name = "x.json"
    r = client.post("/openen/", {"bestand": bestand})
    assert "geen geldige JSON" in r.content.decode()
    r = client.post("/openen/", {})
    assert "Kies een casusbestand" in r.content.decode()


def test_afsluiten_vraagt_een_reden_en_kan_weer_heropend(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post(
        "/stap/4/", pagina="stap4", vermoeden_antwoord="nee", vermoeden_motivatie="Verklaring klopt"
    )
    wandeling.post("/afsluiten/", pagina="overzicht")
    assert "U mag de meldcode afsluiten" in wandeling.tekst
    wandeling.post("/samenvatting/", pagina="afsluiten", actie="afsluiten")
    assert "Geef de reden waarom u de meldcode afsluit" in wandeling.tekst
    wandeling.post(
        "/samenvatting/", pagina="afsluiten", actie="afsluiten", reden="Geen vermoeden meer"
    )
    assert wandeling.casus.afgesloten is not None
    assert wandeling.casus.afgesloten.reden == "Geen vermoeden meer"
    assert lees_verslag(wandeling.tekst, "afsluiting").waarden("Reden") == ["Geen vermoeden meer"]
    wandeling.post("/overzicht/", pagina="samenvatting", actie="heropenen")
    assert wandeling.casus.afgesloten is None


def test_wissen_vraagt_bevestiging_en_geeft_dan_een_lege_start(wandeling: Wandeling) -> None:
    wandeling.nieuw(label="WIS-1")
    wandeling.post("/wissen/", pagina="overzicht")
    assert "Alles wissen?" in wandeling.tekst
    assert wandeling.casus.label == "WIS-1"
    r = wandeling.client.post("/wissen/", {"staat": wandeling.staat, "bevestigd": "1"})
    tekst = r.content.decode()
    assert 'data-wissen="1"' in tekst
    assert "WIS-1" not in tekst


def test_mail_staat_uit_zonder_smtp_en_de_pagina_zegt_dat(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    wandeling.post("/samenvatting/", pagina="overzicht")
    assert "Mailen is niet ingesteld" in wandeling.tekst
    wandeling.post("/mailen/", pagina="samenvatting")
    assert "Let op uw privacy" in wandeling.tekst
