"""Changes of stap 1: signs, hypotheses, contra-indications and the kindcheck
(Bijlage 1b, stap 1)."""

from __future__ import annotations

import datetime as dt

from meldwijzer.engine.casus import (
    Casus,
    ContraIndicatie,
    Signaal,
    SoortSignaal,
    StatusHypothese,
)
from meldwijzer.web.flow.services.casus import casus_kopie


def signaal_toevoegen(
    casus: Casus,
    *,
    signaal_id: str,
    soort: SoortSignaal,
    tekst: str,
    bron: str,
    datum: dt.date | None,
    oudersignaal: bool,
    nu: dt.datetime | None = None,
) -> Casus:
    if any(s.id == signaal_id for s in casus.signalen):
        return casus
    nieuw = casus_kopie(casus, nu=nu)
    nieuw.signalen = [
        *nieuw.signalen,
        Signaal(
            id=signaal_id,
            soort=soort,
            tekst=tekst,
            bron=bron,
            datum=datum,
            oudersignaal=oudersignaal,
        ),
    ]
    return nieuw


def hypothese_bijwerken(
    casus: Casus,
    *,
    signaal_id: str,
    status: StatusHypothese,
    vervolg: str,
    nu: dt.datetime | None = None,
) -> Casus:
    """A hypothesis confirmed or refuted gets its follow-up note (Bijlage 1b, stap 1)."""
    nieuw = casus_kopie(casus, nu=nu)
    nieuw.signalen = [
        s.model_copy(update={"status": status, "vervolg": vervolg}) if s.id == signaal_id else s
        for s in nieuw.signalen
    ]
    return nieuw


def contra_indicatie_toevoegen(
    casus: Casus, *, item_id: str, tekst: str, datum: dt.date | None, nu: dt.datetime | None = None
) -> Casus:
    if any(c.id == item_id for c in casus.contra_indicaties):
        return casus
    nieuw = casus_kopie(casus, nu=nu)
    nieuw.contra_indicaties = [
        *nieuw.contra_indicaties,
        ContraIndicatie(id=item_id, tekst=tekst, datum=datum),
    ]
    return nieuw
