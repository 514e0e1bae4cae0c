"""Who to talk to: the step-3 talk about the signs and the step-5 talk about a report.

Two different moments with different rules, kept apart here because the seed keeps them
apart (seeds/002_5b0914504b666284.txt):

- Stap 3 (2.2, "Gesprek met kinderen"): "Ook als een cliënt nog jong is, is het van belang
  dat de sociaal werker het gesprek met hem aangaat, tenzij dat vanwege zijn jeugdige
  leeftijd echt niet mogelijk of te belastend voor hem is." And ("Gesprek met de ouder(s)"):
  "Normaal gesproken zal er, als het om een minderjarige cliënt gaat, ook een gesprek over
  de signalen worden gevoerd met de ouder(s)."
- Stap 5 (2.2, "Positie van de jeugdige cliënt en zijn ouder(s)"): "Is de cliënt nog geen 12
  jaar oud, dan voert de sociaal werker het gesprek zoals hierboven beschreven met de
  ouder(s) van de cliënt. Het is niet verplicht om met een zo jonge cliënt zelf in gesprek te
  gaan. [...] Is de cliënt al wel 12 maar nog geen 16 jaar dan wordt het gesprek gevoerd met
  de cliënt en of met de ouder."
- Specific forms (2.2, Stap 3, NB): "Over het wel of niet voeren van een gesprek met de
  cliënt bij vermoedens van specifieke vormen van geweld zoals eergerelateerd geweld,
  huwelijksdwang en vrouwelijke genitale verminking, wordt geadviseerd om altijd vooraf
  overleg te voeren met experts om te beoordelen of het voeren van een gesprek in dit
  stadium, in verband met de veiligheidsrisico's, verantwoord is." So the parents of a minor
  are never advised to be involved without that caveat.
"""

from __future__ import annotations

from meldwijzer.engine.advies import AdviesItem
from meldwijzer.engine.casus import Casus, GesprekMet, Vorm
from meldwijzer.engine.regels import item

#: Forms after which a conversation can itself raise the risk: experts first (2.2 Stap 3 NB).
VORMEN_EERST_DESKUNDIGEN: frozenset[Vorm] = frozenset(
    {Vorm.EERGERELATEERD, Vorm.HUWELIJKSDWANG, Vorm.VGV}
)


def minderjarig(casus: Casus) -> bool:
    leeftijd = casus.client.leeftijd
    return leeftijd is not None and leeftijd < 18


def eerst_deskundigen(casus: Casus) -> bool:
    return bool(VORMEN_EERST_DESKUNDIGEN & set(casus.vormen))


def _ouders_variant(casus: Casus) -> str:
    """Which `gesprek_ouders` text applies: the caveat for specific forms always wins."""
    if minderjarig(casus) and eerst_deskundigen(casus):
        return "specifieke_vorm"
    leeftijd = casus.client.leeftijd or 0
    if leeftijd < 12:
        return "jong"
    if leeftijd < 16:
        return "en_of"
    return "thuis"


def gesprek_adviezen(casus: Casus, met: tuple[GesprekMet, ...]) -> list[AdviesItem]:
    """Step-3 advice on whom to talk with, and the step-5 advice on discussing a report.

    `met` is the engine's `bespreken_met` (by age); it decides whether the client and the
    parents are named, as before. What changed is the wording per age and form.
    """
    adviezen: list[AdviesItem] = []
    if GesprekMet.CLIENT in met:
        adviezen.append(item("gesprek_client"))
    if GesprekMet.OUDERS in met:
        adviezen.append(item("gesprek_ouders", variant=_ouders_variant(casus)))
    leeftijd = casus.client.leeftijd
    if leeftijd is not None and leeftijd < 12:
        adviezen.append(item("gesprek_kind"))
        if not eerst_deskundigen(casus):  # else melding_bespreken_specifieke_vorm says it
            adviezen.append(item("melding_bespreken_jong_kind"))
    if GesprekMet.OUDERS in met and eerst_deskundigen(casus):
        adviezen.append(item("melding_bespreken_specifieke_vorm"))
    return adviezen


def _gesprek_met(casus: Casus, *wie: GesprekMet) -> bool:
    return any(g.met in wie for g in casus.gesprekken)


def gesprek_open_punten(casus: Casus, met: tuple[GesprekMet, ...]) -> list[AdviesItem]:
    """For a minor client: the talk with the child and with the parents, each recorded or
    with its reason (issue 13 item 10; 2.2 Stap 3)."""
    if not minderjarig(casus) or "3" in casus.overgeslagen:
        return []
    punten: list[AdviesItem] = []
    kind_gesproken = _gesprek_met(casus, GesprekMet.KIND, GesprekMet.CLIENT)
    if not kind_gesproken and casus.geen_gesprek_kind is None and casus.geen_gesprek is None:
        punten.append(item("gesprek_kind_vastleggen"))
    if (
        GesprekMet.OUDERS in met
        and not _gesprek_met(casus, GesprekMet.OUDERS)
        and casus.geen_gesprek_ouders is None
    ):
        variant = "specifieke_vorm" if eerst_deskundigen(casus) else None
        punten.append(item("gesprek_ouders_vastleggen", variant=variant))
    for reden in (casus.geen_gesprek_kind, casus.geen_gesprek_ouders):
        if reden is not None and not reden.toelichting:
            punten.append(item("geen_gesprek_zonder_toelichting"))
    return punten


def stap3_gedaan(casus: Casus) -> bool:
    """A talk was held, or a reason recorded for not holding it (client, child or parents)."""
    return (
        bool(casus.gesprekken)
        or casus.geen_gesprek is not None
        or casus.geen_gesprek_kind is not None
        or casus.geen_gesprek_ouders is not None
    )
