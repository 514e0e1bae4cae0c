"""The flow's form building blocks: the choice lists (labels from the engine), the field
factories, the base forms with Dutch messages and tied hints, and the stand-in casus that
rebuilds a page's fields when its posted casus cannot be trusted."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms

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
    """Base: Dutch messages and no silent length limits. Django (5.2) ties hints and errors
    to their field itself: `aria-describedby` (`id_x_helptext`, `id_x_error`) and
    `aria-invalid` on the widget, `BoundField.aria_describedby` for a fieldset."""

    error_css_class = "mw-form-field--invalid"

    def __init__(self, *args: Any, casus: Casus | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.casus = casus or Casus()
        self.bouw()
        self._geen_stille_grens()

    def bouw(self) -> None:
        """Add the fields that depend on the casus (e.g. one status per hypothesis)."""

    def _geen_stille_grens(self) -> None:
        """A browser cuts pasted text at `maxlength` without a word (issue 13 item 6). The
        limit goes to `data-max` instead: the script counts towards it while she types, and
        the server refuses a longer text with a message, keeping all she typed."""
        for veld in self.fields.values():
            grens = veld.widget.attrs.pop("maxlength", None)
            if grens is not None:
                veld.widget.attrs["data-max"] = grens

    def gevuld(self, *namen: str) -> bool:
        return any(self.cleaned_data.get(n) not in (None, "", [], False) for n in namen)


class StapForm(FlowForm):
    """A step page: its own fields plus the reason to skip the step (used by that button)."""

    overslaan_reden = tekstveld("Waarom slaat u deze stap over?", rows=2)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data  # what Form.clean() returns, typed without its Optional
        if self.data.get("actie") == "overslaan" and not data.get("overslaan_reden"):
            self.add_error("overslaan_reden", "Geef de reden waarom u deze stap overslaat.")
        return data


def skelet_uit_velden(data: Iterable[str]) -> Casus:
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
