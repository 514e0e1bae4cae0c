"""Every choice of the casus as an enum: the values are the stable machine interface (JSON
export, `meldwijzer assess`); their Dutch labels are in `labels.py`. Part of `casus.py`.
"""

from __future__ import annotations

from enum import StrEnum


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


class Tolk(StrEnum):
    """Who interpreted the conversation, for families recently in the Netherlands, where a
    language barrier makes the meldcode harder (seed 001, Afwegingskaders, slot)."""

    PROFESSIONEEL = "professioneel"
    FAMILIE_OF_KIND = "familie_of_kind"
    GEEN = "geen"
