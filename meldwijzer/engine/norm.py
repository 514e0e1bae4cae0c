"""The professional norm of the afwegingskader, applied to one casus.

`beoordeel(casus)` is the one place where the norm is decided. It never decides for the
professional: it states the norm (is melden noodzakelijk? is hulp mogelijk?), the advice
that follows from the casus, the points still open, and where her own decision departs.

Sources (seeds/002_5b0914504b666284.txt unless noted): Bijlage 2 "Afwegingskader";
section 2.2 "De stappen"; Bijlage 1b "Stap 5"; chapter 3 on professional secrecy;
seeds/001 and seeds/003 (the FAQ of afwegingskadermeldcode.nl).
"""

from __future__ import annotations

from meldwijzer.engine.advies import (
    Advies,
    AdviesItem,
    Afwijking,
    BeslissingHulp,
    BeslissingMelden,
    Ernst,
    Stapoverzicht,
    StapStatus,
    Weging,
)
from meldwijzer.engine.casus import (
    AFWEGING_IDS,
    AardOnveiligheid,
    Antwoord,
    Casus,
    ConsultatieMet,
    GesprekMet,
    JaNeeOnbekend,
    Keuze,
    RolClient,
    Situatie,
    SoortSignaal,
    StatusHypothese,
    Toestemming,
    Vorm,
)
from meldwijzer.engine.gesprekken import gesprek_adviezen, gesprek_open_punten, stap3_gedaan
from meldwijzer.engine.regels import REGELS, item
from meldwijzer.engine.reikwijdte import buiten_adviezen, buiten_open_punten

BUITEN_MELDCODE: frozenset[Situatie] = frozenset(
    {
        Situatie.PROFESSIONAL_TEGEN_CLIENT,
        Situatie.TUSSEN_CLIENTEN,
        Situatie.LEERKRACHT_LEERLING,
        Situatie.TUSSEN_LEERLINGEN,
    }
)
HULP_AFWEGINGEN: tuple[str, ...] = ("hulp_bieden", "medewerking", "duurzame_veiligheid")
#: Forms after which a conversation can itself raise the risk: experts first (stap 3).
DESKUNDIGEN_VOOR_GESPREK: frozenset[Vorm] = frozenset(
    {Vorm.EERGERELATEERD, Vorm.HUWELIJKSDWANG, Vorm.VGV}
)


def antwoord(casus: Casus, afweging_id: str) -> Antwoord | None:
    """The answer the norm uses. For afweging 5 that is the last re-weighing recorded, if any:
    it "is a judgement made while help runs" (Bijlage 2, Afweging 5: "Wanneer een professional
    die hulp biedt of organiseert ... constateert dat de onveiligheid niet stopt of zich
    herhaalt")."""
    if afweging_id == "duurzame_veiligheid" and casus.herwegingen:
        return casus.herwegingen[-1].antwoord
    gegeven: Antwoord | None = getattr(casus.afwegingen, afweging_id).antwoord
    return gegeven


_antwoord = antwoord


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
    if _antwoord(casus, "onveiligheid") not in (Antwoord.JA, Antwoord.TWIJFEL):
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
        and _antwoord(casus, "vermoeden") is Antwoord.NEE
        and _antwoord(casus, "onveiligheid") not in (Antwoord.JA, Antwoord.TWIJFEL)
        and not casus.noodsituatie
        and not casus.twijfel_aard_ernst
    )


