"""Changes of stap 4 and 5: the afwegingen, doubt, the decisions, the report and the
answers the norm adds (BPSW 2.2 stap 4 and 5, 3.3, 3.4; Bijlage 2)."""

from __future__ import annotations

import datetime as dt

from meldwijzer.engine.casus import (
    AardOnveiligheid,
    Antwoord,
    Casus,
    Herweging,
    Keuze,
    RelevantieMelding,
)
from meldwijzer.web.flow.services.casus import casus_kopie


def afweging_beantwoorden(
    casus: Casus,
    *,
    afweging_id: str,
    antwoord: Antwoord | None,
    motivatie: str,
    nu: dt.datetime | None = None,
) -> Casus:
    nieuw = casus_kopie(casus, nu=nu)
    huidig = getattr(nieuw.afwegingen, afweging_id)
    setattr(
        nieuw.afwegingen,
        afweging_id,
        huidig.model_copy(update={"antwoord": antwoord, "motivatie": motivatie}),
    )
    return nieuw


def beslissing_vastleggen(
    casus: Casus,
    *,
    beslissing: str,
    keuze: Keuze | None,
    reden: str,
    nu: dt.datetime | None = None,
) -> Casus:
    if beslissing not in {"melden", "hulp"}:
        raise ValueError(beslissing)
    nieuw = casus_kopie(casus, nu=nu)
    huidig = getattr(nieuw.beslissingen, beslissing)
    setattr(
        nieuw.beslissingen, beslissing, huidig.model_copy(update={"keuze": keuze, "reden": reden})
    )
    return nieuw


def onveiligheid_aard_vastleggen(
    casus: Casus,
    *,
    aard: AardOnveiligheid | None,
    disclosure: bool,
    nu: dt.datetime | None = None,
) -> Casus:
    """Afweging 2: acute, structural or both, and disclosure (Bijlage 2)."""
    nieuw = casus_kopie(casus, nu=nu)
    nieuw.onveiligheid_aard = aard
    nieuw.disclosure = disclosure
    return nieuw


def relevantie_vastleggen(
    casus: Casus,
    *,
    gezinsvoogd: bool | None,
    andere_hulp: bool | None,
    relevant: bool | None,
    toelichting: str,
    nu: dt.datetime | None = None,
) -> Casus:
    """Is a report relevant although she can keep helping? (2.2 Stap 5; FAQ)."""
    nieuw = casus_kopie(casus, nu=nu)
    nieuw.relevantie = RelevantieMelding(
        gezinsvoogd=gezinsvoogd, andere_hulp=andere_hulp, relevant=relevant, toelichting=toelichting
    )
    return nieuw


def herweging_toevoegen(
    casus: Casus, *, herweging: Herweging, nu: dt.datetime | None = None
) -> Casus:
    """Afweging 5 weighed again while help runs; earlier weighings stay (Bijlage 2)."""
    nieuw = casus_kopie(casus, nu=nu)
    nieuw.herwegingen = [*nieuw.herwegingen, herweging]
    return nieuw
