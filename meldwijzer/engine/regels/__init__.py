"""The texts of every advice and open point, each with its stable code and its sources.

Codes are part of the machine interface (`meldwijzer assess`): keep them stable.
A rule's text may have variants (e.g. per situatie); `{variant}` in a text is filled in.
Seeds: 000 = Basisdocument afwegingskader, 001 = Rijksoverheid/NJi "Hoe werk ik met de
meldcode", 002 = BPSW meldcode 2018, 003 = FAQ afwegingskadermeldcode.nl.

Every rule names its sources as `Verwijzing`s: a seed, a section as the content pack names it
(so a reader finds the text in the pack and in the seed), and where possible a short verbatim
`citaat` from that section. `tests/engine/test_bronnen.py` checks that every section exists in
the shipped pack and that every quote stands in the pack text of that section.

The rules are split by subject into the modules of this package; `REGELS` joins them in
a fixed order. The types are in `bron.py`.
"""

from __future__ import annotations

from meldwijzer.engine.advies import AdviesItem
from meldwijzer.engine.regels.beslissingen import REGELS_BESLISSINGEN
from meldwijzer.engine.regels.bron import (
    AFWEGING_NAMEN,
    PACK_SEEDS,
    VEILIG_THUIS,
    Regel,
    Verwijzing,
    faq,
    v,
)
from meldwijzer.engine.regels.gesprekken import REGELS_GESPREKKEN
from meldwijzer.engine.regels.open_beslissen import REGELS_OPEN_BESLISSEN
from meldwijzer.engine.regels.open_vastleggen import REGELS_OPEN_VASTLEGGEN
from meldwijzer.engine.regels.situatie import REGELS_SITUATIE
from meldwijzer.engine.regels.waarom_open import REGELS_WAAROM_OPEN

__all__ = [
    "AFWEGING_NAMEN",
    "PACK_SEEDS",
    "REGELS",
    "VEILIG_THUIS",
    "Regel",
    "Verwijzing",
    "faq",
    "item",
    "v",
]

REGELS: dict[str, Regel] = {
    **REGELS_SITUATIE,
    **REGELS_BESLISSINGEN,
    **REGELS_GESPREKKEN,
    **REGELS_WAAROM_OPEN,
    **REGELS_OPEN_VASTLEGGEN,
    **REGELS_OPEN_BESLISSEN,
}


def item(code: str, *, variant: str | None = None) -> AdviesItem:
    """The advice item for `code`, in the variant that applies."""
    regel = REGELS[code]
    tekst = regel.tekst
    if variant is not None:
        tekst = regel.varianten.get(variant, tekst.replace("{variant}", variant))
    return AdviesItem(code=code, tekst=tekst, bron=regel.bron, ernst=regel.ernst, stap=regel.stap)