def _hulp_faalt(casus: Casus) -> bool:
    return any(_antwoord(casus, a) in (Antwoord.NEE, Antwoord.TWIJFEL) for a in HULP_AFWEGINGEN)


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
    vermoeden = _antwoord(casus, "vermoeden")
    onveiligheid = _antwoord(casus, "onveiligheid")
    if casus.noodsituatie or onveiligheid is Antwoord.JA:
        return BeslissingMelden.NOODZAKELIJK
    if vermoeden is Antwoord.NEE:
        if onveiligheid is Antwoord.TWIJFEL:
            return BeslissingMelden.OPEN
        return BeslissingMelden.NIET_NOODZAKELIJK
    if _hulp_faalt(casus):
        return BeslissingMelden.NOODZAKELIJK
    if onveiligheid is Antwoord.TWIJFEL:
        return BeslissingMelden.OPEN
    hulp = [_antwoord(casus, a) for a in HULP_AFWEGINGEN]
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
    vermoeden = _antwoord(casus, "vermoeden")
    onveiligheid = _antwoord(casus, "onveiligheid")
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
        if _antwoord(casus, afweging_id) is None:
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
    if _antwoord(casus, "vermoeden") is Antwoord.NEE:
        return [item("geen_hulpbeslissing")]
    return [
        item("afweging_open", variant=a) for a in HULP_AFWEGINGEN if _antwoord(casus, a) is None
    ]


def norm_hulp(casus: Casus) -> BeslissingHulp:
    """Beslissing 2: is hulp verlenen of organiseren (ook) mogelijk? (Bijlage 2, stap 5).

    Only when all three hold: effective help can be offered (3), those involved cooperate
    (4), and it leads to lasting safety (5, its latest weighing). One that fails or is in
    doubt: not possible.
    """
    if casus.situatie in BUITEN_MELDCODE or _antwoord(casus, "vermoeden") is Antwoord.NEE:
        return BeslissingHulp.OPEN
    hulp = [_antwoord(casus, a) for a in HULP_AFWEGINGEN]
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


def _kinderen_betrokken(casus: Casus) -> bool:
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


_kindcheck_nodig = kindcheck_nodig


def _meerderjarig(casus: Casus) -> bool:
    return casus.client.leeftijd is not None and casus.client.leeftijd >= 18


def _stappen(casus: Casus) -> tuple[Stapoverzicht, ...]:
    gedaan = {
        1: bool(casus.signalen),
        2: bool(casus.consultaties),
        3: stap3_gedaan(casus),
        4: _antwoord(casus, "vermoeden") is not None
        and (
            _antwoord(casus, "vermoeden") is Antwoord.NEE
            or _antwoord(casus, "onveiligheid") is not None
        ),
        5: casus.beslissingen.melden.keuze is not None
        and casus.beslissingen.hulp.keuze is not None,
    }
    overzicht = []
    for nummer in range(1, 6):
        overgeslagen = casus.overgeslagen.get(str(nummer))  # type: ignore[call-overload]
        if gedaan[nummer]:
            toelichting = ""
            if nummer == 3 and casus.geen_gesprek is not None and not casus.gesprekken:
                toelichting = "gesprek bewust niet gevoerd"
            overzicht.append(Stapoverzicht(nummer, StapStatus.GEDAAN, toelichting))
        elif overgeslagen is not None:
            overzicht.append(Stapoverzicht(nummer, StapStatus.OVERGESLAGEN, overgeslagen.reden))
        else:
            overzicht.append(Stapoverzicht(nummer, StapStatus.OPEN))
    return tuple(overzicht)


def _twijfel(casus: Casus) -> bool:
    return casus.twijfel_aard_ernst or any(
        _antwoord(casus, a) is Antwoord.TWIJFEL for a in AFWEGING_IDS
    )


