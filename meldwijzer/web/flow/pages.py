"""The pages of the flow: for each, its form, how the form changes the casus, and its context.

A page is one <form> that posts the whole casus (see store.py) and its own fields. Any
submit saves the page; the button only decides where to go next (its `formaction`) or an
extra action (`actie`: remove an item, skip or resume the step).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, NotRequired, TypedDict, TypeVar

from django.forms import BoundField
from django.utils import timezone

from meldwijzer.content.model import Afweging, Definitie, Pack
from meldwijzer.engine.advies import Advies
from meldwijzer.engine.casus import (
    Antwoord,
    Casus,
    Keuze,
    RolClient,
    Situatie,
    SoortSignaal,
    StatusHypothese,
    Vorm,
)
from meldwijzer.engine.paginaspec import SPECS
from meldwijzer.engine.schrijfcheck.model import Bevinding
from meldwijzer.web.flow import forms as f
from meldwijzer.web.flow import normvelden
from meldwijzer.web.flow import selectors as sel
from meldwijzer.web.flow import services as svc
from meldwijzer.web.flow.buiten import BuitenForm, buiten_toepassen

# The form parameter is Any: each page's apply function takes its own form class, and a
# Callable's parameters are contravariant (a ScopeForm function is no FlowForm function).
Toepassen = Callable[[Any, Casus, int, dt.datetime], Casus]
E = TypeVar("E", bound=Enum)
T = TypeVar("T")


@dataclass(frozen=True)
class Pagina:
    id: str
    titel: str
    template: str
    form: type[f.FlowForm] | None = None
    toepassen: Toepassen | None = None
    stap: int | None = None
    casus_nodig: bool = True


def _keuze(enum: type[E], waarde: str | None) -> E | None:
    return enum(waarde) if waarde else None


def scope_toepassen(form: f.ScopeForm, casus: Casus, rev: int, nu: dt.datetime) -> Casus:
    d = form.cleaned_data
    casus = svc.scope_vastleggen(
        casus,
        situatie=Situatie(d["situatie"]),
        leeftijd=d.get("leeftijd"),
        woont_thuis=f.ja_nee(d.get("woont_thuis") or ""),
        rol=_keuze(RolClient, d.get("rol")),
        vormen=[Vorm(v) for v in d.get("vormen", [])],
        noodsituatie=bool(d.get("noodsituatie")),
        eenmalig_contact=bool(d.get("eenmalig_contact")),
        toelichting=d.get("toelichting", ""),
        nu=nu,
    )
    return normvelden.scope_toepassen(form, casus, nu)  # after: scope_vastleggen sets the client


def _spec_toepassen(form: f.SpecForm, casus: Casus, rev: int, nu: dt.datetime) -> Casus:
    return svc.spec_toepassen(
        casus, form.spec, data=form.cleaned_data, aanwezig=form.fields, rev=rev, nu=nu
    )


def stap1_toepassen(form: f.Stap1Form, casus: Casus, rev: int, nu: dt.datetime) -> Casus:
    d = form.cleaned_data
    if d.get("sig_tekst"):
        casus = svc.signaal_toevoegen(
            casus,
            signaal_id=f"s{rev}",
            soort=SoortSignaal(d["sig_soort"]),
            tekst=d["sig_tekst"],
            bron=d.get("sig_bron", ""),
            datum=d.get("sig_datum"),
            oudersignaal=bool(d.get("sig_ouder")),
            nu=nu,
        )
    for sid in form.hypothese_ids():
        casus = svc.hypothese_bijwerken(
            casus,
            signaal_id=sid,
            status=StatusHypothese(d.get(f"hyp_{sid}_status") or "open"),
            vervolg=d.get(f"hyp_{sid}_vervolg", ""),
            nu=nu,
        )
    if d.get("ci_tekst"):
        casus = svc.contra_indicatie_toevoegen(
            casus, item_id=f"c{rev}", tekst=d["ci_tekst"], datum=d.get("ci_datum"), nu=nu
        )
    return _spec_toepassen(form, casus, rev, nu)  # the kindcheck, the children, who


def stap2_toepassen(form: f.Stap2Form, casus: Casus, rev: int, nu: dt.datetime) -> Casus:
    return _spec_toepassen(form, casus, rev, nu)


def stap3_toepassen(form: f.Stap3Form, casus: Casus, rev: int, nu: dt.datetime) -> Casus:
    return _spec_toepassen(form, casus, rev, nu)


def _afwegingen_toepassen(
    form: f.FlowForm, casus: Casus, ids: tuple[str, ...], nu: dt.datetime
) -> Casus:
    d = form.cleaned_data
    for aid in ids:
        casus = svc.afweging_beantwoorden(
            casus,
            afweging_id=aid,
            antwoord=_keuze(Antwoord, d.get(f"{aid}_antwoord")),
            motivatie=d.get(f"{aid}_motivatie", ""),
            nu=nu,
        )
    return casus


def stap4_toepassen(form: f.Stap4Form, casus: Casus, rev: int, nu: dt.datetime) -> Casus:
    casus = _spec_toepassen(form, casus, rev, nu)  # the weighing note and the doubt
    casus = normvelden.stap4_toepassen(form, casus, nu)
    return _afwegingen_toepassen(form, casus, f.STAP4_AFWEGINGEN, nu)


def stap5_toepassen(form: f.Stap5Form, casus: Casus, rev: int, nu: dt.datetime) -> Casus:
    d = form.cleaned_data
    casus = _afwegingen_toepassen(form, casus, f.STAP5_AFWEGINGEN, nu)
    casus = normvelden.stap5_toepassen(form, casus, nu)
    for beslissing in ("melden", "hulp"):
        casus = svc.beslissing_vastleggen(
            casus,
            beslissing=beslissing,
            keuze=_keuze(Keuze, d.get(f"{beslissing}_keuze")),
            reden=d.get(f"{beslissing}_reden", ""),
            nu=nu,
        )
    return _spec_toepassen(form, casus, rev, nu)  # everything around the report


def stap5_controleren(form: f.FlowForm, casus: Casus, advies: Advies) -> None:
    """A choice against the professional norm needs her reasons (Bijlage 2)."""
    for afwijking in advies.afwijkingen:
        if not afwijking.reden_vastgelegd and f"{afwijking.beslissing}_reden" in form.fields:
            form.add_error(
                f"{afwijking.beslissing}_reden",
                "Uw keuze wijkt af van de professionele norm. Leg uw redenen vast.",
            )


def afsluiten_toepassen(form: f.AfsluitenForm, casus: Casus, rev: int, nu: dt.datetime) -> Casus:
    d = form.cleaned_data
    if form.data.get("actie") != "afsluiten":
        return casus
    return svc.casus_afsluiten(
        casus, datum=d.get("datum") or timezone.localdate(), reden=d["reden"], nu=nu
    )


PAGINAS: dict[str, Pagina] = {
    p.id: p
    for p in (
        Pagina("start", "Start", "flow/start.html", form=f.StartForm, casus_nodig=False),
        Pagina(
            "scope",
            "Valt dit onder de meldcode?",
            "flow/scope.html",
            form=f.ScopeForm,
            toepassen=scope_toepassen,
        ),
        Pagina(
            "buiten",
            "Buiten de meldcode",
            "flow/buiten.html",
            form=BuitenForm,
            toepassen=buiten_toepassen,
        ),
        Pagina("overzicht", "Overzicht", "flow/overzicht.html"),
        Pagina(
            "stap1",
            "Stap 1",
            "flow/stap1.html",
            form=f.Stap1Form,
            toepassen=stap1_toepassen,
            stap=1,
        ),
        Pagina(
            "stap2",
            "Stap 2",
            "flow/stap2.html",
            form=f.Stap2Form,
            toepassen=stap2_toepassen,
            stap=2,
        ),
        Pagina(
            "stap3",
            "Stap 3",
            "flow/stap3.html",
            form=f.Stap3Form,
            toepassen=stap3_toepassen,
            stap=3,
        ),
        Pagina(
            "stap4",
            "Stap 4",
            "flow/stap4.html",
            form=f.Stap4Form,
            toepassen=stap4_toepassen,
            stap=4,
        ),
        Pagina(
            "stap5",
            "Stap 5",
            "flow/stap5.html",
            form=f.Stap5Form,
            toepassen=stap5_toepassen,
            stap=5,
        ),
        Pagina("samenvatting", "Samenvatting", "flow/samenvatting.html"),
        Pagina(
            "afsluiten",
            "Meldcode afsluiten",
            "flow/afsluiten.html",
            form=f.AfsluitenForm,
            toepassen=afsluiten_toepassen,
        ),
        Pagina("nood", "Acuut gevaar?", "flow/nood.html", casus_nodig=False),
        # Seed content pages, reachable from every page (issue 12): the FAQ (seed 003) and
        # chapter 3 of seed 002 on beroepsgeheim, meldrecht and meldcode.
        Pagina("faq", "Veelgestelde vragen", "flow/faq.html", casus_nodig=False),
        Pagina(
            "beroepsgeheim",
            "Beroepsgeheim en meldrecht",
            "flow/beroepsgeheim.html",
            casus_nodig=False,
        ),
        Pagina("wissen", "Alles wissen?", "flow/wissen.html"),
        Pagina("mail", "Verslag mailen", "flow/mail.html", form=f.MailForm),
    )
}

CONTROLES: dict[str, Callable[[f.FlowForm, Casus, Advies], None]] = {"stap5": stap5_controleren}

#: Notes whose writing check is shown under the field, per page not yet converted to a field
#: spec; a converted page marks them `schrijfcheck` in `meldwijzer.engine.paginaspec`.
NOTITIES_BIJ_VELD: dict[str, dict[str, str]] = {
    "stap4": {
        "vermoeden_motivatie": "",
        "onveiligheid_motivatie": "",
    },
    "stap5": {
        "hulp_bieden_motivatie": "",
        "medewerking_motivatie": "",
        "duurzame_veiligheid_motivatie": "",
        "melden_reden": "",
        "hulp_reden": "",
    },
}


def bevindingen_velden(pagina: Pagina, form: f.FlowForm | None) -> dict[str, list[Bevinding]]:
    """Writing-check findings for the page's own notes, on the value the page shows."""
    if form is None:
        return {}
    uit: dict[str, list[Bevinding]] = {}
    spec = SPECS.get(pagina.id)
    namen = [v.naam for v in spec.velden if v.schrijfcheck] if spec else []
    for naam in [*NOTITIES_BIJ_VELD.get(pagina.id, {}), *namen]:
        if naam not in form.fields:
            continue
        waarde = form[naam].value() or ""
        if isinstance(waarde, str) and waarde.strip():
            uit[naam] = sel.schrijfcheck(waarde)
    return uit


