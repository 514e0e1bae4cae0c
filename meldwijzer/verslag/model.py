"""Build the verslag of a casus: one ordered, dated account in the order a reviewer reads it.

Order (DOMAIN.md "Who uses it"; BPSW 2.2 "Leg alles vast"): label and date, the content pack
used, scope, steps 1-4 with what was done and when, the five afwegingen (Bijlage 2), the two
decisions with the norm beside them (stap 5), around the report, the closing, and what the
engine still sees as open. The builder never invents content: an empty section says
"Niets vastgelegd.".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from meldwijzer import __version__
from meldwijzer.engine.advies import Advies
from meldwijzer.engine.casus import AFWEGING_IDS, Beslissing, Casus
from meldwijzer.engine.labels import label
from meldwijzer.engine.paginaspec_stap1 import STAP1
from meldwijzer.engine.paginaspec_stap4_5 import STAP4
from meldwijzer.verslag import teksten as t
from meldwijzer.verslag.bronnen import Vragen, laad_advies, laad_pack
from meldwijzer.verslag.concept_melding import bouw_concept_melding
from meldwijzer.verslag.document import (
    Alinea,
    Blok,
    Lijst,
    Sectie,
    Tabel,
    Veld,
    Velden,
    Verslag,
    sectie_of_leeg,
)
from meldwijzer.verslag.rond_melding import afsluiting, rond_melding
from meldwijzer.verslag.schrijfcheck import schrijfcheck_sectie
from meldwijzer.verslag.stappen import (
    afweging5_historie,
    afweging_extra,
    buiten_secties,
    relevantie,
    stap1,
    stap2,
    stap3,
    stap4,
    stap_kop,
)
from meldwijzer.verslag.velden import rijen

if TYPE_CHECKING:
    from meldwijzer.content.model import Pack


def bouw_verslag(
    casus: Casus,
    *,
    advies: Advies | None = None,
    pack: Pack | None = None,
    gemaakt_op: dt.datetime | None = None,
    schrijfcheck: bool = False,
    audit: Sequence[AuditRegel] | None = None,
) -> Verslag:
    """The verslag of `casus`. Loads the engine's advice and the default pack when not given.

    schrijfcheck: False (default) is the copy for the dossier, without writing tips; True makes
    a review copy ("controlekopie") that lists the open findings of the schrijfcheck (issue 15).
    """
    if advies is None:
        advies = laad_advies(casus)
    pack_notitie = ""
    if pack is None:
        pack, pack_notitie = laad_pack(casus)
    vragen = Vragen(pack)
    gemaakt_op = gemaakt_op or t.nu()

    secties: list[Sectie] = [
        _reikwijdte(casus, advies, pack),
        stap1(casus, advies, vragen),
        stap2(casus, advies, vragen),
        stap3(casus, advies, vragen),
        stap4(casus, advies, vragen),
        _afwegingen(casus, vragen),
        _beslissingen(casus, advies, vragen),
        rond_melding(casus, vragen),
    ]
    if advies is not None and not advies.binnen_meldcode:  # no stappenplan (issue 13 item 9)
        secties = buiten_secties(casus, advies, secties)
    concept = bouw_concept_melding(casus, advies=advies, vragen=vragen)
    if concept is not None:
        secties.append(concept)
    secties.append(afsluiting(casus))
    secties.append(_open_punten(advies))
    if schrijfcheck:
        bevindingen = schrijfcheck_sectie(casus)
        if bevindingen is not None:
            secties.append(bevindingen)
    if audit is not None:
        secties.append(_audit(audit))
    label = casus.label or "(geen label)"
    return Verslag(
        titel=f"Verslag meldcode: {label}",
        meta=tuple(_meta(casus, pack, pack_notitie, gemaakt_op)),
        secties=tuple(secties),
        label=label,
        colofon=COLOFON,
    )


@dataclass(frozen=True)
class AuditRegel:
    """One entry of the audit trail (organisation mode): who did what when; never content."""

    tijd: dt.datetime
    wie: str
    actie: str


def _audit(regels: Sequence[AuditRegel]) -> Sectie:
    """The casus's audit trail, for review (issue 6): who viewed, changed, exported, decided."""
    rijen = tuple((t.datum(r.tijd), r.wie, r.actie.replace("_", " ")) for r in regels)
    inhoud: list[Blok | Sectie] = (
        [Tabel(kop=("Wanneer", "Wie", "Wat"), rijen=rijen)] if rijen else []
    )
    return sectie_of_leeg("audit", "Audit trail", inhoud)


