"""Sections around the report and the closing (BPSW 2.2 stap 5, hoofdstuk 3.3 en 3.4).

A reviewer asks: was it discussed with the client, what was the reaction, was consent asked,
how were objections weighed, which questions of the conflict of duties were answered and whom
was consulted, did the reporter stay anonymous and why, and what was agreed with Veilig Thuis.
"""

from __future__ import annotations

from meldwijzer.engine.casus import Casus, ConflictVanPlichten
from meldwijzer.engine.labels import label
from meldwijzer.verslag import teksten as t
from meldwijzer.verslag.bronnen import Vragen
from meldwijzer.verslag.document import Blok, Sectie, Veld, Velden, sectie_of_leeg

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
    m = casus.melding
    velden: list[Veld] = []
    if m.datum is not None:
        velden.append(Veld("Datum van de melding", t.datum(m.datum)))
    if m.besproken is not None:
        velden.append(Veld("Vooraf besproken", t.ja_nee(m.besproken)))
    if m.besproken_met:
        velden.append(Veld("Besproken met", ", ".join(label(g) for g in m.besproken_met)))
    if m.niet_besproken_grond is not None:
        velden.append(Veld("Grond om niet te bespreken", label(m.niet_besproken_grond)))
    if m.niet_besproken_toelichting:
        velden.append(Veld("Toelichting op niet bespreken", m.niet_besproken_toelichting))
    if m.reactie:
        velden.append(Veld("Reactie", m.reactie))
    if m.toestemming is not None:
        velden.append(Veld("Toestemming", label(m.toestemming)))
    if m.bezwaren:
        velden.append(Veld("Bezwaren", m.bezwaren))
    if m.weging_bezwaren:
        velden.append(Veld("Weging van de bezwaren", m.weging_bezwaren))
    if m.anoniem_naar_gezin is not None:
        velden.append(Veld("Anoniem naar het gezin", t.ja_nee(m.anoniem_naar_gezin)))
    if m.anoniem_reden:
        velden.append(Veld("Reden voor anonimiteit", m.anoniem_reden))
    if m.afspraken_veilig_thuis:
        velden.append(Veld("Afspraken met Veilig Thuis", m.afspraken_veilig_thuis))
    if m.netwerk:
        velden.append(Veld("Netwerk rond het gezin", m.netwerk))
    if m.bestaande_hulp:
        velden.append(Veld("Hulp die er al is", m.bestaande_hulp))
    if m.vraag_aan_veilig_thuis:
        velden.append(Veld("Vraag aan Veilig Thuis", m.vraag_aan_veilig_thuis))
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
