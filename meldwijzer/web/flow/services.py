"""Changes to a casus. Each function returns a new casus and leaves its input untouched.

Ids of new items come from the caller (the revision of the page), so a form that is sent
twice (a reload of a POST) adds its item only once.
"""

from __future__ import annotations

import datetime as dt

from meldwijzer.engine.casus import (
    AardOnveiligheid,
    Afsluiting,
    Antwoord,
    Beroep,
    Casus,
    Client,
    Consultatie,
    ConsultatieMet,
    ContraIndicatie,
    GeenGesprek,
    Gesprek,
    GesprekMet,
    GrondGeenGesprek,
    Herweging,
    JaNeeOnbekend,
    Keuze,
    Professional,
    RelevantieMelding,
    RolClient,
    Signaal,
    Situatie,
    SoortSignaal,
    StapOvergeslagen,
    StatusHypothese,
    Toestemming,
    Tolk,
    Vorm,
)


def _kopie(casus: Casus, *, nu: dt.datetime | None) -> Casus:
    nieuw = casus.model_copy(deep=True)
    if nu is not None:
        nieuw.gewijzigd = nu
    return nieuw


def casus_nieuw(
    *, label: str, content_pack: str, nu: dt.datetime, beroep: Beroep | None = None
) -> Casus:
    return Casus(
        label=label,
        content_pack=content_pack,
        aangemaakt=nu,
        gewijzigd=nu,
        beroep=beroep or Beroep(),
    )


def scope_vastleggen(
    casus: Casus,
    *,
    situatie: Situatie,
    leeftijd: int | None,
    woont_thuis: bool | None,
    rol: RolClient | None,
    vormen: list[Vorm],
    noodsituatie: bool,
    eenmalig_contact: bool,
    toelichting: str,
    nu: dt.datetime | None = None,
) -> Casus:
    nieuw = _kopie(casus, nu=nu)
    nieuw.situatie = situatie
    nieuw.client = Client(leeftijd=leeftijd, woont_thuis=woont_thuis, rol=rol)
    nieuw.vormen = list(vormen)
    nieuw.noodsituatie = noodsituatie
    nieuw.eenmalig_contact = eenmalig_contact
    nieuw.scope_toelichting = toelichting
    return nieuw


def signaal_toevoegen(
    casus: Casus,
    *,
    signaal_id: str,
    soort: SoortSignaal,
    tekst: str,
    bron: str,
    datum: dt.date | None,
    oudersignaal: bool,
    nu: dt.datetime | None = None,
) -> Casus:
    if any(s.id == signaal_id for s in casus.signalen):
        return casus
    nieuw = _kopie(casus, nu=nu)
    nieuw.signalen = [
        *nieuw.signalen,
        Signaal(
            id=signaal_id,
            soort=soort,
            tekst=tekst,
            bron=bron,
            datum=datum,
            oudersignaal=oudersignaal,
        ),
    ]
    return nieuw


def hypothese_bijwerken(
    casus: Casus,
    *,
    signaal_id: str,
    status: StatusHypothese,
    vervolg: str,
    nu: dt.datetime | None = None,
) -> Casus:
    """A hypothesis confirmed or refuted gets its follow-up note (Bijlage 1b, stap 1)."""
    nieuw = _kopie(casus, nu=nu)
    nieuw.signalen = [
        s.model_copy(update={"status": status, "vervolg": vervolg}) if s.id == signaal_id else s
        for s in nieuw.signalen
    ]
    return nieuw


def contra_indicatie_toevoegen(
    casus: Casus, *, item_id: str, tekst: str, datum: dt.date | None, nu: dt.datetime | None = None
) -> Casus:
    if any(c.id == item_id for c in casus.contra_indicaties):
        return casus
    nieuw = _kopie(casus, nu=nu)
    nieuw.contra_indicaties = [
        *nieuw.contra_indicaties,
        ContraIndicatie(id=item_id, tekst=tekst, datum=datum),
    ]
    return nieuw


def kindcheck_vastleggen(
    casus: Casus,
    *,
    kinderen: JaNeeOnbekend,
    aantal: int | None,
    leeftijden: list[int],
    gedeelde_zorg: JaNeeOnbekend,
    toelichting: str,
    datum: dt.date | None,
    nu: dt.datetime | None = None,
) -> Casus:
    nieuw = _kopie(casus, nu=nu)
    nieuw.kindcheck = nieuw.kindcheck.model_copy(
        update={
            "kinderen": kinderen,
            "aantal": aantal,
            "leeftijden": list(leeftijden),
            "gedeelde_zorg": gedeelde_zorg,
            "toelichting": toelichting,
            "datum": datum,
        }
    )
    return nieuw


def tekst_vastleggen(
    casus: Casus, *, veld: str, tekst: str, nu: dt.datetime | None = None
) -> Casus:
    """One of the casus-level notes: visie_kinderen, weging_notitie, scope_toelichting."""
    if veld not in {"visie_kinderen", "weging_notitie", "scope_toelichting"}:
        raise ValueError(veld)
    nieuw = _kopie(casus, nu=nu)
    setattr(nieuw, veld, tekst)
    return nieuw


