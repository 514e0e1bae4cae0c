"""The one home of the Dutch label of every choice in a casus.

The screen (radio buttons, summary) and the verslag (every format, the concept-melding)
print a value of these enums only through `label()`, so the professional reads in her
verslag exactly the words she chose on screen. `tests/engine/test_labels.py` fails when an
enum value has no label here, or when a label is written down anywhere else.

Wording follows the seeds where they name the thing: the specific forms of violence as in
BPSW 2.2 ("vrouwelijke genitale verminking, huwelijksdwang, seksueel geweld en
eergerelateerd geweld"), the two grounds to skip a conversation as in Bijlage 1b, stap 3/5
("concrete aanwijzingen dat de veiligheid van de cliënt, die van u zelf, of die van een ander
in het geding is"; "goede redenen ... dat de cliënt daardoor het contact met u zal
verbreken").
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from meldwijzer.engine.advies import BeslissingHulp, BeslissingMelden
from meldwijzer.engine.beroep import Beroepsgroep, Sector
from meldwijzer.engine.casus import (
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

LABELS: Mapping[type[StrEnum], Mapping[StrEnum, str]] = {
    Situatie: {
        Situatie.HUISELIJKE_KRING: (
            "Iemand uit de huiselijke kring van het slachtoffer (partner, ex, ouder, kind, "
            "familielid, huisgenoot, mantelzorger)"
        ),
        Situatie.PARTNERS_BEIDE_CLIENT: "Partners die allebei cliënt zijn van onze instelling",
        Situatie.PROFESSIONAL_TEGEN_CLIENT: (
            "Een professional tegen een cliënt of leerling in een zorg- of onderwijsrelatie"
        ),
        Situatie.TUSSEN_CLIENTEN: "Een medecliënt tegen een cliënt (bewoners van een instelling)",
        Situatie.LEERKRACHT_LEERLING: "Een leerkracht tegen een leerling",
        Situatie.TUSSEN_LEERLINGEN: "Een leerling tegen een andere leerling",
    },
    RolClient: {
        RolClient.SLACHTOFFER: "Slachtoffer",
        RolClient.GETUIGE: "Getuige",
        RolClient.PLEGER: "(Vermoedelijke) pleger",
    },
    Vorm: {
        Vorm.VGV: "Vrouwelijke genitale verminking (VGV)",
        Vorm.EERGERELATEERD: "Eergerelateerd geweld",
        Vorm.HUWELIJKSDWANG: "Huwelijksdwang",
        Vorm.SEKSUEEL: "Seksueel geweld",
        Vorm.OUDERENMISHANDELING: "Ouderenmishandeling",
    },
    SoortSignaal: {
        SoortSignaal.OBSERVATIE: "Zelf waargenomen (feit)",
        SoortSignaal.HYPOTHESE: "Hypothese of aanname",
        SoortSignaal.DERDEN: "Informatie van een ander (met bron)",
    },
    StatusHypothese: {
        StatusHypothese.OPEN: "Nog open",
        StatusHypothese.BEVESTIGD: "Bevestigd",
        StatusHypothese.WEERLEGD: "Weerlegd",
    },
    ConsultatieMet: {
        ConsultatieMet.COLLEGA: "Collega",
        ConsultatieMet.AANDACHTSFUNCTIONARIS: "Aandachtsfunctionaris",
        ConsultatieMet.VEILIG_THUIS: "Veilig Thuis (anoniem advies)",
        ConsultatieMet.LETSELDUIDING: "Deskundige letselduiding (bijv. vertrouwensarts)",
        ConsultatieMet.DESKUNDIGE: "Deskundige voor een specifieke vorm van geweld",
    },
    GesprekMet: {
        GesprekMet.CLIENT: "De cliënt",
        GesprekMet.KIND: "Het kind",
        GesprekMet.OUDERS: "De ouder(s)",
    },
    GrondGeenGesprek: {
        GrondGeenGesprek.VEILIGHEID: (
            "Concrete aanwijzingen dat de veiligheid van de cliënt, van mij of van een ander "
            "in het geding is"
        ),
        GrondGeenGesprek.CONTACT_VERBREKEN: (
            "Goede redenen om aan te nemen dat de cliënt het contact verbreekt en uit beeld raakt"
        ),
    },
    # 002, 2.2 Stap 3 'Gesprek met kinderen': "tenzij dat vanwege zijn jeugdige leeftijd echt
    # niet mogelijk of te belastend voor hem is", plus the two general grounds.
    GrondGeenGesprekKind: {
        GrondGeenGesprekKind.LEEFTIJD: "Door de jonge leeftijd is een gesprek echt niet mogelijk",
        GrondGeenGesprekKind.TE_BELASTEND: "Een gesprek is te belastend voor het kind",
        GrondGeenGesprekKind.VEILIGHEID: (
            "Het gesprek brengt de veiligheid van het kind, mij of een ander in gevaar"
        ),
        GrondGeenGesprekKind.CONTACT_VERBREKEN: (
            "Het contact wordt dan verbroken en het kind raakt uit beeld"
        ),
    },
    Antwoord: {Antwoord.JA: "Ja", Antwoord.NEE: "Nee", Antwoord.TWIJFEL: "Twijfel"},
    Keuze: {Keuze.JA: "Ja", Keuze.NEE: "Nee"},
    JaNeeOnbekend: {
        JaNeeOnbekend.JA: "Ja",
        JaNeeOnbekend.NEE: "Nee",
        JaNeeOnbekend.ONBEKEND: "Weet ik niet",
    },
    Toestemming: {
        Toestemming.GEGEVEN: "Gegeven",
        Toestemming.GEWEIGERD: "Geweigerd",
        Toestemming.NIET_GEVRAAGD: "Niet gevraagd",
    },
    Tolk: {
        Tolk.PROFESSIONEEL: "Een professionele tolk",
        Tolk.FAMILIE_OF_KIND: "Een familielid of het kind vertaalde",
        Tolk.GEEN: "Geen tolk",
    },
    # Bijlage 2: acute ("direct bescherming nodig") and structural ("herhaling of het
    # voortduren") unsafety; disclosure is asked apart, as a form of acute unsafety.
    AardOnveiligheid: {
        AardOnveiligheid.ACUUT: (
            "Acuut: iemand is nu in direct gevaar en heeft nu bescherming nodig"
        ),
        AardOnveiligheid.STRUCTUREEL: (
            "Structureel: het geweld of de onveiligheid herhaalt zich of duurt voort"
        ),
        AardOnveiligheid.BEIDE: "Beide: acuut en structureel",
    },
    # The norm of the two decisions (BPSW 2.2 Stap 5, Bijlage 2: "Beslissing 1: is melden
    # noodzakelijk?" and "Beslissing 2: is hulpverlening (ook) mogelijk?"), the words of the
    # screen and of the verslag alike; the screen adds why, the verslag what is still open.
    BeslissingMelden: {
        BeslissingMelden.NOODZAKELIJK: "Melden is noodzakelijk",
        BeslissingMelden.NIET_NOODZAKELIJK: (
            "Melden is volgens de norm niet noodzakelijk; melden mag altijd (meldrecht)"
        ),
        BeslissingMelden.OPEN: "Nog open",
    },
    BeslissingHulp: {
        BeslissingHulp.MOGELIJK: "Hulp bieden of organiseren is mogelijk",
        BeslissingHulp.NIET_MOGELIJK: "Hulp bieden of organiseren is niet (voldoende) mogelijk",
        BeslissingHulp.OPEN: "Nog open",
    },
    # The six sectors of the Wet verplichte meldcode (seed 004).
    Sector: {
        Sector.GEZONDHEIDSZORG: "Gezondheidszorg",
        Sector.ONDERWIJS: "Onderwijs",
        Sector.KINDEROPVANG: "Kinderopvang",
        Sector.MAATSCHAPPELIJKE_ONDERSTEUNING: "Maatschappelijke ondersteuning",
        Sector.JEUGDHULP: "Jeugdhulp",
        Sector.JUSTITIE: "Justitie",
    },
    # The beroepsgroepen with an afwegingskader of their own (002, Bijlage 2, slot).
    Beroepsgroep: {
        Beroepsgroep.SOCIAAL_WERKER: "Sociaal werker (ook jeugd- en gezinsprofessional)",
        Beroepsgroep.PSYCHOLOOG: "Psycholoog",
        Beroepsgroep.PEDAGOOG: "Pedagoog",
        Beroepsgroep.PSYCHOTHERAPEUT: "(Psycho)therapeut",
        Beroepsgroep.ARTS: "Arts",
        Beroepsgroep.PARAMEDICUS: "Paramedicus",
        Beroepsgroep.VERPLEEGKUNDIGE: "Verpleegkundige of verzorgende",
        Beroepsgroep.ONDERWIJS: "Onderwijs (bijvoorbeeld leerkracht)",
        Beroepsgroep.KINDEROPVANG: "Kinderopvang",
        Beroepsgroep.JUSTITIE: "Justitie",
        Beroepsgroep.ANDERS: "Een ander beroep",
    },
}

#: The two grounds of GrondGeenGesprek as they read for the talk with the parents of a minor
#: (002, 2.2 Stap 3 'Gesprek met de ouder(s)': "in verband met de veiligheid van het kind of
#: die van anderen. Bijvoorbeeld als de sociaal werker redenen heeft om aan te nemen dat hij
#: het kind dan uit het oog zal verliezen").
GRONDEN_OUDERS: Mapping[GrondGeenGesprek, str] = {
    GrondGeenGesprek.VEILIGHEID: (
        "Het gesprek brengt de veiligheid van het kind of van anderen in gevaar"
    ),
    GrondGeenGesprek.CONTACT_VERBREKEN: (
        "Ik verlies het kind dan uit het oog (bijvoorbeeld: de ouders halen het van school of "
        "de opvang)"
    ),
}

#: Labels that begin with a name keep their capital inside a sentence.
_EIGENNAMEN = ("Veilig Thuis",)


def label(waarde: StrEnum, *, in_zin: bool = False) -> str:
    """The Dutch label of one value; `in_zin` for use inside a sentence ("gesprek met de
    cliënt"): the first letter in lower case, unless the label begins with a name."""
    tekst = LABELS[type(waarde)][waarde]
    if in_zin and not tekst.startswith(_EIGENNAMEN):
        return tekst[:1].lower() + tekst[1:]
    return tekst


def keuzes(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(value, label) pairs for a form's choices, in the order of the labels above."""
    return [(waarde.value, tekst) for waarde, tekst in LABELS[enum].items()]
