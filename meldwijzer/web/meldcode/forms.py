"""Forms of the meldcode app. The profile form turns its fields into a `Profiel` through
`profiel_laden`, so the web and the command line accept exactly the same profiles."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms

from meldwijzer.meldcode import Profiel, ProfielFout, profiel_laden
from meldwijzer.meldcode.document import ModelDeel, basismodel
from meldwijzer.meldcode.profiel import LABELS, SECTOREN

MEERDERE = "Eén per regel."
CONTACT_HULP = "Eén per regel: naam of functie; telefoon; e-mail; wanneer bereikbaar."
DESKUNDIGE_HULP = "Eén per regel: naam of functie; deskundigheid; telefoon; e-mail."


def _toelichting(invulling: str) -> str:
    """The seed's own description of a fill-in (Bijlage 1c), as help text."""

    def zoek(delen: list[ModelDeel]) -> str:
        for d in delen:
            for b in d.blokken:
                if b.invulling == invulling and b.toelichting:
                    return " ".join(b.toelichting.split())
            if gevonden := zoek(d.delen):
                return gevonden
        return ""

    return zoek(basismodel().delen)


def _tekst(
    label: str, *, verplicht: bool = True, help_text: str = "", regels: int = 0
) -> forms.CharField:
    widget = forms.Textarea(attrs={"rows": regels}) if regels else forms.TextInput()
    return forms.CharField(
        label=label, required=verplicht, help_text=help_text, widget=widget, max_length=4000
    )


def _regels(tekst: str) -> list[str]:
    return [r.strip() for r in tekst.splitlines() if r.strip()]


def _delen(regel: str, n: int) -> list[str]:
    delen = [d.strip() for d in regel.split(";")]
    return (delen + [""] * n)[:n]


#: Form field for each profile field that has an error of its own.
VELD_VAN = {
    "aandachtsfunctionarissen": "aandachtsfunctionarissen",
    "deskundigen": "deskundigen",
    "veilig_thuis": "vt_regio",
}


