"""Changes of stap 2 and 3: consultations, the conversation (or its ground to skip it),
newcomer families and the verwijsindex (BPSW 2.2 stap 2 and 3)."""

from __future__ import annotations

import datetime as dt

from meldwijzer.engine.casus import (
    Casus,
    Consultatie,
    ConsultatieMet,
    GeenGesprek,
    Gesprek,
    GesprekMet,
    GrondGeenGesprek,
    Tolk,
)
from meldwijzer.web.flow.services.casus import _kopie


def consultatie_toevoegen(
    casus: Casus,
    *,
    item_id: str,
    met: ConsultatieMet,
    wie: str,
    datum: dt.date | None,
    vraag: str,
    advies: str,
    nu: dt.datetime | None = None,
) -> Casus:
    if any(c.id == item_id for c in casus.consultaties):
        return casus
    nieuw = _kopie(casus, nu=nu)
    nieuw.consultaties = [
        *nieuw.consultaties,
        Consultatie(id=item_id, met=met, wie=wie, datum=datum, vraag=vraag, advies=advies),
    ]
    return nieuw


def gesprek_toevoegen(
    casus: Casus,
    *,
    item_id: str,
    met: GesprekMet,
    datum: dt.date | None,
    inhoud: str,
    reactie: str,
    tolk: Tolk | None = None,
    taal: str = "",
    moeilijk: str = "",
    nu: dt.datetime | None = None,
) -> Casus:
    if any(g.id == item_id for g in casus.gesprekken):
        return casus
    nieuw = _kopie(casus, nu=nu)
    gesprek = Gesprek(
        id=item_id,
        met=met,
        datum=datum,
        inhoud=inhoud,
        reactie=reactie,
        tolk=tolk,
        taal=taal,
        moeilijk=moeilijk,
    )
    nieuw.gesprekken = [*nieuw.gesprekken, gesprek]
    return nieuw


def nieuwkomers_vastleggen(
    casus: Casus, *, recent_in_nederland: bool, nu: dt.datetime | None = None
) -> Casus:
    """Mark the family as recently in the Netherlands (seed 001): the advice of stap 3 then
    names the language and cultural barriers."""
    if casus.recent_in_nederland == recent_in_nederland:
        return casus
    nieuw = _kopie(casus, nu=nu)
    nieuw.recent_in_nederland = recent_in_nederland
    return nieuw


def geen_gesprek_vastleggen(
    casus: Casus,
    *,
    grond: GrondGeenGesprek | None,
    toelichting: str,
    nu: dt.datetime | None = None,
) -> Casus:
    """Skipping the conversation needs one of the two grounds of BPSW 2.2 stap 3."""
    nieuw = _kopie(casus, nu=nu)
    nieuw.geen_gesprek = (
        None if grond is None else GeenGesprek(grond=grond, toelichting=toelichting)
    )
    return nieuw


def verwijsindex_vastleggen(
    casus: Casus, *, aangesloten: bool, overwogen: str, nu: dt.datetime | None = None
) -> Casus:
    nieuw = _kopie(casus, nu=nu)
    nieuw.verwijsindex = nieuw.verwijsindex.model_copy(
        update={"aangesloten": aangesloten, "overwogen": overwogen}
    )
    return nieuw
