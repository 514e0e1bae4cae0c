"""Who the professional is: the sector she works in and her beroepsgroep.

The meldcode is compulsory in six sectors (seed 004, "Wanneer gebruikt een professional de
meldcode?": "De meldcode geldt voor professionals die werkzaam zijn in de sectoren:
gezondheidszorg; onderwijs; kinderopvang; maatschappelijke ondersteuning; jeugdhulp;
justitie."). Each beroepsgroep works with its own afwegingskader ("Er zijn verschillende
afwegingskaders voor specifieke beroepsgroepen", seed 001, Afwegingskaders). The groups
below are the ones the BPSW afwegingskader names: its own cluster, "psychologen, pedagogen,
(psycho)therapeuten en sociaal werkers (inclusief jeugd- en gezinsprofessionals)", and the
"zes andere clusters van beroepsgroepen (artsen, paramedici, verpleegkundigen en
verzorgenden, onderwijs, kinderopvang en verschillende onderdelen binnen justitie)"
(seed 002, Bijlage 2, slot).

The choice decides which content pack the flow uses for a casus; the engine's norm does not
depend on it.
"""

from __future__ import annotations

from enum import StrEnum


class Sector(StrEnum):
    """The six sectors of the Wet verplichte meldcode (seed 004)."""

    GEZONDHEIDSZORG = "gezondheidszorg"
    ONDERWIJS = "onderwijs"
    KINDEROPVANG = "kinderopvang"
    MAATSCHAPPELIJKE_ONDERSTEUNING = "maatschappelijke_ondersteuning"
    JEUGDHULP = "jeugdhulp"
    JUSTITIE = "justitie"


class Beroepsgroep(StrEnum):
    """Clusters of beroepsgroepen with their own afwegingskader (seed 002, Bijlage 2, slot)."""

    SOCIAAL_WERKER = "sociaal_werker"
    PSYCHOLOOG = "psycholoog"
    PEDAGOOG = "pedagoog"
    PSYCHOTHERAPEUT = "psychotherapeut"
    ARTS = "arts"
    PARAMEDICUS = "paramedicus"
    VERPLEEGKUNDIGE = "verpleegkundige"
    ONDERWIJS = "onderwijs"
    KINDEROPVANG = "kinderopvang"
    JUSTITIE = "justitie"
    ANDERS = "anders"


BEROEPSGROEPEN: tuple[str, ...] = tuple(b.value for b in Beroepsgroep)
