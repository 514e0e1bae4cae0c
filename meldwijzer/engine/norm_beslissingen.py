"""The two decisions of the norm and what they rest on (part of `norm.py`).

Beslissing 1 (is melden noodzakelijk?) and beslissing 2 (is hulp (ook) mogelijk?), why
either is still open, the answer the norm uses per afweging, acute unsafety, closing the
meldcode, with whom a report is discussed, the kindcheck, and where her own decision departs.
Sources as in `norm.py` (seeds/002 Bijlage 2, 2.2, Bijlage 1b, chapter 3; seeds 001, 003).
"""

from __future__ import annotations

from meldwijzer.engine.advies import AdviesItem, Afwijking, BeslissingHulp, BeslissingMelden, Weging
from meldwijzer.engine.casus import (
    AardOnveiligheid,
    Antwoord,
    Casus,
    GesprekMet,
    JaNeeOnbekend,
    Keuze,
    Kindcheck,
    RolClient,
    Situatie,
    Vorm,
)
from meldwijzer.engine.casus_stap4_5 import AFWEGING_IDS, afwegingen_van_stap
from meldwijzer.engine.regels import item

BUITEN_MELDCODE: frozenset[Situatie] = frozenset(
    {
        Situatie.PROFESSIONAL_TEGEN_CLIENT,
        Situatie.TUSSEN_CLIENTEN,
        Situatie.LEERKRACHT_LEERLING,
        Situatie.TUSSEN_LEERLINGEN,
    }
)
HULP_AFWEGINGEN: tuple[str, ...] = afwegingen_van_stap(5)  # afweging 3, 4 and 5


def binnen_meldcode(situatie: Situatie) -> bool:
    """Whether the stappenplan applies: violence in the huiselijke kring (also between
    partners who are both clients); not violence by a professional, between clients or
    between pupils (BPSW 1.3). The one place that decides it; a content pack's scope flag
    must agree (`content.checks`)."""
    return situatie not in BUITEN_MELDCODE


def antwoord(casus: Casus, afweging_id: str) -> Antwoord | None:
    """The answer the norm uses. For afweging 5 that is the last re-weighing recorded, if any:
    it "is a judgement made while help runs" (Bijlage 2, Afweging 5: "Wanneer een professional
    die hulp biedt of organiseert ... constateert dat de onveiligheid niet stopt of zich
    herhaalt")."""
    if afweging_id == "duurzame_veiligheid" and casus.herwegingen:
        return casus.herwegingen[-1].antwoord
    gegeven: Antwoord | None = getattr(casus.afwegingen, afweging_id).antwoord
    return gegeven


def acuut(casus: Casus) -> bool:
    """Acute unsafety, so the immediate route applies (Bijlage 2, Acute onveiligheid: "Hij of
    zij heeft direct bescherming nodig"; Disclosure: "Een specifieke vorm van acute
    onveiligheid is 'disclosure'"; 3.4 Noodsituaties). The emergency box counts as acute;
    otherwise afweging 2 must not be `nee` and the professional said acute, both, or
    disclosure."""
    if casus.situatie in BUITEN_MELDCODE:
        return False
    if casus.noodsituatie:
        return True
    if antwoord(casus, "onveiligheid") not in (Antwoord.JA, Antwoord.TWIJFEL):
        return False
    return casus.disclosure or casus.onveiligheid_aard in (
        AardOnveiligheid.ACUUT,
        AardOnveiligheid.BEIDE,
    )


def mag_afsluiten(casus: Casus) -> bool:
    """Afweging 1 `nee` allows closing (Bijlage 2, Afweging 1: "In alle stappen van de meldcode
    is het mogelijk deze af te sluiten"), but never with doubt or `ja` on afweging 2, an
    emergency, or doubt about the next step: "Bij twijfel ... over de vervolgstap moet altijd
    (opnieuw) advies worden gevraagd aan Veilig Thuis" (2.2 Stap 4)."""
    return (
        casus.situatie not in BUITEN_MELDCODE
        and antwoord(casus, "vermoeden") is Antwoord.NEE
        and antwoord(casus, "onveiligheid") not in (Antwoord.JA, Antwoord.TWIJFEL)
        and not casus.noodsituatie
        and not casus.twijfel_aard_ernst
    )


def hulp_faalt(casus: Casus) -> bool:
    return any(antwoord(casus, a) in (Antwoord.NEE, Antwoord.TWIJFEL) for a in HULP_AFWEGINGEN)


