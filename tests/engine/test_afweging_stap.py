"""Which afweging belongs to which step is written down once (issue 18 item 1).

BPSW Bijlage 2: afweging 1 and 2 are weighed in stap 4, afweging 3, 4 and 5 in stap 5. The
engine holds the mapping (`casus.AFWEGING_STAP`); the flow's pages, the pack's checks and the
verslag read it. The test fails when a copy appears anywhere else in the package: a literal
list of one step's afwegingen, or a literal mapping of afweging ids to their step.
"""

from __future__ import annotations

import ast
from pathlib import Path

from meldwijzer.content.model import AFWEGING_STAPPEN
from meldwijzer.engine.casus import AFWEGING_IDS, AFWEGING_STAP, afwegingen_van_stap
from meldwijzer.engine.norm_beslissingen import HULP_AFWEGINGEN
from meldwijzer.web.flow.forms import STAP4_AFWEGINGEN, STAP5_AFWEGINGEN

PAKKET = Path(__file__).resolve().parents[2] / "meldwijzer"
HOME = PAKKET / "engine" / "casus_stap4_5.py"
GROEPEN = {frozenset(afwegingen_van_stap(4)), frozenset(afwegingen_van_stap(5))}


def test_de_stappen_volgen_bijlage_2() -> None:
    assert afwegingen_van_stap(4) == ("vermoeden", "onveiligheid")
    assert afwegingen_van_stap(5) == ("hulp_bieden", "medewerking", "duurzame_veiligheid")
    assert AFWEGING_IDS == (*afwegingen_van_stap(4), *afwegingen_van_stap(5))


def test_elke_lezer_gebruikt_dezelfde_koppeling() -> None:
    assert AFWEGING_STAPPEN is AFWEGING_STAP
    assert STAP4_AFWEGINGEN == afwegingen_van_stap(4)
    assert STAP5_AFWEGINGEN == HULP_AFWEGINGEN == afwegingen_van_stap(5)


def _kopieen(boom: ast.AST) -> list[int]:
    regels = []
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.Tuple | ast.List | ast.Set):
            waarden = [e.value for e in knoop.elts if isinstance(e, ast.Constant)]
            if len(waarden) == len(knoop.elts) and frozenset(waarden) in GROEPEN:
                regels.append(knoop.lineno)
        if isinstance(knoop, ast.Dict):
            sleutels = {k.value for k in knoop.keys if isinstance(k, ast.Constant)}
            stappen = {v.value for v in knoop.values if isinstance(v, ast.Constant)}
            if sleutels & set(AFWEGING_IDS) and stappen <= {4, 5} and stappen:
                regels.append(knoop.lineno)
    return regels


def test_nergens_anders_een_kopie_van_de_koppeling() -> None:
    fouten = []
    for pad in PAKKET.rglob("*.py"):
        if pad == HOME or "migrations" in pad.parts:
            continue
        for regel in _kopieen(ast.parse(pad.read_text(encoding="utf-8"))):
            fouten.append(f"{pad.relative_to(PAKKET)}:{regel}")
    assert not fouten, "De stap van een afweging hoort alleen in engine/casus_stap4_5.py:\n" + (
        "\n".join(fouten)
    )


def test_de_zoeker_vindt_een_kopie() -> None:
    """Guard against a search that sees nothing."""
    assert _kopieen(ast.parse('X = ("medewerking", "hulp_bieden", "duurzame_veiligheid")'))
    assert _kopieen(ast.parse('Y = {"vermoeden": 4, "onveiligheid": 4}'))
    assert _kopieen(ast.parse('z = a in ["vermoeden", "onveiligheid"]'))
    assert not _kopieen(ast.parse('X = ("vermoeden", "hulp_bieden")'))
