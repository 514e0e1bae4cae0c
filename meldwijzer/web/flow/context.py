"""Template context per page: what each page of the flow shows, built from the casus."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum

from meldwijzer.content.model import Pack
from meldwijzer.engine import paginaspec
from meldwijzer.engine.advies import Advies, AdviesItem, BeslissingHulp, BeslissingMelden
from meldwijzer.engine.casus import Casus, SoortSignaal, StatusHypothese
from meldwijzer.engine.labels import label
from meldwijzer.engine.norm_beslissingen import melding_aan_de_orde, twijfel
from meldwijzer.engine.schrijfcheck.model import Bevinding
from meldwijzer.web.flow import forms as f
from meldwijzer.web.flow import normvelden
from meldwijzer.web.flow import pages as p
from meldwijzer.web.flow import selectors as sel
from meldwijzer.web.flow.items import items

#: What the screen adds to the norm's words (engine/labels.py): why, or what to do first.
NORM_UITLEG: dict[StrEnum, str] = {
    BeslissingMelden.OPEN: "Nog niet te bepalen: beantwoord eerst de afwegingen.",
    BeslissingHulp.MOGELIJK: "Aan alle drie de voorwaarden is voldaan.",
    BeslissingHulp.NIET_MOGELIJK: (
        "Niet aan alle drie de voorwaarden is voldaan. Melden is dan noodzakelijk."
    ),
    BeslissingHulp.OPEN: "Nog niet te bepalen: beantwoord eerst afweging 3, 4 en 5.",
}


def norm_op_scherm(beslissing: BeslissingMelden | BeslissingHulp) -> str:
    """The norm as the screen says it: the label, with the screen's explanation."""
    if beslissing in (BeslissingMelden.OPEN, BeslissingHulp.OPEN):
        return NORM_UITLEG[beslissing]
    uitleg = NORM_UITLEG.get(beslissing)
    return f"{label(beslissing)}." + (f" {uitleg}" if uitleg else "")
DIRECTE_ROUTE = ("noodsituatie", "acuut_direct_handelen")

FormOfNiets = f.FlowForm | None
Bevindingen = dict[str, list[Bevinding]]


def norm_melden_tekst(advies: Advies) -> str:
    """The norm of beslissing 1; when open, what is open and why (issue 12, finding 4)."""
    if advies.beslissing_melden is BeslissingMelden.OPEN and advies.melden_open_wegens:
        return "Nog niet te bepalen. " + " ".join(i.tekst for i in advies.melden_open_wegens)
    return norm_op_scherm(advies.beslissing_melden)


def norm_hulp_tekst(advies: Advies) -> str:
    if advies.beslissing_hulp is BeslissingHulp.OPEN and advies.hulp_open_wegens:
        return "Nog niet te bepalen. " + " ".join(i.tekst for i in advies.hulp_open_wegens)
    return norm_op_scherm(advies.beslissing_hulp)


def acuut_item(advies: Advies) -> AdviesItem | None:
    """The immediate route, shown first on every page when someone needs protection now."""
    if advies.adviezen and advies.adviezen[0].code in DIRECTE_ROUTE:
        return advies.adviezen[0]
    return None


SOORT_TEKST = dict(f.SOORTEN)
STATUS_TEKST = dict(f.STATUSSEN)
CONSULTATIE_TEKST = dict(f.CONSULTATIE_MET)
GESPREK_TEKST = dict(f.GESPREK_MET)
SITUATIE_TEKST = dict(f.SITUATIES)
VORM_TEKST = dict(f.VORMEN)
ANTWOORD_TEKST = dict(f.ANTWOORDEN)


def _signalen(casus: Casus, form: f.FlowForm | None) -> list[dict[str, object]]:
    regels = []
    for s in casus.signalen:
        regel: dict[str, object] = {
            "s": s,
            "soort": SOORT_TEKST[s.soort.value],
            "status": STATUS_TEKST[s.status.value] if s.soort == SoortSignaal.HYPOTHESE else "",
            "bevindingen": sel.schrijfcheck(s.tekst, soort=s.soort.value, bron=s.bron),
        }
        if form is not None and f"hyp_{s.id}_status" in form.fields:
            regel["status_veld"] = form[f"hyp_{s.id}_status"]
            regel["vervolg_veld"] = form[f"hyp_{s.id}_vervolg"]
        regels.append(regel)
    return regels