def definities_bij(pack: Pack, afweging_id: str) -> list[Definitie]:
    """Afweging 2 gets the three kinds of unsafety; afweging 1 the other definitions."""
    kernbegrippen = {"acute_onveiligheid", "disclosure", "structurele_onveiligheid"}
    if afweging_id == "onveiligheid":
        return [d for d in pack.definities if d.id in kernbegrippen]
    if afweging_id == "vermoeden":
        return [d for d in pack.definities if d.id not in kernbegrippen]
    return []


class AfwegingRij(TypedDict):
    """One afweging on the page of step 4 or 5: its fields, definitions and direction."""

    afweging: Afweging
    antwoord: BoundField
    motivatie: BoundField
    definities: list[Definitie]
    twijfel: bool
    richting: NotRequired[str]


def afwegingen_context(
    pack: Pack, form: f.FlowForm, ids: tuple[str, ...], bevindingen: dict[str, list[Bevinding]]
) -> list[AfwegingRij]:
    return [
        {
            "afweging": pack.afweging(aid),
            "antwoord": form[f"{aid}_antwoord"],
            "motivatie": form[f"{aid}_motivatie"],
            "definities": definities_bij(pack, aid),
            "twijfel": form[f"{aid}_antwoord"].value() == "twijfel",
        }
        for aid in ids
    ]


def blok_of_leeg(lookup: Callable[[str], T], blok_id: str) -> T | None:
    try:
        return lookup(blok_id)
    except KeyError:
        return None
