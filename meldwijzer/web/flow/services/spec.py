"""Apply a page's field spec to the casus (issue 18 item 2): one generic step instead of a
service per page. Like every service it returns a new casus and leaves its input untouched;
`gewijzigd` moves only when something changed.

- A list item (e.g. a conversation) is added when its key field is filled, with the id
  prefix + the page's revision: a form sent twice (a reload of a POST) adds it once.
- An optional nested model (e.g. `geen_gesprek`) exists while its key has a value.
- Other nested models (e.g. `verwijsindex`) get their fields updated.
Only fields the form has are applied: a field the page does not show keeps its value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Mapping
from typing import Any

from pydantic import BaseModel

from meldwijzer.engine.casus import Casus
from meldwijzer.engine.veldspec import PaginaSpec, leeg, naar_casus
from meldwijzer.web.flow.services.casus import casus_kopie


def _bijgewerkt(model: BaseModel, waarden: Mapping[str, object]) -> BaseModel:
    """`model` with the values at its (dotted) paths set, validated as a whole."""
    direct: dict[str, object] = {}
    dieper: dict[str, dict[str, object]] = {}
    for pad, waarde in waarden.items():
        kop, _, rest = pad.partition(".")
        if rest:
            dieper.setdefault(kop, {})[rest] = waarde
        else:
            direct[kop] = waarde
    for kop, sub in dieper.items():
        direct[kop] = _bijgewerkt(getattr(model, kop), sub)
    return model.model_validate({**dict(model), **direct})


def spec_toepassen(
    casus: Casus,
    spec: PaginaSpec,
    *,
    data: Mapping[str, Any],
    aanwezig: Container[str],
    rev: int,
    nu: dt.datetime | None = None,
) -> Casus:
    """Set the values of the form's cleaned `data` on a copy of the casus."""
    nieuw = casus_kopie(casus, nu=nu)
    for lijst in spec.lijsten:
        if lijst.sleutel not in aanwezig or leeg(data.get(lijst.sleutel)):
            continue
        item_id = f"{lijst.prefix}{rev}"
        items = getattr(nieuw, lijst.pad)
        if any(i.id == item_id for i in items):
            continue
        waarden = {
            v.pad: naar_casus(v, data.get(v.naam)) for v in lijst.velden if v.naam in aanwezig
        }
        setattr(nieuw, lijst.pad, [*items, lijst.model(id=item_id, **waarden)])
    geneste: dict[str, dict[str, object]] = {}
    for veld in spec.velden:
        if veld.naam not in aanwezig:
            continue
        waarde = naar_casus(veld, data.get(veld.naam))
        kop, _, rest = veld.pad.partition(".")
        if rest:
            geneste.setdefault(kop, {})[rest] = waarde
        else:
            setattr(nieuw, kop, waarde)
    delen = {d.pad: d for d in spec.delen}
    for kop, waarden in geneste.items():
        deel = delen.get(kop)
        if deel is None:
            setattr(nieuw, kop, _bijgewerkt(getattr(nieuw, kop), waarden))
        elif waarden.get(deel.sleutel) is None:
            setattr(nieuw, kop, None)
        else:
            setattr(nieuw, kop, deel.model(**waarden))
    ongewijzigd = nieuw.model_copy(update={"gewijzigd": casus.gewijzigd}) == casus
    return casus if ongewijzigd else nieuw
