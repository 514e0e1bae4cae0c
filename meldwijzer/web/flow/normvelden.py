"""The answers the norm of issue 12 adds to the flow, kept out of the big form classes.

- scope: is the adult client in a dependent position? (BPSW 3.3 Positie van de cliënt: "Bij
  cliënten die zich in een afhankelijke positie bevinden waardoor ze minder goed in staat zijn
  zelf op te treden tegen mishandeling of geweld ...")
- step 4, afweging 2: acute, structural or both, and disclosure (Bijlage 2: "Van acute
  onveiligheid is sprake als een persoon in direct fysiek gevaar verkeert ..."; "Een
  specifieke vorm van acute onveiligheid is ‘disclosure’").
- step 5: is a report relevant although she can keep helping? (2.2 Stap 5; seed 003, the FAQ
  on a gezinsvoogd and on existing care), and a re-weighing of afweging 5 with its date
  (Bijlage 2, Afweging 5: "constateert dat de onveiligheid niet stopt of zich herhaalt").

Fields are added by `*_velden` (from the form's `bouw`), checked by `stap5_controleren` and
applied by `*_toepassen` (from `pages`), so each page keeps one form.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from django import forms
from django.utils import timezone

from meldwijzer.engine.casus import AardOnveiligheid, Antwoord, Casus, Herweging, JaNeeOnbekend
from meldwijzer.engine.labels import keuzes, label
from meldwijzer.web.flow import services as svc

if TYPE_CHECKING:
    from meldwijzer.web.flow.forms.velden import FlowForm

#: Ja / nee / not known; "not known" is stored as None, so its value is empty.
JA_NEE_ONBEKEND = [
    (w.value if w is not JaNeeOnbekend.ONBEKEND else "", label(w)) for w in JaNeeOnbekend
]
ANTWOORDEN = keuzes(Antwoord)
#: Which way each afweging's helper questions point (issue 12, finding 6): on afweging 5 a
#: "ja" is the bad sign, unlike afweging 3 and 4.
RICHTING = {
    "onveiligheid": "Bij deze hulpvragen wijst ‘ja’ op onveiligheid.",
    "hulp_bieden": "Bij deze hulpvragen wijst ‘ja’ erop dat u effectieve hulp kunt bieden.",
    "medewerking": "Bij deze hulpvragen wijst ‘ja’ erop dat de betrokkenen meewerken.",
    "duurzame_veiligheid": (
        "Let op de richting: bij deze hulpvragen is ‘ja’ een zorgsignaal. Antwoordt u op een "
        "ervan ‘ja’, dan wijst dat erop dat de hulp (nog) níet tot duurzame veiligheid leidt."
    ),
}


def _ja_nee(waarde: str | None) -> bool | None:
    return {"ja": True, "nee": False}.get(waarde or "")


def _waarde(waarde: bool | None) -> str:
    return "" if waarde is None else ("ja" if waarde else "nee")


def _keuze(label: str, choices: list[tuple[str, str]], *, help_text: str = "") -> forms.Field:
    return forms.ChoiceField(
        label=label,
        required=False,
        choices=choices,
        widget=forms.RadioSelect,
        help_text=help_text,
    )


# --- scope -----------------------------------------------------------------------------


def scope_velden(form: FlowForm) -> None:
    form.fields["afhankelijk"] = _keuze(
        "Is de cliënt afhankelijk van anderen, en daardoor minder goed in staat zelf op te "
        "treden tegen het geweld?",
        JA_NEE_ONBEKEND,
        help_text="Bijvoorbeeld zorgafhankelijk, of door een beperking of dementie.",
    )
    form.fields["afhankelijk"].initial = _waarde(form.casus.client.afhankelijk)


def scope_toepassen(form: FlowForm, casus: Casus, nu: dt.datetime) -> Casus:
    if "afhankelijk" not in form.cleaned_data:
        return casus
    return svc.afhankelijk_vastleggen(
        casus, afhankelijk=_ja_nee(form.cleaned_data.get("afhankelijk")), nu=nu
    )


# --- step 4 ----------------------------------------------------------------------------


def stap4_velden(form: FlowForm) -> None:
    form.fields["aard"] = _keuze(
        "Welke onveiligheid is het?", [("", "Nog niet bekend"), *keuzes(AardOnveiligheid)]
    )
    form.fields["aard"].initial = (
        form.casus.onveiligheid_aard.value if form.casus.onveiligheid_aard else ""
    )
    form.fields["disclosure"] = forms.BooleanField(
        label="Disclosure: het slachtoffer vertelde het zelf, of vroeg zelf om hulp (een vorm "
        "van acute onveiligheid)",
        required=False,
    )
    form.fields["disclosure"].initial = form.casus.disclosure


def stap4_toepassen(form: FlowForm, casus: Casus, nu: dt.datetime) -> Casus:
    d = form.cleaned_data
    aard = d.get("aard") or None
    return svc.onveiligheid_aard_vastleggen(
        casus,
        aard=AardOnveiligheid(aard) if aard else None,
        disclosure=bool(d.get("disclosure")),
        nu=nu,
    )


# --- step 5 ----------------------------------------------------------------------------


def stap5_velden(form: FlowForm) -> None:
    from meldwijzer.web.flow.forms import datumveld, tekstveld

    r = form.casus.relevantie
    velden: dict[str, forms.Field] = {
        "rel_gezinsvoogd": _keuze("Is er een gezinsvoogd in het gezin?", JA_NEE_ONBEKEND),
        "rel_andere_hulp": _keuze("Is er al andere hulpverlening in het gezin?", JA_NEE_ONBEKEND),
        "rel_relevant": _keuze(
            "Is een melding bij Veilig Thuis relevant, ook al kunt u zelf hulp blijven bieden?",
            JA_NEE_ONBEKEND,
        ),
        "rel_toelichting": tekstveld("Toelichting", rows=2),
        "hw_datum": datumveld("Datum van deze herweging"),
        "hw_antwoord": _keuze("Leidt de hulp nu tot duurzame veiligheid?", ANTWOORDEN),
        "hw_motivatie": tekstveld(
            "Motivatie van deze herweging",
            help_text="Wat ziet u nu? Stopt het geweld, worden de doelen gehaald?",
            rows=3,
        ),
    }
    form.fields.update(velden)
    form.fields["rel_gezinsvoogd"].initial = _waarde(r.gezinsvoogd)
    form.fields["rel_andere_hulp"].initial = _waarde(r.andere_hulp)
    form.fields["rel_relevant"].initial = _waarde(r.relevant)
    form.fields["rel_toelichting"].initial = r.toelichting


def stap5_controleren(form: FlowForm, data: dict[str, Any]) -> None:
    """A re-weighing needs its answer and its motivation."""
    if (data.get("hw_motivatie") or data.get("hw_datum")) and not data.get("hw_antwoord"):
        form.add_error("hw_antwoord", "Kies uw antwoord bij deze herweging.")
    if data.get("hw_antwoord") and not data.get("hw_motivatie"):
        form.add_error("hw_motivatie", "Motiveer deze herweging: wat ziet u nu?")


def stap5_toepassen(form: FlowForm, casus: Casus, nu: dt.datetime) -> Casus:
    d = form.cleaned_data
    casus = svc.relevantie_vastleggen(
        casus,
        gezinsvoogd=_ja_nee(d.get("rel_gezinsvoogd")),
        andere_hulp=_ja_nee(d.get("rel_andere_hulp")),
        relevant=_ja_nee(d.get("rel_relevant")),
        toelichting=d.get("rel_toelichting", ""),
        nu=nu,
    )
    if d.get("hw_antwoord"):
        casus = svc.herweging_toevoegen(
            casus,
            herweging=Herweging(
                datum=d.get("hw_datum") or timezone.localdate(),
                antwoord=Antwoord(d["hw_antwoord"]),
                motivatie=d.get("hw_motivatie", ""),
            ),
            nu=nu,
        )
    return casus
