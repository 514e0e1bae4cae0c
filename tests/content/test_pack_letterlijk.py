"""Every text in the shipped pack occurs verbatim in the seed document its `bron` names.

This is what "transcribed, not paraphrased" means in a test: each paragraph and bullet item
must be found in the seed after normalising whitespace, hyphenation and PDF artefacts
(see seedtekst.py). The negative tests show the check does fail on an invented sentence.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from meldwijzer.content.model import Pack

from .seedtekst import CORRECTIES, SEEDS, fragmenten, niet_gevonden, teksten

GEDEELDE_SEEDS = Path("/work/shared/seeds")
BPSW = "002_5b0914504b666284.txt"
FAQ = "003_fb214d7cf9989460.txt"


def test_elke_tekst_van_de_pack_staat_letterlijk_in_zijn_seed(pack: Pack) -> None:
    afwijkend = {
        waar: missers
        for waar, tekst, documenten in teksten(pack)
        if (missers := niet_gevonden(tekst, documenten))
    }
    assert afwijkend == {}


def test_de_controle_bekijkt_alle_teksten_van_de_pack(pack: Pack) -> None:
    plekken = [waar for waar, _tekst, _docs in teksten(pack)]
    assert len(plekken) > 200
    assert "pack.afwegingen.1.hulpvragen.0.vragen.9" in plekken
    assert "pack.faq.28.antwoord" in plekken
    assert "pack.noodsituatie.tekst" in plekken
    assert "pack.scope.5.titel" in plekken


def test_een_verzonnen_zin_wordt_niet_in_de_seed_gevonden() -> None:
    echt = "Verkeert een van de betrokkenen in direct (levens)gevaar?"
    assert niet_gevonden(echt, [BPSW]) == []
    assert niet_gevonden("Verkeert een van de betrokkenen in indirect gevaar?", [BPSW]) != []
    assert niet_gevonden(echt + "\n\nMelden is altijd verplicht.", [BPSW]) == [
        "melden is altijd verplicht"
    ]


def test_een_tekst_uit_het_verkeerde_document_wordt_afgewezen() -> None:
    faq_zin = (
        "Zeker. Bij een nieuwe melding wordt afgewogen of deze met spoed moet worden opgepakt."
    )
    assert niet_gevonden(faq_zin, [FAQ]) == []
    assert niet_gevonden(faq_zin, [BPSW]) != []


def test_fragmenten_negeren_opsommingstekens_en_afbreking() -> None:
    tekst = "- een risicotaxatie- instrument;\n\nTweede  alinea."
    assert fragmenten(tekst) == ["een risicotaxatie-instrument", "tweede alinea"]


@pytest.mark.parametrize(("fout", "goed"), CORRECTIES)
def test_elke_correctie_op_de_seed_bestaat_echt(fout: str, goed: str) -> None:
    seed = (SEEDS / BPSW).read_text(encoding="utf-8")
    assert fout in seed
    assert fout != goed


def test_de_telefoonnummer_tikfout_van_de_faq_staat_in_de_seed_maar_niet_in_de_pack(
    pack: Pack,
) -> None:
    assert "0800 - 0200" in (SEEDS / FAQ).read_text(encoding="utf-8")
    assert "0800-2000" in (SEEDS / BPSW).read_text(encoding="utf-8")
    assert all("0200" not in tekst for _waar, tekst, _docs in teksten(pack))


@pytest.mark.parametrize("naam", [BPSW, FAQ])
def test_de_kopie_van_de_seed_is_gelijk_aan_de_gedeelde_seed(naam: str) -> None:
    gedeeld = GEDEELDE_SEEDS / naam
    if not gedeeld.exists():
        pytest.skip("geen /work/shared/seeds op deze machine; de kopie in tests/ is leidend")
    kopie = SEEDS / naam
    assert (
        hashlib.sha256(kopie.read_bytes()).digest() == hashlib.sha256(gedeeld.read_bytes()).digest()
    )


def test_hoofdstuk_3_staat_in_de_pack_en_letterlijk_in_de_seed(pack: Pack) -> None:
    """Issue 12: the seed's chapter 3 (3.1-3.5) on beroepsgeheim, meldrecht and meldcode,
    including "Al met al is de omgang met het beroepsgeheim een vorm van evenwichtskunst:
    geheimhouding waar mogelijk, zorgvuldige doorbreking van de zwijgplicht waar nodig"."""
    ids = {b.id for b in pack.melding}
    for blok_id in (
        "beroepsgeheim_inleiding",
        "zwijgplicht_algemeen",
        "zwijgplicht_specifiek",
        "paradox_geheimhouding",
        "verhouding_meldcode",
        "handreiking_geheimhouding",
        "toestemming",
        "conflict_van_plichten",
        "vastleggen_besluit",
        "meldrecht",
    ):
        assert blok_id in ids
        blok = pack.melding_blok(blok_id)
        assert niet_gevonden(blok.tekst, [BPSW]) == [], blok_id
    assert "evenwichtskunst" in pack.melding_blok("paradox_geheimhouding").tekst
    assert "artikel 5.2.6" in pack.melding_blok("meldrecht").tekst


def test_het_meldnummer_144_voor_dieren_staat_letterlijk_bij_stap_1(pack: Pack) -> None:
    """002, 1.3 'Huiselijk geweld en kindermishandeling in relatie tot dierenmishandeling',
    with its footnote 4: "Het meldnummer 144 voor dieren in nood." """
    blok = pack.stap(1).blok("dierenmishandeling")
    assert "Het meldnummer 144 voor dieren in nood." in blok.tekst
    assert niet_gevonden(blok.tekst, [BPSW]) == []
