"""What the engine derives from a casus: the professional norm and the open points.

The engine never decides for the professional. `Advies` states what the norm of the
afwegingskader says, what is still open, and where her own decision departs from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class BeslissingMelden(StrEnum):
    NOODZAKELIJK = "noodzakelijk"
    NIET_NOODZAKELIJK = "niet_noodzakelijk"  # the norm does not require it; meldrecht stays
    OPEN = "open"


class BeslissingHulp(StrEnum):
    MOGELIJK = "mogelijk"
    NIET_MOGELIJK = "niet_mogelijk"
    OPEN = "open"


class Ernst(StrEnum):
    """How prominently the web flow shows an item."""

    DRINGEND = "dringend"
    LET_OP = "let_op"
    INFO = "info"


class StapStatus(StrEnum):
    GEDAAN = "gedaan"
    OPEN = "open"
    OVERGESLAGEN = "overgeslagen"


@dataclass(frozen=True)
class AdviesItem:
    """One piece of advice or one open point, with a stable code and its source."""

    code: str
    tekst: str
    bron: str
    ernst: Ernst = Ernst.INFO
    stap: int | None = None  # the step it belongs to, for links in the web flow


@dataclass(frozen=True)
class Stapoverzicht:
    nummer: int
    status: StapStatus
    toelichting: str = ""


@dataclass(frozen=True)
class Afwijking:
    """The professional's decision departs from the norm; reasons are required."""

    beslissing: str  # "melden" or "hulp"
    norm: str
    keuze: str
    reden_vastgelegd: bool


@dataclass(frozen=True)
class Weging:
    """One weighing of afweging 5: the first, or a later re-weighing while help runs."""

    soort: str  # "eerste" or "herweging"
    datum: str | None  # ISO date; the first weighing has none
    antwoord: str
    motivatie: str


@dataclass(frozen=True)
class Advies:
    binnen_meldcode: bool
    beslissing_melden: BeslissingMelden
    beslissing_hulp: BeslissingHulp
    meldcode_mag_afsluiten: bool
    bespreken_met: tuple[str, ...]  # GesprekMet values, by the client's age
    adviezen: tuple[AdviesItem, ...] = field(default_factory=tuple)
    open_punten: tuple[AdviesItem, ...] = field(default_factory=tuple)
    stappen: tuple[Stapoverzicht, ...] = field(default_factory=tuple)
    afwijkingen: tuple[Afwijking, ...] = field(default_factory=tuple)
    # --- added for issue 12 ---
    acuut: bool = False  # acute unsafety or an emergency: the immediate route applies
    melden_open_wegens: tuple[AdviesItem, ...] = field(default_factory=tuple)  # why open
    hulp_open_wegens: tuple[AdviesItem, ...] = field(default_factory=tuple)
    afweging5_historie: tuple[Weging, ...] = field(default_factory=tuple)

    def codes(self) -> set[str]:
        return {a.code for a in self.adviezen}

    def open_codes(self) -> set[str]:
        return {a.code for a in self.open_punten}
