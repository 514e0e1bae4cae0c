"""The model meldcode (`basismodel.yaml`) is seed 002's Bijlage 1a-1d verbatim.

Every title, paragraph, list item and fill-in description must occur in the seed after the
same normalisation as the content pack's texts (tests/content/seedtekst.py), brackets and all.
"""

from __future__ import annotations

from collections.abc import Iterator

from meldwijzer.meldcode.document import ModelDeel, basismodel

from .seedtekst import niet_gevonden

BPSW = "002_5b0914504b666284.txt"


def _teksten(deel: ModelDeel, waar: str) -> Iterator[tuple[str, str]]:
    yield f"{waar}.titel", deel.titel
    for n, blok in enumerate(deel.blokken):
        if blok.alinea:
            yield f"{waar}.{n}", blok.alinea
        for i, item in enumerate(blok.lijst or []):
            yield f"{waar}.{n}.{i}", item
        if blok.toelichting:
            yield f"{waar}.{n}.toelichting", blok.toelichting
    for sub in deel.delen:
        yield from _teksten(sub, f"{waar}.{sub.id}")


def alle_teksten() -> list[tuple[str, str]]:
    model = basismodel()
    teksten = [t for d in model.delen for t in _teksten(d, d.id)]
    lijst = [(f"verantwoording.{n}", t) for n, t in enumerate(model.verantwoording.items)]
    return [
        *teksten,
        *lijst,
        ("verantwoording.inleiding", model.verantwoording.inleiding),
        ("spreekuur", model.spreekuur.tekst),
        ("titel", model.titel),
    ]


def test_elke_tekst_van_het_basismodel_staat_letterlijk_in_de_seed() -> None:
    assert basismodel().document == BPSW
    afwijkend = {
        waar: mis for waar, tekst in alle_teksten() if (mis := niet_gevonden(tekst, [BPSW]))
    }
    assert afwijkend == {}


def test_de_controle_ziet_alle_delen_van_bijlage_1() -> None:
    plekken = dict(alle_teksten())
    assert len(plekken) > 60
    assert {d.bron for d in basismodel().delen} == {
        "Bijlage 1a",
        "Bijlage 1b",
        "Bijlage 1c",
        "Bijlage 1d",
    }
    assert "stappenplan.stap5.melden.5.1" in plekken  # the last bullet of stap 5
    assert "verantwoordelijkheden.1.6" in plekken  # the last duty of Bijlage 1d


def test_een_veranderde_zin_van_het_model_zou_worden_gevonden() -> None:
    echt = "dat onder cliënt in deze code wordt verstaan: iedere persoon aan wie de sociaal werker"
    assert niet_gevonden(echt, [BPSW]) == []
    assert niet_gevonden(echt.replace("iedere persoon", "elk kind"), [BPSW]) != []
