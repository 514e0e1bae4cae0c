"""The casus parts of steps 4 and 5: the afwegingen and re-weighings, the relevance of a
report, her decisions, the report itself, the verwijsindex, closing and skipped steps. Part of
`casus.py`.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field, field_validator

from meldwijzer.engine.casus_basis import CasusModel, Tekst
from meldwijzer.engine.casus_keuzes import (
    Antwoord,
    GesprekMet,
    GrondGeenGesprek,
    Keuze,
    Toestemming,
)


class AfwegingAntwoord(CasusModel):
    antwoord: Antwoord | None = None
    motivatie: Tekst = ""


class Afwegingen(CasusModel):
    """The five afwegingen of Bijlage 2; None or antwoord=None means unanswered."""

    vermoeden: AfwegingAntwoord = Field(default_factory=AfwegingAntwoord)
    onveiligheid: AfwegingAntwoord = Field(default_factory=AfwegingAntwoord)
    hulp_bieden: AfwegingAntwoord = Field(default_factory=AfwegingAntwoord)
    medewerking: AfwegingAntwoord = Field(default_factory=AfwegingAntwoord)
    duurzame_veiligheid: AfwegingAntwoord = Field(default_factory=AfwegingAntwoord)

    @field_validator("*", mode="before")
    @classmethod
    def _short_form(cls, value: object) -> object:
        """Accept `"ja"` as shorthand for `{"antwoord": "ja"}` (the `assess` input)."""
        if value is None:
            return {}
        if isinstance(value, str):
            return {"antwoord": value}
        return value


#: The five afwegingen in their order (nummer 1..5) with the step each belongs to (BPSW
#: Bijlage 2: "Afweging 1 en 2 ... in stap 4", "afweging 3, 4 en 5 ... in stap 5"). The one
#: home of this mapping (issue 18): the flow's pages, the pack's checks and the verslag read it.
AFWEGING_STAP: dict[str, int] = {
    "vermoeden": 4,
    "onveiligheid": 4,
    "hulp_bieden": 5,
    "medewerking": 5,
    "duurzame_veiligheid": 5,
}
AFWEGING_IDS: tuple[str, ...] = tuple(AFWEGING_STAP)


def afwegingen_van_stap(stap: int) -> tuple[str, ...]:
    """The afwegingen of one step, in their order."""
    return tuple(a for a, s in AFWEGING_STAP.items() if s == stap)


class Herweging(CasusModel):
    """A later weighing of afweging 5 while help runs (BPSW Bijlage 2, Afweging 5: "Wanneer een
    professional die hulp biedt ... constateert dat de onveiligheid niet stopt of zich
    herhaalt"). Kept as history; the norm follows the last one recorded."""

    datum: dt.date | None = None
    antwoord: Antwoord
    motivatie: Tekst = ""


class RelevantieMelding(CasusModel):
    """Is a report relevant although she can keep helping? (BPSW 2.2 Stap 5: "Ook in gevallen
    waarin de sociaal werker meent zelf hulp te kunnen blijven verlenen, maar een melding bij
    Veilig Thuis relevant is – zal er een melding worden gedaan"; seed 003, the FAQ on a
    gezinsvoogd and on existing care.) None means not (yet) answered."""

    gezinsvoogd: bool | None = None
    andere_hulp: bool | None = None
    relevant: bool | None = None
    toelichting: Tekst = ""


class Beslissing(CasusModel):
    """The professional's own decision; `reden` is required when it departs from the norm."""

    keuze: Keuze | None = None
    reden: Tekst = ""


class Beslissingen(CasusModel):
    melden: Beslissing = Field(default_factory=Beslissing)
    hulp: Beslissing = Field(default_factory=Beslissing)


class ConflictVanPlichten(CasusModel):
    """The five questions before breaking professional secrecy (BPSW 3.3)."""

    gewichtige_belangen: Tekst = ""
    andere_weg: Tekst = ""
    waarom_geen_toestemming: Tekst = ""
    belangen_afgewogen: Tekst = ""
    welke_informatie_aan_wie: Tekst = ""
    geraadpleegd: Tekst = ""


class Melding(CasusModel):
    """Everything around the report (BPSW 2.2 stap 5, 3.3, 3.4)."""

    besproken: bool | None = None  # discussed beforehand with client and/or parents
    besproken_met: list[GesprekMet] = Field(default_factory=list, max_length=3)
    niet_besproken_grond: GrondGeenGesprek | None = None
    niet_besproken_toelichting: Tekst = ""
    reactie: Tekst = ""
    toestemming: Toestemming | None = None
    bezwaren: Tekst = ""
    weging_bezwaren: Tekst = ""
    conflict_van_plichten: ConflictVanPlichten = Field(default_factory=ConflictVanPlichten)
    anoniem_naar_gezin: bool | None = None
    anoniem_reden: Tekst = ""
    datum: dt.date | None = None
    afspraken_veilig_thuis: Tekst = ""  # own role after the report, agreed with Veilig Thuis
    # For the concept-melding (issue 13 item 8): what Veilig Thuis asks of a reporter.
    netwerk: Tekst = ""  # the family's support network (who can help, who is close)
    bestaande_hulp: Tekst = ""  # care already involved (FAQ 003: "Júist ook als er al hulp...")
    vraag_aan_veilig_thuis: Tekst = ""  # what she asks of Veilig Thuis


class Verwijsindex(CasusModel):
    aangesloten: bool = False
    overwogen: Tekst = ""


class Afsluiting(CasusModel):
    datum: dt.date | None = None
    reden: Tekst = ""


class StapOvergeslagen(CasusModel):
    """A step deliberately not taken (e.g. VGV: act fast), with the reason."""

    reden: Tekst
