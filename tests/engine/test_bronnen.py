"""Every advice cites a seed section that exists in the content pack, and every quote it gives
stands in the pack's text of that section (issue 12, finding 10: "Every citation must point at
the text that says it")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest

from meldwijzer.content.loader import basis_pack, default_pack
from meldwijzer.content.model import Bron, Pack
from meldwijzer.engine.regels import PACK_SEEDS, REGELS, Verwijzing


def _norm(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst.replace("\n- ", " ")).strip()


def _elementen(pack: Pack) -> Iterator[tuple[list[Bron], str]]:
    """Every text of the pack with its sources."""
    for stap in pack.stappen:
        yield [stap.bron], f"{stap.titel} {stap.kort} {stap.instructie}"
        for blok in stap.blokken:
            yield blok.bronnen, f"{blok.titel} {blok.tekst}"
    for blok in (*pack.melding, pack.noodsituatie):
        if blok is not None:  # the basis kader has no emergency block of its own
            yield blok.bronnen, f"{blok.titel} {blok.tekst}"
    for d in pack.definities:
        yield [d.bron], d.tekst
    for a in pack.afwegingen:
        yield [a.bron], f"{a.vraag} {a.toelichting}"
        for groep in a.hulpvragen:
            yield [groep.bron], " ".join(groep.vragen)
        for vb in a.voorbeelden:
            yield [vb.bron], vb.tekst
    for vraag in pack.conflict_van_plichten:
        yield [vraag.bron], vraag.tekst
    for regel in pack.scope:
        yield [regel.bron], regel.tekst


def secties(pack: Pack) -> dict[tuple[str, str], str]:
    """(seed, section) → all pack text filed under it. A `bron.sectie` may name several
    sections separated by ';'. FAQ items are filed under their own question."""
    uit: dict[tuple[str, str], list[str]] = defaultdict(list)
    for bronnen, tekst in _elementen(pack):
        for bron in bronnen:
            seed = bron.document[:3]
            for sectie in bron.sectie.split(";"):
                uit[(seed, sectie.strip())].append(_norm(tekst))
    for item in pack.faq:
        uit[("003", f"Veelgestelde vragen, {item.vraag}")].append(_norm(item.antwoord))
    return {k: " ".join(v) for k, v in uit.items()}


SECTIES = secties(default_pack())
#: The basis kader transcribes seeds 000, 001 and 004: a rule citing one of its sections is
#: checked against it like a BPSW citation (e.g. newcomer families, seed 001).
BASIS_SECTIES = secties(basis_pack())


def _in_pack(bron: Verwijzing) -> bool:
    """A BPSW-pack seed, or a quote that stands in the basis kader's text of its section."""
    if bron.seed in PACK_SEEDS:
        return True
    tekst = BASIS_SECTIES.get((bron.seed, bron.sectie))
    return tekst is not None and bool(bron.citaat) and _norm(bron.citaat) in tekst


@pytest.mark.parametrize("code", sorted(REGELS))
def test_elke_regel_citeert_een_sectie_die_in_de_pack_bestaat(code: str) -> None:
    regel = REGELS[code]
    assert regel.bronnen, f"{code}: geen gestructureerde bronnen"
    in_pack = [b for b in regel.bronnen if _in_pack(b)]
    assert in_pack, f"{code}: geen bron in de pack"
    alle = {**SECTIES, **BASIS_SECTIES}
    for b in in_pack:
        assert (b.seed, b.sectie) in alle, f"{code}: sectie {b.sectie!r} staat niet in de pack"
        if b.citaat:
            assert _norm(b.citaat) in alle[(b.seed, b.sectie)], (
                f"{code}: citaat {b.citaat!r} staat niet in {b.sectie!r}"
            )
    for b in regel.bronnen:
        assert b.citaat or b.seed in PACK_SEEDS, f"{code}: bron buiten de pack zonder citaat"


def test_elke_adviesregel_heeft_een_citaat() -> None:
    """A quote makes the citation checkable: the rule points at the text that says it."""
    zonder = [c for c, r in REGELS.items() if not any(b.citaat for b in r.bronnen)]
    assert zonder == []


def test_de_pack_noteert_dat_de_wbp_is_vervangen_zonder_de_seedtekst_te_wijzigen() -> None:
    """002, 3.2 NB 1 cites "De Wet bescherming persoonsgegevens", replaced by the AVG/UAVG in
    2018. The seed text stays; a note beside it says what holds now."""
    blok = default_pack().melding_blok("toestemming")
    assert "De Wet bescherming persoonsgegevens bepaalt" in blok.tekst
    assert "AVG" in blok.noot and "UAVG" in blok.noot