def norm_melden(casus: Casus) -> BeslissingMelden:
    """Beslissing 1: is melden noodzakelijk? (Bijlage 2; 2.2 Stap 5; seeds 000/001).

    In this order: an emergency or acute/structural unsafety makes a report necessary (3.4
    Noodsituaties; 001 "Melden is noodzakelijk als er sprake is van acute of structurele
    onveiligheid"). No suspicion: not necessary, unless afweging 2 is in doubt. A help
    condition (3–5) that fails or is in doubt: necessary (Bijlage 1b Stap 5 "of twijfelt u er
    aan of u voldoende bescherming hiertegen kunt bieden: meld uw vermoeden"). Doubt on
    afweging 2 otherwise leaves it open until Veilig Thuis is consulted and the professional
    weighs again (2.2 Stap 4 "moet altijd (opnieuw) advies worden gevraagd"). All three hold:
    necessary when a report is relevant (2.2 Stap 5) or a gezinsvoogd is involved (003 FAQ);
    not necessary when she judged it not relevant; open while that is not answered.
    """
    if casus.situatie in BUITEN_MELDCODE:
        return BeslissingMelden.OPEN
    vermoeden = antwoord(casus, "vermoeden")
    onveiligheid = antwoord(casus, "onveiligheid")
    if casus.noodsituatie or onveiligheid is Antwoord.JA:
        return BeslissingMelden.NOODZAKELIJK
    if vermoeden is Antwoord.NEE:
        if onveiligheid is Antwoord.TWIJFEL:
            return BeslissingMelden.OPEN
        return BeslissingMelden.NIET_NOODZAKELIJK
    if hulp_faalt(casus):
        return BeslissingMelden.NOODZAKELIJK
    if onveiligheid is Antwoord.TWIJFEL:
        return BeslissingMelden.OPEN
    hulp = [antwoord(casus, a) for a in HULP_AFWEGINGEN]
    if (
        vermoeden is Antwoord.JA
        and onveiligheid is Antwoord.NEE
        and all(a is Antwoord.JA for a in hulp)
    ):
        relevantie = casus.relevantie
        if relevantie.gezinsvoogd or relevantie.relevant:
            return BeslissingMelden.NOODZAKELIJK
        if relevantie.relevant is False:
            return BeslissingMelden.NIET_NOODZAKELIJK
    return BeslissingMelden.OPEN


def melden_open_wegens(casus: Casus) -> list[AdviesItem]:
    """Why beslissing 1 is still open: never the bare "answer the afwegingen first"."""
    if norm_melden(casus) is not BeslissingMelden.OPEN:
        return []
    if casus.situatie in BUITEN_MELDCODE:
        return [item("buiten_meldcode", variant=casus.situatie.value)]
    wegens: list[AdviesItem] = []
    vermoeden = antwoord(casus, "vermoeden")
    onveiligheid = antwoord(casus, "onveiligheid")
    if onveiligheid is Antwoord.TWIJFEL:
        wegens.append(item("twijfel_onveiligheid"))
        if vermoeden is Antwoord.NEE:  # afwegingen 3–5 are not asked without a suspicion
            return wegens
    if vermoeden is None:
        wegens.append(item("afweging_open", variant="vermoeden"))
    elif vermoeden is Antwoord.TWIJFEL:
        wegens.append(item("twijfel_vermoeden"))
    if onveiligheid is None:
        wegens.append(item("afweging_open", variant="onveiligheid"))
    for afweging_id in HULP_AFWEGINGEN:
        if antwoord(casus, afweging_id) is None:
            wegens.append(item("afweging_open", variant=afweging_id))
    if not wegens:
        wegens.append(item("melding_relevant_open"))
    return wegens


def hulp_open_wegens(casus: Casus) -> list[AdviesItem]:
    """Why beslissing 2 is still open: the unanswered help conditions, or no suspicion."""
    if norm_hulp(casus) is not BeslissingHulp.OPEN:
        return []
    if casus.situatie in BUITEN_MELDCODE:
        return [item("buiten_meldcode", variant=casus.situatie.value)]
    if antwoord(casus, "vermoeden") is Antwoord.NEE:
        return [item("geen_hulpbeslissing")]
    return [item("afweging_open", variant=a) for a in HULP_AFWEGINGEN if antwoord(casus, a) is None]


def norm_hulp(casus: Casus) -> BeslissingHulp:
    """Beslissing 2: is hulp verlenen of organiseren (ook) mogelijk? (Bijlage 2, stap 5).

    Only when all three hold: effective help can be offered (3), those involved cooperate
    (4), and it leads to lasting safety (5, its latest weighing). One that fails or is in
    doubt: not possible.
    """
    if casus.situatie in BUITEN_MELDCODE or antwoord(casus, "vermoeden") is Antwoord.NEE:
        return BeslissingHulp.OPEN
    hulp = [antwoord(casus, a) for a in HULP_AFWEGINGEN]
    if any(a in (Antwoord.NEE, Antwoord.TWIJFEL) for a in hulp):
        return BeslissingHulp.NIET_MOGELIJK
    if all(a is Antwoord.JA for a in hulp):
        return BeslissingHulp.MOGELIJK
    return BeslissingHulp.OPEN


def afweging5_historie(casus: Casus) -> tuple[Weging, ...]:
    """The first weighing of afweging 5 and every re-weighing, in the order recorded."""
    eerste = casus.afwegingen.duurzame_veiligheid
    historie: list[Weging] = []
    if eerste.antwoord is not None:
        historie.append(Weging("eerste", None, eerste.antwoord.value, eerste.motivatie))
    for h in casus.herwegingen:
        datum = h.datum.isoformat() if h.datum else None
        historie.append(Weging("herweging", datum, h.antwoord.value, h.motivatie))
    return tuple(historie)


