"""The basis kader holds only the government's texts: every text occurs verbatim in the seed
its `bron` names (000 Basisdocument, 001 and 004 on the meldcode), and nothing of a
beroepsgroep's own kader (no helper questions, examples, definitions) is invented for it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from meldwijzer.content.loader import BASIS_PACK, load_pack
from meldwijzer.content.model import Pack

from .seedtekst import SEEDS, niet_gevonden, teksten

GEDEELDE_SEEDS = Path("/work/shared/seeds")
BASIS_SEEDS = ("000_f74347009dd5e9e6.txt", "001_e9d0a30d6469da80.txt", "004_b221f09de1fbf4de.txt")


@pytest.fixture(scope="module")
def basis() -> Pack:
    return load_pack(BASIS_PACK)


def test_elke_tekst_van_het_basiskader_staat_letterlijk_in_zijn_seed(basis: Pack) -> None:
    afwijkend = {
        waar: missers
        for waar, tekst, documenten in teksten(basis)
        if (missers := niet_gevonden(tekst, documenten))
    }
    assert afwijkend == {}


def test_het_basiskader_citeert_alleen_de_algemene_seeds(basis: Pack) -> None:
    plekken = list(teksten(basis))
    assert len(plekken) > 25
    assert {d for _waar, _tekst, docs in plekken for d in docs} == set(BASIS_SEEDS)


def test_de_vijf_stappen_en_de_drie_voorwaarden_staan_erin(basis: Pack) -> None:
    assert basis.is_basis
    assert [s.kort for s in basis.stappen] == [
        "Breng signalen in kaart",
        "Overleg met een collega",
        "Ga in gesprek met de betrokkene(n)",
        "Weeg het huiselijk geweld of de kindermishandeling",
        "Neem twee beslissingen",
    ]
    assert [a.vraag for a in basis.afwegingen[2:]] == [
        "De professional in staat is om effectieve/passende hulp te bieden of te organiseren.",
        "De betrokkenen meewerken aan de geboden of georganiseerde hulp.",
        "De hulp leidt tot duurzame veiligheid.",
    ]
    assert "Toolkit" in basis.stap(4).blok("eigen_kader").tekst
    assert "Meldcode-app" in basis.stap(4).blok("eigen_kader").tekst


def test_het_basiskader_verzint_geen_kader_van_een_beroepsgroep(basis: Pack) -> None:
    assert all(not a.hulpvragen and not a.voorbeelden for a in basis.afwegingen)
    assert basis.definities == [] and basis.faq == [] and basis.scope == []
    assert basis.conflict_van_plichten == [] and basis.noodsituatie is None
    assert basis.meta.beroepsgroepen == []


def test_een_verzonnen_zin_in_het_basiskader_wordt_gevonden(basis: Pack) -> None:
    stap = basis.stap(4)
    blok = stap.blok("twijfel").model_copy(update={"tekst": "Bel bij twijfel de politie."})
    assert niet_gevonden(blok.tekst, [blok.bron.document]) == ["bel bij twijfel de politie"]


@pytest.mark.parametrize("naam", BASIS_SEEDS)
def test_de_kopie_van_de_seed_is_gelijk_aan_de_gedeelde_seed(naam: str) -> None:
    if not GEDEELDE_SEEDS.is_dir():
        pytest.skip("geen gedeelde seeds op deze machine; de kopie wordt dan gebruikt")
    eigen = hashlib.sha256((SEEDS / naam).read_bytes()).hexdigest()
    gedeeld = hashlib.sha256((GEDEELDE_SEEDS / naam).read_bytes()).hexdigest()
    assert eigen == gedeeld
