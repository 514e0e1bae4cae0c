"""Step 3 for a minor client: the talk with the child and with the parents, each with its
own reason when it is not held (issue 13 item 10; issue 12 finding 7).

Seed (002, 2.2 Stap 3): for the child, "tenzij dat vanwege zijn jeugdige leeftijd echt niet
mogelijk of te belastend voor hem is", plus the two general grounds of "Geen gesprek met de
cliënt" (safety; the client breaking off contact). For the parents: "Een gesprek met (een
van) de ouders kan achterwege blijven in verband met de veiligheid van het kind of die van
anderen. Bijvoorbeeld als de sociaal werker redenen heeft om aan te nemen dat hij het kind
dan uit het oog zal verliezen [...]".

The fields are added to the step-3 form by `velden_toevoegen` (from `Stap3Form.bouw`) and
applied by `toepassen` (from `pages.stap3_toepassen`), so the page keeps one form.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from django import forms

from meldwijzer.engine import labels
from meldwijzer.engine.casus import (
    Casus,
    GeenGesprek,
    GeenGesprekKind,
    GrondGeenGesprek,
    GrondGeenGesprekKind,
)
from meldwijzer.engine.labels import keuzes

if TYPE_CHECKING:
    from meldwijzer.web.flow.forms.velden import FlowForm

# The labels live in meldwijzer.engine.labels, shared with the verslag (issue 18).
GRONDEN_KIND = keuzes(GrondGeenGesprekKind)
GRONDEN_OUDERS = [(grond.value, tekst) for grond, tekst in labels.GRONDEN_OUDERS.items()]
#: Grounds that need the concrete indications written down (2.2 Stap 3 'Geen gesprek').
_AANWIJZINGEN_NODIG = {GrondGeenGesprek.VEILIGHEID.value, GrondGeenGesprek.CONTACT_VERBREKEN.value}


def tonen(casus: Casus) -> bool:
    """A minor client, or reasons already recorded (never hide what she wrote)."""
    leeftijd = casus.client.leeftijd
    return (
        (leeftijd is not None and leeftijd < 18)
        or casus.geen_gesprek_kind is not None
        or casus.geen_gesprek_ouders is not None
    )


def _keuze(label: str, keuzes: list[tuple[str, str]], leeg: str) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label, required=False, choices=[("", leeg), *keuzes], widget=forms.RadioSelect
    )


def velden_toevoegen(form: FlowForm) -> None:
    """Add the child and parent fields to the step-3 form when they apply."""
    from meldwijzer.web.flow.forms import tekstveld

    casus: Casus = form.casus
    if not tonen(casus):
        return
    kind, ouders = casus.geen_gesprek_kind, casus.geen_gesprek_ouders
    form.fields["kind_grond"] = _keuze(
        "Gesprek met het kind zelf niet gevoerd? Waarom niet",
        GRONDEN_KIND,
        "Ik heb het kind gesproken, of ga dat nog doen",
    )
    form.fields["kind_grond"].initial = kind.grond.value if kind else ""
    form.fields["kind_toelichting"] = tekstveld("Toelichting bij het gesprek met het kind", rows=2)
    form.fields["kind_toelichting"].initial = kind.toelichting if kind else ""
    form.fields["ouders_grond"] = _keuze(
        "Gesprek met de ouder(s) niet gevoerd? Waarom niet",
        GRONDEN_OUDERS,
        "Ik heb de ouder(s) gesproken, of ga dat nog doen",
    )
    form.fields["ouders_grond"].initial = ouders.grond.value if ouders else ""
    form.fields["ouders_toelichting"] = tekstveld(
        "Concrete aanwijzingen bij het gesprek met de ouder(s)", rows=2
    )
    form.fields["ouders_toelichting"].initial = ouders.toelichting if ouders else ""


def controleren(form: FlowForm, data: dict[str, Any]) -> None:
    """Safety or losing sight of the child need the concrete indications written down."""
    for veld in ("kind", "ouders"):
        grond = data.get(f"{veld}_grond")
        if grond in _AANWIJZINGEN_NODIG and not data.get(f"{veld}_toelichting"):
            form.add_error(f"{veld}_toelichting", "Leg vast welke concrete aanwijzingen er zijn.")
        elif not grond and data.get(f"{veld}_toelichting"):
            form.add_error(f"{veld}_grond", "Kies waarom u dit gesprek niet voert.")


def toepassen(form: FlowForm, casus: Casus, nu: dt.datetime) -> Casus:
    if "kind_grond" not in form.fields:
        return casus
    d = form.cleaned_data
    nieuw = casus.model_copy(deep=True)
    nieuw.gewijzigd = nu
    kind_grond = d.get("kind_grond") or ""
    nieuw.geen_gesprek_kind = (
        GeenGesprekKind(
            grond=GrondGeenGesprekKind(kind_grond), toelichting=d.get("kind_toelichting", "")
        )
        if kind_grond
        else None
    )
    ouders_grond = d.get("ouders_grond") or ""
    nieuw.geen_gesprek_ouders = (
        GeenGesprek(
            grond=GrondGeenGesprek(ouders_grond), toelichting=d.get("ouders_toelichting", "")
        )
        if ouders_grond
        else None
    )
    return nieuw
