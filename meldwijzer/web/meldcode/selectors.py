"""Reads of the meldcode app: the profile as the meldcode uses it, and what was adopted."""

from __future__ import annotations

import datetime as dt

from meldwijzer.meldcode import Profiel, ProfielFout, profiel_laden
from meldwijzer.web.meldcode.models import ProfielVersie, Vaststelling
from meldwijzer.web.org.selectors import instellingen


def laatste_versie() -> ProfielVersie | None:
    return ProfielVersie.objects.order_by("-versie").first()


def vaststelling_van(versie: ProfielVersie) -> Vaststelling | None:
    return versie.vaststellingen.order_by("-datum", "-aangemaakt").first()


def profiel_van_versie(versie: ProfielVersie) -> Profiel | None:
    """The stored fill-ins with their version, adoption and the organisation's sign-off switch
    (organisation mode's `beslisser_tekent_af`, Bijlage 1c), or None if it no longer loads."""
    vast = vaststelling_van(versie)
    data = {
        **versie.data,
        "versie": versie.versie,
        "vastgesteld_op": vast.datum if vast else None,
        "vastgesteld_door": vast.vastgesteld_door if vast else "",
        "beslisser_tekent_af": instellingen().beslisser_tekent_af,
    }
    try:
        return profiel_laden(data)
    except ProfielFout:
        return None


def huidig_profiel() -> Profiel | None:
    """The newest version of the profile (adopted or not)."""
    versie = laatste_versie()
    return profiel_van_versie(versie) if versie else None


def geldende_vaststelling(op: dt.date) -> Vaststelling | None:
    """The meldcode in force on a date: the latest adoption on or before it."""
    return (
        Vaststelling.objects.select_related("profiel")
        .filter(datum__lte=op)
        .order_by("-datum", "-aangemaakt")
        .first()
    )
