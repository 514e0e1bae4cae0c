"""A draft of the report to Veilig Thuis, composed only from what was recorded.

Sources (seeds/002_...): "Sluit in de melding aan bij de feiten" (stap 5: report the facts
and events you observed yourself; name the other source for what others saw or heard);
"Stappen van de meldcode volgen bij ‘oudersignalen’" (stap 1: the reporter states no facts
about children she does not know; she reports that the parent's condition is a risk and that
Veilig Thuis should investigate the children's situation); stap 5 "overleg bij uw melding met
Veilig Thuis wat u na de melding ... kunt doen".

Open and refuted hypotheses stay out of the draft: they are no facts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from meldwijzer.engine.advies import Advies, BeslissingMelden
from meldwijzer.engine.casus import Casus, Keuze, Signaal, SoortSignaal, StatusHypothese
from meldwijzer.engine.labels import label
from meldwijzer.verslag import teksten as t
from meldwijzer.verslag.bronnen import Vragen, laad_advies, laad_pack
from meldwijzer.verslag.document import Alinea, Blok, Leeg, Lijst, Sectie, Veld, Velden

if TYPE_CHECKING:
    from meldwijzer.content.model import Pack

OUDERSIGNALEN_KADER = (
    "De lichamelijke of geestelijke conditie en/of de situatie van mijn cliënt vormt naar mijn "
    "oordeel een risico voor de veiligheid of de ontwikkeling van de kinderen die van mijn "
    "cliënt afhankelijk zijn. Over de feitelijke situatie van de kinderen doe ik geen "
    "uitspraak: ik ken hen niet uit eigen waarneming. Daarom vraag ik Veilig Thuis nader "
    "onderzoek te doen naar de feitelijke situatie waarin de kinderen zich bevinden."
)


def melding_aan_de_orde(casus: Casus, advies: Advies | None) -> bool:
    """A draft is made when she decided to report, or when the norm says it is necessary."""
    if casus.beslissingen.melden.keuze is Keuze.JA:
        return True
    return advies is not None and advies.beslissing_melden is BeslissingMelden.NOODZAKELIJK


def _bevestigde_hypothese(s: Signaal) -> bool:
    return s.soort is SoortSignaal.HYPOTHESE and s.status is StatusHypothese.BEVESTIGD


def _regel(s: Signaal) -> str:
    return f"{t.datum(s.datum)}: {s.tekst}"


def _eigen(signalen: list[Signaal]) -> list[str]:
    return [
        _regel(s) for s in signalen if s.soort is SoortSignaal.OBSERVATIE and not s.oudersignaal
    ]


def _bevestigd(signalen: list[Signaal]) -> list[str]:
    regels = []
    for s in signalen:
        if _bevestigde_hypothese(s) and not s.oudersignaal:
            regel = _regel(s)
            punt = "" if regel.endswith((".", "!", "?")) else "."
            vervolg = f" Bevestigd: {s.vervolg}" if s.vervolg else ""
            regels.append(f"{regel}{punt}{vervolg}")
    return regels


def _derden(signalen: list[Signaal]) -> list[str]:
    return [
        f"{_regel(s)} (bron: {s.bron or 'niet vastgelegd, vul de bron aan'})"
        for s in signalen
        if s.soort is SoortSignaal.DERDEN and not s.oudersignaal
    ]


def _lijst(sectie_id: str, titel: str, regels: list[str], leeg: str = "") -> Sectie:
    inhoud: Blok = Lijst(tuple(regels)) if regels else (Leeg(leeg) if leeg else Leeg())
    return Sectie(sectie_id, titel, (inhoud,))


def _oudersignaal_regel(s: Signaal) -> str:
    if s.soort is SoortSignaal.DERDEN:
        return f"{_regel(s)} (van derden; bron: {s.bron or 'niet vastgelegd, vul de bron aan'})"
    if s.soort is SoortSignaal.HYPOTHESE:
        return f"{_regel(s)} (vermoeden, later bevestigd{': ' + s.vervolg if s.vervolg else ''})"
    return f"{_regel(s)} (eigen waarneming)"


def _oudersignalen(casus: Casus) -> Sectie | None:
    signalen = [
        s
        for s in casus.signalen
        if s.oudersignaal and (s.soort is not SoortSignaal.HYPOTHESE or _bevestigde_hypothese(s))
    ]
    if not signalen:
        return None
    inhoud: list[Blok | Sectie] = [Alinea(OUDERSIGNALEN_KADER)]
    inhoud.append(Lijst(tuple(_oudersignaal_regel(s) for s in signalen)))
    k = casus.kindcheck
    if k.aantal is not None or k.leeftijden:
        velden = (
            Veld(
                "Aantal kinderen (volgens de kindcheck)", str(k.aantal) if k.aantal else t.ONBEKEND
            ),
            Veld("Leeftijden", ", ".join(map(str, k.leeftijden)) or t.ONBEKEND),
            Veld("Zorg gedeeld", label(k.gedeelde_zorg)),
        )
        inhoud.append(Velden(velden))
    return Sectie("concept_oudersignalen", "Oudersignalen", tuple(inhoud))


def _gesprekken(casus: Casus) -> Sectie | None:
    """The conversations of step 3: whether the client knows of the concerns, and her reaction."""
    regels = []
    for g in casus.gesprekken:
        regel = f"{t.datum(g.datum)}, gesprek met {label(g.met, in_zin=True)}"
        regel += f": {g.inhoud}" if g.inhoud else ""
        regel += f" Reactie: {g.reactie}" if g.reactie else ""
        regels.append(regel)
    if casus.geen_gesprek is not None:
        toelichting = f" {casus.geen_gesprek.toelichting}" if casus.geen_gesprek.toelichting else ""
        regels.append(
            f"Geen gesprek gevoerd. Grond: {label(casus.geen_gesprek.grond)}.{toelichting}"
        )
    if not regels:
        return None
    return Sectie("concept_gesprekken", "Gesprekken over de zorgen", (Lijst(tuple(regels)),))


def _overleg(casus: Casus) -> Sectie | None:
    """Whom she consulted beforehand (step 2); the content stays in the verslag."""
    regels = [
        f"{t.datum(c.datum)}: {label(c.met)}" + (f" ({c.wie})" if c.wie else "")
        for c in casus.consultaties
    ]
    if not regels:
        return None
    return Sectie("concept_overleg", "Overleg vooraf", (Lijst(tuple(regels)),))


def _besproken(casus: Casus) -> Sectie:
    m = casus.melding
    velden: list[Veld] = []
    if m.besproken is not None:
        velden.append(Veld("Melding vooraf besproken", t.ja_nee(m.besproken)))
    if m.besproken_met:
        velden.append(Veld("Met", ", ".join(label(g) for g in m.besproken_met)))
    if m.niet_besproken_grond is not None:
        velden.append(Veld("Grond om niet te bespreken", label(m.niet_besproken_grond)))
    if m.niet_besproken_toelichting:
        velden.append(Veld("Toelichting", m.niet_besproken_toelichting))
    if m.reactie:
        velden.append(Veld("Reactie", m.reactie))
    if m.toestemming is not None:
        velden.append(Veld("Toestemming", label(m.toestemming)))
    if m.bezwaren:
        velden.append(Veld("Bezwaren", m.bezwaren))
    if m.weging_bezwaren:
        velden.append(Veld("Hoe ik de bezwaren heb gewogen", m.weging_bezwaren))
    inhoud: Blok = Velden(tuple(velden)) if velden else Leeg()
    return Sectie("concept_besproken", "Melding besproken met cliënt of ouders", (inhoud,))


def bouw_concept_melding(casus: Casus, *, advies: Advies | None, vragen: Vragen) -> Sectie | None:
    """The draft as a section of the verslag, or None when no report is at stake."""
    if not melding_aan_de_orde(casus, advies):
        return None
    intro = (
        f"Concept voor de melding bij Veilig Thuis ({vragen.veilig_thuis_nummer()}), samengesteld "
        "uit wat is vastgelegd. Lees het na en vul het aan voordat u meldt."
    )
    inhoud: list[Blok | Sectie] = [Alinea(intro)]
    if casus.beslissingen.melden.keuze is Keuze.NEE:
        inhoud.append(Alinea("Let op: uw eigen keuze is niet melden; de norm zegt melden."))
    inhoud.append(_lijst("concept_eigen", "Wat ik zelf heb waargenomen", _eigen(casus.signalen)))
    bevestigd = _bevestigd(casus.signalen)
    if bevestigd:
        inhoud.append(_lijst("concept_bevestigd", "Vermoedens die later zijn bevestigd", bevestigd))
    inhoud.append(
        _lijst("concept_derden", "Wat anderen hebben gezien of gehoord", _derden(casus.signalen))
    )
    ouder = _oudersignalen(casus)
    if ouder is not None:
        inhoud.append(ouder)
    contra = [f"{t.datum(c.datum)}: {c.tekst}" for c in casus.contra_indicaties]
    if contra:
        inhoud.append(_lijst("concept_contra", "Wat het vermoeden tegenspreekt", contra))
    for deel in (_gesprekken(casus), _overleg(casus)):
        if deel is not None:
            inhoud.append(deel)
    inhoud.append(_besproken(casus))
    if casus.melding.anoniem_naar_gezin:
        reden = casus.melding.anoniem_reden or t.ONBEKEND
        inhoud.append(
            Sectie(
                "concept_anoniem",
                "Anonimiteit",
                (Velden((Veld("Anoniem naar het gezin, omdat", reden),)),),
            )
        )
    afspraken = casus.melding.afspraken_veilig_thuis
    inhoud.append(
        Sectie(
            "concept_blijf_doen",
            "Wat ik na de melding blijf doen",
            (Alinea(afspraken),)
            if afspraken
            else (Leeg("Nog niets vastgelegd. Spreek dit af met Veilig Thuis."),),
        )
    )
    return Sectie("concept_melding", "Concept-melding voor Veilig Thuis", tuple(inhoud))


def concept_melding_tekst(
    casus: Casus, *, advies: Advies | None = None, pack: Pack | None = None
) -> str:
    """The draft alone as plain text, to read from or paste when reporting; "" if not at stake."""
    from meldwijzer.verslag.render_tekst import render_sectie_tekst

    if advies is None:
        advies = laad_advies(casus)
    if pack is None:
        pack, _ = laad_pack(casus)
    sectie = bouw_concept_melding(casus, advies=advies, vragen=Vragen(pack))
    if sectie is None:
        return ""
    return render_sectie_tekst(sectie)