#: The tool named once, at the end, not among the facts of the record (issue 13 item 6).
COLOFON = f"Opgesteld met meldwijzer {__version__}, een hulpmiddel bij de meldcode."


def kader_in_woorden(pack: Pack | None, content_pack: str, notitie: str = "") -> str:
    """The afwegingskader in plain words: its name and version, once (issue 13 items 6-7)."""
    if pack is not None:
        return f"{pack.meta.naam} (versie {pack.meta.versie})"
    gebruikt = content_pack.replace("@", ", versie ") if content_pack else "niet vastgelegd"
    return f"{gebruikt}; de teksten van dit kader konden niet worden geladen ({notitie})"


def wie_en_kader(casus: Casus, pack: Pack | None, notitie: str = "") -> list[Veld]:
    """Who did the work and under which kader (issue 13 item 7; Bijlage 1c for step 5)."""
    velden = rijen(STAP1.groep("wie"), casus, casus)  # from stap 1's field spec
    if pack is None:  # with a pack, _beroep names the kader
        velden.append(Veld("Afwegingskader", kader_in_woorden(pack, casus.content_pack, notitie)))
    if pack is not None and casus.content_pack and casus.content_pack != pack.label:
        velden.append(
            Veld(
                "Let op",
                f"de casus is begonnen met een andere versie van het kader "
                f"({casus.content_pack.replace('@', ', versie ')}).",
            )
        )
    return velden


def _meta(casus: Casus, pack: Pack | None, notitie: str, gemaakt_op: dt.datetime) -> list[Veld]:
    meta = [
        Veld("Label", casus.label or "(geen label)"),
        Veld("Verslag gemaakt op", t.datum(gemaakt_op)),
    ]
    if casus.aangemaakt is not None:
        meta.append(Veld("Casus aangemaakt", t.datum(casus.aangemaakt)))
    if casus.gewijzigd is not None:
        meta.append(Veld("Laatst gewijzigd", t.datum(casus.gewijzigd)))
    return [*meta, *_beroep(casus, pack), *wie_en_kader(casus, pack, notitie)]


def _beroep(casus: Casus, pack: Pack | None) -> list[Veld]:
    """Her sector and beroep in plain words, and which afwegingskader she followed (issue 17)."""
    b = casus.beroep
    velden = [
        Veld("Sector", label(b.sector) if b.sector else "niet gekozen"),
        Veld(
            "Beroep", label(b.beroepsgroep) if b.beroepsgroep else "niet gekozen"
        ),
    ]
    if pack is not None:
        if pack.is_basis:
            kader = (
                f"{pack.meta.naam}. Het afwegingskader van deze beroepsgroep zit niet in "
                "meldwijzer; gewerkt met het basiskader: de vijf stappen en twee beslissingen "
                "zoals de Rijksoverheid ze geeft."
            )
        else:
            kader = kader_in_woorden(pack, casus.content_pack)
        velden.append(Veld("Afwegingskader", kader))
    return velden


def _reikwijdte(casus: Casus, advies: Advies | None, pack: Pack | None) -> Sectie:
    """Scope (BPSW 1.3, Bijlage 1b): outside the meldcode, name the route the pack gives."""
    c = casus.client
    velden = [Veld("Situatie", label(casus.situatie))]
    if advies is not None:
        velden.append(Veld("Valt onder de meldcode", t.ja_nee(advies.binnen_meldcode)))
        if not advies.binnen_meldcode and pack is not None:
            try:
                velden.append(Veld("Route", pack.scope_regel(casus.situatie.value).titel))
            except KeyError:
                pass
    velden += [
        Veld("Toelichting", casus.scope_toelichting or t.ONBEKEND),
        Veld("Leeftijd cliënt", f"{c.leeftijd} jaar" if c.leeftijd is not None else t.ONBEKEND),
        Veld("Cliënt woont thuis", t.ja_nee(c.woont_thuis)),
        Veld("Rol van de cliënt", label(c.rol) if c.rol is not None else t.ONBEKEND),
        Veld(
            "Specifieke vormen van geweld",
            ", ".join(label(v) for v in casus.vormen) or "geen vastgelegd",
        ),
        Veld("Noodsituatie", t.ja_nee(casus.noodsituatie)),
        Veld("Eenmalig contact", t.ja_nee(casus.eenmalig_contact)),
        *rijen([STAP4.veld("twijfel")], casus, casus),  # stap 4's field spec
        Veld(
            "Cliënt afhankelijk (minder goed in staat zelf op te treden)", t.ja_nee(c.afhankelijk)
        ),
    ]
    return Sectie("reikwijdte", "Reikwijdte", (Velden(tuple(velden)),))