def _met_bevindingen(items: Sequence[object], *velden: str) -> list[dict[str, object]]:
    return [
        {"i": i, "bevindingen": [b for v in velden for b in sel.schrijfcheck(getattr(i, v))]}
        for i in items
    ]


def pagina_context(pagina: p.Pagina, casus: Casus, form: f.FlowForm | None) -> dict[str, object]:
    pack = sel.pack_laden(casus)
    advies: Advies = sel.advies_voor(casus)
    bevindingen = p.bevindingen_velden(pagina, form)
    context: dict[str, object] = {
        "pack": pack,
        "casus": casus,
        "advies": advies,
        "form": form,
        "bevindingen": bevindingen,
        "twijfel": twijfel(casus),
        "stap_items": sel.items_voor_stap(advies, pagina.stap) if pagina.stap else None,
        "norm_melden": norm_melden_tekst(advies),
        "norm_hulp": norm_hulp_tekst(advies),
        "acuut_item": acuut_item(advies),
    }
    context["kader"] = kader_context(pack, casus)
    if pagina.stap:
        context["stap"] = pack.stap(pagina.stap)
        context["overgeslagen"] = casus.overgeslagen_bij(pagina.stap)
    maker = EXTRA.get(pagina.id)
    if maker is not None:
        context.update(maker(pack, casus, advies, form, bevindingen))
    return context


def _buiten(
    pack: Pack, casus: Casus, advies: Advies, form: FormOfNiets, bev: Bevindingen
) -> dict[str, object]:
    return {
        "regel": p.blok_of_leeg(pack.scope_regel, casus.situatie.value),
        "situatie_tekst": SITUATIE_TEKST[casus.situatie.value],
    }


def _overzicht(
    pack: Pack, casus: Casus, advies: Advies, form: FormOfNiets, bev: Bevindingen
) -> dict[str, object]:
    return {"stappen": sel.stappen_overzicht(pack, casus, advies)}


def _stap1(
    pack: Pack, casus: Casus, advies: Advies, form: FormOfNiets, bev: Bevindingen
) -> dict[str, object]:
    return {
        "signalen": _signalen(casus, form),
        "contra": _met_bevindingen(casus.contra_indicaties, "tekst"),
        "kindcheck_tonen": form is not None and "kc_kinderen" in form.fields,
        "kinderen_betrokken": form is not None and "visie_kinderen" in form.fields,
        "hypothese_open": StatusHypothese.OPEN,
    }


def _stap2(
    pack: Pack, casus: Casus, advies: Advies, form: FormOfNiets, bev: Bevindingen
) -> dict[str, object]:
    return {
        "consultaties": items(casus, paginaspec.STAP2.lijst("consultaties")),
        "eerst_deskundige": [VORM_TEKST[v.value] for v in sel.eerst_deskundige(casus)],
        "vormen": [VORM_TEKST[v.value] for v in casus.vormen],
    }


def _stap3(
    pack: Pack, casus: Casus, advies: Advies, form: FormOfNiets, bev: Bevindingen
) -> dict[str, object]:
    return {
        "gesprekken": items(casus, paginaspec.STAP3.lijst("gesprekken")),
        "eerst_deskundige": [VORM_TEKST[v.value] for v in sel.eerst_deskundige(casus)],
        "minderjarig": casus.client.leeftijd is not None and casus.client.leeftijd < 18,
    }


def _formulier(form: FormOfNiets) -> f.FlowForm:
    """Steps 4 and 5 always have their form (`Pagina.form`; `render_pagina` builds it)."""
    if form is None:
        raise TypeError("De pagina van stap 4 of 5 heeft altijd een formulier.")
    return form


def _met_richting(rijen: list[p.AfwegingRij]) -> list[p.AfwegingRij]:
    """Which way the helper questions point (issue 12, finding 6)."""
    for r in rijen:
        r["richting"] = normvelden.RICHTING.get(r["afweging"].id, "")
    return rijen


def _herwegingen(casus: Casus) -> list[dict[str, object]]:
    return [
        {"h": h, "antwoord": ANTWOORD_TEKST.get(h.antwoord.value, h.antwoord.value)}
        for h in casus.herwegingen
    ]