def _adviezen(
    casus: Casus, melden: BeslissingMelden, hulp: BeslissingHulp, met: tuple[GesprekMet, ...]
) -> list[AdviesItem]:
    adviezen: list[AdviesItem] = []
    if casus.noodsituatie:
        adviezen.append(item("noodsituatie"))
    if casus.situatie in BUITEN_MELDCODE:
        adviezen.extend(buiten_adviezen(casus))
        return adviezen
    if acuut(casus) and not casus.noodsituatie:
        adviezen.append(item("acuut_direct_handelen"))
    if casus.situatie is Situatie.PARTNERS_BEIDE_CLIENT:
        adviezen.append(item("partners_beide_client"))
    if _twijfel(casus):
        adviezen.append(item("veilig_thuis_raadplegen"))
    if _antwoord(casus, "onveiligheid") is Antwoord.TWIJFEL:
        adviezen.append(item("twijfel_onveiligheid"))
    if casus.vormen:
        adviezen.append(item("eerst_advies_specifieke_vorm"))
        if DESKUNDIGEN_VOOR_GESPREK & set(casus.vormen):
            adviezen.append(item("deskundigen_voor_gesprek"))
        if Vorm.VGV in casus.vormen:
            adviezen.append(item("vgv_snel_handelen"))
    if casus.eenmalig_contact:
        adviezen.append(item("eenmalig_contact"))
    if mag_afsluiten(casus):
        adviezen.append(item("meldcode_afsluiten"))
    if melden is BeslissingMelden.NOODZAKELIJK:
        adviezen.append(_waarom_noodzakelijk(casus))
        if hulp is BeslissingHulp.MOGELIJK:
            adviezen.append(item("melden_en_hulp"))
    elif melden is BeslissingMelden.NIET_NOODZAKELIJK:
        adviezen.append(item("meldrecht"))
    if casus.relevantie.andere_hulp and _antwoord(casus, "vermoeden") is not Antwoord.NEE:
        adviezen.append(item("melden_aanbevolen_andere_hulp"))
    if hulp is BeslissingHulp.MOGELIJK:
        adviezen.append(item("hulp_mogelijk"))
        adviezen.append(item("duurzame_veiligheid_volgen"))
    if any(s.oudersignaal for s in casus.signalen):
        adviezen.append(item("oudersignalen"))
    adviezen.extend(gesprek_adviezen(casus, met))
    if casus.recent_in_nederland:  # seed 001: language and cultural barriers (issue 17)
        adviezen.append(item("nieuwkomers"))
    if casus.verwijsindex.aangesloten:
        adviezen.append(item("verwijsindex"))
    if _meldt(casus, melden):
        adviezen.extend(_positie_client(casus))
        adviezen.append(item("na_de_melding"))
    return adviezen


def _waarom_noodzakelijk(casus: Casus) -> AdviesItem:
    if casus.noodsituatie or _antwoord(casus, "onveiligheid") is Antwoord.JA:
        return item("melden_noodzakelijk_onveiligheid")
    if _hulp_faalt(casus):
        return item("melden_noodzakelijk_hulp")
    variant = "gezinsvoogd" if casus.relevantie.gezinsvoogd else "relevant"
    return item("melden_noodzakelijk_relevant", variant=variant)


def _positie_client(casus: Casus) -> list[AdviesItem]:
    """BPSW 3.3 Positie van de cliënt and 3.4 Betekenis 'zonder toestemming', for an adult
    client when a report is at stake."""
    if not _meerderjarig(casus):
        return []
    if casus.client.afhankelijk:
        return [item("positie_afhankelijke_client")]
    if casus.client.afhankelijk is False and casus.kindcheck.kinderen is not JaNeeOnbekend.JA:
        return [item("positie_meerderjarige")]
    return []


def _meldt(casus: Casus, melden: BeslissingMelden) -> bool:
    """A report is at stake: her own choice is to report, or the norm requires it."""
    keuze = casus.beslissingen.melden.keuze
    return keuze is Keuze.JA or (keuze is None and melden is BeslissingMelden.NOODZAKELIJK)


