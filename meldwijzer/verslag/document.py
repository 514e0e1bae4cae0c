"""A neutral document model for the verslag: every renderer reads only this.

The builder (`model.bouw_verslag`) turns a casus into these blocks once; the text, HTML,
PDF and Word renderers each walk the same tree, so the formats cannot drift apart.
All strings are plain text; renderers escape them for their own format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ONZICHTBAAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def zichtbaar(tekst: str) -> str:
    """Text without control characters (XML and PDF cannot hold them); CRLF becomes LF."""
    tekst = tekst.replace("\r\n", "\n").replace("\r", "\n")
    return _ONZICHTBAAR.sub("", tekst)


#: What an empty section says, so a reader sees it was empty rather than forgotten.
NIETS_VASTGELEGD = "Niets vastgelegd."


@dataclass(frozen=True)
class Alinea:
    """A paragraph of running text."""

    tekst: str


@dataclass(frozen=True)
class Leeg:
    """Marks an empty section: nothing was recorded here."""

    tekst: str = NIETS_VASTGELEGD


@dataclass(frozen=True)
class Veld:
    """A labelled value, e.g. "Datum: 3 maart 2026"."""

    label: str
    waarde: str

    @property
    def kop(self) -> str:
        """The label as printed before the value: "Datum:", but a question keeps its "?"."""
        label = zichtbaar(self.label)
        return label if label.endswith(("?", ":")) else label + ":"


@dataclass(frozen=True)
class Velden:
    """A group of labelled fields: one recorded item (a sign, a consultation), optionally titled."""

    velden: tuple[Veld, ...]
    titel: str = ""


@dataclass(frozen=True)
class Lijst:
    """A bulleted list."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Tabel:
    """A table with a header row; cells are short texts."""

    kop: tuple[str, ...]
    rijen: tuple[tuple[str, ...], ...]


Blok = Alinea | Leeg | Velden | Lijst | Tabel


@dataclass(frozen=True)
class Sectie:
    """A titled section; `inhoud` mixes blocks and subsections in reading order."""

    id: str
    titel: str
    inhoud: tuple[Blok | Sectie, ...] = field(default_factory=tuple)

    def subsectie(self, sectie_id: str) -> Sectie:
        for deel in self.inhoud:
            if isinstance(deel, Sectie) and deel.id == sectie_id:
                return deel
        raise KeyError(sectie_id)


@dataclass(frozen=True)
class Verslag:
    """The whole verslag: title, meta lines (label, dates, content pack) and sections."""

    titel: str
    meta: tuple[Veld, ...]
    secties: tuple[Sectie, ...]
    label: str = ""  # the casus label, for page headers
    kopregel: str = ""  # the page header; empty: "Verslag meldcode: <label>"
    colofon: str = ""  # the closing line about the tool (never body text of the record)

    @property
    def paginakop(self) -> str:
        """The line at the top of every page (another document, e.g. a meldcode, sets its own)."""
        return self.kopregel or f"Verslag meldcode: {self.label}"

    def sectie(self, sectie_id: str) -> Sectie:
        for s in self.secties:
            if s.id == sectie_id:
                return s
        raise KeyError(sectie_id)


def sectie_of_leeg(sectie_id: str, titel: str, inhoud: list[Blok | Sectie]) -> Sectie:
    """A section that says "Niets vastgelegd." when it would otherwise be empty."""
    return Sectie(id=sectie_id, titel=titel, inhoud=tuple(inhoud) if inhoud else (Leeg(),))
