"""Newcomer families in stap 3 (issue 17, item 4; seed 001: "Werken met de meldcode bij gezinnen
die recent in Nederland zijn brengt extra uitdagingen met zich mee"): whether an interpreter
was used, the language and what made the conversation hard are recorded with the
conversation, the advice names the barriers once the family is marked as recently arrived,
and every verslag format prints them as facts of the conversation."""

from __future__ import annotations

import html

import pytest
from verslag.lezen import docx_tekst, normaal, pdf_tekst  # tests/ is on sys.path

from meldwijzer.engine.casus import Tolk
from meldwijzer.engine.regels import REGELS

from .conftest import Wandeling

MOEILIJK = "Vader antwoordde voor moeder; over slaan werd niet gesproken."


def _gesprek_met_tolk(w: Wandeling) -> None:
    w.nieuw(label="NK-1", leeftijd="7")
    w.post(
        "/stap/3/",
        pagina="stap3",
        recent_in_nederland="on",
        ges_met="ouders",
        ges_inhoud="De blauwe plekken besproken.",
        ges_tolk="professioneel",
        ges_taal="Tigrinya",
        ges_moeilijk=MOEILIJK,
    )


def test_tolk_taal_en_moeite_worden_bij_het_gesprek_vastgelegd(wandeling: Wandeling) -> None:
    _gesprek_met_tolk(wandeling)
    casus = wandeling.casus
    assert casus.recent_in_nederland is True
    (gesprek,) = casus.gesprekken
    assert (gesprek.tolk, gesprek.taal, gesprek.moeilijk) == (
        Tolk.PROFESSIONEEL,
        "Tigrinya",
        MOEILIJK,
    )
    tekst = html.unescape(wandeling.tekst)
    assert "Tolk:</strong> Een professionele tolk" in tekst
    assert "Taal:</strong> Tigrinya" in tekst


def test_het_advies_noemt_de_barrieres_alleen_bij_een_gezin_dat_recent_in_nederland_is(
    wandeling: Wandeling,
) -> None:
    advies = REGELS["nieuwkomers"].tekst
    assert "professionele tolk, niet door een familielid of het kind" in advies
    wandeling.nieuw(label="NK-2")
    wandeling.post("/stap/3/", pagina="stap3", ges_met="client", ges_inhoud="Besproken.")
    assert advies not in html.unescape(wandeling.tekst)
    wandeling.post("/stap/3/", pagina="stap3", recent_in_nederland="on")
    assert advies in html.unescape(wandeling.tekst)
    assert "taalbarrière" in advies


def test_een_tolk_zonder_gesprekspartner_geeft_een_nederlandse_fout(wandeling: Wandeling) -> None:
    wandeling.nieuw(label="NK-3")
    wandeling.post("/stap/3/", pagina="stap3", ges_tolk="familie_of_kind", ges_taal="Pools")
    assert "Kies met wie u het gesprek voerde." in wandeling.tekst
    assert 'value="Pools"' in wandeling.tekst
    assert wandeling.casus.gesprekken == []


@pytest.mark.parametrize("formaat", ["txt", "html", "pdf", "docx", "concept"])
def test_de_tolk_staat_in_elk_verslagformaat(wandeling: Wandeling, formaat: str) -> None:
    _gesprek_met_tolk(wandeling)
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
    assert "professionele tolk" in tekst
    assert "Tigrinya" in tekst
    assert MOEILIJK in tekst