class ProfielForm(forms.Form):
    naam = _tekst(LABELS["naam"])
    bevoegd_gezag = _tekst(
        LABELS["bevoegd_gezag"],
        help_text="Wie de meldcode vaststelt, bijvoorbeeld de raad van bestuur.",
    )
    sector = forms.ChoiceField(label=LABELS["sector"], choices=[("", "Kies een sector"), *SECTOREN])
    beroepen = _tekst(LABELS["beroepen"], help_text=MEERDERE, regels=3)
    overige_wetten = _tekst(
        LABELS["overige_wetten"],
        help_text=(
            "Naam van overige wetten die in verband met de omgang met persoonsgegevens op de "
            "organisatie van toepassing zijn. " + MEERDERE
        ),
        regels=2,
    )
    privacyreglement = _tekst(LABELS["privacyreglement"], verplicht=False)
    alle_stappen = _tekst(LABELS["alle_stappen"], regels=2)
    alleen_stap_1 = _tekst(LABELS["alleen_stap_1"], verplicht=False, regels=2)
    signalen_bij = _tekst(LABELS["signalen_bij"], verplicht=False)
    vrijwilligers_verwachting = _tekst(
        LABELS["vrijwilligers_verwachting"], verplicht=False, regels=2
    )
    vrijwilligers_signalen_bij = _tekst(LABELS["vrijwilligers_signalen_bij"], verplicht=False)
    aandachtsfunctionarissen = _tekst(
        LABELS["aandachtsfunctionarissen"], help_text=CONTACT_HULP, regels=3
    )
    beslisser = _tekst(LABELS["beslisser"])
    vt_regio = _tekst("Regio van Veilig Thuis")
    vt_telefoon = _tekst("Telefoon van Veilig Thuis in de regio", verplicht=False)
    vt_email = _tekst("E-mail van Veilig Thuis in de regio", verplicht=False)
    deskundigen = _tekst(
        LABELS["deskundigen"], verplicht=False, help_text=DESKUNDIGE_HULP, regels=3
    )
    bpsw_spreekuur = forms.BooleanField(
        label=(
            "Noem het spreekuur van de BPSW "
            "(voor leden van de BPSW en professionals geregistreerd bij SKJ)"
        ),
        required=False,
    )
    kindcheck = forms.BooleanField(
        label="Neem de kindcheck en de oudersignalen op (organisaties met volwassen cliënten)",
        required=False,
    )
    verwijsindex = forms.BooleanField(label=LABELS["verwijsindex"], required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["alle_stappen"].help_text = _toelichting("stappen")
        self.fields["vrijwilligers_verwachting"].help_text = _toelichting("vrijwilligers")
        self.profiel: Profiel | None = None

    @staticmethod
    def initial_van(p: Profiel) -> dict[str, object]:
        return {
            **{
                k: getattr(p, k)
                for k in (
                    "naam",
                    "bevoegd_gezag",
                    "sector",
                    "privacyreglement",
                    "alle_stappen",
                    "alleen_stap_1",
                    "signalen_bij",
                    "vrijwilligers_verwachting",
                    "vrijwilligers_signalen_bij",
                    "beslisser",
                    "bpsw_spreekuur",
                    "kindcheck",
                    "verwijsindex",
                )
            },
            "beroepen": "\n".join(p.beroepen),
            "overige_wetten": "\n".join(p.overige_wetten),
            "aandachtsfunctionarissen": "\n".join(
                "; ".join((c.functie, c.telefoon, c.email, c.bereikbaar)).rstrip("; ")
                for c in p.aandachtsfunctionarissen
            ),
            "deskundigen": "\n".join(
                "; ".join((d.functie, d.expertise, d.telefoon, d.email)).rstrip("; ")
                for d in p.deskundigen
            ),
            "vt_regio": p.veilig_thuis.regio,
            "vt_telefoon": p.veilig_thuis.telefoon,
            "vt_email": p.veilig_thuis.email,
        }

    def clean(self) -> dict[str, Any]:
        super().clean()
        d = self.cleaned_data  # what Form.clean() returns, typed without its Optional
        if self.errors:
            return d
        data = {
            k: d[k]
            for k in (
                "naam",
                "bevoegd_gezag",
                "sector",
                "privacyreglement",
                "alle_stappen",
                "alleen_stap_1",
                "signalen_bij",
                "vrijwilligers_verwachting",
                "vrijwilligers_signalen_bij",
                "beslisser",
                "bpsw_spreekuur",
                "kindcheck",
                "verwijsindex",
            )
        }
        data["beroepen"] = _regels(d["beroepen"])
        data["overige_wetten"] = _regels(d["overige_wetten"])
        data["aandachtsfunctionarissen"] = [
            dict(zip(("functie", "telefoon", "email", "bereikbaar"), _delen(r, 4), strict=True))
            for r in _regels(d["aandachtsfunctionarissen"])
        ]
        data["deskundigen"] = [
            dict(zip(("functie", "expertise", "telefoon", "email"), _delen(r, 4), strict=True))
            for r in _regels(d["deskundigen"])
        ]
        data["veilig_thuis"] = {
            "regio": d["vt_regio"],
            "telefoon": d["vt_telefoon"],
            "email": d["vt_email"],
        }
        try:
            self.profiel = profiel_laden(data)
        except ProfielFout as exc:
            veld = exc.veld.split(".")[0]
            veld = VELD_VAN.get(veld, veld)
            self.add_error(veld if veld in self.fields else None, exc.bericht)
        return d


class VaststellingForm(forms.Form):
    datum = forms.DateField(
        label="Datum van vaststelling",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    vastgesteld_door = _tekst(
        "Vastgesteld door", help_text="Het bevoegd gezag, bijvoorbeeld de raad van bestuur."
    )


class TrainingForm(forms.Form):
    datum = forms.DateField(
        label="Datum", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    onderwerp = _tekst("Onderwerp")
    deelnemers = _tekst(
        "Wie deden mee",
        verplicht=False,
        help_text="Functies of teams; geen gegevens van cliënten.",
        regels=2,
    )
    aantal = forms.IntegerField(label="Aantal deelnemers", min_value=0, max_value=100000)
    inwerken = forms.BooleanField(
        label="Onderdeel van het inwerkprogramma voor nieuwe medewerkers", required=False
    )


class EvaluatieForm(forms.Form):
    datum = forms.DateField(
        label="Datum", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    deelnemers = _tekst("Deelnemers", help_text="Functies of teams.", regels=2)
    conclusies = _tekst(
        "Conclusies",
        help_text="Geen gegevens van cliënten of casussen die herkenbaar zijn.",
        regels=4,
    )
    acties = _tekst("Acties", verplicht=False, regels=3)


class JaarForm(forms.Form):
    informeren = _tekst(
        "Hoe medewerkers over de meldcode zijn geïnformeerd", verplicht=False, regels=4
    )
    plannen = _tekst("Plannen voor het komende jaar", verplicht=False, regels=4)


def jaar_uit(waarde: str | None, *, standaard: int) -> int:
    try:
        jaar = int(waarde or standaard)
    except ValueError:
        return standaard
    return jaar if 2000 <= jaar <= dt.date.today().year + 1 else standaard
