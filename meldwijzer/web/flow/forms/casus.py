"""Forms that open and close a casus: the start page, the scope question and closing
the meldcode."""

from __future__ import annotations

from typing import Any

from django import forms

from meldwijzer.engine.beroep import Beroepsgroep, Sector
from meldwijzer.engine.casus import Situatie
from meldwijzer.engine.labels import keuzes
from meldwijzer.web.flow import normvelden
from meldwijzer.web.flow.forms.velden import (
    JA_NEE_ONBEKEND,
    ROLLEN,
    SITUATIES,
    VORMEN,
    FlowForm,
    datumveld,
    ja_nee_waarde,
    keuzeveld,
    kortveld,
    tekstveld,
)


class StartForm(FlowForm):
    label = kortveld(
        "Label van de casus",
        help_text="Bijvoorbeeld uw eigen dossierkenmerk. Geen naam of BSN.",
        max_length=80,
    )
    # Sector (seed 004) and beroepsgroep (seed 002, Bijlage 2): they decide the afwegingskader.
    sector = forms.ChoiceField(
        label="In welke sector werkt u?",
        required=False,
        choices=[("", "Kies uw sector"), *keuzes(Sector)],
    )
    beroepsgroep = forms.ChoiceField(
        label="Wat is uw beroep?",
        required=False,
        choices=[("", "Kies uw beroep"), *keuzes(Beroepsgroep)],
        help_text="Elke beroepsgroep heeft een eigen afwegingskader. meldwijzer toont het "
        "kader dat bij uw beroep hoort, of zegt het als dat er niet in zit.",
    )


class ScopeForm(FlowForm):
    situatie = forms.ChoiceField(
        label="Van wie gaat het (vermoedelijke) geweld uit, tegen wie?",
        choices=SITUATIES,
        widget=forms.RadioSelect,
        initial=Situatie.HUISELIJKE_KRING.value,
    )
    leeftijd = forms.IntegerField(
        label="Leeftijd van de cliënt (jaren)",
        required=False,
        min_value=0,
        max_value=130,
        help_text="Bepaalt met wie u een melding bespreekt en of de kindcheck nodig is.",
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    woont_thuis = keuzeveld("Woont de cliënt thuis (bij de ouders)?", JA_NEE_ONBEKEND)
    rol = keuzeveld("De cliënt is", ROLLEN)
    vormen = forms.MultipleChoiceField(
        label="Gaat het (mogelijk) om een van deze vormen?",
        required=False,
        choices=VORMEN,
        widget=forms.CheckboxSelectMultiple,
        help_text="Hierbij vraagt u eerst deskundigen om advies.",
    )
    noodsituatie = forms.BooleanField(label="Er is nu acuut gevaar", required=False)
    eenmalig_contact = forms.BooleanField(
        label="Ik heb eenmalig contact met de cliënt (bijv. spoedpost of ambulance)", required=False
    )
    toelichting = tekstveld("Toelichting (optioneel)", rows=2)

    def bouw(self) -> None:
        c = self.casus
        self.initial = {
            "situatie": c.situatie.value,
            "leeftijd": c.client.leeftijd,
            "woont_thuis": ja_nee_waarde(c.client.woont_thuis),
            "rol": c.client.rol.value if c.client.rol else "",
            "vormen": [v.value for v in c.vormen],
            "noodsituatie": c.noodsituatie,
            "eenmalig_contact": c.eenmalig_contact,
            "toelichting": c.scope_toelichting,
        }
        normvelden.scope_velden(self)  # issue 12: a dependent client (BPSW 3.3)


class AfsluitenForm(FlowForm):
    reden = tekstveld("Waarom sluit u de meldcode af?", rows=4)
    datum = datumveld("Datum")

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data  # what Form.clean() returns, typed without its Optional
        if self.data.get("actie") == "afsluiten" and not data.get("reden"):
            self.add_error("reden", "Geef de reden waarom u de meldcode afsluit.")
        return data
