"""The casus: everything a professional records while she follows the meldcode.

One casus is one client situation, known by a label the professional chooses; it holds
no names or BSN. The model is the single contract between the engine, the web flow, the
verslag and the JSON export: `Casus.model_validate(dict)` reads it,
`meldwijzer.verslag.casus_naar_json` writes it.

Every collection is optional and empty by default, so the minimal input of
`meldwijzer assess` (only `afwegingen`) is a valid casus too.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from meldwijzer.engine.beroep import Beroepsgroep, Sector

#: Hard upper bound for any free-text field; protects every layer from huge inputs.
MAX_TEKST = 20_000
MAX_KORT = 300
MAX_ITEMS = 200

Tekst = Annotated[str, StringConstraints(max_length=MAX_TEKST)]
KorteTekst = Annotated[str, StringConstraints(max_length=MAX_KORT)]

CASUS_FORMAAT = 1


class Antwoord(StrEnum):
    """An answer to one afweging. Absent means not yet answered."""

    JA = "ja"
    NEE = "nee"
    TWIJFEL = "twijfel"


class Situatie(StrEnum):
    """Who did what to whom: decides whether the meldcode applies (BPSW 1.3, Bijlage 1b)."""

    HUISELIJKE_KRING = "huiselijke_kring"
    PROFESSIONAL_TEGEN_CLIENT = "professional_tegen_client"
    TUSSEN_CLIENTEN = "tussen_clienten"
    PARTNERS_BEIDE_CLIENT = "partners_beide_client"
    LEERKRACHT_LEERLING = "leerkracht_leerling"
    TUSSEN_LEERLINGEN = "tussen_leerlingen"


class Vorm(StrEnum):
    """Specific forms of violence that call for expert advice first (BPSW 2.2, stap 2)."""

    VGV = "vgv"
    EERGERELATEERD = "eergerelateerd"
    HUWELIJKSDWANG = "huwelijksdwang"
    SEKSUEEL = "seksueel"
    OUDERENMISHANDELING = "ouderenmishandeling"


class RolClient(StrEnum):
    """The client may be victim, witness or (alleged) perpetrator (BPSW 1.3)."""

    SLACHTOFFER = "slachtoffer"
    GETUIGE = "getuige"
    PLEGER = "pleger"


class SoortSignaal(StrEnum):
    """How a sign is known (Bijlage 1b, stap 1: facts, hypotheses, third parties)."""

    OBSERVATIE = "observatie"
    HYPOTHESE = "hypothese"
    DERDEN = "derden"


class StatusHypothese(StrEnum):
    OPEN = "open"
    BEVESTIGD = "bevestigd"
    WEERLEGD = "weerlegd"


class ConsultatieMet(StrEnum):
    """Whom the professional consulted in step 2 (BPSW 2.2, stap 2)."""

    COLLEGA = "collega"
    AANDACHTSFUNCTIONARIS = "aandachtsfunctionaris"
    VEILIG_THUIS = "veilig_thuis"  # anonymous advice: no client data
    LETSELDUIDING = "letselduiding"
    DESKUNDIGE = "deskundige"  # expert on a specific form of violence


class GesprekMet(StrEnum):
    CLIENT = "client"
    KIND = "kind"
    OUDERS = "ouders"


class GrondGeenGesprek(StrEnum):
    """The only two grounds to skip the conversation (BPSW 2.2, stap 3)."""

    VEILIGHEID = "veiligheid"
    CONTACT_VERBREKEN = "contact_verbreken"


class GrondGeenGesprekKind(StrEnum):
    """Grounds to skip the step-3 talk with a child client (BPSW 2.2, Stap 3).

    "Ook als een cliënt nog jong is, is het van belang dat de sociaal werker het gesprek met
    hem aangaat, tenzij dat vanwege zijn jeugdige leeftijd echt niet mogelijk of te
    belastend voor hem is." The two general grounds of 'Geen gesprek met de cliënt' apply to
    a child client as well.
    """

    LEEFTIJD = "leeftijd"
    TE_BELASTEND = "te_belastend"
    VEILIGHEID = "veiligheid"
    CONTACT_VERBREKEN = "contact_verbreken"


class Keuze(StrEnum):
    """The professional's own choice in step 5; may depart from the norm, with reasons."""

    JA = "ja"
    NEE = "nee"