def twijfel_vastleggen(casus: Casus, *, twijfel: bool, nu: dt.datetime | None = None) -> Casus:
    nieuw = _kopie(casus, nu=nu)
    nieuw.twijfel_aard_ernst = twijfel
    return nieuw


def consultatie_toevoegen(
    casus: Casus,
    *,
    item_id: str,
    met: ConsultatieMet,
    wie: str,
    datum: dt.date | None,
    vraag: str,
    advies: str,
    nu: dt.datetime | None = None,
) -> Casus:
    if any(c.id == item_id for c in casus.consultaties):
        return casus
    nieuw = _kopie(casus, nu=nu)
    nieuw.consultaties = [
        *nieuw.consultaties,
        Consultatie(id=item_id, met=met, wie=wie, datum=datum, vraag=vraag, advies=advies),
    ]
    return nieuw


def gesprek_toevoegen(
    casus: Casus,
    *,
    item_id: str,
    met: GesprekMet,
    datum: dt.date | None,
    inhoud: str,
    reactie: str,
    tolk: Tolk | None = None,
    taal: str = "",
    moeilijk: str = "",
    nu: dt.datetime | None = None,
) -> Casus:
    if any(g.id == item_id for g in casus.gesprekken):
        return casus
    nieuw = _kopie(casus, nu=nu)
    gesprek = Gesprek(
        id=item_id,
        met=met,
        datum=datum,
        inhoud=inhoud,
        reactie=reactie,
        tolk=tolk,
        taal=taal,
        moeilijk=moeilijk,
    )
    nieuw.gesprekken = [*nieuw.gesprekken, gesprek]
    return nieuw


def nieuwkomers_vastleggen(
    casus: Casus, *, recent_in_nederland: bool, nu: dt.datetime | None = None
) -> Casus:
    """Mark the family as recently in the Netherlands (seed 001): the advice of stap 3 then
    names the language and cultural barriers."""
    if casus.recent_in_nederland == recent_in_nederland:
        return casus
    nieuw = _kopie(casus, nu=nu)
    nieuw.recent_in_nederland = recent_in_nederland
    return nieuw


def geen_gesprek_vastleggen(
    casus: Casus,
    *,
    grond: GrondGeenGesprek | None,
    toelichting: str,
    nu: dt.datetime | None = None,
) -> Casus:
    """Skipping the conversation needs one of the two grounds of BPSW 2.2 stap 3."""
    nieuw = _kopie(casus, nu=nu)
    nieuw.geen_gesprek = (
        None if grond is None else GeenGesprek(grond=grond, toelichting=toelichting)
    )
    return nieuw


def verwijsindex_vastleggen(
    casus: Casus, *, aangesloten: bool, overwogen: str, nu: dt.datetime | None = None
) -> Casus:
    nieuw = _kopie(casus, nu=nu)
    nieuw.verwijsindex = nieuw.verwijsindex.model_copy(
        update={"aangesloten": aangesloten, "overwogen": overwogen}
    )
    return nieuw


def item_verwijderen(
    casus: Casus, *, lijst: str, item_id: str, nu: dt.datetime | None = None
) -> Casus:
    if lijst not in {
        "signalen",
        "contra_indicaties",
        "consultaties",
        "gesprekken",
        "buiten_acties",
    }:
        raise ValueError(lijst)
    nieuw = _kopie(casus, nu=nu)
    setattr(nieuw, lijst, [i for i in getattr(nieuw, lijst) if i.id != item_id])
    return nieuw


def afweging_beantwoorden(
    casus: Casus,
    *,
    afweging_id: str,
    antwoord: Antwoord | None,
    motivatie: str,
    nu: dt.datetime | None = None,
) -> Casus:
    nieuw = _kopie(casus, nu=nu)
    huidig = getattr(nieuw.afwegingen, afweging_id)
    setattr(
        nieuw.afwegingen,
        afweging_id,
        huidig.model_copy(update={"antwoord": antwoord, "motivatie": motivatie}),
    )
    return nieuw


def beslissing_vastleggen(
    casus: Casus,
    *,
    beslissing: str,
    keuze: Keuze | None,
    reden: str,
    nu: dt.datetime | None = None,
) -> Casus:
    if beslissing not in {"melden", "hulp"}:
        raise ValueError(beslissing)
    nieuw = _kopie(casus, nu=nu)
    huidig = getattr(nieuw.beslissingen, beslissing)
    setattr(
        nieuw.beslissingen, beslissing, huidig.model_copy(update={"keuze": keuze, "reden": reden})
    )
    return nieuw


