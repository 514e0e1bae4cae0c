"""The casus: everything a professional records while she follows the meldcode.

One casus is one client situation, known by a label the professional chooses; it holds
no names or BSN. The model is the single contract between the engine, the web flow, the
verslag and the JSON export: `Casus.model_validate(dict)` reads it,
`meldwijzer.verslag.casus_naar_json` writes it.

Every collection is optional and empty by default, so the minimal input of
`meldwijzer assess` (only `afwegingen`) is a valid casus too.

The parts are split by subject: the choices (`casus_keuzes.py`), the shared limits
(`casus_basis.py`), the parts of steps 1–3 (`casus_stap1_3.py`) and 4–5 (`casus_stap4_5.py`);
this module holds the casus itself and re-exports every name, so `meldwijzer.engine.casus`
stays the one import.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, field_validator

from meldwijzer.engine.beroep import Beroepsgroep, Sector
from meldwijzer.engine.casus_basis import (
    MAX_ITEMS,
    MAX_KORT,
    MAX_TEKST,
    CasusModel,
    KorteTekst,
    Tekst,
)
from meldwijzer.engine.casus_keuzes import (
    AardOnveiligheid,
    Antwoord,
    ConsultatieMet,
    GesprekMet,
    GrondGeenGesprek,
    GrondGeenGesprekKind,
    JaNeeOnbekend,
    Keuze,
    RolClient,
    Situatie,
    SoortSignaal,
    StatusHypothese,
    Toestemming,
    Tolk,
    Vorm,
)
from meldwijzer.engine.casus_stap1_3 import (
    BuitenActie,
    Client,
    Consultatie,
    ContraIndicatie,
    GeenGesprek,
    GeenGesprekKind,
    Gesprek,
    Kindcheck,
    Signaal,
)
from meldwijzer.engine.casus_stap4_5 import (
    AFWEGING_IDS,
    AFWEGING_STAP,
    Afsluiting,
    AfwegingAntwoord,
    Afwegingen,
    Beslissing,
    Beslissingen,
    ConflictVanPlichten,
    Herweging,
    Melding,
    RelevantieMelding,
    StapOvergeslagen,
    Verwijsindex,
    afwegingen_van_stap,
)

__all__ = [
    "AFWEGING_IDS",
    "AFWEGING_STAP",
    "CASUS_FORMAAT",
    "MAX_ITEMS",
    "MAX_KORT",
    "MAX_TEKST",
    "AardOnveiligheid",
    "Afsluiting",
    "AfwegingAntwoord",
    "Afwegingen",
    "Antwoord",
    "Beroep",
    "Beslissing",
    "Beslissingen",
    "BuitenActie",
    "Casus",
    "Client",
    "ConflictVanPlichten",
    "Consultatie",
    "ConsultatieMet",
    "ContraIndicatie",
    "GeenGesprek",
    "GeenGesprekKind",
    "Gesprek",
    "GesprekMet",
    "GrondGeenGesprek",
    "GrondGeenGesprekKind",
    "Herweging",
    "JaNeeOnbekend",
    "Keuze",
    "Kindcheck",
    "KorteTekst",
    "Melding",
    "Professional",
    "RelevantieMelding",
    "RolClient",
    "Signaal",
    "Situatie",
    "SoortSignaal",
    "StapOvergeslagen",
    "StatusHypothese",
    "Tekst",
    "Toestemming",
    "Tolk",
    "Verwijsindex",
    "Vorm",
    "afwegingen_van_stap",
]

CASUS_FORMAAT = 1


class Beroep(CasusModel):
    """Her sector and beroepsgroep, chosen at the start (seed 004: six sectors; seed 002
    Bijlage 2: the clusters of beroepsgroepen). Decides which afwegingskader the flow shows;
    None means not chosen (a casus from before this choice existed: the default pack)."""

    sector: Sector | None = None
    beroepsgroep: Beroepsgroep | None = None


class Professional(CasusModel):
    """Who did the work, without a name (issue 13 item 7): her own function and organisation,
    both optional, and the function of whoever decides about the report in step 5 when that
    is someone else (Bijlage 1c: "Verantwoordelijk voor het besluit in stap 5 voor het al dan
    niet doen van een melding is: [Functionaris ...]")."""

    functie: KorteTekst = ""
    organisatie: KorteTekst = ""
    beslisser: KorteTekst = ""  # empty: she decides herself


class Casus(CasusModel):
    """One casus. Collections are lists so order and repetition are kept."""

    formaat: Literal[1] = 1  # CASUS_FORMAAT
    label: KorteTekst = ""
    aangemaakt: dt.datetime | None = None
    gewijzigd: dt.datetime | None = None
    content_pack: KorteTekst = ""  # "id@versie" of the pack used
    situatie: Situatie = Situatie.HUISELIJKE_KRING
    scope_toelichting: Tekst = ""
    client: Client = Field(default_factory=Client)
    vormen: list[Vorm] = Field(default_factory=list, max_length=5)
    noodsituatie: bool = False
    eenmalig_contact: bool = False
    twijfel_aard_ernst: bool = False  # doubt about risk, nature, severity or next step
    signalen: list[Signaal] = Field(default_factory=list, max_length=MAX_ITEMS)
    contra_indicaties: list[ContraIndicatie] = Field(default_factory=list, max_length=MAX_ITEMS)
    kindcheck: Kindcheck = Field(default_factory=Kindcheck)
    visie_kinderen: Tekst = ""  # the children's own view and how it was weighed
    consultaties: list[Consultatie] = Field(default_factory=list, max_length=MAX_ITEMS)
    gesprekken: list[Gesprek] = Field(default_factory=list, max_length=MAX_ITEMS)
    geen_gesprek: GeenGesprek | None = None
    verwijsindex: Verwijsindex = Field(default_factory=Verwijsindex)
    weging_notitie: Tekst = ""  # step 4: risk-assessment instrument, nature and severity
    afwegingen: Afwegingen = Field(default_factory=Afwegingen)
    beslissingen: Beslissingen = Field(default_factory=Beslissingen)
    melding: Melding = Field(default_factory=Melding)
    overgeslagen: dict[Literal["1", "2", "3", "4", "5"], StapOvergeslagen] = Field(
        default_factory=dict
    )
    afgesloten: Afsluiting | None = None
    # Step 3 for a minor client: the talk with the child and with the parents apart, each
    # with its own reason when skipped (BPSW 2.2, Stap 3 "Gesprek met kinderen", "Gesprek
    # met de ouder(s)"). The older `geen_gesprek` stays the reason for the client's talk.
    geen_gesprek_kind: GeenGesprekKind | None = None
    geen_gesprek_ouders: GeenGesprek | None = None
    # Violence by a professional (BPSW 1.3): does he or she work in the user's own
    # organisation? Own: the internal route and meldplicht; another: via Veilig Thuis.
    pleger_eigen_organisatie: bool | None = None
    # Outside the meldcode: what she did instead and why (whom she informed, when).
    buiten_acties: list[BuitenActie] = Field(default_factory=list, max_length=MAX_ITEMS)
    # --- added for issue 12 (all optional; older files load unchanged) ---
    onveiligheid_aard: AardOnveiligheid | None = None  # afweging 2: acute, structural, both
    disclosure: bool = False  # the victim told (a form of acute unsafety, Bijlage 2)
    herwegingen: list[Herweging] = Field(default_factory=list, max_length=MAX_ITEMS)  # afweging 5
    relevantie: RelevantieMelding = Field(default_factory=RelevantieMelding)
    # Who she is: sector and beroepsgroep, which decide the afwegingskader (issue 17).
    beroep: Beroep = Field(default_factory=Beroep)
    # Who recorded this casus and who decides in step 5 (issue 13 item 7).
    professional: Professional = Field(default_factory=Professional)
    # The family is recently in the Netherlands (seed 001): stap 3 reminds her of the barriers.
    recent_in_nederland: bool = False

    @field_validator("vormen")
    @classmethod
    def _unique_vormen(cls, value: list[Vorm]) -> list[Vorm]:
        return list(dict.fromkeys(value))

    def overgeslagen_bij(self, stap: int | str) -> StapOvergeslagen | None:
        """Why step `stap` was skipped, or None: `overgeslagen` is keyed by the step number
        as text ("1" to "5")."""
        return next((w for k, w in self.overgeslagen.items() if k == str(stap)), None)
