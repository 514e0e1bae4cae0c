"""One translator of validation errors into Dutch (issue 18 item 1).

The casus (CLI and web import), the content-pack editor and the organisation's meldcode
profile each word some errors for their own readers, but all go through
`meldwijzer.engine.fouten.bericht`; a module that reads pydantic's errors must use it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

from meldwijzer.content.messages import dutch_message
from meldwijzer.engine.fouten import bericht, vertaal_fouten
from meldwijzer.meldcode.profiel import ProfielFout, profiel_laden

PAKKET = Path(__file__).resolve().parents[2] / "meldwijzer"


def test_wie_pydantic_fouten_leest_gebruikt_de_ene_vertaler() -> None:
    """A module that looks at an error's `type` must translate through `bericht` (directly
    or through `dutch_message`/`vertaal_fouten`), not with a table of its own."""
    leest = re.compile(r"\b(err|fout|error|item)\[[\"']type[\"']\]")
    gebruikt = re.compile(r"import[^\n]*\b(bericht|dutch_message|vertaal_fouten)\b")
    fouten = [
        str(pad.relative_to(PAKKET))
        for pad in PAKKET.rglob("*.py")
        if pad != PAKKET / "engine" / "fouten.py"
        and leest.search(tekst := pad.read_text(encoding="utf-8"))
        and not gebruikt.search(tekst)
    ]
    assert not fouten, "eigen vertaling van pydantic-fouten in: " + ", ".join(fouten)


class _Voorbeeld(BaseModel):
    aantal: int
    lijst: list[int] = []


def _fout(data: dict[str, object]) -> dict[str, object]:
    with pytest.raises(ValidationError) as exc:
        _Voorbeeld.model_validate(data)
    return dict(exc.value.errors()[0])


def test_elke_lezer_krijgt_zijn_eigen_woorden_uit_dezelfde_vertaler() -> None:
    fout = _fout({"aantal": "veel"})
    assert bericht(fout) == "moet een geheel getal zijn (nu 'veel')"  # the casus's words
    assert dutch_message(fout) == "moet een geheel getal zijn"  # type: ignore[arg-type]
    lijst = _fout({"aantal": 1, "lijst": 3})
    assert dutch_message(lijst) == "moet een lijst zijn (regels die beginnen met '- ')"  # type: ignore[arg-type]
    assert bericht(lijst) == "moet een lijst zijn"


def test_een_onbekend_fouttype_valt_terug_op_de_woorden_van_de_lezer() -> None:
    fout = {"type": "iets_nieuws", "msg": "Something new", "input": 1}
    assert bericht(fout) == "ongeldige waarde"
    assert dutch_message(fout) == "ongeldige waarde (Something new)"  # type: ignore[arg-type]


def test_de_casus_noemt_het_veld() -> None:
    with pytest.raises(ValidationError) as exc:
        _Voorbeeld.model_validate({"aantal": -1.5})
    assert vertaal_fouten(exc.value) == ["aantal: moet een geheel getal zijn (nu -1.5)"]


def test_het_profiel_spreekt_de_woorden_van_een_organisatie() -> None:
    with pytest.raises(ProfielFout) as exc:
        profiel_laden({"naam": "School", "bevoegd_gezag": "Stichting", "sector": "zorg"})
    assert "kies een van: gezondheidszorg, onderwijs" in str(exc.value)
