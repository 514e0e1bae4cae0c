"""The recorded items of a list on a page (consultations, conversations), shown as their
field spec declares them (issue 18 item 2): a new field of the item appears on the page
without a template edit. Rendered by `flow/_item.html`."""

from __future__ import annotations

from enum import StrEnum

from meldwijzer.engine.casus import Casus
from meldwijzer.engine.labels import label
from meldwijzer.engine.schrijfcheck.model import Bevinding
from meldwijzer.engine.veldspec import Lijst, Soort, lees
from meldwijzer.web.flow import selectors as sel


def items(casus: Casus, lijst: Lijst) -> list[dict[str, object]]:
    """Per item: `met` (the key field's label, the tag), `kop` (the other head fields: who,
    when), `rijen` (the other filled fields with their label) and the writing check's
    findings on the fields it looks at."""
    uit: list[dict[str, object]] = []
    for item in lees(casus, lijst.pad):
        kop: list[dict[str, object]] = []
        rijen: list[dict[str, object]] = []
        bevindingen: list[Bevinding] = []
        for veld in lijst.velden:
            waarde = getattr(item, veld.pad)
            if veld.schrijfcheck:
                bevindingen.extend(sel.schrijfcheck(waarde))
            if veld.naam == lijst.sleutel or veld.leeg(waarde):
                continue
            tekst = label(waarde) if isinstance(waarde, StrEnum) else waarde
            rij: dict[str, object] = {
                "label": veld.verslaglabel,
                "waarde": tekst,
                "datum": veld.soort is Soort.DATUM,
            }
            (kop if veld.kop else rijen).append(rij)
        sleutel = next(v for v in lijst.velden if v.naam == lijst.sleutel)
        met = getattr(item, sleutel.pad)
        uit.append(
            {"i": item, "met": label(met), "kop": kop, "rijen": rijen, "bevindingen": bevindingen}
        )
    return uit
