"""Reads for the flow: the pack, the engine's advice, and what each page should show."""

from __future__ import annotations

from dataclasses import dataclass

from meldwijzer.content.model import Pack
from meldwijzer.engine.advies import Advies, AdviesItem, StapStatus
from meldwijzer.engine.casus import Casus, Vorm
from meldwijzer.engine.schrijfcheck import controleer
from meldwijzer.engine.schrijfcheck.model import Bevinding

#: Forms for which experts are consulted before any conversation (BPSW 2.2, stap 3).
VORMEN_EERST_DESKUNDIGE = (Vorm.EERGERELATEERD, Vorm.HUWELIJKSDWANG, Vorm.VGV)


def pack_laden(casus: Casus | None = None) -> Pack:
    """The pack of this casus: the kader of her beroepsgroep, else the basis kader; the
    default pack when she chose none (content.loader.pack_voor_beroepsgroep)."""
    from meldwijzer.content.loader import pack_voor_beroepsgroep

    return pack_voor_beroepsgroep(casus.beroep.beroepsgroep if casus is not None else None)


def advies_voor(casus: Casus) -> Advies:
    from meldwijzer.engine.norm import beoordeel

    return beoordeel(casus)


def items_voor_stap(advies: Advies, stap: int | None) -> dict[str, list[AdviesItem]]:
    """Advice and open points belonging to one step (None: the items without a step)."""
    return {
        "adviezen": [a for a in advies.adviezen if a.stap == stap],
        "open_punten": [a for a in advies.open_punten if a.stap == stap],
    }


def eerst_deskundige(casus: Casus) -> list[Vorm]:
    return [v for v in casus.vormen if v in VORMEN_EERST_DESKUNDIGE]


@dataclass(frozen=True)
class StapRegel:
    nummer: int
    titel: str
    kort: str
    status: str
    toelichting: str
    reden_overgeslagen: str


STATUS_TEKST = {
    StapStatus.GEDAAN: "Gedaan",
    StapStatus.OPEN: "Open",
    StapStatus.OVERGESLAGEN: "Overgeslagen",
}


def stappen_overzicht(pack: Pack, casus: Casus, advies: Advies) -> list[StapRegel]:
    per_nummer = {s.nummer: s for s in advies.stappen}
    regels = []
    for stap in pack.stappen:
        overzicht = per_nummer.get(stap.nummer)
        status = overzicht.status if overzicht else StapStatus.OPEN
        overgeslagen = casus.overgeslagen_bij(stap.nummer)
        regels.append(
            StapRegel(
                nummer=stap.nummer,
                titel=stap.titel,
                kort=stap.kort,
                status=status.value,
                toelichting=overzicht.toelichting if overzicht else "",
                reden_overgeslagen=overgeslagen.reden if overgeslagen else "",
            )
        )
    return regels


def schrijfcheck(tekst: str, *, soort: str | None = None, bron: str = "") -> list[Bevinding]:
    """Findings of the writing check for one note; empty when the text is empty."""
    if not tekst.strip():
        return []
    return list(controleer(tekst, soort=soort, bron=bron))


def verslag_formaten(casus: Casus, advies: Advies) -> list[tuple[str, str]]:
    """Download buttons of the summary page: (label, format name)."""
    from meldwijzer.verslag import melding_aan_de_orde

    knoppen = [
        ("Verslag als PDF", "pdf"),
        ("Verslag als Word", "docx"),
        ("Verslag als tekst (om te plakken)", "txt"),
        ("Verslag als webpagina (om te printen)", "html"),
    ]
    if melding_aan_de_orde(casus, advies):
        knoppen.append(("Concept-melding voor Veilig Thuis", "concept"))
    return knoppen