def _stap4(
    pack: Pack, casus: Casus, advies: Advies, form: FormOfNiets, bev: Bevindingen
) -> dict[str, object]:
    rijen = p.afwegingen_context(pack, _formulier(form), f.STAP4_AFWEGINGEN, bev)
    return {"afwegingen": _met_richting(rijen)}


def _stap5(
    pack: Pack, casus: Casus, advies: Advies, form: FormOfNiets, bev: Bevindingen
) -> dict[str, object]:
    if form is not None and len(pack.conflict_van_plichten) == len(f.CONFLICT_VELDEN):
        # the five questions in the pack's own words (the basis kader has none: the form's own)
        for nummer, (vraag, naam) in enumerate(
            zip(pack.conflict_van_plichten, f.CONFLICT_VELDEN, strict=True), 1
        ):
            form.fields[f"m_cvp_{naam}"].label = f"{nummer}. {vraag.tekst}"
    keuze_melden = form["melden_keuze"].value() if form is not None else None
    return {
        "afwegingen": _met_richting(
            p.afwegingen_context(pack, _formulier(form), f.STAP5_AFWEGINGEN, bev)
        ),
        "herwegingen": _herwegingen(casus),
        "laatste_herweging": casus.herwegingen[-1] if casus.herwegingen else None,
        "relevantie_vraag": advies.beslissing_hulp is BeslissingHulp.MOGELIJK
        or casus.relevantie != type(casus.relevantie)(),
        "afwijkingen": {a.beslissing: a for a in advies.afwijkingen},
        "bespreken_met": [GESPREK_TEKST.get(g, g) for g in advies.bespreken_met],
        # The engine's "a report is on the table", or her choice as she makes it on this page.
        "melding_open": melding_aan_de_orde(casus, advies.beslissing_melden)
        or keuze_melden == "ja",
        "cvp_open": (
            casus.melding.toestemming is not None and casus.melding.toestemming.value != "gegeven"
        )
        or casus.melding.besproken is False,
    }


def _samenvatting(
    pack: Pack, casus: Casus, advies: Advies, form: FormOfNiets, bev: Bevindingen
) -> dict[str, object]:
    """The summary shows the verslag itself: the same `bouw_verslag` the downloads use, from
    the posted casus, as the dossier copy (no writing tips, no audit trail)."""
    from meldwijzer.verslag import bouw_verslag

    return {
        "verslag": bouw_verslag(casus, advies=advies, pack=pack),
        "verslag_links": sel.verslag_formaten(casus, advies),
        # Not part of the record but a task for her: a choice against the norm without her
        # reasons (Bijlage 2), said above the verslag so it is not lost in a table.
        "afwijkingen_zonder_reden": [
            a.beslissing for a in advies.afwijkingen if not a.reden_vastgelegd
        ],
    }


def kader_context(pack: Pack, casus: Casus) -> dict[str, object]:
    """Which afwegingskader this casus follows and for whom, in plain words (issue 17).

    With the basis kader, the page says plainly that her own beroepsgroep's kader is not in
    meldwijzer and where it is published (the pack's `eigen_kader` block, seed 004 and 001).
    """
    beroep = casus.beroep
    eigen_kader = p.blok_of_leeg(pack.stap(4).blok, "eigen_kader") if pack.is_basis else None
    return {
        "basis": pack.is_basis,
        "gekozen": beroep.beroepsgroep is not None,
        "sector": label(beroep.sector) if beroep.sector else "",
        "beroep": label(beroep.beroepsgroep) if beroep.beroepsgroep else "",
        "eigen_kader": eigen_kader,
    }


def _afsluiten(
    pack: Pack, casus: Casus, advies: Advies, form: FormOfNiets, bev: Bevindingen
) -> dict[str, object]:
    return {}


def _start(
    pack: Pack, casus: Casus, advies: Advies, form: FormOfNiets, bev: Bevindingen
) -> dict[str, object]:
    return {"openen_form": f.OpenenForm()}


EXTRA: dict[str, Callable[[Pack, Casus, Advies, FormOfNiets, Bevindingen], dict[str, object]]] = {
    "start": _start,
    "buiten": _buiten,
    "overzicht": _overzicht,
    "stap1": _stap1,
    "stap2": _stap2,
    "stap3": _stap3,
    "stap4": _stap4,
    "stap5": _stap5,
    "samenvatting": _samenvatting,
    "afsluiten": _afsluiten,
}
