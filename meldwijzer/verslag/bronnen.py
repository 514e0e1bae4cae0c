"""Where the verslag gets what it does not find in the casus: the norm and the pack texts.

Both are optional at run time: the verslag must still be produced (and say so) when the
content pack cannot be loaded, so a professional never loses her record over a broken pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from meldwijzer.engine.casus import Casus
from meldwijzer.engine.casus_stap4_5 import AFWEGING_STAP
from meldwijzer.verslag import teksten

if TYPE_CHECKING:
    from meldwijzer.content.model import Pack
    from meldwijzer.engine.advies import Advies


def laad_advies(casus: Casus) -> Advies | None:
    """The engine's judgement of the casus, or None while the engine is not installed."""
    try:
        from meldwijzer.engine.norm import beoordeel
    except ImportError:
        return None
    return beoordeel(casus)


def laad_pack(casus: Casus | None = None) -> tuple[Pack | None, str]:
    """The content pack of the casus (her beroepsgroep's kader, the basis kader, or the default
    pack when none was chosen) and, when it cannot be loaded, a Dutch note saying so."""
    try:
        from meldwijzer.content.loader import pack_voor_beroepsgroep
    except ImportError:
        return None, "content pack niet beschikbaar"
    try:
        return pack_voor_beroepsgroep(casus.beroep.beroepsgroep if casus is not None else None), ""
    except Exception:  # a broken pack must not cost the professional her verslag
        return None, "content pack kon niet worden geladen"


#: ConflictVanPlichten field -> question id in the BPSW pack (hoofdstuk 3.3).
CONFLICT_PACK_IDS = {
    "gewichtige_belangen": "zwaarwegende_belangen",
    "andere_weg": "andere_mogelijkheid",
    "waarom_geen_toestemming": "geen_toestemming",
    "belangen_afgewogen": "belangen_wegen",
    "welke_informatie_aan_wie": "aan_wie_welke_informatie",
}


@dataclass(frozen=True)
class Vragen:
    """Step titles and question texts: from the pack when there is one, else the fallback."""

    pack: Pack | None

    def stap_titel(self, nummer: int) -> str:
        if self.pack is not None:
            return self.pack.stap(nummer).titel
        return teksten.STAP_TITELS[nummer]

    def afweging_vraag(self, afweging_id: str) -> str:
        if self.pack is not None:
            try:
                return self.pack.afweging(afweging_id).vraag
            except KeyError:
                pass
        return teksten.AFWEGING_VRAGEN[afweging_id]

    def afweging_stap(self, afweging_id: str) -> int:
        if self.pack is not None:
            try:
                return self.pack.afweging(afweging_id).stap
            except KeyError:
                pass
        return AFWEGING_STAP.get(afweging_id, 5)

    def conflict_vraag(self, veld: str, positie: int) -> str:
        """The pack's question for one ConflictVanPlichten field (by id, else by position)."""
        if self.pack is not None:
            vragen = self.pack.conflict_van_plichten
            for vraag in vragen:
                if vraag.id in (veld, CONFLICT_PACK_IDS.get(veld)):
                    return vraag.tekst
            if 0 <= positie < len(vragen) and veld in teksten.CONFLICT_VRAGEN:
                return vragen[positie].tekst
        return teksten.CONFLICT_VRAGEN.get(veld, teksten.CONFLICT_GERAADPLEEGD)

    def veilig_thuis_nummer(self) -> str:
        if self.pack is not None:
            return self.pack.meta.veilig_thuis_nummer
        return "0800-2000"