def _open_punten(casus: Casus, melden: BeslissingMelden, hulp: BeslissingHulp) -> list[AdviesItem]:
    if casus.situatie in BUITEN_MELDCODE:
        return buiten_open_punten(casus)
    punten: list[AdviesItem] = []
    if not casus.signalen and "1" not in casus.overgeslagen:
        punten.append(item("geen_signalen"))
    if any(s.soort is SoortSignaal.DERDEN and not s.bron for s in casus.signalen):
        punten.append(item("bron_ontbreekt"))
    if any(
        s.soort is SoortSignaal.HYPOTHESE and s.status is not StatusHypothese.OPEN and not s.vervolg
        for s in casus.signalen
    ):
        punten.append(item("hypothese_zonder_vervolg"))
    if _kindcheck_nodig(casus) and casus.kindcheck.kinderen is JaNeeOnbekend.ONBEKEND:
        punten.append(item("kindcheck"))
    if _kinderen_betrokken(casus) and not casus.visie_kinderen:
        punten.append(item("visie_kinderen"))
    if _afhankelijkheid_vragen(casus, melden):
        punten.append(item("afhankelijkheid_onbekend"))
    if (
        _antwoord(casus, "onveiligheid") is Antwoord.JA
        and casus.onveiligheid_aard is None
        and not casus.disclosure
    ):
        punten.append(item("aard_onveiligheid_open"))
    if casus.client.leeftijd is None:
        punten.append(item("leeftijd_onbekend"))
    elif 16 <= casus.client.leeftijd < 18 and casus.client.woont_thuis is None:
        punten.append(item("woonsituatie_onbekend"))
    if not casus.consultaties and "2" not in casus.overgeslagen:
        punten.append(item("geen_consultatie"))
    if casus.vormen and not any(
        c.met in (ConsultatieMet.VEILIG_THUIS, ConsultatieMet.DESKUNDIGE)
        for c in casus.consultaties
    ):
        punten.append(item("advies_specifieke_vorm_ontbreekt"))
    if not casus.gesprekken and casus.geen_gesprek is None and "3" not in casus.overgeslagen:
        punten.append(item("geen_gesprek_vastgelegd"))
    if casus.geen_gesprek is not None and not casus.geen_gesprek.toelichting:
        punten.append(item("geen_gesprek_zonder_toelichting"))
    punten.extend(gesprek_open_punten(casus, bespreken_met(casus)))
    if casus.verwijsindex.aangesloten and not casus.verwijsindex.overwogen:
        punten.append(item("verwijsindex_overwegen"))
    punten.extend(_open_afwegingen(casus))
    punten.extend(_open_beslissingen(casus, melden, hulp))
    if _meldt(casus, melden):
        punten.extend(_open_melding(casus))
    return punten


def _afhankelijkheid_vragen(casus: Casus, melden: BeslissingMelden) -> bool:
    """Ask whether an adult (or age unknown) client is dependent (3.3 Positie van de cliënt)
    with ouderenmishandeling, or when a report is at stake."""
    if casus.client.afhankelijk is not None:
        return False
    if casus.client.leeftijd is not None and casus.client.leeftijd < 18:
        return False
    return Vorm.OUDERENMISHANDELING in casus.vormen or _meldt(casus, melden)


def _open_afwegingen(casus: Casus) -> list[AdviesItem]:
    punten: list[AdviesItem] = []
    vermoeden = _antwoord(casus, "vermoeden")
    relevant = ["vermoeden"] if vermoeden is Antwoord.NEE else list(AFWEGING_IDS)
    for afweging_id in relevant:
        gegeven = getattr(casus.afwegingen, afweging_id)
        if afweging_id == "duurzame_veiligheid" and casus.herwegingen:
            gegeven = casus.herwegingen[-1]  # the norm follows the latest weighing
        if gegeven.antwoord is None:
            punten.append(item("afweging_open", variant=afweging_id))
        elif not gegeven.motivatie:
            punten.append(item("motivatie_ontbreekt", variant=afweging_id))
    return punten


def _open_beslissingen(
    casus: Casus, melden: BeslissingMelden, hulp: BeslissingHulp
) -> list[AdviesItem]:
    punten: list[AdviesItem] = []
    beslissingen = casus.beslissingen
    besloten = beslissingen.melden.keuze is not None or beslissingen.hulp.keuze is not None
    # "Take all steps first" (2.2 Volgorde van de stappen) is lifted when someone needs
    # protection now (acute, 3.4 Noodsituaties), for VGV ("eventueel stappen over te slaan",
    # 2.2 Specifieke vormen) and for a one-off contact ("niet mogelijk is alle stappen van het
    # basismodel te zetten", 2.1 Eenmalige contacten).
    if besloten and not (acuut(casus) or Vorm.VGV in casus.vormen or casus.eenmalig_contact):
        niet_gezet = [s.nummer for s in _stappen(casus)[:4] if s.status is StapStatus.OPEN]
        if niet_gezet:
            punten.append(item("stappen_niet_gezet", variant=", ".join(map(str, niet_gezet))))
    for afwijking in afwijkingen(casus, melden, hulp):
        if not afwijking.reden_vastgelegd:
            punten.append(item("reden_afwijking", variant=afwijking.beslissing))
    if beslissingen.hulp.keuze is not None and beslissingen.melden.keuze is None:
        punten.append(item("volgorde_beslissingen"))
    return punten


