"""Open findings of the writing check, listed in the verslag when that check is installed.

The writing check (`meldwijzer.engine.schrijfcheck`, issue 5) flags interpretations, vague
wording, missing sources, diagnoses and identifying data in what was recorded (Bijlage 1b,
stap 1: "zo feitelijk mogelijk"). Only a review copy ("controlekopie") lists them, so the
professional can still fix them; the dossier copy does not carry writing tips (issue 15).
Without the check the section is left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from meldwijzer.engine.casus import Casus
from meldwijzer.engine.labels import label
from meldwijzer.verslag import teksten as t
from meldwijzer.verslag.document import Alinea, Blok, Sectie, Veld, Velden

if TYPE_CHECKING:
    from meldwijzer.engine.schrijfcheck.model import Bevinding

CATEGORIE = {
    "interpretatie": "Interpretatie als feit",
    "vaag": "Vage formulering",
    "bron_ontbreekt": "Bron ontbreekt",
    "diagnose": "Diagnose zonder bevoegde bron",
    "identificerend": "Identificerende gegevens",
}


def _controleer() -> Callable[..., Iterable[Bevinding]] | None:
    try:
        from meldwijzer.engine.schrijfcheck import controleer
    except ImportError:
        return None
    return controleer


def _regel(tekst: str, bevinding: Bevinding) -> Veld:
    categorie = str(getattr(bevinding, "categorie", ""))
    begin = getattr(bevinding, "begin", None)
    eind = getattr(bevinding, "eind", None)
    fragment = tekst[begin:eind] if isinstance(begin, int) and isinstance(eind, int) else ""
    uitleg = str(getattr(bevinding, "uitleg", ""))
    suggestie = str(getattr(bevinding, "suggestie", ""))
    waarde = f"“{fragment}”: {uitleg}" if fragment else uitleg
    if suggestie:
        waarde += f" Suggestie: {suggestie}"
    return Veld(CATEGORIE.get(categorie, categorie or "Bevinding"), waarde)


def schrijfcheck_sectie(casus: Casus) -> Sectie | None:
    """Findings per sign, or None when the writing check is not installed."""
    controleer = _controleer()
    if controleer is None:
        return None
    blokken: list[Blok | Sectie] = []
    for n, signaal in enumerate(casus.signalen, start=1):
        bevindingen = list(controleer(signaal.tekst, soort=signaal.soort, bron=signaal.bron))
        if bevindingen:
            titel = f"Signaal {n}: {label(signaal.soort, in_zin=True)} ({t.datum(signaal.datum)})"
            velden = tuple(_regel(signaal.tekst, b) for b in bevindingen)
            blokken.append(Velden(velden, titel=titel))
    if not blokken:
        blokken.append(Alinea("Geen open bevindingen."))
    return Sectie("schrijfcheck", "Controlekopie – schrijfcheck: open bevindingen", tuple(blokken))