class Toestemming(StrEnum):
    GEGEVEN = "gegeven"
    GEWEIGERD = "geweigerd"
    NIET_GEVRAAGD = "niet_gevraagd"


class JaNeeOnbekend(StrEnum):
    JA = "ja"
    NEE = "nee"
    ONBEKEND = "onbekend"


class AardOnveiligheid(StrEnum):
    """Which unsafety afweging 2 found (BPSW Bijlage 2, Acute / Structurele onveiligheid).

    Acute: "een persoon [verkeert] in direct fysiek gevaar ... Hij of zij heeft direct
    bescherming nodig." Structural: "herhaling of het voortduren van een onveilige situatie".
    """

    ACUUT = "acuut"
    STRUCTUREEL = "structureel"
    BEIDE = "beide"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_assignment=True)


class Client(_Model):
    """The client, without identifying data: age and living situation only."""

    leeftijd: Annotated[int, Field(ge=0, le=130)] | None = None
    woont_thuis: bool | None = None
    rol: RolClient | None = None
    #: BPSW 3.3 Positie van de cliënt: "in een afhankelijke positie ... waardoor ze minder goed
    #: in staat zijn zelf op te treden tegen mishandeling of geweld" (e.g. zorgafhankelijk).
    afhankelijk: bool | None = None


class Signaal(_Model):
    id: KorteTekst
    soort: SoortSignaal = SoortSignaal.OBSERVATIE
    tekst: Tekst
    datum: dt.date | None = None
    bron: KorteTekst = ""  # required in practice for soort=derden; the engine flags it
    oudersignaal: bool = False  # sign about a parent's condition that may threaten children
    status: StatusHypothese = StatusHypothese.OPEN  # meaningful for hypotheses only
    vervolg: Tekst = ""  # follow-up note when a hypothesis is confirmed or refuted


class ContraIndicatie(_Model):
    """Data that contradict the suspicion: recorded too (BPSW 2.2, stap 1)."""

    id: KorteTekst
    tekst: Tekst
    datum: dt.date | None = None


class Kindcheck(_Model):
    """Bijlage 2 / BPSW 2.2 stap 1: are there minor children in the client's care?"""

    kinderen: JaNeeOnbekend = JaNeeOnbekend.ONBEKEND
    aantal: Annotated[int, Field(ge=0, le=30)] | None = None
    leeftijden: list[Annotated[int, Field(ge=0, le=17)]] = Field(
        default_factory=list, max_length=30
    )
    gedeelde_zorg: JaNeeOnbekend = JaNeeOnbekend.ONBEKEND
    toelichting: Tekst = ""
    datum: dt.date | None = None


class Consultatie(_Model):
    id: KorteTekst
    met: ConsultatieMet
    wie: KorteTekst = ""  # a role or function, never a client's name
    datum: dt.date | None = None
    vraag: Tekst = ""
    advies: Tekst = ""


class Tolk(StrEnum):
    """Who interpreted the conversation, for families recently in the Netherlands, where a
    language barrier makes the meldcode harder (seed 001, Afwegingskaders, slot)."""

    PROFESSIONEEL = "professioneel"
    FAMILIE_OF_KIND = "familie_of_kind"
    GEEN = "geen"


class Gesprek(_Model):
    id: KorteTekst
    met: GesprekMet
    datum: dt.date | None = None
    inhoud: Tekst = ""
    reactie: Tekst = ""
    # Facts of the conversation with a family recently in the Netherlands (issue 17, item 4).
    tolk: Tolk | None = None
    taal: KorteTekst = ""
    moeilijk: Tekst = ""  # what made the conversation hard (language, culture, ...)