def _open_melding(casus: Casus) -> list[AdviesItem]:
    melding = casus.melding
    punten: list[AdviesItem] = []
    if not melding.besproken and melding.niet_besproken_grond is None:
        punten.append(item("melding_bespreken"))
    if melding.niet_besproken_grond is not None and not melding.niet_besproken_toelichting:
        punten.append(item("melding_niet_besproken_toelichting"))
    if melding.bezwaren and not melding.weging_bezwaren:
        punten.append(item("bezwaren_wegen"))
    zonder_toestemming = melding.toestemming in (Toestemming.GEWEIGERD, Toestemming.NIET_GEVRAAGD)
    if zonder_toestemming or melding.niet_besproken_grond is not None:
        cvp = melding.conflict_van_plichten
        antwoorden = (
            cvp.gewichtige_belangen,
            cvp.andere_weg,
            cvp.waarom_geen_toestemming,
            cvp.belangen_afgewogen,
            cvp.welke_informatie_aan_wie,
        )
        if not all(antwoorden) or not cvp.geraadpleegd:
            punten.append(item("conflict_van_plichten"))
    if melding.toestemming is None and melding.niet_besproken_grond is None:
        punten.append(item("toestemming_vastleggen"))
    if melding.anoniem_naar_gezin and not melding.anoniem_reden:
        punten.append(item("anonimiteit_reden"))
    if melding.datum is not None and not melding.afspraken_veilig_thuis:
        punten.append(item("afspraken_veilig_thuis"))
    return punten


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


def _met_voorrang(items: list[AdviesItem]) -> tuple[AdviesItem, ...]:
    """Urgent first, keep the rule order otherwise; one item per code and text."""
    rang = {Ernst.DRINGEND: 0, Ernst.LET_OP: 1, Ernst.INFO: 2}
    uniek = list({(i.code, i.tekst): i for i in items}.values())
    return tuple(sorted(uniek, key=lambda i: rang[i.ernst]))


def _voorrang(items: list[AdviesItem]) -> tuple[AdviesItem, ...]:
    """The immediate route first (emergency, acute unsafety), then by urgency."""
    direct = {"noodsituatie": 0, "acuut_direct_handelen": 1}
    rang = {Ernst.DRINGEND: 0, Ernst.LET_OP: 1, Ernst.INFO: 2}
    uniek = list({(i.code, i.tekst): i for i in items}.values())
    return tuple(sorted(uniek, key=lambda i: (direct.get(i.code, 9), rang[i.ernst])))


def beoordeel(casus: Casus) -> Advies:
    """The norm, advice, open points and departures for one casus."""
    melden = norm_melden(casus)
    hulp = norm_hulp(casus)
    binnen = casus.situatie not in BUITEN_MELDCODE
    met = bespreken_met(casus) if binnen else ()
    return Advies(
        binnen_meldcode=binnen,
        beslissing_melden=melden,
        beslissing_hulp=hulp,
        meldcode_mag_afsluiten=mag_afsluiten(casus),
        bespreken_met=tuple(m.value for m in met),
        adviezen=_voorrang(_adviezen(casus, melden, hulp, met)),
        open_punten=_met_voorrang(_open_punten(casus, melden, hulp)),
        stappen=_stappen(casus),
        afwijkingen=afwijkingen(casus, melden, hulp),
        acuut=acuut(casus),
        melden_open_wegens=tuple(melden_open_wegens(casus)),
        hulp_open_wegens=tuple(hulp_open_wegens(casus)),
        afweging5_historie=afweging5_historie(casus),
    )


__all__ = [
    "REGELS",
    "acuut",
    "antwoord",
    "beoordeel",
    "bespreken_met",
    "kindcheck_nodig",
    "mag_afsluiten",
    "norm_hulp",
    "norm_melden",
]