def _afwegingen(casus: Casus, vragen: Vragen) -> Sectie:
    blokken: list[Blok | Sectie] = []
    for nummer, afweging_id in enumerate(AFWEGING_IDS, start=1):
        a = getattr(casus.afwegingen, afweging_id)
        velden: tuple[Veld, ...] = (
            Veld("Vraag", vragen.afweging_vraag(afweging_id)),
            Veld("Antwoord", label(a.antwoord) if a.antwoord else "nog niet beantwoord"),
            Veld("Motivatie", a.motivatie or t.ONBEKEND),
            *afweging_extra(casus, afweging_id),
        )
        stap = vragen.afweging_stap(afweging_id)
        blokken.append(Velden(velden, titel=f"Afweging {nummer} (stap {stap})"))
        if afweging_id == "duurzame_veiligheid":
            blokken.extend(afweging5_historie(casus))
    return Sectie("afwegingen", "De vijf afwegingen", tuple(blokken))


def _keuze(b: Beslissing) -> str:
    return label(b.keuze) if b.keuze is not None else "nog niet besloten"


def _beslissingen(casus: Casus, advies: Advies | None, vragen: Vragen) -> Sectie:
    b = casus.beslissingen
    norm_melden = (
        t.norm_tekst(label(advies.beslissing_melden, in_zin=True), advies.melden_open_wegens)
        if advies
        else "niet beschikbaar"
    )
    norm_hulp = (
        t.norm_tekst(label(advies.beslissing_hulp, in_zin=True), advies.hulp_open_wegens)
        if advies
        else "niet beschikbaar"
    )
    tabel = Tabel(
        kop=("Beslissing", "Norm van het afwegingskader", "Keuze van de professional"),
        rijen=(
            ("1. Is melden noodzakelijk?", norm_melden, _keuze(b.melden)),
            ("2. Is hulp verlenen of organiseren (ook) mogelijk?", norm_hulp, _keuze(b.hulp)),
        ),
    )
    afwijkend = {a.beslissing for a in advies.afwijkingen} if advies else set()
    inhoud: list[Blok | Sectie] = [*stap_kop(casus, advies, 5), tabel, *relevantie(casus)]
    for sleutel, titel, beslissing in (
        ("melden", "Beslissing 1: melden", b.melden),
        ("hulp", "Beslissing 2: hulp", b.hulp),
    ):
        velden: list[Veld] = []
        if sleutel in afwijkend:
            velden.append(Veld("Wijkt af van de norm", "ja"))
            velden.append(Veld("Reden van de afwijking", beslissing.reden or t.ONBEKEND))
        elif beslissing.reden:
            velden.append(Veld("Reden", beslissing.reden))
        if velden:
            inhoud.append(Velden(tuple(velden), titel=titel))
    return Sectie("stap5", f"Stap 5. {vragen.stap_titel(5)}", tuple(inhoud))


def _open_punten(advies: Advies | None) -> Sectie:
    titel = "Open punten volgens meldwijzer"
    if advies is None:
        return Sectie("open_punten", titel, (Alinea("De beoordeling was niet beschikbaar."),))
    if not advies.open_punten:
        return Sectie("open_punten", titel, (Alinea("Geen open punten."),))
    items = tuple(
        f"{p.tekst} (stap {p.stap})" if p.stap is not None else p.tekst for p in advies.open_punten
    )
    return sectie_of_leeg("open_punten", titel, [Lijst(items)])
