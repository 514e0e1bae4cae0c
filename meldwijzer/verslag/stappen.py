"""Sections for steps 1 to 4: what was done and when.

Step 1 keeps the distinctions Bijlage 1b (stap 1) asks for: own observations, hypotheses
with their later confirmation or refutation and follow-up note, information from third
parties with its source, and the data that contradict the suspicion.
"""

from __future__ import annotations

from collections.abc import Callable

from meldwijzer.engine.advies import Advies
from meldwijzer.engine.casus import (
    Afwegingen,
    Beslissingen,
    Casus,
    JaNeeOnbekend,
    Kindcheck,
    Melding,
    Signaal,
    Situatie,
    SoortSignaal,
    StatusHypothese,
    Verwijsindex,
)
from meldwijzer.engine.labels import label
from meldwijzer.engine.paginaspec import GESPREKKEN, STAP2, STAP3
from meldwijzer.engine.paginaspec_stap1 import STAP1
from meldwijzer.verslag import teksten as t
from meldwijzer.verslag.bronnen import Vragen
from meldwijzer.verslag.document import (
    Alinea,
    Blok,
    Sectie,
    Tabel,
    Veld,
    Velden,
    sectie_of_leeg,
)
from meldwijzer.verslag.velden import rijen


def stap_kop(casus: Casus, advies: Advies | None, nummer: int) -> list[Blok | Sectie]:
    """Status line of a step (from the engine) and the reason when it was skipped."""
    velden: list[Veld] = []
    if advies is not None:
        for stap in advies.stappen:
            if stap.nummer == nummer:
                status = t.STAP_STATUS.get(stap.status.value, stap.status.value)
                velden.append(Veld("Status", f"{status}. {stap.toelichting}".strip()))
    overgeslagen = {str(k): v for k, v in casus.overgeslagen.items()}.get(str(nummer))
    if overgeslagen is not None:
        velden.append(Veld("Stap bewust overgeslagen, reden", overgeslagen.reden or t.ONBEKEND))
    return [Velden(tuple(velden))] if velden else []


def _signaal_kop(soort: str, nummer: int, signaal: Signaal) -> str:
    return f"{soort} {nummer} ({t.datum(signaal.datum)})"


def _oudersignaal(signaal: Signaal) -> list[Veld]:
    if not signaal.oudersignaal:
        return []
    return [Veld("Oudersignaal", "ja: over de conditie of situatie van een ouder")]


def _observaties(signalen: list[Signaal]) -> list[Blok | Sectie]:
    blokken: list[Blok | Sectie] = []
    for n, s in enumerate(signalen, start=1):
        velden = [Veld("Beschrijving", s.tekst), *_oudersignaal(s)]
        blokken.append(Velden(tuple(velden), titel=_signaal_kop("Waarneming", n, s)))
    return blokken


def _hypothesen(signalen: list[Signaal]) -> list[Blok | Sectie]:
    blokken: list[Blok | Sectie] = []
    for n, s in enumerate(signalen, start=1):
        velden = [
            Veld("Hypothese", s.tekst),
            Veld("Status", label(s.status)),
        ]
        if s.vervolg:
            velden.append(Veld("Vervolgnotitie", s.vervolg))
        elif s.status is not StatusHypothese.OPEN:
            velden.append(Veld("Vervolgnotitie", t.ONBEKEND))
        velden.extend(_oudersignaal(s))
        blokken.append(Velden(tuple(velden), titel=_signaal_kop("Hypothese", n, s)))
    return blokken


def _derden(signalen: list[Signaal]) -> list[Blok | Sectie]:
    blokken: list[Blok | Sectie] = []
    for n, s in enumerate(signalen, start=1):
        velden = [
            Veld("Informatie", s.tekst),
            Veld("Bron", s.bron or "bron niet vastgelegd"),
            *_oudersignaal(s),
        ]
        blokken.append(Velden(tuple(velden), titel=_signaal_kop("Informatie van derden", n, s)))
    return blokken


