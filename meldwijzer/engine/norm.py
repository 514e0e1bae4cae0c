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
)
from meldwijzer.engine.casus import (
    AFWEGING_IDS,
    Antwoord,
    Casus,
    ConsultatieMet,
    GesprekMet,
    JaNeeOnbekend,
    Keuze,
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


def _antwoord(casus: Casus, afweging_id: str) -> Antwoord | None:
    antwoord: Antwoord | None = getattr(casus.afwegingen, afweging_id).antwoord
    return antwoord


def norm_melden(casus: Casus) -> BeslissingMelden:
    """Beslissing 1: is melden noodzakelijk? (Bijlage 2; seeds/001 "Aangepaste meldcode").

    Acute or structural unsafety makes a report necessary. So does any help condition
    (afweging 3–5) that does not hold or is in doubt. No suspicion at all means the norm
    does not require a report (meldrecht stays).
    """
    if casus.situatie in BUITEN_MELDCODE:
        return BeslissingMelden.OPEN
    vermoeden = _antwoord(casus, "vermoeden")
    onveiligheid = _antwoord(casus, "onveiligheid")
    if onveiligheid is Antwoord.JA:
        return BeslissingMelden.NOODZAKELIJK
    if vermoeden is Antwoord.NEE:
        return BeslissingMelden.NIET_NOODZAKELIJK
    hulp = [_antwoord(casus, a) for a in HULP_AFWEGINGEN]
    if any(a in (Antwoord.NEE, Antwoord.TWIJFEL) for a in hulp):
        return BeslissingMelden.NOODZAKELIJK
    if (
        vermoeden is Antwoord.JA
        and onveiligheid is Antwoord.NEE
        and all(a is Antwoord.JA for a in hulp)
    ):
        return BeslissingMelden.NIET_NOODZAKELIJK
    return BeslissingMelden.OPEN


def norm_hulp(casus: Casus) -> BeslissingHulp:
    """Beslissing 2: is hulp verlenen of organiseren (ook) mogelijk? (Bijlage 2, stap 5).

    Only when all three hold: effective help can be offered (3), those involved cooperate
    (4), and it leads to lasting safety (5). One that fails or is in doubt: not possible.
    """
    if casus.situatie in BUITEN_MELDCODE or _antwoord(casus, "vermoeden") is Antwoord.NEE:
        return BeslissingHulp.OPEN
    hulp = [_antwoord(casus, a) for a in HULP_AFWEGINGEN]
    if any(a in (Antwoord.NEE, Antwoord.TWIJFEL) for a in hulp):
        return BeslissingHulp.NIET_MOGELIJK
    if all(a is Antwoord.JA for a in hulp):
        return BeslissingHulp.MOGELIJK
    return BeslissingHulp.OPEN


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


def _kindcheck_nodig(casus: Casus) -> bool:
    """Kindcheck for adult clients, and whenever it is unknown whether there are children."""
    leeftijd = casus.client.leeftijd
    return leeftijd is None or leeftijd >= 18


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
    if casus.situatie is Situatie.PARTNERS_BEIDE_CLIENT:
        adviezen.append(item("partners_beide_client"))
    if _twijfel(casus):
        adviezen.append(item("veilig_thuis_raadplegen"))
    if casus.vormen:
        adviezen.append(item("eerst_advies_specifieke_vorm"))
        if DESKUNDIGEN_VOOR_GESPREK & set(casus.vormen):
            adviezen.append(item("deskundigen_voor_gesprek"))
        if Vorm.VGV in casus.vormen:
            adviezen.append(item("vgv_snel_handelen"))
    if casus.eenmalig_contact:
        adviezen.append(item("eenmalig_contact"))
    vermoeden = _antwoord(casus, "vermoeden")
    if vermoeden is Antwoord.NEE and _antwoord(casus, "onveiligheid") is not Antwoord.JA:
        adviezen.append(item("meldcode_afsluiten"))
    if melden is BeslissingMelden.NOODZAKELIJK:
        if _antwoord(casus, "onveiligheid") is Antwoord.JA:
            adviezen.append(item("melden_noodzakelijk_onveiligheid"))
        else:
            adviezen.append(item("melden_noodzakelijk_hulp"))
        if hulp is BeslissingHulp.MOGELIJK:
            adviezen.append(item("melden_en_hulp"))
    elif melden is BeslissingMelden.NIET_NOODZAKELIJK:
        adviezen.append(item("meldrecht"))
    if hulp is BeslissingHulp.MOGELIJK:
        adviezen.append(item("hulp_mogelijk"))
        adviezen.append(item("duurzame_veiligheid_volgen"))
    if any(s.oudersignaal for s in casus.signalen):
        adviezen.append(item("oudersignalen"))
    adviezen.extend(gesprek_adviezen(casus, met))
    if casus.verwijsindex.aangesloten:
        adviezen.append(item("verwijsindex"))
    if _meldt(casus, melden):
        adviezen.append(item("na_de_melding"))
    return adviezen


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


def _open_afwegingen(casus: Casus) -> list[AdviesItem]:
    punten: list[AdviesItem] = []
    vermoeden = _antwoord(casus, "vermoeden")
    relevant = ["vermoeden"] if vermoeden is Antwoord.NEE else list(AFWEGING_IDS)
    for afweging_id in relevant:
        antwoord = getattr(casus.afwegingen, afweging_id)
        if antwoord.antwoord is None:
            punten.append(item("afweging_open", variant=afweging_id))
        elif not antwoord.motivatie:
            punten.append(item("motivatie_ontbreekt", variant=afweging_id))
    return punten


def _open_beslissingen(
    casus: Casus, melden: BeslissingMelden, hulp: BeslissingHulp
) -> list[AdviesItem]:
    punten: list[AdviesItem] = []
    beslissingen = casus.beslissingen
    besloten = beslissingen.melden.keuze is not None or beslissingen.hulp.keuze is not None
    # 2.1 Eenmalige contacten: "waardoor het niet mogelijk is alle stappen van het basismodel
    # te zetten": a one-off contact never gets "take all steps first".
    if besloten and not (casus.noodsituatie or casus.eenmalig_contact or Vorm.VGV in casus.vormen):
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
        meldcode_mag_afsluiten=binnen
        and _antwoord(casus, "vermoeden") is Antwoord.NEE
        and _antwoord(casus, "onveiligheid") is not Antwoord.JA,
        bespreken_met=tuple(m.value for m in met),
        adviezen=_met_voorrang(_adviezen(casus, melden, hulp, met)),
        open_punten=_met_voorrang(_open_punten(casus, melden, hulp)),
        stappen=_stappen(casus),
        afwijkingen=afwijkingen(casus, melden, hulp),
    )


__all__ = ["REGELS", "beoordeel", "bespreken_met", "norm_hulp", "norm_melden"]
