"""Sector and beroep at the start decide the afwegingskader (issue 17, item 3): her own
kader when meldwijzer has it (BPSW for a sociaal werker, unchanged), else the basis kader with
a plain statement that hers is not included and where it is published (seeds 001, 004)."""

from __future__ import annotations

import html
import io
import json
import re
from pathlib import Path

import pytest
from django.test import Client
from verslag.lezen import docx_tekst, normaal, pdf_tekst  # tests/ is on sys.path

from meldwijzer.engine.casus import Casus
from meldwijzer.verslag import casus_naar_json, casus_uit_json

from .conftest import Wandeling
from .verslag_pagina import lees_verslag

NIET_OPGENOMEN = "Het afwegingskader van uw beroepsgroep zit niet in meldwijzer."
TEMPLATES = Path(__file__).resolve().parents[2] / "meldwijzer" / "web" / "flow" / "templates"


def _start(w: Wandeling, **beroep: str) -> None:
    w.post("/scope/", pagina="start", label="K-1", **beroep)
    w.post("/overzicht/", pagina="scope", situatie="huiselijke_kring")


def _leerkracht(w: Wandeling) -> None:
    _start(w, sector="onderwijs", beroepsgroep="onderwijs")


def test_een_leerkracht_krijgt_het_basiskader_en_hoort_dat_het_hare_ontbreekt(
    wandeling: Wandeling,
) -> None:
    _leerkracht(wandeling)
    casus = wandeling.casus
    assert casus.beroep.sector == "onderwijs" and casus.beroep.beroepsgroep == "onderwijs"
    assert casus.content_pack == "basis@2019.1"
    assert NIET_OPGENOMEN in wandeling.tekst
    assert "U koos: onderwijs (bijvoorbeeld leerkracht), sector onderwijs." in wandeling.tekst
    # Where her own kader is published: the Toolkit and the Meldcode-app (seeds 004, 001).
    assert "Toolkit huiselijk geweld en kindermishandeling" in wandeling.tekst
    assert "Meldcode-app" in wandeling.tekst
    wandeling.post("/stap/4/", pagina="overzicht")
    assert "Heb ik een vermoeden van acute of structurele onveiligheid?" in wandeling.tekst
    assert NIET_OPGENOMEN in wandeling.tekst
    assert "Voorbeelden uit de praktijk" not in wandeling.tekst  # no invented examples
    wandeling.post(
        "/stap/5/",
        pagina="stap4",
        vermoeden_antwoord="ja",
        vermoeden_motivatie="Blauwe plekken gezien.",
        onveiligheid_antwoord="ja",
        onveiligheid_motivatie="Het kind vertelde dat het thuis geslagen wordt.",
    )
    assert "De hulp leidt tot duurzame veiligheid." in wandeling.tekst
    assert "Melden is noodzakelijk." in wandeling.tekst  # the norm, unchanged by the pack
    wandeling.post("/samenvatting/", pagina="stap5")
    tekst = html.unescape(wandeling.tekst)
    assert lees_verslag(tekst).waarden("Sector") == ["Onderwijs"]
    assert "Basiskader meldcode" in tekst


def test_het_verslag_noemt_basiskader_en_sector_in_elk_formaat(wandeling: Wandeling) -> None:
    _leerkracht(wandeling)
    gelezen = {}
    for formaat in ("txt", "html", "pdf", "docx"):
        r = wandeling.client.post(
            f"/verslag/{formaat}/", {"staat": wandeling.staat, "pagina": "samenvatting"}
        )
        assert r.status_code == 200, formaat
        if formaat == "pdf":
            gelezen[formaat] = pdf_tekst(r.content)
        elif formaat == "docx":
            gelezen[formaat] = normaal(docx_tekst(r.content))
        else:
            gelezen[formaat] = normaal(html.unescape(r.content.decode("utf-8")))
    for formaat, tekst in gelezen.items():
        assert "Onderwijs (bijvoorbeeld leerkracht)" in tekst, formaat
        assert "Sector" in tekst and "Onderwijs" in tekst, formaat
        assert "gewerkt met het basiskader" in tekst, formaat


def test_een_sociaal_werker_krijgt_bpsw_precies_zoals_voorheen(client: Client) -> None:
    """Every step page of a sociaal werker's casus is the page a casus without a chosen beroep
    (the flow before this issue) gets, apart from the hidden casus state."""
    zonder, sociaal = Wandeling(client), Wandeling(Client())
    _start(zonder)
    _start(sociaal, sector="jeugdhulp", beroepsgroep="sociaal_werker")
    assert sociaal.casus.content_pack == zonder.casus.content_pack == "bpsw@2019.1"
    staat = re.compile(r'(name="staat"|name="csrfmiddlewaretoken"|data-sleutel=)( value=)?"[^"]*"')
    for stap in range(1, 6):
        pagina = "overzicht" if stap == 1 else f"stap{stap - 1}"
        paginas = [w.post(f"/stap/{stap}/", pagina=pagina) for w in (zonder, sociaal)]
        a, b = (staat.sub("", p.content.decode("utf-8")) for p in paginas)
        assert a == b, f"stap {stap}"
        assert NIET_OPGENOMEN not in b


def test_de_keuze_blijft_na_twee_keer_opslaan_herladen_en_bestand(
    wandeling: Wandeling, client: Client
) -> None:
    _leerkracht(wandeling)
    wandeling.post("/stap/2/", pagina="stap1")
    wandeling.post("/stap/3/", pagina="stap2")
    wandeling.post("/overzicht/", pagina="overzicht", actie="herstel")
    assert wandeling.casus.beroep.beroepsgroep == "onderwijs"
    r = wandeling.client.post("/bewaren/", {"staat": wandeling.staat, "pagina": "samenvatting"})
    assert casus_uit_json(r.content).beroep == wandeling.casus.beroep
    bestand = io.BytesIO(r.content)
    bestand.name = "casus.json"
    geopend = client.post("/openen/", {"bestand": bestand})
    assert NIET_OPGENOMEN in geopend.content.decode("utf-8")


def test_een_casus_van_voor_de_keuze_opent_met_het_standaardpack() -> None:
    oud = json.loads(casus_naar_json(Casus(label="oud")))
    del oud["beroep"]
    assert casus_uit_json(json.dumps(oud).encode()).beroep.beroepsgroep is None


@pytest.mark.parametrize("onzin", ["tandarts", "x" * 500])
def test_een_onbekend_beroep_geeft_een_nederlandse_fout_en_verliest_het_label(
    wandeling: Wandeling, onzin: str
) -> None:
    r = wandeling.post("/scope/", pagina="start", label="BEWAARD-1", beroepsgroep=onzin)
    assert r.status_code == 200
    assert "Selecteer een geldige keuze" in wandeling.tekst
    assert 'value="BEWAARD-1"' in wandeling.tekst


def test_geen_template_noemt_de_gebruiker_sociaal_werker() -> None:
    """Words outside a pack's own seed text say 'professional' or 'beroepskracht'."""
    gevonden = [
        str(p.relative_to(TEMPLATES))
        for p in TEMPLATES.rglob("*.html")
        if "sociaal werker" in p.read_text(encoding="utf-8").lower()
    ]
    assert gevonden == []