def _kindcheck(casus: Casus) -> Sectie:
    k = casus.kindcheck
    leeg = (
        k.kinderen is JaNeeOnbekend.ONBEKEND
        and k.aantal is None
        and not k.leeftijden
        and k.gedeelde_zorg is JaNeeOnbekend.ONBEKEND
        and not k.toelichting
        and k.datum is None
    )
    if leeg and casus.client.leeftijd is not None and casus.client.leeftijd < 18:
        # Asked of adult clients (Bijlage 2); a minor client is herself the child.
        niet_gevraagd = Alinea("Niet gevraagd: de cliënt is zelf minderjarig.")
        return Sectie("kindcheck", "Kindcheck", (niet_gevraagd,))
    if leeg:
        return sectie_of_leeg("kindcheck", "Kindcheck", [])
    datum = STAP1.veld("kc_datum")  # the date first, then the rest as the page asks them
    velden = rijen([datum, *(v for v in STAP1.groep("kindcheck") if v is not datum)], casus, casus)
    return Sectie("kindcheck", "Kindcheck", (Velden(tuple(velden)),))


def stap1(casus: Casus, advies: Advies | None, vragen: Vragen) -> Sectie:
    per_soort = {soort: [s for s in casus.signalen if s.soort is soort] for soort in SoortSignaal}
    contra: list[Blok | Sectie] = [
        Velden(
            (Veld("Beschrijving", c.tekst),),
            titel=f"Contra-indicatie {n} ({t.datum(c.datum)})",
        )
        for n, c in enumerate(casus.contra_indicaties, start=1)
    ]
    visie: list[Blok | Sectie] = [Alinea(casus.visie_kinderen)] if casus.visie_kinderen else []
    inhoud: list[Blok | Sectie] = [
        *stap_kop(casus, advies, 1),
        sectie_of_leeg(
            "waarnemingen",
            label(SoortSignaal.OBSERVATIE),
            _observaties(per_soort[SoortSignaal.OBSERVATIE]),
        ),
        sectie_of_leeg(
            "hypothesen",
            label(SoortSignaal.HYPOTHESE),
            _hypothesen(per_soort[SoortSignaal.HYPOTHESE]),
        ),
        sectie_of_leeg(
            "derden", label(SoortSignaal.DERDEN), _derden(per_soort[SoortSignaal.DERDEN])
        ),
        sectie_of_leeg("contra_indicaties", "Gegevens die het vermoeden tegenspreken", contra),
        _kindcheck(casus),
        sectie_of_leeg("visie_kinderen", "Visie van de kinderen", visie),
    ]
    return Sectie("stap1", f"Stap 1. {vragen.stap_titel(1)}", tuple(inhoud))


def stap2(casus: Casus, advies: Advies | None, vragen: Vragen) -> Sectie:
    consultaties = STAP2.lijst("consultaties")
    blokken: list[Blok | Sectie] = [
        Velden(tuple(rijen(consultaties.velden, casus, c)), titel=f"Consultatie {n}")
        for n, c in enumerate(casus.consultaties, start=1)
    ]
    inhoud: list[Blok | Sectie] = [
        *stap_kop(casus, advies, 2),
        sectie_of_leeg("consultaties", "Consultaties", blokken),
    ]
    return Sectie("stap2", f"Stap 2. {vragen.stap_titel(2)}", tuple(inhoud))


def _gesprekken(casus: Casus) -> Sectie:
    blokken: list[Blok | Sectie] = [
        Velden(tuple(rijen(GESPREKKEN.velden, casus, g)), titel=f"Gesprek {n}")
        for n, g in enumerate(casus.gesprekken, start=1)
    ]
    if nieuwkomers := rijen([STAP3.veld("recent_in_nederland")], casus, casus):
        blokken.append(Velden(tuple(nieuwkomers)))
    if casus.geen_gesprek is not None:
        velden = rijen(STAP3.groep("geen_gesprek"), casus, casus)
        blokken.append(Velden(tuple(velden), titel="Gesprek (deels) bewust niet gevoerd"))
    blokken.extend(_geen_gesprek_kind_ouders(casus))
    return sectie_of_leeg("gesprekken", "Gesprekken", blokken)


