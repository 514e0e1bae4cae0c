"""A page's Django form fields and their initial values, derived from its field spec
(`meldwijzer.engine.paginaspec`, issue 18 item 2)."""

from __future__ import annotations

from typing import ClassVar

from django import forms

from meldwijzer.engine.casus import MAX_KORT
from meldwijzer.engine.labels import keuzes
from meldwijzer.engine.veldspec import PaginaSpec, Soort, Veld, lees, naar_formulier
from meldwijzer.web.flow.forms.velden import (
    JA_NEE,
    FlowForm,
    StapForm,
    datumveld,
    keuzeveld,
    kortveld,
    tekstveld,
)


def _keuzes(veld: Veld) -> list[tuple[str, str]]:
    if veld.keuzelabels is not None:
        lijst = [(w.value, tekst) for w, tekst in veld.keuzelabels.items()]
    else:
        lijst = keuzes(veld.enum)
    return lijst if veld.leeg_keuze is None else [("", veld.leeg_keuze), *lijst]


def formulierveld(veld: Veld) -> forms.Field:
    """The Django field of one spec field (the same factories as the hand-written forms)."""
    soort = veld.soort
    if soort is Soort.TEKST:
        return tekstveld(veld.label, help_text=veld.hulp, rows=veld.rijen)
    if soort in (Soort.KORT, Soort.GETALLEN):  # GETALLEN: the form parses the line
        return kortveld(veld.label, help_text=veld.hulp, max_length=veld.max_lengte or MAX_KORT)
    if soort is Soort.KEUZE:
        return keuzeveld(veld.label, _keuzes(veld), help_text=veld.hulp)
    if soort is Soort.JA_NEE:
        return keuzeveld(veld.label, JA_NEE, help_text=veld.hulp)
    if soort is Soort.MEERKEUZE:
        return forms.MultipleChoiceField(
            label=veld.label,
            required=False,
            choices=_keuzes(veld),
            widget=forms.CheckboxSelectMultiple,
            help_text=veld.hulp,
        )
    if soort is Soort.DATUM:
        return datumveld(veld.label)
    if soort is Soort.VINK:
        return forms.BooleanField(label=veld.label, required=False, help_text=veld.hulp)
    laagste, hoogste = veld.grenzen or (None, None)
    return forms.IntegerField(
        label=veld.label,
        required=False,
        help_text=veld.hulp,
        min_value=laagste,
        max_value=hoogste,
    )


def velden_toevoegen(form: FlowForm, spec: PaginaSpec) -> None:
    """Add the spec's fields the page shows for this casus; the page's own fields take their
    value from the casus, the fields of a new list item start empty."""
    casus = form.casus
    for veld in spec.velden:
        if veld.tonen is None or veld.tonen(casus):
            form.fields[veld.naam] = formulierveld(veld)
            form.fields[veld.naam].initial = naar_formulier(veld, lees(casus, veld.pad))
    for lijst in spec.lijsten:
        for veld in lijst.velden:
            if veld.tonen is None or veld.tonen(casus):
                form.fields[veld.naam] = formulierveld(veld)


class SpecForm(StapForm):
    """A step page whose plain fields come from its spec; `bouw` of a subclass adds what is
    not a plain field (and calls super)."""

    spec: ClassVar[PaginaSpec] = PaginaSpec("")  # a subclass names its page's spec

    def bouw(self) -> None:
        velden_toevoegen(self, self.spec)
