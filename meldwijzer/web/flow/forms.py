"""Forms of the flow: parsing and validation only. Every field is optional unless a part of
the page is used; the rules say which fields belong together (e.g. a third-party sign needs
its source, Bijlage 1b stap 1)."""

from __future__ import annotations

from typing import Any

from django import forms

from meldwijzer.engine.beroep import BEROEPSGROEP_TEKST, SECTOR_TEKST
from meldwijzer.engine.casus import (
    MAX_KORT,
    MAX_TEKST,
    Antwoord,
    Casus,
    ConsultatieMet,
    GesprekMet,
    GrondGeenGesprek,
    JaNeeOnbekend,
    Keuze,
    RolClient,
    Situatie,
    SoortSignaal,
    StatusHypothese,
    Toestemming,
    Tolk,
    Vorm,
)
from meldwijzer.engine.labels import keuzes
from meldwijzer.web.flow import gesprek_kind_ouders, normvelden

GEEN_NAMEN = "Schrijf geen namen: gebruik rollen, zoals ‘moeder’ of ‘de cliënt’."

# Every enum's label comes from its one home, meldwijzer.engine.labels (issue 18).
SITUATIES = keuzes(Situatie)
ROLLEN = keuzes(RolClient)
VORMEN = keuzes(Vorm)
JA_NEE_ONBEKEND = keuzes(JaNeeOnbekend)
SOORTEN = keuzes(SoortSignaal)
STATUSSEN = keuzes(StatusHypothese)
CONSULTATIE_MET = keuzes(ConsultatieMet)
GESPREK_MET = keuzes(GesprekMet)
TOLKEN = keuzes(Tolk)
GRONDEN = keuzes(GrondGeenGesprek)
ANTWOORDEN = keuzes(Antwoord)
KEUZES = keuzes(Keuze)
TOESTEMMING = keuzes(Toestemming)
JA_NEE = [("ja", "Ja"), ("nee", "Nee")]

CONFLICT_VELDEN = (
    "gewichtige_belangen",
    "andere_weg",
    "waarom_geen_toestemming",
    "belangen_afgewogen",
    "welke_informatie_aan_wie",
)


def tekstveld(label: str, *, help_text: str = "", rows: int = 4) -> forms.CharField:
    """A free-text note: bounded like the casus, always with the hint against names."""
    hint = f"{help_text} {GEEN_NAMEN}".strip()
    return forms.CharField(
        label=label,
        required=False,
        max_length=MAX_TEKST,
        help_text=hint,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


def kortveld(label: str, *, help_text: str = "", max_length: int = MAX_KORT) -> forms.CharField:
    return forms.CharField(label=label, required=False, max_length=max_length, help_text=help_text)


def keuzeveld(
    label: str, choices: list[tuple[str, str]], *, help_text: str = ""
) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label, required=False, choices=choices, widget=forms.RadioSelect, help_text=help_text
    )


#: The only value an `<input type=date>` accepts (HTML's "valid date string"); a localised
#: rendering such as 04-03-2026 is shown as empty and sent back empty, erasing the date.
ISO_DATUM = "%Y-%m-%d"


def datumveld(label: str) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format=ISO_DATUM),
    )


def ja_nee(waarde: str) -> bool | None:
    return {"ja": True, "nee": False}.get(waarde)


def ja_nee_waarde(waarde: bool | None) -> str:
    return {True: "ja", False: "nee"}.get(waarde, "") if waarde is not None else ""