def _geen_gesprek_kind_ouders(casus: Casus) -> list[Blok | Sectie]:
    blokken: list[Blok | Sectie] = []
    if casus.geen_gesprek_kind is not None:
        velden = tuple(rijen(STAP3.groep("kind"), casus, casus))
        blokken.append(Velden(velden, titel="Gesprek met het kind niet gevoerd"))
    if casus.geen_gesprek_ouders is not None:
        velden = tuple(rijen(STAP3.groep("ouders"), casus, casus))
        blokken.append(Velden(velden, titel="Gesprek met de ouder(s) niet gevoerd"))
    return blokken


def _verwijsindex(casus: Casus) -> Sectie:
    if casus.verwijsindex == Verwijsindex():
        return sectie_of_leeg("verwijsindex", "Verwijsindex risicojongeren", [])
    velden = tuple(rijen(STAP3.groep("verwijsindex"), casus, casus))
    return Sectie("verwijsindex", "Verwijsindex risicojongeren", (Velden(velden),))


def stap3(casus: Casus, advies: Advies | None, vragen: Vragen) -> Sectie:
    inhoud: list[Blok | Sectie] = [
        *stap_kop(casus, advies, 3),
        _gesprekken(casus),
        _verwijsindex(casus),
    ]
    return Sectie("stap3", f"Stap 3. {vragen.stap_titel(3)}", tuple(inhoud))


def stap4(casus: Casus, advies: Advies | None, vragen: Vragen) -> Sectie:
    notitie: list[Blok | Sectie] = [Alinea(casus.weging_notitie)] if casus.weging_notitie else []
    inhoud: list[Blok | Sectie] = [
        *stap_kop(casus, advies, 4),
        sectie_of_leeg("weging", "Weging van risico, aard en ernst", notitie),
    ]
    return Sectie("stap4", f"Stap 4. {vragen.stap_titel(4)}", tuple(inhoud))


# --- Outside the meldcode (issue 13 item 9) ---------------------------------------------------

#: Per step section: was anything recorded? Outside the meldcode a step section is only
#: printed when it holds something (e.g. recorded before the situation was changed), so the
#: verslag never lists five steps as "Niets vastgelegd" for a route that has no steps.
_STAPGEGEVENS: dict[str, Callable[[Casus], bool]] = {
    "stap1": lambda c: (
        bool(c.signalen or c.contra_indicaties or c.visie_kinderen) or c.kindcheck != Kindcheck()
    ),
    "stap2": lambda c: bool(c.consultaties),
    "stap3": lambda c: (
        bool(c.gesprekken)
        or c.geen_gesprek is not None
        or c.geen_gesprek_kind is not None
        or c.geen_gesprek_ouders is not None
        or c.verwijsindex != Verwijsindex()
    ),
    "stap4": lambda c: bool(c.weging_notitie),
    "afwegingen": lambda c: c.afwegingen != Afwegingen(),
    "stap5": lambda c: c.beslissingen != Beslissingen(),
    "melding": lambda c: c.melding != Melding(),
}
_STAP_VAN_SECTIE = {"stap1": "1", "stap2": "2", "stap3": "3", "stap4": "4", "stap5": "5"}


def _iets_vastgelegd(casus: Casus, sectie_id: str) -> bool:
    stap = _STAP_VAN_SECTIE.get(sectie_id)
    overgeslagen = stap is not None and stap in {str(k) for k in casus.overgeslagen}
    return overgeslagen or _STAPGEGEVENS[sectie_id](casus)


