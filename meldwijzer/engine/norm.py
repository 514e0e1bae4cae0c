"""The professional norm of the afwegingskader, applied to one casus.

`beoordeel(casus)` is the one place where the norm is decided. It never decides for the
professional: it states the norm (is melden noodzakelijk? is hulp mogelijk?), the advice
that follows from the casus, the points still open, and where her own decision departs.

Sources (seeds/002_5b0914504b666284.txt unless noted): Bijlage 2 "Afwegingskader";
section 2.2 "De stappen"; Bijlage 1b "Stap 5"; chapter 3 on professional secrecy;
seeds/001 and seeds/003 (the FAQ of afwegingskadermeldcode.nl).

The decisions are in `norm_beslissingen.py`, the open points and the steps in `norm_open.py`;
this module joins them into one `Advies`.
"""

from __future__ import annotations

from meldwijzer.engine.advies import Advies, AdviesItem, BeslissingHulp, BeslissingMelden, Ernst
from meldwijzer.engine.casus import (
    Antwoord,
    Casus,
    GesprekMet,
    JaNeeOnbekend,
    Situatie,
    Vorm,
)
from meldwijzer.engine.gesprekken import gesprek_adviezen
from meldwijzer.engine.norm_beslissingen import (
    BUITEN_MELDCODE,
    acuut,
    afweging5_historie,
    afwijkingen,
    antwoord,
    bespreken_met,
    binnen_meldcode,
    hulp_faalt,
    hulp_open_wegens,
    kindcheck_nodig,
    mag_afsluiten,
    meerderjarig,
    melden_open_wegens,
    meldt,
    norm_hulp,
    norm_melden,
    twijfel,
)
from meldwijzer.engine.norm_open import open_punten_voor, stappenoverzicht
from meldwijzer.engine.regels import REGELS, item
from meldwijzer.engine.reikwijdte import buiten_adviezen

#: Forms after which a conversation can itself raise the risk: experts first (stap 3).
DESKUNDIGEN_VOOR_GESPREK: frozenset[Vorm] = frozenset(
    {Vorm.EERGERELATEERD, Vorm.HUWELIJKSDWANG, Vorm.VGV}
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
    if twijfel(casus):
        adviezen.append(item("veilig_thuis_raadplegen"))
    if antwoord(casus, "onveiligheid") is Antwoord.TWIJFEL:
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
    if casus.relevantie.andere_hulp and antwoord(casus, "vermoeden") is not Antwoord.NEE:
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
    if meldt(casus, melden):
        adviezen.extend(_positie_client(casus))
        adviezen.append(item("na_de_melding"))
    return adviezen


def _waarom_noodzakelijk(casus: Casus) -> AdviesItem:
    if casus.noodsituatie or antwoord(casus, "onveiligheid") is Antwoord.JA:
        return item("melden_noodzakelijk_onveiligheid")
    if hulp_faalt(casus):
        return item("melden_noodzakelijk_hulp")
    variant = "gezinsvoogd" if casus.relevantie.gezinsvoogd else "relevant"
    return item("melden_noodzakelijk_relevant", variant=variant)


def _positie_client(casus: Casus) -> list[AdviesItem]:
    """BPSW 3.3 Positie van de cliënt and 3.4 Betekenis 'zonder toestemming', for an adult
    client when a report is at stake."""
    if not meerderjarig(casus):
        return []
    if casus.client.afhankelijk:
        return [item("positie_afhankelijke_client")]
    if casus.client.afhankelijk is False and casus.kindcheck.kinderen is not JaNeeOnbekend.JA:
        return [item("positie_meerderjarige")]
    return []


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
    binnen = binnen_meldcode(casus.situatie)
    met = bespreken_met(casus) if binnen else ()
    return Advies(
        binnen_meldcode=binnen,
        beslissing_melden=melden,
        beslissing_hulp=hulp,
        meldcode_mag_afsluiten=mag_afsluiten(casus),
        bespreken_met=tuple(m.value for m in met),
        adviezen=_voorrang(_adviezen(casus, melden, hulp, met)),
        open_punten=_met_voorrang(open_punten_voor(casus, melden, hulp)),
        stappen=stappenoverzicht(casus),
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