def bespreken_met(casus: Casus) -> tuple[GesprekMet, ...]:
    """With whom the report is discussed beforehand, by age (BPSW 2.2 stap 5; 3.2 NB 1).

    From 12 the client; under 16 the parents; under 12 the parents only (a talk with the
    child is not compulsory). A client of 12–17 who still lives at home: parents too.
    Unknown age: the client (the general rule), and an open point asks for the age.
    """
    leeftijd = casus.client.leeftijd
    if leeftijd is None or leeftijd >= 18:
        return (GesprekMet.CLIENT,)
    if leeftijd < 12:
        return (GesprekMet.OUDERS,)
    if leeftijd < 16 or casus.client.woont_thuis:
        return (GesprekMet.CLIENT, GesprekMet.OUDERS)
    return (GesprekMet.CLIENT,)


def kinderen_betrokken(casus: Casus) -> bool:
    leeftijd = casus.client.leeftijd
    return (leeftijd is not None and leeftijd < 18) or casus.kindcheck.kinderen is JaNeeOnbekend.JA


def kindcheck_nodig(casus: Casus) -> bool:
    """Whether the kindcheck applies (Bijlage 1b Stap 1 Kindcheck: "Vraag uw cliënt of er
    minderjarige kinderen aan zijn zorg zijn toevertrouwd"; Bijlage 2 Uitgangspunten: "Als de
    professional niet weet of er kinderen zijn in het cliëntsysteem voert deze de verplichte
    kindcheck uit"). It is a question for adult clients (2.2 Kindcheck: "bij bepaalde volwassen
    cliënten"), asked also when the age is unknown. Not for a minor client, and not for the
    victim of ouderenmishandeling: the seed's kindcheck asks after children who depend on the
    client's care, which is not the position of an elderly victim (reading chosen; see
    docs/norm.md)."""
    leeftijd = casus.client.leeftijd
    if leeftijd is not None and leeftijd < 18:
        return False
    ouderen_slachtoffer = (
        Vorm.OUDERENMISHANDELING in casus.vormen and casus.client.rol is RolClient.SLACHTOFFER
    )
    return not ouderen_slachtoffer


def kindcheck_tonen(casus: Casus) -> bool:
    """Whether stap 1 asks the kindcheck: when it applies (`kindcheck_nodig`), and whenever a
    kindcheck was recorded already (never hide what she wrote)."""
    return kindcheck_nodig(casus) or casus.kindcheck != Kindcheck()


def meerderjarig(casus: Casus) -> bool:
    return casus.client.leeftijd is not None and casus.client.leeftijd >= 18


def twijfel(casus: Casus) -> bool:
    """'Twijfel' anywhere: an afweging answered twijfel (afweging 5: its latest weighing), or
    doubt about nature or severity; then advice from Veilig Thuis (BPSW 2.2 Stap 4)."""
    return casus.twijfel_aard_ernst or any(
        antwoord(casus, a) is Antwoord.TWIJFEL for a in AFWEGING_IDS
    )


def meldt(casus: Casus, melden: BeslissingMelden) -> bool:
    """She will report: her own choice is to report, or she has not chosen yet and the norm
    requires it. The advice about the report itself (talk about it first, the client's
    position) follows this."""
    keuze = casus.beslissingen.melden.keuze
    return keuze is Keuze.JA or (keuze is None and melden is BeslissingMelden.NOODZAKELIJK)


def melding_aan_de_orde(casus: Casus, melden: BeslissingMelden) -> bool:
    """A report is on the table: she chose to report, or the norm requires it, also when she
    chose not to. The stap-5 part on the report opens, and a draft for Veilig Thuis is made
    (with a warning when her choice goes against the norm). Wider than `meldt`: a choice
    against the norm must be weighed against the report she is not making (Bijlage 2)."""
    return casus.beslissingen.melden.keuze is Keuze.JA or melden is BeslissingMelden.NOODZAKELIJK


def afwijkingen(
    casus: Casus, melden: BeslissingMelden, hulp: BeslissingHulp
) -> tuple[Afwijking, ...]:
    """Her decisions that go against the norm. Reporting when the norm does not require it
    is no departure: reporting always remains allowed (meldrecht, BPSW 3.4)."""
    gevonden: list[Afwijking] = []
    keuze_melden = casus.beslissingen.melden
    if keuze_melden.keuze is Keuze.NEE and melden is BeslissingMelden.NOODZAKELIJK:
        gevonden.append(
            Afwijking("melden", melden.value, keuze_melden.keuze.value, bool(keuze_melden.reden))
        )
    keuze_hulp = casus.beslissingen.hulp
    if (keuze_hulp.keuze is Keuze.JA and hulp is BeslissingHulp.NIET_MOGELIJK) or (
        keuze_hulp.keuze is Keuze.NEE and hulp is BeslissingHulp.MOGELIJK
    ):
        gevonden.append(
            Afwijking("hulp", hulp.value, keuze_hulp.keuze.value, bool(keuze_hulp.reden))
        )
    return tuple(gevonden)