class GeenGesprek(_Model):
    grond: GrondGeenGesprek
    toelichting: Tekst = ""


class GeenGesprekKind(_Model):
    """Step 3: why the talk with the child itself was not held (BPSW 2.2, Stap 3)."""

    grond: GrondGeenGesprekKind
    toelichting: Tekst = ""


class BuitenActie(_Model):
    """Outside the meldcode: what the professional did instead, for whom, when (BPSW 1.3).

    E.g. informing the leidinggevende or directie, the vertrouwensinspecteur, or asking
    Veilig Thuis for advice. `wie` is a role or body, never a person's name.
    """

    id: KorteTekst
    wie: KorteTekst
    datum: dt.date | None = None
    toelichting: Tekst = ""


class AfwegingAntwoord(_Model):
    antwoord: Antwoord | None = None
    motivatie: Tekst = ""


class Afwegingen(_Model):
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


AFWEGING_IDS: tuple[str, ...] = (
    "vermoeden",
    "onveiligheid",
    "hulp_bieden",
    "medewerking",
    "duurzame_veiligheid",
)


class Herweging(_Model):
    """A later weighing of afweging 5 while help runs (BPSW Bijlage 2, Afweging 5: "Wanneer een
    professional die hulp biedt ... constateert dat de onveiligheid niet stopt of zich
    herhaalt"). Kept as history; the norm follows the last one recorded."""

    datum: dt.date | None = None
    antwoord: Antwoord
    motivatie: Tekst = ""


class RelevantieMelding(_Model):
    """Is a report relevant although she can keep helping? (BPSW 2.2 Stap 5: "Ook in gevallen
    waarin de sociaal werker meent zelf hulp te kunnen blijven verlenen, maar een melding bij
    Veilig Thuis relevant is – zal er een melding worden gedaan"; seed 003, the FAQ on a
    gezinsvoogd and on existing care.) None means not (yet) answered."""

    gezinsvoogd: bool | None = None
    andere_hulp: bool | None = None
    relevant: bool | None = None
    toelichting: Tekst = ""


class Beslissing(_Model):
    """The professional's own decision; `reden` is required when it departs from the norm."""

    keuze: Keuze | None = None
    reden: Tekst = ""


class Beslissingen(_Model):
    melden: Beslissing = Field(default_factory=Beslissing)
    hulp: Beslissing = Field(default_factory=Beslissing)


class ConflictVanPlichten(_Model):
    """The five questions before breaking professional secrecy (BPSW 3.3)."""

    gewichtige_belangen: Tekst = ""
    andere_weg: Tekst = ""
    waarom_geen_toestemming: Tekst = ""
    belangen_afgewogen: Tekst = ""
    welke_informatie_aan_wie: Tekst = ""
    geraadpleegd: Tekst = ""


class Melding(_Model):
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


class Verwijsindex(_Model):
    aangesloten: bool = False
    overwogen: Tekst = ""


class Afsluiting(_Model):
    datum: dt.date | None = None
    reden: Tekst = ""


class StapOvergeslagen(_Model):
    """A step deliberately not taken (e.g. VGV: act fast), with the reason."""

    reden: Tekst


class Beroep(_Model):
    """Her sector and beroepsgroep, chosen at the start (seed 004: six sectors; seed 002
    Bijlage 2: the clusters of beroepsgroepen). Decides which afwegingskader the flow shows;
    None means not chosen (a casus from before this choice existed: the default pack)."""

    sector: Sector | None = None
    beroepsgroep: Beroepsgroep | None = None


class Professional(_Model):
    """Who did the work, without a name (issue 13 item 7): her own function and organisation,
    both optional, and the function of whoever decides about the report in step 5 when that
    is someone else (Bijlage 1c: "Verantwoordelijk voor het besluit in stap 5 voor het al dan
    niet doen van een melding is: [Functionaris ...]")."""

    functie: KorteTekst = ""
    organisatie: KorteTekst = ""
    beslisser: KorteTekst = ""  # empty: she decides herself


class Casus(_Model):
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
