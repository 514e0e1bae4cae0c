"""The types every rule is written in: a rule, its sources, and the shared names."""

from __future__ import annotations

from dataclasses import dataclass, field

from meldwijzer.engine.advies import Ernst

VEILIG_THUIS = "0800-2000"

AFWEGING_NAMEN: dict[str, str] = {
    "vermoeden": "afweging 1 (vermoeden van huiselijk geweld of kindermishandeling)",
    "onveiligheid": "afweging 2 (acute of structurele onveiligheid)",
    "hulp_bieden": "afweging 3 (effectieve hulp bieden of organiseren)",
    "medewerking": "afweging 4 (medewerking van de betrokkenen)",
    "duurzame_veiligheid": "afweging 5 (duurzame veiligheid)",
}

#: Seeds the shipped pack transcribes; citations of other seeds (000, 001) cannot be checked
#: against the pack and always add one that can.
PACK_SEEDS = frozenset({"002", "003"})


@dataclass(frozen=True)
class Verwijzing:
    """One source: seed number ("002"), section as the pack names it, optional exact quote."""

    seed: str
    sectie: str
    citaat: str = ""

    def __str__(self) -> str:
        return f"{self.seed}: {self.sectie}"


def v(seed: str, sectie: str, citaat: str = "") -> Verwijzing:
    return Verwijzing(seed, sectie, citaat)


def faq(vraag: str, citaat: str = "") -> Verwijzing:
    """A FAQ item of seed 003, named by its question."""
    return Verwijzing("003", f"Veelgestelde vragen, {vraag}", citaat)


@dataclass(frozen=True)
class Regel:
    """One advice or open point. `bron` is the display form of `bronnen`; a rule written with
    only a `bron` string still works, but the citation test asks for `bronnen`."""

    tekst: str
    bron: str = ""
    ernst: Ernst = Ernst.INFO
    stap: int | None = None
    varianten: dict[str, str] = field(default_factory=dict)
    bronnen: tuple[Verwijzing, ...] = ()

    def __post_init__(self) -> None:
        if not self.bron and self.bronnen:
            object.__setattr__(self, "bron", "; ".join(str(b) for b in self.bronnen))