class FlowForm(forms.Form):
    """Base: Dutch messages, hints and errors tied to their field by aria-describedby."""

    error_css_class = "mw-form-field--invalid"

    def __init__(self, *args: Any, casus: Casus | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.casus = casus or Casus()
        self.bouw()
        self._geen_stille_grens()
        self._beschrijf()

    def bouw(self) -> None:
        """Add the fields that depend on the casus (e.g. one status per hypothesis)."""

    def full_clean(self) -> None:
        super().full_clean()
        self._beschrijf()

    def _geen_stille_grens(self) -> None:
        """A browser cuts pasted text at `maxlength` without a word (issue 13 item 6). The
        limit goes to `data-max` instead: the script counts towards it while she types, and
        the server refuses a longer text with a message, keeping all she typed."""
        for veld in self.fields.values():
            grens = veld.widget.attrs.pop("maxlength", None)
            if grens is not None:
                veld.widget.attrs["data-max"] = grens

    def _beschrijf(self) -> None:
        for naam, veld in self.fields.items():
            ids = []
            if veld.help_text:
                ids.append(f"id_{naam}_helptext")
            if self.is_bound and hasattr(self, "_errors") and self._errors and naam in self._errors:
                ids.append(f"id_{naam}_fout")
                veld.widget.attrs["aria-invalid"] = "true"
            if ids:
                veld.widget.attrs["aria-describedby"] = " ".join(ids)

    def gevuld(self, *namen: str) -> bool:
        return any(self.cleaned_data.get(n) not in (None, "", [], False) for n in namen)


class StapForm(FlowForm):
    """A step page: its own fields plus the reason to skip the step (used by that button)."""

    overslaan_reden = tekstveld("Waarom slaat u deze stap over?", rows=2)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.data.get("actie") == "overslaan" and not data.get("overslaan_reden"):
            self.add_error("overslaan_reden", "Geef de reden waarom u deze stap overslaat.")
        return data


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
        choices=[("", "Kies uw sector"), *SECTOR_TEKST.items()],
    )
    beroepsgroep = forms.ChoiceField(
        label="Wat is uw beroep?",
        required=False,
        choices=[("", "Kies uw beroep"), *BEROEPSGROEP_TEKST.items()],
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


class Stap1Form(StapForm):
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
    # Who did the work (issue 13 item 7): optional, no names; kept with the casus.
    prof_functie = kortveld(
        "Uw functie", help_text="Bijvoorbeeld ‘jeugdverpleegkundige’ of ‘mentor’. Geen naam."
    )
    prof_organisatie = kortveld("Uw organisatie", help_text="Bijvoorbeeld de naam van uw school.")
    prof_beslisser = kortveld(
        "Wie beslist in stap 5 over melden, als dat niet uzelf bent?",
        help_text="De functie die uw meldcode daarvoor noemt, bijvoorbeeld ‘directeur’. "
        "Leeg: u beslist zelf.",
    )

    def bouw(self) -> None:
        from meldwijzer.web.flow.selectors import kindcheck_tonen, kinderen_betrokken

        prof = self.casus.professional
        self.fields["prof_functie"].initial = prof.functie
        self.fields["prof_organisatie"].initial = prof.organisatie
        self.fields["prof_beslisser"].initial = prof.beslisser

        for s in self.casus.signalen:
            if s.soort != SoortSignaal.HYPOTHESE:
                continue
            self.fields[f"hyp_{s.id}_status"] = keuzeveld("Status van deze hypothese", STATUSSEN)
            self.fields[f"hyp_{s.id}_status"].initial = s.status.value
            self.fields[f"hyp_{s.id}_vervolg"] = tekstveld("Vervolgnotitie", rows=2)
            self.fields[f"hyp_{s.id}_vervolg"].initial = s.vervolg
        if kindcheck_tonen(self.casus):
            kc = self.casus.kindcheck
            self.fields["kc_kinderen"] = keuzeveld(
                "Zijn er minderjarige kinderen die van de cliënt afhankelijk zijn?", JA_NEE_ONBEKEND
            )
            self.fields["kc_kinderen"].initial = kc.kinderen.value
            self.fields["kc_aantal"] = forms.IntegerField(
                label="Aantal kinderen",
                required=False,
                min_value=0,
                max_value=30,
                initial=kc.aantal,
            )
            self.fields["kc_leeftijden"] = kortveld(
                "Leeftijden", help_text="Gescheiden door komma’s, bijv. 3, 7.", max_length=120
            )
            self.fields["kc_leeftijden"].initial = ", ".join(str(n) for n in kc.leeftijden)
            self.fields["kc_gedeelde_zorg"] = keuzeveld(
                "Deelt de cliënt de zorg met een (ex-)partner of andere volwassene?",
                JA_NEE_ONBEKEND,
            )
            self.fields["kc_gedeelde_zorg"].initial = kc.gedeelde_zorg.value
            self.fields["kc_toelichting"] = tekstveld("Toelichting kindcheck", rows=2)
            self.fields["kc_toelichting"].initial = kc.toelichting
            self.fields["kc_datum"] = datumveld("Datum kindcheck")
            self.fields["kc_datum"].initial = kc.datum
        if kinderen_betrokken(self.casus):
            self.fields["visie_kinderen"] = tekstveld(
                "De visie van de kinderen zelf, en hoe u die meeweegt", rows=3
            )
            self.fields["visie_kinderen"].initial = self.casus.visie_kinderen

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


class Stap2Form(StapForm):
    con_met = keuzeveld("Met wie overlegde u?", CONSULTATIE_MET)
    con_wie = kortveld("Functie of rol", help_text="Bijvoorbeeld ‘teamleider’. Geen namen.")
    con_datum = datumveld("Datum")
    con_vraag = tekstveld("Uw vraag", rows=2)
    con_advies = tekstveld("Het advies dat u kreeg", rows=3)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.gevuld("con_wie", "con_vraag", "con_advies") and not data.get("con_met"):
            self.add_error("con_met", "Kies met wie u overlegde.")
        return data


class Stap3Form(StapForm):
    ges_met = keuzeveld("Gesprek met", GESPREK_MET)
    ges_datum = datumveld("Datum")
    ges_inhoud = tekstveld("Wat heeft u besproken?", rows=3)
    ges_reactie = tekstveld("Hoe reageerde de cliënt (of ouder, of kind)?", rows=3)
    ges_tolk = keuzeveld(
        "Was er een tolk bij het gesprek?",
        [("", "Niet nodig"), *TOLKEN],
        help_text="Laat een professionele tolk vertalen, niet een familielid of het kind.",
    )
    ges_taal = kortveld("In welke taal voerde u het gesprek?", max_length=100)
    ges_moeilijk = tekstveld("Wat maakte het gesprek moeilijk?", rows=2)
    recent_in_nederland = forms.BooleanField(
        label="Het gezin is recent in Nederland", required=False
    )
    geen_grond = keuzeveld(
        "Grond om het gesprek over te slaan",
        [("", "Ik sla het gesprek niet over"), *GRONDEN],
    )
    geen_toelichting = tekstveld("Concrete aanwijzingen voor deze grond", rows=3)
    vi_aangesloten = forms.BooleanField(
        label="Mijn organisatie is aangesloten op de verwijsindex risicojongeren", required=False
    )
    vi_overwogen = tekstveld("Overweging verwijsindex", rows=2)

    def bouw(self) -> None:
        gg = self.casus.geen_gesprek
        self.fields["geen_grond"].initial = gg.grond.value if gg else ""
        self.fields["geen_toelichting"].initial = gg.toelichting if gg else ""
        self.fields["vi_aangesloten"].initial = self.casus.verwijsindex.aangesloten
        self.fields["vi_overwogen"].initial = self.casus.verwijsindex.overwogen
        self.fields["recent_in_nederland"].initial = self.casus.recent_in_nederland
        gesprek_kind_ouders.velden_toevoegen(self)  # a minor: child and parents apart

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        gesprek_kind_ouders.controleren(self, data)
        if self.gevuld(
            "ges_inhoud", "ges_reactie", "ges_tolk", "ges_taal", "ges_moeilijk"
        ) and not data.get("ges_met"):
            self.add_error("ges_met", "Kies met wie u het gesprek voerde.")
        if data.get("ges_met") and not self.gevuld("ges_inhoud", "ges_reactie"):
            self.add_error("ges_inhoud", "Schrijf op wat u besprak.")
        if data.get("geen_grond") and not data.get("geen_toelichting"):
            self.add_error("geen_toelichting", "Leg vast welke concrete aanwijzingen er zijn.")
        return data


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


class AfsluitenForm(FlowForm):
    reden = tekstveld("Waarom sluit u de meldcode af?", rows=4)
    datum = datumveld("Datum")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.data.get("actie") == "afsluiten" and not data.get("reden"):
            self.add_error("reden", "Geef de reden waarom u de meldcode afsluit.")
        return data


class OpenenForm(FlowForm):
    """Resume a casus saved as a file (plain or passphrase-protected JSON)."""

    bestand = forms.FileField(
        label="Casusbestand (.json)",
        required=False,
        help_text="Een bestand dat u eerder met meldwijzer bewaarde.",
    )
    wachtwoord = forms.CharField(
        label="Wachtwoord (als u het bestand beveiligde)",
        required=False,
        max_length=200,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
    )

    def clean_bestand(self) -> Any:
        bestand = self.cleaned_data.get("bestand")
        if not bestand:
            raise forms.ValidationError("Kies een casusbestand.")
        return bestand


class ExportForm(forms.Form):
    """Optional passphrase for the saved casus file."""

    wachtwoord = forms.CharField(required=False, max_length=200, strip=False)


MAIL_FORMATEN = [("pdf", "PDF"), ("docx", "Word"), ("txt", "Platte tekst"), ("html", "Webpagina")]


class MailForm(FlowForm):
    adres = forms.EmailField(
        label="Uw e-mailadres",
        required=False,
        max_length=254,
        help_text="Bij voorkeur uw adres op het werk.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    formaat = keuzeveld("Bijlage", MAIL_FORMATEN)

    def bouw(self) -> None:
        self.fields["formaat"].initial = "pdf"

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if (
            self.data.get("actie") == "versturen"
            and not data.get("adres")
            and "adres" not in self.errors
        ):
            self.add_error("adres", "Vul het e-mailadres in waarnaar het verslag moet.")
        return data


def skelet_uit_velden(data: Any) -> Casus:
    """A stand-in casus for a page whose posted casus could not be trusted: just enough to
    rebuild the same fields (a hypothesis per posted status, the children's view), so that
    nothing the professional typed disappears from the page."""
    from meldwijzer.engine.casus import JaNeeOnbekend, Kindcheck, Signaal

    ids: dict[str, None] = {}
    for naam in data:
        for staart in ("_status", "_vervolg"):
            if naam.startswith("hyp_") and naam.endswith(staart) and len(naam) <= 80:
                ids[naam[4 : -len(staart)]] = None
    signalen = [
        Signaal(id=sid, soort=SoortSignaal.HYPOTHESE, tekst="(niet terug te zetten)") for sid in ids
    ]
    kinderen = JaNeeOnbekend.JA if "visie_kinderen" in data else JaNeeOnbekend.ONBEKEND
    return Casus(signalen=signalen[:200], kindcheck=Kindcheck(kinderen=kinderen))