def melding_vastleggen(
    casus: Casus,
    *,
    besproken: bool | None,
    besproken_met: list[GesprekMet],
    niet_besproken_grond: GrondGeenGesprek | None,
    niet_besproken_toelichting: str,
    reactie: str,
    toestemming: Toestemming | None,
    bezwaren: str,
    weging_bezwaren: str,
    conflict_van_plichten: dict[str, str],
    anoniem_naar_gezin: bool | None,
    anoniem_reden: str,
    datum: dt.date | None,
    afspraken_veilig_thuis: str,
    netwerk: str = "",
    bestaande_hulp: str = "",
    vraag_aan_veilig_thuis: str = "",
    nu: dt.datetime | None = None,
) -> Casus:
    """Everything around the report (BPSW 2.2 stap 5, 3.3 and 3.4)."""
    nieuw = _kopie(casus, nu=nu)
    cvp = nieuw.melding.conflict_van_plichten.model_copy(update=conflict_van_plichten)
    nieuw.melding = nieuw.melding.model_copy(
        update={
            "besproken": besproken,
            "besproken_met": list(besproken_met),
            "niet_besproken_grond": niet_besproken_grond,
            "niet_besproken_toelichting": niet_besproken_toelichting,
            "reactie": reactie,
            "toestemming": toestemming,
            "bezwaren": bezwaren,
            "weging_bezwaren": weging_bezwaren,
            "conflict_van_plichten": cvp,
            "anoniem_naar_gezin": anoniem_naar_gezin,
            "anoniem_reden": anoniem_reden,
            "datum": datum,
            "afspraken_veilig_thuis": afspraken_veilig_thuis,
            "netwerk": netwerk,
            "bestaande_hulp": bestaande_hulp,
            "vraag_aan_veilig_thuis": vraag_aan_veilig_thuis,
        }
    )
    # model_copy(update=...) skips validation; validate the result as a whole.
    return Casus.model_validate(nieuw.model_dump())


def stap_overslaan(casus: Casus, *, stap: int, reden: str, nu: dt.datetime | None = None) -> Casus:
    nieuw = _kopie(casus, nu=nu)
    nieuw.overgeslagen = {**nieuw.overgeslagen, str(stap): StapOvergeslagen(reden=reden)}  # type: ignore[dict-item]
    return nieuw


def stap_hervatten(casus: Casus, *, stap: int, nu: dt.datetime | None = None) -> Casus:
    nieuw = _kopie(casus, nu=nu)
    nieuw.overgeslagen = {k: v for k, v in nieuw.overgeslagen.items() if k != str(stap)}
    return nieuw


def casus_afsluiten(
    casus: Casus, *, datum: dt.date, reden: str, nu: dt.datetime | None = None
) -> Casus:
    nieuw = _kopie(casus, nu=nu)
    nieuw.afgesloten = Afsluiting(datum=datum, reden=reden)
    return nieuw


def casus_heropenen(casus: Casus, *, nu: dt.datetime | None = None) -> Casus:
    """New signs restart the steps (FAQ, seeds/003)."""
    nieuw = _kopie(casus, nu=nu)
    nieuw.afgesloten = None
    return nieuw


# --- issue 12: the answers the norm adds ------------------------------------------------


def afhankelijk_vastleggen(
    casus: Casus, *, afhankelijk: bool | None, nu: dt.datetime | None = None
) -> Casus:
    """BPSW 3.3 Positie van de cliënt: a dependent client, less able to stand up for himself."""
    nieuw = _kopie(casus, nu=nu)
    nieuw.client = nieuw.client.model_copy(update={"afhankelijk": afhankelijk})
    return nieuw


def onveiligheid_aard_vastleggen(
    casus: Casus,
    *,
    aard: AardOnveiligheid | None,
    disclosure: bool,
    nu: dt.datetime | None = None,
) -> Casus:
    """Afweging 2: acute, structural or both, and disclosure (Bijlage 2)."""
    nieuw = _kopie(casus, nu=nu)
    nieuw.onveiligheid_aard = aard
    nieuw.disclosure = disclosure
    return nieuw


def relevantie_vastleggen(
    casus: Casus,
    *,
    gezinsvoogd: bool | None,
    andere_hulp: bool | None,
    relevant: bool | None,
    toelichting: str,
    nu: dt.datetime | None = None,
) -> Casus:
    """Is a report relevant although she can keep helping? (2.2 Stap 5; FAQ)."""
    nieuw = _kopie(casus, nu=nu)
    nieuw.relevantie = RelevantieMelding(
        gezinsvoogd=gezinsvoogd, andere_hulp=andere_hulp, relevant=relevant, toelichting=toelichting
    )
    return nieuw


def herweging_toevoegen(
    casus: Casus, *, herweging: Herweging, nu: dt.datetime | None = None
) -> Casus:
    """Afweging 5 weighed again while help runs; earlier weighings stay (Bijlage 2)."""
    nieuw = _kopie(casus, nu=nu)
    nieuw.herwegingen = [*nieuw.herwegingen, herweging]
    return nieuw


def professional_vastleggen(
    casus: Casus,
    *,
    functie: str,
    organisatie: str,
    beslisser: str,
    nu: dt.datetime | None = None,
) -> Casus:
    """Her own function and organisation, and who decides in step 5 (Bijlage 1c)."""
    nieuw = _kopie(casus, nu=nu)
    nieuw.professional = Professional(functie=functie, organisatie=organisatie, beslisser=beslisser)
    return nieuw
