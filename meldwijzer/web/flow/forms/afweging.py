"""Forms of steps 4 and 5: the afwegingen of the afwegingskader, the decisions and
everything around the report (BPSW 2.2 stap 4 and 5, 3.3, 3.4; Bijlage 2)."""

from __future__ import annotations

from typing import Any

from django import forms

from meldwijzer.web.flow import normvelden
from meldwijzer.web.flow.forms.velden import (
    ANTWOORDEN,
    GESPREK_MET,
    GRONDEN,
    JA_NEE,
    KEUZES,
    TOESTEMMING,
    FlowForm,
    StapForm,
    datumveld,
    ja_nee_waarde,
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


STAP4_AFWEGINGEN = ("vermoeden", "onveiligheid")


STAP5_AFWEGINGEN = ("hulp_bieden", "medewerking", "duurzame_veiligheid")


class Stap4Form(StapForm):
    weging_notitie = tekstveld(
        "Weging van risico, aard en ernst",
        help_text="Bijvoorbeeld de uitkomst van het risicotaxatie-instrument van uw organisatie.",
    )
    twijfel = forms.BooleanField(
        label="Ik twijfel over risico, aard of ernst, of over de volgende stap", required=False
    )

    def bouw(self) -> None:
        self.fields["weging_notitie"].initial = self.casus.weging_notitie
        self.fields["twijfel"].initial = self.casus.twijfel_aard_ernst
        afweging_velden(self, STAP4_AFWEGINGEN)
        normvelden.stap4_velden(self)  # issue 12: acute, structural, both; disclosure

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        afweging_clean(self, STAP4_AFWEGINGEN)
        return data


class MeldingForm(StapForm):
    """Around the report: shown on the step 5 page (BPSW 2.2 stap 5, 3.3, 3.4)."""

    m_besproken = keuzeveld("Heeft u de melding vooraf besproken?", JA_NEE)
    m_besproken_met = forms.MultipleChoiceField(
        label="Besproken met",
        required=False,
        choices=GESPREK_MET,
        widget=forms.CheckboxSelectMultiple,
    )
    m_niet_besproken_grond = keuzeveld(
        "Grond om niet te bespreken", [("", "Niet van toepassing"), *GRONDEN]
    )
    m_niet_besproken_toelichting = tekstveld("Toelichting op het niet bespreken", rows=2)
    m_reactie = tekstveld("Reactie op het voornemen om te melden", rows=3)
    m_toestemming = keuzeveld("Toestemming voor de melding", TOESTEMMING)
    m_bezwaren = tekstveld("Bezwaren van de cliënt of ouders", rows=2)
    m_weging_bezwaren = tekstveld(
        "Hoe heeft u de bezwaren gewogen tegen de noodzaak tot bescherming?", rows=3
    )
    m_cvp_gewichtige_belangen = tekstveld(
        "1. Welke gewichtige belangen dient u door te spreken?", rows=2
    )
    m_cvp_andere_weg = tekstveld(
        "2. Is er een andere weg zonder het beroepsgeheim te doorbreken?", rows=2
    )
    m_cvp_waarom_geen_toestemming = tekstveld(
        "3. Waarom kunt u geen toestemming vragen of krijgen?", rows=2
    )
    m_cvp_belangen_afgewogen = tekstveld(
        "4. Wegen deze belangen zwaarder dan het belang van zwijgen?", rows=2
    )
    m_cvp_welke_informatie_aan_wie = tekstveld("5. Welke informatie geeft u aan wie?", rows=2)
    m_cvp_geraadpleegd = tekstveld(
        "Wie heeft u hierover vooraf geraadpleegd?", rows=2, help_text="Noem functies."
    )
    m_anoniem = keuzeveld("Wilt u anoniem blijven tegenover het gezin?", JA_NEE)
    m_anoniem_reden = tekstveld("Reden voor anonimiteit", rows=2)
    m_datum = datumveld("Datum van de melding")
    m_afspraken = tekstveld("Afspraken met Veilig Thuis over uw eigen rol na de melding", rows=3)
    m_netwerk = tekstveld(
        "Het netwerk rond het gezin",
        help_text="Wie staan dicht bij het gezin en kunnen steunen? Noem rollen.",
        rows=2,
    )
    m_bestaande_hulp = tekstveld(
        "Hulp die er al is", help_text="Welke hulpverleners zijn al betrokken?", rows=2
    )
    m_vraag = tekstveld("Wat vraagt u van Veilig Thuis?", rows=2)

    def bouw(self) -> None:
        m = self.casus.melding
        cvp = m.conflict_van_plichten
        initial = {
            "m_besproken": ja_nee_waarde(m.besproken),
            "m_besproken_met": [g.value for g in m.besproken_met],
            "m_niet_besproken_grond": m.niet_besproken_grond.value
            if m.niet_besproken_grond
            else "",
            "m_niet_besproken_toelichting": m.niet_besproken_toelichting,
            "m_reactie": m.reactie,
            "m_toestemming": m.toestemming.value if m.toestemming else "",
            "m_bezwaren": m.bezwaren,
            "m_weging_bezwaren": m.weging_bezwaren,
            "m_anoniem": ja_nee_waarde(m.anoniem_naar_gezin),
            "m_anoniem_reden": m.anoniem_reden,
            "m_datum": m.datum,
            "m_afspraken": m.afspraken_veilig_thuis,
            "m_netwerk": m.netwerk,
            "m_bestaande_hulp": m.bestaande_hulp,
            "m_vraag": m.vraag_aan_veilig_thuis,
        }
        for veld in (*CONFLICT_VELDEN, "geraadpleegd"):
            initial[f"m_cvp_{veld}"] = getattr(cvp, veld)
        for naam, waarde in initial.items():
            self.fields[naam].initial = waarde

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
