"""A draft of the report to Veilig Thuis, composed only from what was recorded.

Structured along what Veilig Thuis asks of a reporting professional (issue 13 item 8): the
melder, the people involved, the concern, what was done, the network and existing care,
whether the family was told, and what she asks of Veilig Thuis. What is not recorded is
marked as missing ("Ontbreekt: ..."), never left out; names, addresses and how to reach her
are placeholders ("[invullen]") she fills in outside meldwijzer, which never holds them.

Sources (seeds/002_...): "Sluit in de melding aan bij de feiten" (stap 5: report the facts
and events you observed yourself; name the other source for what others saw or heard);
"Stappen van de meldcode volgen bij ‘oudersignalen’" (stap 1: the reporter states no facts
about children she does not know; she reports that the parent's condition is a risk and that
Veilig Thuis should investigate the children's situation); 2.2 "Bekendmaken van de identiteit
van de melder" ("Hoofdregel is dat de identiteit van de melder door Veilig Thuis aan het gezin
bekend wordt gemaakt"); "Wat Veilig Thuis met een melding doet" ("Hierover informeren ze de
melder": she must stay reachable); stap 5 "overleg bij uw melding met Veilig Thuis wat u na
de melding ... kunt doen"; seeds/003 FAQ ("zo concreet, specifiek en feitelijk mogelijk";
"Júist ook als er al hulpverlening in het gezin zit").

Open and refuted hypotheses stay out of the draft: they are no facts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from meldwijzer.engine.advies import Advies
from meldwijzer.engine.casus import Casus, Keuze, Signaal, SoortSignaal, StatusHypothese
from meldwijzer.engine.labels import GRONDEN_OUDERS, label
from meldwijzer.engine.norm_beslissingen import melding_aan_de_orde as aan_de_orde
from meldwijzer.engine.paginaspec import GESPREKKEN
from meldwijzer.verslag import teksten as t
from meldwijzer.verslag.bronnen import Vragen, laad_advies, laad_pack
from meldwijzer.verslag.document import Alinea, Blok, Lijst, Sectie, Veld, Velden
from meldwijzer.verslag.velden import zinnen

if TYPE_CHECKING:
    from meldwijzer.content.model import Pack

OUDERSIGNALEN_KADER = (
    "De lichamelijke of geestelijke conditie en/of de situatie van mijn cliënt vormt naar mijn "
    "oordeel een risico voor de veiligheid of de ontwikkeling van de kinderen die van mijn "
    "cliënt afhankelijk zijn. Over de feitelijke situatie van de kinderen doe ik geen "
    "uitspraak: ik ken hen niet uit eigen waarneming. Daarom vraag ik Veilig Thuis nader "
    "onderzoek te doen naar de feitelijke situatie waarin de kinderen zich bevinden."
)
INVULLEN = "[invullen]"


def ontbreekt(wat: str) -> Alinea:
    """A visible mark for what was not recorded: the draft never hides a gap."""
    return Alinea(f"Ontbreekt: {wat}")


def melding_aan_de_orde(casus: Casus, advies: Advies | None) -> bool:
    """A draft is made when a report is on the table, in the engine's sense
    (`norm_beslissingen.melding_aan_de_orde`): she decided to report, or the norm says so."""
    if advies is None:
        return casus.beslissingen.melden.keuze is Keuze.JA
    return aan_de_orde(casus, advies.beslissing_melden)


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


def _lijst(sectie_id: str, titel: str, regels: list[str], leeg: str) -> Sectie:
    inhoud: Blok = Lijst(tuple(regels)) if regels else ontbreekt(leeg)
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


def _melder(casus: Casus) -> Sectie:
    """The melder stays reachable: Veilig Thuis informs her of the next step (002, 2.2)."""
    p, m = casus.professional, casus.melding
    anoniem = (
        f"ja, omdat: {m.anoniem_reden or 'reden ontbreekt'}"
        if m.anoniem_naar_gezin
        else "nee"
        if m.anoniem_naar_gezin is False
        else "ontbreekt"
    )
    velden = (
        Veld("Naam", f"{INVULLEN} (meldwijzer bewaart geen namen)"),
        Veld("Functie", p.functie or f"{INVULLEN} (ontbreekt in de casus)"),
        Veld("Organisatie", p.organisatie or f"{INVULLEN} (ontbreekt in de casus)"),
        Veld("Bereikbaar op", f"{INVULLEN} telefoonnummer en wanneer u bereikbaar bent"),
        Veld("Anoniem blijven tegenover het gezin", anoniem),
    )
    return Sectie("concept_melder", "De melder", (Velden(velden),))


def _betrokkenen(casus: Casus) -> Sectie:
    """Roles, ages and relations; names only as placeholders."""
    c, k = casus.client, casus.kindcheck
    woont = t.ja_nee(c.woont_thuis) if c.woont_thuis is not None else "ontbreekt"
    velden = [
        Veld("De cliënt", f"naam {INVULLEN}"),
        Veld("Leeftijd", f"{c.leeftijd} jaar" if c.leeftijd is not None else "ontbreekt"),
        Veld("Rol van de cliënt", label(c.rol) if c.rol is not None else "ontbreekt"),
        Veld("Woont thuis (bij de ouders)", woont),
    ]
    if k.kinderen.value != "onbekend" or k.aantal is not None or k.leeftijden:
        kinderen = label(k.kinderen)
        if k.aantal is not None:
            kinderen += f"; aantal: {k.aantal}"
        if k.leeftijden:
            kinderen += f"; leeftijden: {', '.join(map(str, k.leeftijden))}"
        velden.append(Veld("Minderjarige kinderen in de zorg van de cliënt", kinderen))
        velden.append(
            Veld("Zorg gedeeld met een (ex-)partner of andere volwassene", label(k.gedeelde_zorg))
        )
    inhoud: list[Blok | Sectie] = [
        Velden(tuple(velden)),
        Alinea(
            f"Andere betrokkenen (ouders, partner, kinderen, huisgenoten): hun rol, leeftijd, "
            f"relatie tot de cliënt en wie waar woont {INVULLEN}. Namen en adressen vult u in "
            "buiten meldwijzer."
        ),
    ]
    return Sectie("concept_betrokkenen", "Om wie het gaat", tuple(inhoud))


def _afweging(casus: Casus, afweging_id: str) -> str:
    a = getattr(casus.afwegingen, afweging_id)
    if a.antwoord is None:
        return "ontbreekt (nog niet beantwoord)"
    motivatie = f" Waarom: {a.motivatie}" if a.motivatie else " (motivatie ontbreekt)"
    return f"{label(a.antwoord)}.{motivatie}"


def _zorg(casus: Casus) -> Sectie:
    """The concern: its form, acute or structural and why, and the signs as dated facts."""
    vormen = ", ".join(label(v) for v in casus.vormen) or "geen specifieke vorm vastgelegd"
    velden = [
        Veld("Van wie gaat het geweld uit, tegen wie", label(casus.situatie)),
        Veld("Specifieke vorm van geweld", vormen),
        Veld(
            "Vermoeden van huiselijk geweld of kindermishandeling (afweging 1)",
            _afweging(casus, "vermoeden"),
        ),
        Veld("Acute of structurele onveiligheid (afweging 2)", _afweging(casus, "onveiligheid")),
    ]
    if casus.onveiligheid_aard is not None:
        velden.append(Veld("Aard van de onveiligheid", label(casus.onveiligheid_aard)))
    if casus.disclosure:
        velden.append(Veld("Onthulling", "het slachtoffer heeft het zelf verteld (disclosure)"))
    if casus.noodsituatie:
        velden.append(Veld("Acuut gevaar", "ja, bij het vastleggen aangegeven"))
    inhoud: list[Blok | Sectie] = [
        Velden(tuple(velden)),
        _lijst(
            "concept_eigen",
            "Wat ik zelf heb waargenomen",
            _eigen(casus.signalen),
            "eigen waarnemingen met datum.",
        ),
    ]
    bevestigd = _bevestigd(casus.signalen)
    if bevestigd:
        inhoud.append(
            Sectie(
                "concept_bevestigd",
                "Vermoedens die later zijn bevestigd",
                (Lijst(tuple(bevestigd)),),
            )
        )
    inhoud.append(
        _lijst(
            "concept_derden",
            "Wat anderen hebben gezien of gehoord",
            _derden(casus.signalen),
            "informatie van anderen, met de bron.",
        )
    )
    ouder = _oudersignalen(casus)
    if ouder is not None:
        inhoud.append(ouder)
    contra = [f"{t.datum(c.datum)}: {c.tekst}" for c in casus.contra_indicaties]
    if contra:
        inhoud.append(
            Sectie("concept_contra", "Wat het vermoeden tegenspreekt", (Lijst(tuple(contra)),))
        )
    return Sectie("concept_zorg", "De zorg", tuple(inhoud))


def _gedaan(casus: Casus) -> Sectie:
    """What was done: whom she consulted (step 2) and the conversations (step 3)."""
    overleg = [
        f"{t.datum(c.datum)}: {label(c.met)}" + (f" ({c.wie})" if c.wie else "")
        for c in casus.consultaties
    ]
    gesprekken = []
    for g in casus.gesprekken:
        regel = f"{t.datum(g.datum)}, gesprek met {label(g.met, in_zin=True)}"
        regel += f": {g.inhoud}" if g.inhoud else ""
        gesprekken.append(regel + zinnen(GESPREKKEN.velden, g))  # from the field spec
    if casus.geen_gesprek is not None:
        toelichting = f" {casus.geen_gesprek.toelichting}" if casus.geen_gesprek.toelichting else ""
        gesprekken.append(
            f"Geen gesprek gevoerd. Grond: {label(casus.geen_gesprek.grond)}.{toelichting}"
        )
    if casus.geen_gesprek_kind is not None:
        g_kind = casus.geen_gesprek_kind
        gesprekken.append(
            f"Geen gesprek met het kind. Grond: {label(g_kind.grond)}. {g_kind.toelichting}".strip()
        )
    if casus.geen_gesprek_ouders is not None:
        g_ouders = casus.geen_gesprek_ouders
        gesprekken.append(
            f"Geen gesprek met de ouder(s). Grond: {GRONDEN_OUDERS[g_ouders.grond]}. "
            f"{g_ouders.toelichting}".strip()
        )
    return Sectie(
        "concept_gedaan",
        "Wat ik al deed",
        (
            _lijst("concept_overleg", "Overleg vooraf", overleg, "met wie u overlegde (stap 2)."),
            _lijst(
                "concept_gesprekken",
                "Gesprekken over de zorgen",
                gesprekken,
                "het gesprek met de cliënt of de ouders, of de grond om het niet te voeren "
                "(stap 3).",
            ),
        ),
    )


def _netwerk(casus: Casus) -> Sectie:
    m = casus.melding
    inhoud: list[Blok | Sectie] = [
        Velden((Veld("Netwerk rond het gezin", m.netwerk),))
        if m.netwerk
        else ontbreekt("wie rond het gezin kan steunen."),
        Velden((Veld("Hulp die er al is", m.bestaande_hulp),))
        if m.bestaande_hulp
        else ontbreekt("welke hulpverleners al betrokken zijn."),
    ]
    return Sectie("concept_netwerk", "Netwerk en hulp die er al is", tuple(inhoud))


def _ingelicht(casus: Casus) -> Sectie:
    """Whether the family was told; if not, which of the seed's grounds applies."""
    m = casus.melding
    if m.besproken is None:
        return Sectie(
            "concept_besproken",
            "Is het gezin ingelicht over de melding?",
            (ontbreekt("of u de melding vooraf met de cliënt of de ouders besprak."),),
        )
    velden: list[Veld] = [Veld("Melding vooraf besproken", t.ja_nee(m.besproken))]
    if m.besproken_met:
        velden.append(Veld("Met", ", ".join(label(g, in_zin=True) for g in m.besproken_met)))
    if m.besproken is False:
        grond = label(m.niet_besproken_grond) if m.niet_besproken_grond else "ontbreekt"
        velden.append(Veld("Grond om niet te bespreken", grond))
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
    return Sectie(
        "concept_besproken", "Is het gezin ingelicht over de melding?", (Velden(tuple(velden)),)
    )


