"""Per conversation, the interpretation she gave only after the client's reaction (seed 002,
Bijlage 1b stap 3: "nodig de cliënt uit om een reactie hierop te geven; kom pas na deze
reactie zo nodig met een interpretatie van hetgeen u hebt gezien, gehoord en waargenomen").

Also the demonstration of issue 18 item 2: this field was added by touching the casus
model, the page's field spec and this test only. The page, the recorded item, the summary,
every verslag format and the concept-melding follow from the spec."""

from __future__ import annotations

import html
import io

import pytest
from django.test import Client
from verslag.lezen import docx_tekst, normaal, pdf_tekst  # tests/ is on sys.path

from meldwijzer.verslag import lees_casusbestand

from .conftest import STAAT, Wandeling

INTERPRETATIE = "Ik denk dat de plekken door een val komen kunnen, maar twijfel daaraan."
WACHTWOORD = "lang genoeg wachtwoord"


def _gesprek(w: Wandeling) -> None:
    w.nieuw(label="INT-1", leeftijd="7")
    w.post(
        "/stap/3/",
        pagina="stap3",
        ges_met="ouders",
        ges_inhoud="De blauwe plekken besproken.",
        ges_reactie="Moeder zegt dat hij van de trap viel.",
        ges_interpretatie=INTERPRETATIE,
    )


def test_de_interpretatie_staat_op_de_pagina_en_bij_het_gesprek(wandeling: Wandeling) -> None:
    wandeling.nieuw(label="INT-0")
    wandeling.post("/stap/3/", pagina="stap3")
    tekst = html.unescape(wandeling.tekst)
    assert "Uw interpretatie, pas na de reactie (als u die gaf)" in tekst
    assert 'name="ges_interpretatie"' in tekst
    _gesprek(wandeling)
    (gesprek,) = wandeling.casus.gesprekken
    assert gesprek.interpretatie == INTERPRETATIE
    tekst = html.unescape(wandeling.tekst)
    assert f"Interpretatie na de reactie:</strong> {INTERPRETATIE}" in tekst


def test_een_interpretatie_zonder_gesprekspartner_geeft_een_fout_en_blijft_staan(
    wandeling: Wandeling,
) -> None:
    wandeling.nieuw(label="INT-2")
    wandeling.post("/stap/3/", pagina="stap3", ges_interpretatie=INTERPRETATIE)
    assert "Kies met wie u het gesprek voerde." in wandeling.tekst
    assert INTERPRETATIE in html.unescape(wandeling.tekst)
    assert wandeling.casus.gesprekken == []


def test_de_interpretatie_overleeft_twee_keer_opslaan_herladen_en_een_versleuteld_bestand(
    wandeling: Wandeling, client: Client
) -> None:
    _gesprek(wandeling)
    origineel = wandeling.casus
    for _ in range(2):  # saving the page again adds nothing and loses nothing
        wandeling.post("/stap/3/", pagina="stap3")
        assert wandeling.casus.gesprekken == origineel.gesprekken
    wandeling.post("/stap/3/", pagina="stap3", actie="herstel")  # a reload
    assert wandeling.casus.gesprekken[0].interpretatie == INTERPRETATIE

    r = wandeling.client.post(
        "/bewaren/", {"staat": wandeling.staat, "pagina": "stap3", "wachtwoord": WACHTWOORD}
    )
    assert INTERPRETATIE.encode() not in r.content  # encrypted
    assert lees_casusbestand(r.content, WACHTWOORD).gesprekken[0].interpretatie == INTERPRETATIE
    bestand = io.BytesIO(r.content)
    bestand.name = "casus.meldwijzer"
    nieuw = Wandeling(client)
    nieuw.response = client.post("/openen/", {"bestand": bestand, "wachtwoord": WACHTWOORD})
    gevonden = STAAT.search(nieuw.tekst)
    assert gevonden is not None
    nieuw.staat = html.unescape(gevonden.group(1))
    assert nieuw.casus.gesprekken[0].interpretatie == INTERPRETATIE
    nieuw.post("/stap/3/", pagina="stap3")
    assert nieuw.casus.gesprekken[0].interpretatie == INTERPRETATIE


@pytest.mark.parametrize("formaat", ["txt", "html", "pdf", "docx", "concept"])
def test_de_interpretatie_staat_in_elk_verslagformaat(wandeling: Wandeling, formaat: str) -> None:
    _gesprek(wandeling)
    if formaat == "concept":  # the draft report exists once reporting is at stake
        wandeling.post("/stap/5/", pagina="stap5", melden_keuze="ja")
    r = wandeling.client.post(
        f"/verslag/{formaat}/", {"staat": wandeling.staat, "pagina": "samenvatting"}
    )
    assert r.status_code == 200
    if formaat == "pdf":
        tekst = pdf_tekst(r.content)
    elif formaat == "docx":
        tekst = normaal(docx_tekst(r.content))
    else:
        tekst = normaal(html.unescape(r.content.decode("utf-8")))
    assert "Interpretatie na de reactie" in tekst
    assert INTERPRETATIE in tekst


def test_de_samenvatting_toont_de_interpretatie(wandeling: Wandeling) -> None:
    _gesprek(wandeling)
    wandeling.post("/samenvatting/", pagina="stap3")
    assert INTERPRETATIE in html.unescape(wandeling.tekst)
