"""One home for the label of every choice (issue 18, point 1; issue 13, item 6).

Fails when an enum value of the casus has no label in meldwijzer/engine/labels.py, or when a
label is written down anywhere else in the package (a second copy drifts: the screen said
"Seksueel misbruik" where the verslag said "seksueel geweld").
"""

from __future__ import annotations

import inspect
import re
from enum import StrEnum
from pathlib import Path

from meldwijzer.engine import casus
from meldwijzer.engine.beroep import Beroepsgroep, Sector
from meldwijzer.engine.labels import LABELS, keuzes, label

PAKKET = Path(__file__).resolve().parents[2] / "meldwijzer"
HOME = PAKKET / "engine" / "labels.py"


def _enums() -> list[type[StrEnum]]:
    """The casus's choices: defined in `casus.py` or one of its parts (`casus_*.py`),
    re-exported from `casus`, and the sector and beroepsgroep of `beroep.py`."""
    eigen = [
        obj
        for _, obj in inspect.getmembers(casus, inspect.isclass)
        if issubclass(obj, StrEnum)
        and obj is not StrEnum
        and (obj.__module__ == casus.__name__ or obj.__module__.startswith(casus.__name__ + "_"))
    ]
    return [*eigen, Sector, Beroepsgroep]


def test_de_telling_ziet_de_keuzes_van_de_casus() -> None:
    """Guard against a filter that sees nothing (the tests below would pass on no enum)."""
    enums = _enums()
    assert {casus.Vorm, casus.Tolk, casus.Antwoord, casus.GrondGeenGesprekKind} <= set(enums)
    assert len(enums) == 17


def test_elke_waarde_van_elke_keuze_in_de_casus_heeft_een_label() -> None:
    for enum in _enums():
        assert enum in LABELS, f"{enum.__name__} heeft geen labels in engine/labels.py"
        for waarde in enum:
            assert label(waarde).strip(), f"{enum.__name__}.{waarde.name} heeft geen label"
        assert [w for w, _ in keuzes(enum)] == [w.value for w in LABELS[enum]]


def test_label_in_een_zin_begint_klein_behalve_een_naam() -> None:
    assert label(casus.GesprekMet.CLIENT, in_zin=True) == "de cliënt"
    assert label(casus.ConsultatieMet.VEILIG_THUIS, in_zin=True).startswith("Veilig Thuis")


def test_het_label_van_seksueel_geweld_volgt_de_seed() -> None:
    """BPSW 2.2: '... huwelijksdwang, seksueel geweld en eergerelateerd geweld'."""
    assert label(casus.Vorm.SEKSUEEL) == "Seksueel geweld"


def _bronbestanden() -> list[Path]:
    return [p for p in PAKKET.rglob("*.py") if p != HOME and "migrations" not in p.parts]


def test_geen_label_staat_ergens_anders_in_de_code() -> None:
    """No enum member mapped to a text outside labels.py (`Vorm.SEKSUEEL: "..."`,
    `(Vorm.SEKSUEEL.value, "...")`), and no longer label copied as a literal."""
    namen = "|".join(e.__name__ for e in _enums())
    koppeling = re.compile(rf"\b({namen})\.[A-Z_]+(\.value)?\s*[:,]\s*\(?\s*['\"]")
    lange_labels = {t for m in LABELS.values() for t in m.values() if " " in t and len(t) >= 12}
    fouten = []
    for pad in _bronbestanden():
        tekst = pad.read_text(encoding="utf-8")
        for treffer in koppeling.finditer(tekst):
            fouten.append(f"{pad.relative_to(PAKKET)}: {treffer.group(0)}")
        for lang in lange_labels:
            if f'"{lang}"' in tekst or f"'{lang}'" in tekst:
                fouten.append(f"{pad.relative_to(PAKKET)}: {lang!r}")
    assert not fouten, "Labels horen alleen in engine/labels.py:\n" + "\n".join(fouten)