def _vraag(casus: Casus) -> Sectie:
    vraag = casus.melding.vraag_aan_veilig_thuis
    inhoud: Blok = Alinea(vraag) if vraag else ontbreekt("wat u van Veilig Thuis vraagt.")
    return Sectie("concept_vraag", "Wat ik vraag van Veilig Thuis", (inhoud,))


def _blijf_doen(casus: Casus) -> Sectie:
    afspraken = casus.melding.afspraken_veilig_thuis
    inhoud: Blok = (
        Alinea(afspraken)
        if afspraken
        else ontbreekt("wat u na de melding zelf blijft doen. Spreek dit af met Veilig Thuis.")
    )
    return Sectie("concept_blijf_doen", "Wat ik na de melding blijf doen", (inhoud,))


def bouw_concept_melding(casus: Casus, *, advies: Advies | None, vragen: Vragen) -> Sectie | None:
    """The draft as a section of the verslag, or None when no report is at stake."""
    if not melding_aan_de_orde(casus, advies):
        return None
    nummer = vragen.veilig_thuis_nummer()
    inhoud: list[Blok | Sectie] = [
        Alinea(
            f"Concept voor uw melding bij Veilig Thuis ({nummer}), samengesteld uit wat u "
            f"vastlegde. Lees het na en vul het aan voordat u meldt. Wat u buiten meldwijzer "
            f"invult, staat als {INVULLEN}; wat nog niet is vastgelegd, staat als ‘Ontbreekt’."
        ),
        Alinea(
            f"U meldt door Veilig Thuis te bellen ({nummer}); neem dit concept bij de hand. "
            "Hoofdregel is dat Veilig Thuis uw identiteit aan het gezin bekendmaakt: schrijf zo "
            "concreet, specifiek en feitelijk mogelijk, zoals u het ook met het gezin bespreekt."
        ),
    ]
    if casus.beslissingen.melden.keuze is Keuze.NEE:
        inhoud.append(Alinea("Let op: uw eigen keuze is niet melden; de norm zegt melden."))
    inhoud += [
        _melder(casus),
        _betrokkenen(casus),
        _zorg(casus),
        _gedaan(casus),
        _netwerk(casus),
        _ingelicht(casus),
        _vraag(casus),
        _blijf_doen(casus),
    ]
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