def buiten_meldcode(casus: Casus, advies: Advies | None) -> Sectie:
    """The route outside the meldcode and what she did instead: whom she informed, when,
    and why (seeds/002, 1.3: "het informeren van de leidinggevende en/of de directie en het
    inschakelen van de betreffende inspectie")."""
    inhoud: list[Blok | Sectie] = []
    if advies is not None:
        inhoud.extend(Alinea(a.tekst) for a in advies.adviezen if a.code == "buiten_meldcode")
    if casus.situatie is Situatie.PROFESSIONAL_TEGEN_CLIENT:
        organisatie = {True: "ja", False: "nee, een andere organisatie"}.get(
            casus.pleger_eigen_organisatie,  # type: ignore[arg-type]  # None: not answered
            t.ONBEKEND,
        )
        inhoud.append(Velden((Veld("Professional werkt in de eigen organisatie", organisatie),)))
    acties: list[Blok | Sectie] = [
        Velden(
            (
                Veld("Geïnformeerd", a.wie),
                Veld("Datum", t.datum(a.datum)),
                Veld("Wat en waarom", a.toelichting or t.ONBEKEND),
            ),
            titel=f"Actie {n}",
        )
        for n, a in enumerate(casus.buiten_acties, start=1)
    ]
    inhoud.append(sectie_of_leeg("buiten_acties", "Wat de professional deed", acties))
    return Sectie("buiten_meldcode", "Buiten de meldcode", tuple(inhoud))


def buiten_secties(casus: Casus, advies: Advies | None, secties: list[Sectie]) -> list[Sectie]:
    """Outside the meldcode: the route section after the scope, and only the step sections
    that hold something."""
    uit: list[Sectie] = []
    for sectie in secties:
        if sectie.id in _STAPGEGEVENS and not _iets_vastgelegd(casus, sectie.id):
            continue
        uit.append(sectie)
        if sectie.id == "reikwijdte":
            uit.append(buiten_meldcode(casus, advies))
    return uit


# --- issue 12: what the norm adds to the record --------------------------------------------


def afweging_extra(casus: Casus, afweging_id: str) -> tuple[Veld, ...]:
    """Afweging 2: which unsafety (Bijlage 2: acute, structural; disclosure)."""
    if afweging_id != "onveiligheid":
        return ()
    aard = label(casus.onveiligheid_aard) if casus.onveiligheid_aard else t.ONBEKEND
    return (
        Veld("Soort onveiligheid", aard),
        Veld("Disclosure (het slachtoffer vertelde het zelf)", t.ja_nee(casus.disclosure)),
    )


def afweging5_historie(casus: Casus) -> list[Blok | Sectie]:
    """Every weighing of afweging 5, with date and motivation; the norm follows the last
    (Bijlage 2, Afweging 5: "constateert dat de onveiligheid niet stopt of zich herhaalt")."""
    if not casus.herwegingen:
        return []
    eerste = casus.afwegingen.duurzame_veiligheid
    rijen = [
        (
            "eerste weging",
            label(eerste.antwoord) if eerste.antwoord else "nog niet beantwoord",
            eerste.motivatie or t.ONBEKEND,
        )
    ]
    for h in casus.herwegingen:
        datum = h.datum.isoformat() if h.datum else t.ONBEKEND
        rijen.append((datum, label(h.antwoord), h.motivatie or t.ONBEKEND))
    return [
        Tabel(kop=("Datum", "Antwoord", "Motivatie"), rijen=tuple(rijen)),
        Alinea("De norm volgt de laatste weging."),
    ]


def relevantie(casus: Casus) -> list[Blok | Sectie]:
    """Is a report relevant although she can keep helping? (2.2 Stap 5; FAQ)."""
    r = casus.relevantie
    if r == type(r)():
        return []
    velden = (
        Veld("Melding relevant, ook al kan ik zelf hulp blijven bieden", t.ja_nee(r.relevant)),
        Veld("Gezinsvoogd in het gezin", t.ja_nee(r.gezinsvoogd)),
        Veld("Andere hulpverlening in het gezin", t.ja_nee(r.andere_hulp)),
        *((Veld("Toelichting", r.toelichting),) if r.toelichting else ()),
    )
    return [Velden(velden, titel="Is een melding relevant?")]
