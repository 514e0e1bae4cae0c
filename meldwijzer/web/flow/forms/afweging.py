"""Forms of steps 4 and 5: the afwegingen of the afwegingskader, the decisions and
everything around the report (BPSW 2.2 stap 4 and 5, 3.3, 3.4; Bijlage 2)."""

from __future__ import annotations

from typing import Any

from meldwijzer.engine import paginaspec_stap4_5
from meldwijzer.engine.casus_stap4_5 import afwegingen_van_stap
from meldwijzer.web.flow import normvelden
from meldwijzer.web.flow.forms.spec import SpecForm
from meldwijzer.web.flow.forms.velden import (
    ANTWOORDEN,
    KEUZES,
    FlowForm,
    keuzeveld,
    tekstveld,
)

CONFLICT_VELDEN = (
    "gewichtige_belangen",
    "andere_weg",
    "waarom_geen_toestemming",
    "belangen_afgewogen",
    "welke_informatie_aan_wie",
)


def afweging_velden(form: FlowForm, afweging_ids: tuple[str, ...]) -> None:
    for aid in afweging_ids:
        huidig = getattr(form.casus.afwegingen, aid)
        form.fields[f"{aid}_antwoord"] = keuzeveld("Uw antwoord", ANTWOORDEN)
        form.fields[f"{aid}_antwoord"].initial = huidig.antwoord.value if huidig.antwoord else ""
        form.fields[f"{aid}_motivatie"] = tekstveld(
            "Motivatie", help_text="Waarop baseert u dit antwoord?", rows=4
        )
        form.fields[f"{aid}_motivatie"].initial = huidig.motivatie


def afweging_clean(form: FlowForm, afweging_ids: tuple[str, ...]) -> None:
    for aid in afweging_ids:
        if form.cleaned_data.get(f"{aid}_antwoord") and not form.cleaned_data.get(
            f"{aid}_motivatie"
        ):
            form.add_error(f"{aid}_motivatie", "Motiveer uw antwoord: waarop baseert u het?")


STAP4_AFWEGINGEN = afwegingen_van_stap(4)


STAP5_AFWEGINGEN = afwegingen_van_stap(5)


class Stap4Form(SpecForm):
    spec = paginaspec_stap4_5.STAP4  # the weighing note and the doubt

    def bouw(self) -> None:
        super().bouw()
        afweging_velden(self, STAP4_AFWEGINGEN)
        normvelden.stap4_velden(self)  # issue 12: acute, structural, both; disclosure

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        afweging_clean(self, STAP4_AFWEGINGEN)
        return data


class MeldingForm(SpecForm):
    """Around the report: shown on the step 5 page (BPSW 2.2 stap 5, 3.3, 3.4)."""

    spec = paginaspec_stap4_5.STAP5

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if (
            data.get("m_besproken") == "nee"
            and data.get("m_niet_besproken_grond")
            and not data.get("m_niet_besproken_toelichting")
        ):
            self.add_error(
                "m_niet_besproken_toelichting", "Leg de concrete aanwijzingen voor deze grond vast."
            )
        if data.get("m_anoniem") == "ja" and not data.get("m_anoniem_reden"):
            self.add_error(
                "m_anoniem_reden", "Geef de reden om anoniem te blijven tegenover het gezin."
            )
        return data


class Stap5Form(MeldingForm):
    melden_keuze = keuzeveld("Uw beslissing: ik meld bij Veilig Thuis", KEUZES)
    melden_reden = tekstveld("Uw redenen bij beslissing 1", rows=3)
    hulp_keuze = keuzeveld("Uw beslissing: ik bied of organiseer (ook) hulp", KEUZES)
    hulp_reden = tekstveld("Uw redenen bij beslissing 2", rows=3)

    def bouw(self) -> None:
        super().bouw()
        afweging_velden(self, STAP5_AFWEGINGEN)
        b = self.casus.beslissingen
        self.fields["melden_keuze"].initial = b.melden.keuze.value if b.melden.keuze else ""
        self.fields["melden_reden"].initial = b.melden.reden
        self.fields["hulp_keuze"].initial = b.hulp.keuze.value if b.hulp.keuze else ""
        self.fields["hulp_reden"].initial = b.hulp.reden
        normvelden.stap5_velden(self)  # issue 12: relevance of a report; re-weighing of 5

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        afweging_clean(self, STAP5_AFWEGINGEN)
        normvelden.stap5_controleren(self, data)
        return data
