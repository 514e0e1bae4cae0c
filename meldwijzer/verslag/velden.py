"""Verslag rows from the pages' field specs (issue 18 item 2): each field's verslag label
and value, printed the same in every format (the document tree). No Django here: the spec
is the engine's (`meldwijzer.engine.paginaspec`)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from meldwijzer.engine.casus import Casus
from meldwijzer.engine.labels import label
from meldwijzer.engine.veldspec import Soort, Veld, leeg, lees
from meldwijzer.verslag import teksten as t
from meldwijzer.verslag.document import Veld as Rij


def tekst(veld: Veld, waarde: Any, *, in_zin: bool = False) -> str:
    """A value as the verslag prints it; an empty one as 'niet vastgelegd'. Its type follows
    `veld.soort` (hence Any: a date, a yes/no, an enum, a list...)."""
    if veld.soort is Soort.DATUM:
        return t.datum(waarde)
    if veld.soort in (Soort.VINK, Soort.JA_NEE):
        return t.ja_nee(waarde)
    if leeg(waarde):
        return t.ONBEKEND
    if isinstance(waarde, StrEnum):
        if veld.keuzelabels is not None:
            return veld.keuzelabels[waarde]
        return label(waarde, in_zin=in_zin)
    if veld.soort is Soort.GETALLEN:
        return ", ".join(str(n) for n in waarde)
    if isinstance(waarde, list):
        return ", ".join(label(w, in_zin=in_zin) for w in waarde)
    return str(waarde)


def rijen(velden: Iterable[Veld], casus: Casus, houder: object) -> list[Rij]:
    """The rows of the given fields of `houder` (the casus, or an item of one of its lists)."""
    uit: list[Rij] = []
    for veld in velden:
        if not veld.in_verslag(casus, houder):
            continue
        waarde = lees(houder, veld.pad)
        if veld.leeg(waarde) and not veld.verslag_leeg:
            continue
        if veld.verslag_waarde is not None:
            uit.append(Rij(veld.verslaglabel, veld.verslag_waarde(houder)))
        else:
            uit.append(Rij(veld.verslaglabel, tekst(veld, waarde)))
    return uit


def zinnen(velden: Iterable[Veld], houder: object) -> str:
    """The concept-melding's tail of an item's line: " Label: value" per filled field it
    prints; a short value or a choice ends with a full stop, a free text keeps its own."""
    delen = []
    for veld in velden:
        waarde = lees(houder, veld.pad)
        if not veld.concept or veld.leeg(waarde):
            continue
        punt = "" if veld.soort is Soort.TEKST else "."
        delen.append(f" {veld.verslaglabel}: {tekst(veld, waarde, in_zin=True)}{punt}")
    return "".join(delen)
