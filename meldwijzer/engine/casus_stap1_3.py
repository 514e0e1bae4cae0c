"""The casus parts of steps 1 to 3: the client, signals and contra-indications, the kindcheck,
consultations, conversations, and what she did instead outside the meldcode. Part of
`casus.py`.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field

from meldwijzer.engine.casus_basis import CasusModel, KorteTekst, Tekst
from meldwijzer.engine.casus_keuzes import (
    ConsultatieMet,
    GesprekMet,
    GrondGeenGesprek,
    GrondGeenGesprekKind,
    JaNeeOnbekend,
    RolClient,
    SoortSignaal,
    StatusHypothese,
    Tolk,
)


class Client(CasusModel):
    """The client, without identifying data: age and living situation only."""

    leeftijd: Annotated[int, Field(ge=0, le=130)] | None = None
    woont_thuis: bool | None = None
    rol: RolClient | None = None
    #: BPSW 3.3 Positie van de cliënt: "in een afhankelijke positie ... waardoor ze minder goed
    #: in staat zijn zelf op te treden tegen mishandeling of geweld" (e.g. zorgafhankelijk).
    afhankelijk: bool | None = None


class Signaal(CasusModel):
    id: KorteTekst
    soort: SoortSignaal = SoortSignaal.OBSERVATIE
    tekst: Tekst
    datum: dt.date | None = None
    bron: KorteTekst = ""  # required in practice for soort=derden; the engine flags it
    oudersignaal: bool = False  # sign about a parent's condition that may threaten children
    status: StatusHypothese = StatusHypothese.OPEN  # meaningful for hypotheses only
    vervolg: Tekst = ""  # follow-up note when a hypothesis is confirmed or refuted


class ContraIndicatie(CasusModel):
    """Data that contradict the suspicion: recorded too (BPSW 2.2, stap 1)."""

    id: KorteTekst
    tekst: Tekst
    datum: dt.date | None = None


class Kindcheck(CasusModel):
    """Bijlage 2 / BPSW 2.2 stap 1: are there minor children in the client's care?"""

    kinderen: JaNeeOnbekend = JaNeeOnbekend.ONBEKEND
    aantal: Annotated[int, Field(ge=0, le=30)] | None = None
    leeftijden: list[Annotated[int, Field(ge=0, le=17)]] = Field(
        default_factory=list, max_length=30
    )
    gedeelde_zorg: JaNeeOnbekend = JaNeeOnbekend.ONBEKEND
    toelichting: Tekst = ""
    datum: dt.date | None = None


class Consultatie(CasusModel):
    id: KorteTekst
    met: ConsultatieMet
    wie: KorteTekst = ""  # a role or function, never a client's name
    datum: dt.date | None = None
    vraag: Tekst = ""
    advies: Tekst = ""


class Gesprek(CasusModel):
    id: KorteTekst
    met: GesprekMet
    datum: dt.date | None = None
    inhoud: Tekst = ""
    reactie: Tekst = ""
    #: The interpretation she gave only after the client's reaction, if she gave one (002,
    #: Bijlage 1b stap 3: "kom pas na deze reactie zo nodig met een interpretatie van hetgeen
    #: u hebt gezien, gehoord en waargenomen"; 2.2 Stap 3 likewise).
    interpretatie: Tekst = ""
    # Facts of the conversation with a family recently in the Netherlands (issue 17, item 4).
    tolk: Tolk | None = None
    taal: KorteTekst = ""
    moeilijk: Tekst = ""  # what made the conversation hard (language, culture, ...)


class GeenGesprek(CasusModel):
    grond: GrondGeenGesprek
    toelichting: Tekst = ""


class GeenGesprekKind(CasusModel):
    """Step 3: why the talk with the child itself was not held (BPSW 2.2, Stap 3)."""

    grond: GrondGeenGesprekKind
    toelichting: Tekst = ""


class BuitenActie(CasusModel):
    """Outside the meldcode: what the professional did instead, for whom, when (BPSW 1.3).

    E.g. informing the leidinggevende or directie, the vertrouwensinspecteur, or asking
    Veilig Thuis for advice. `wie` is a role or body, never a person's name.
    """

    id: KorteTekst
    wie: KorteTekst
    datum: dt.date | None = None
    toelichting: Tekst = ""
