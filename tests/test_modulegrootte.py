"""No module in `meldwijzer/` over 400 lines, migrations aside (issue 18, item 4: smaller
modules with one subject each). The modules still over the limit are listed by name; the
list can only shrink: a listed module that has come under the limit fails the test too,
so whoever splits it also strikes it here."""

from __future__ import annotations

from pathlib import Path

import meldwijzer

GRENS = 400
PAKKET = Path(meldwijzer.__file__).parent

# Issue 18, item 4: modules still over 400 lines (none left since the split of the engine and
# the flow). Never add one: split it by subject instead.
BEKENDE_UITZONDERINGEN: frozenset[str] = frozenset()


def _regels_per_module() -> dict[str, int]:
    return {
        pad.relative_to(PAKKET).as_posix(): len(pad.read_text(encoding="utf-8").splitlines())
        for pad in sorted(PAKKET.rglob("*.py"))
        if "migrations" not in pad.relative_to(PAKKET).parts
    }


def test_geen_module_boven_de_grens_buiten_de_bekende_uitzonderingen() -> None:
    te_lang = {
        naam: n
        for naam, n in _regels_per_module().items()
        if n > GRENS and naam not in BEKENDE_UITZONDERINGEN
    }
    assert te_lang == {}, f"Modules boven {GRENS} regels; splits ze per onderwerp: {te_lang}"


def test_elke_bekende_uitzondering_is_nog_te_lang() -> None:
    regels = _regels_per_module()
    niet_meer = {naam: regels.get(naam) for naam in BEKENDE_UITZONDERINGEN}
    niet_meer = {naam: n for naam, n in niet_meer.items() if n is None or n <= GRENS}
    assert niet_meer == {}, (
        f"Deze modules zijn gesplitst of weg; haal ze uit BEKENDE_UITZONDERINGEN: {niet_meer}"
    )


def test_de_telling_ziet_de_modules_van_het_pakket_zonder_migraties() -> None:
    """Guard against a count that sees nothing (a wrong root would pass the tests above)."""
    regels = _regels_per_module()
    assert "web/org/services/casus.py" in regels
    assert any(PAKKET.rglob("migrations/0001_*.py"))
    assert not any("migrations" in naam for naam in regels)
