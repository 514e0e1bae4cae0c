"""The points still open and the overview of the steps (part of `norm.py`).

What the professional has not yet recorded, per step of the meldcode (Bijlage 1b; 2.2), for
the afwegingen (Bijlage 2) and for a report (2.2 Stap 5; chapter 3).
"""

from __future__ import annotations

from meldwijzer.engine.advies import (
    AdviesItem,
    BeslissingHulp,
    BeslissingMelden,
    Stapoverzicht,
    StapStatus,
)
from meldwijzer.engine.casus import (
    AFWEGING_IDS,
    Antwoord,
    Casus,
    ConsultatieMet,
    JaNeeOnbekend,
    SoortSignaal,
    StatusHypothese,
    Toestemming,
    Vorm,
)
from meldwijzer.engine.gesprekken import gesprek_open_punten, stap3_gedaan
from meldwijzer.engine.norm_beslissingen import (
    BUITEN_MELDCODE,
    acuut,
    afwijkingen,
    antwoord,
    bespreken_met,
    kindcheck_nodig,
    kinderen_betrokken,
    meldt,
)
from meldwijzer.engine.regels import item
from meldwijzer.engine.reikwijdte import buiten_open_punten


def stappenoverzicht(casus: Casus) -> tuple[Stapoverzicht, ...]:
    gedaan = {
        1: bool(casus.signalen),
        2: bool(casus.consultaties),
        3: stap3_gedaan(casus),
        4: antwoord(casus, "vermoeden") is not None
        and (
            antwoord(casus, "vermoeden") is Antwoord.NEE
            or antwoord(casus, "onveiligheid") is not None
        ),
        5: casus.beslissingen.melden.keuze is not None
        and casus.beslissingen.hulp.keuze is not None,
    }
    overzicht = []
    for nummer in range(1, 6):
        overgeslagen = casus.overgeslagen_bij(nummer)
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


def open_punten_voor(
    casus: Casus, melden: BeslissingMelden, hulp: BeslissingHulp
) -> list[AdviesItem]:
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
    if kindcheck_nodig(casus) and casus.kindcheck.kinderen is JaNeeOnbekend.ONBEKEND:
        punten.append(item("kindcheck"))
    if kinderen_betrokken(casus) and not casus.visie_kinderen:
        punten.append(item("visie_kinderen"))
    if _afhankelijkheid_vragen(casus, melden):
        punten.append(item("afhankelijkheid_onbekend"))
    if (
        antwoord(casus, "onveiligheid") is Antwoord.JA
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
    if meldt(casus, melden):
        punten.extend(_open_melding(casus))
    return punten


def _afhankelijkheid_vragen(casus: Casus, melden: BeslissingMelden) -> bool:
    """Ask whether an adult (or age unknown) client is dependent (3.3 Positie van de cliënt)
    with ouderenmishandeling, or when a report is at stake."""
    if casus.client.afhankelijk is not None:
        return False
    if casus.client.leeftijd is not None and casus.client.leeftijd < 18:
        return False
    return Vorm.OUDERENMISHANDELING in casus.vormen or meldt(casus, melden)


def _open_afwegingen(casus: Casus) -> list[AdviesItem]:
    punten: list[AdviesItem] = []
    vermoeden = antwoord(casus, "vermoeden")
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
        niet_gezet = [s.nummer for s in stappenoverzicht(casus)[:4] if s.status is StapStatus.OPEN]
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
