"""Sections around the report and the closing (BPSW 2.2 stap 5, hoofdstuk 3.3 en 3.4).

A reviewer asks: was it discussed with the client, what was the reaction, was consent asked,
how were objections weighed, which questions of the conflict of duties were answered and whom
was consulted, did the reporter stay anonymous and why, and what was agreed with Veilig Thuis.
"""

from __future__ import annotations

from meldwijzer.engine.casus import Casus, ConflictVanPlichten
from meldwijzer.engine.paginaspec_stap4_5 import STAP5
from meldwijzer.verslag import teksten as t
from meldwijzer.verslag.bronnen import Vragen
from meldwijzer.verslag.document import Blok, Sectie, Veld, Velden, sectie_of_leeg
from meldwijzer.verslag.velden import rijen

CONFLICT_VELDEN: tuple[str, ...] = (
    "gewichtige_belangen",
    "andere_weg",
    "waarom_geen_toestemming",
    "belangen_afgewogen",
    "welke_informatie_aan_wie",
    "geraadpleegd",
)


def melding_velden(casus: Casus) -> list[Veld]:
    """Only what was recorded; the caller shows "Niets vastgelegd." when this is empty."""
    melding = [v for v in STAP5.velden if v.groep != "cvp"]  # those: conflict_velden
    datum = STAP5.veld("m_datum")  # the date first, then the rest as the page asks them
    velden = rijen([datum, *(v for v in melding if v is not datum)], casus, casus)
    return velden


def conflict_velden(conflict: ConflictVanPlichten, vragen: Vragen) -> list[Veld]:
    velden: list[Veld] = []
    for positie, naam in enumerate(CONFLICT_VELDEN):
        antwoord = getattr(conflict, naam)
        if antwoord:
            velden.append(Veld(vragen.conflict_vraag(naam, positie), antwoord))
    return velden


def rond_melding(casus: Casus, vragen: Vragen) -> Sectie:
    velden = melding_velden(casus)
    conflict = conflict_velden(casus.melding.conflict_van_plichten, vragen)
    inhoud: list[Blok | Sectie] = [
        sectie_of_leeg(
            "melding_gegevens",
            "Bespreken, toestemming en afspraken",
            [Velden(tuple(velden))] if velden else [],
        ),
        sectie_of_leeg(
            "conflict_van_plichten",
            "Conflict van plichten (beroepsgeheim)",
            [Velden(tuple(conflict))] if conflict else [],
        ),
    ]
    return Sectie("melding", "Rond de melding", tuple(inhoud))


def afsluiting(casus: Casus) -> Sectie:
    a = casus.afgesloten
    if a is None:
        return sectie_of_leeg("afsluiting", "Afsluiting", [])
    velden = (Veld("Datum", t.datum(a.datum)), Veld("Reden", a.reden or t.ONBEKEND))
    return Sectie("afsluiting", "Afsluiting", (Velden(velden),))
