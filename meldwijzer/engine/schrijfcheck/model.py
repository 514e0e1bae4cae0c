"""The public types of the schrijfcheck: a finding and the categories."""

from __future__ import annotations

from dataclasses import dataclass

#: The five categories, in the order the issue and the user interface list them.
CATEGORIEEN: tuple[str, ...] = (
    "interpretatie",
    "vaag",
    "bron_ontbreekt",
    "diagnose",
    "identificerend",
)

#: The kinds of note a finding can be checked against (`soort`); None means unknown free text.
SOORTEN: tuple[str, ...] = ("observatie", "hypothese", "derden")


@dataclass(frozen=True)
class Bevinding:
    """One piece of writing advice: the span `tekst[begin:eind]`, why, and how to write it.

    Offsets are Python str indices into the checked text. A finding is advice, never a block.
    """

    categorie: str
    begin: int
    eind: int
    tekst: str
    uitleg: str
    suggestie: str


#: A finding before it becomes a Bevinding: (begin, eind, soort) in character offsets.
Span = tuple[int, int, str]
