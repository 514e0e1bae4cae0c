"""Forms of steps 1 to 3 of the meldcode: signs and the kindcheck, consultation, the
conversation (BPSW 2.2, Bijlage 1b)."""

from __future__ import annotations

from typing import Any

from django import forms

from meldwijzer.engine import paginaspec, paginaspec_stap1
from meldwijzer.engine.casus import SoortSignaal
from meldwijzer.web.flow import gesprek_kind_ouders
from meldwijzer.web.flow.forms.spec import SpecForm
from meldwijzer.web.flow.forms.velden import (
    SOORTEN,
    STATUSSEN,
    datumveld,
    keuzeveld,
    kortveld,
    tekstveld,
)


class Stap1Form(SpecForm):
    # No default: a hurried hypothesis or a second-hand report must not be filed as a fact
    # (Bijlage 1b, stap 1: "Worden ook hypothesen en veronderstellingen vastgelegd, vermeld
    # dan uitdrukkelijk dat het gaat om een hypothese of veronderstelling").
    sig_soort = keuzeveld("Soort signaal", SOORTEN)
    sig_tekst = tekstveld(
        "Beschrijving van het signaal",
        help_text="Beschrijf zo feitelijk mogelijk wat u zag of hoorde: wie, wat, wanneer.",
    )
    sig_bron = kortveld(
        "Bron (bij informatie van een ander)", help_text="Bijvoorbeeld ‘leerkracht’ of ‘huisarts’."
    )
    sig_datum = datumveld("Datum")
    sig_ouder = forms.BooleanField(
        label="Dit is een oudersignaal (de toestand van een ouder kan de kinderen bedreigen)",
        required=False,
    )
    ci_tekst = tekstveld("Gegevens die het vermoeden tegenspreken", rows=3)
    ci_datum = datumveld("Datum")

    spec = paginaspec_stap1.STAP1  # the kindcheck, the children's view, who did the work

    def bouw(self) -> None:
        for s in self.casus.signalen:
            if s.soort != SoortSignaal.HYPOTHESE:
                continue
            self.fields[f"hyp_{s.id}_status"] = keuzeveld("Status van deze hypothese", STATUSSEN)
            self.fields[f"hyp_{s.id}_status"].initial = s.status.value
            self.fields[f"hyp_{s.id}_vervolg"] = tekstveld("Vervolgnotitie", rows=2)
            self.fields[f"hyp_{s.id}_vervolg"].initial = s.vervolg
        super().bouw()  # the spec's fields

    def hypothese_ids(self) -> list[str]:
        return [n[4:-7] for n in self.fields if n.startswith("hyp_") and n.endswith("_status")]

    def clean_kc_leeftijden(self) -> list[int]:
        ruw = self.cleaned_data.get("kc_leeftijden", "") or ""
        leeftijden = []
        for deel in ruw.replace(";", ",").split(","):
            deel = deel.strip()
            if not deel:
                continue
            if not deel.isdigit() or int(deel) > 17:
                raise forms.ValidationError(
                    "Geef leeftijden als getallen van 0 tot en met 17, gescheiden door komma’s."
                )
            leeftijden.append(int(deel))
        return leeftijden

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.gevuld("sig_bron", "sig_ouder") and not data.get("sig_tekst"):
            self.add_error(
                "sig_tekst",
                "Beschrijf het signaal, of maak de andere velden van het nieuwe signaal leeg.",
            )
        if data.get("sig_tekst"):
            if not data.get("sig_soort"):
                self.add_error("sig_soort", "Kies wat voor signaal dit is.")
            if data.get("sig_soort") == SoortSignaal.DERDEN.value and not data.get("sig_bron"):
                self.add_error(
                    "sig_bron", "Noem de bron van informatie van een ander (bijv. ‘leerkracht’)."
                )
        for sid in self.hypothese_ids():
            status = data.get(f"hyp_{sid}_status")
            if status in {"bevestigd", "weerlegd"} and not data.get(f"hyp_{sid}_vervolg"):
                self.add_error(
                    f"hyp_{sid}_vervolg",
                    "Schrijf een vervolgnotitie: waarom is de hypothese bevestigd of weerlegd?",
                )
        return data


class Stap2Form(SpecForm):
    spec = paginaspec.STAP2

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.gevuld("con_wie", "con_vraag", "con_advies") and not data.get("con_met"):
            self.add_error("con_met", "Kies met wie u overlegde.")
        return data


class Stap3Form(SpecForm):
    spec = paginaspec.STAP3

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        gesprek_kind_ouders.controleren(self, data)
        # Any detail of a conversation needs its partner (the key field of the item).
        details = [v.naam for v in self.spec.lijst("gesprekken").velden if v.naam != "ges_met"]
        if self.gevuld(*details) and not data.get("ges_met"):
            self.add_error("ges_met", "Kies met wie u het gesprek voerde.")
        if data.get("ges_met") and not self.gevuld("ges_inhoud", "ges_reactie"):
            self.add_error("ges_inhoud", "Schrijf op wat u besprak.")
        if data.get("geen_grond") and not data.get("geen_toelichting"):
            self.add_error("geen_toelichting", "Leg vast welke concrete aanwijzingen er zijn.")
        return data
