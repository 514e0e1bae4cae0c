"""Outside the meldcode is not a dead end (issue 13 item 9; issue 12 finding 8).

On the 'buiten de meldcode' page the professional gets the route the seed names and records
what she did instead: whom she informed (a role or body, no names), when, and why. For
violence by a professional she says whether he or she works in her own organisation, which
decides the route (seeds/002, 1.3 and Bijlage 2; see meldwijzer.engine.reikwijdte).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms

from meldwijzer.engine.casus import BuitenActie, Casus, Situatie
from meldwijzer.web.flow import forms as f

ORGANISATIE = [
    ("ja", "Ja, in mijn eigen organisatie"),
    ("nee", "Nee, in een andere organisatie"),
]


class BuitenForm(f.FlowForm):
    actie_wie = f.kortveld(
        "Wie heeft u geïnformeerd of om advies gevraagd?",
        help_text="Een functie of instantie, zoals ‘leidinggevende’, ‘directie’, "
        "‘vertrouwensinspecteur’ of ‘Veilig Thuis’. Geen namen.",
    )
    actie_datum = f.datumveld("Wanneer?")
    actie_toelichting = f.tekstveld("Wat heeft u gedaan, en waarom?", rows=3)

    def bouw(self) -> None:
        if self.casus.situatie is Situatie.PROFESSIONAL_TEGEN_CLIENT:
            veld: forms.ChoiceField = f.keuzeveld(
                "Werkt deze professional in uw eigen organisatie?", ORGANISATIE
            )
            veld.initial = f.ja_nee_waarde(self.casus.pleger_eigen_organisatie)
            self.fields["pleger_eigen"] = veld

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data  # what Form.clean() returns, typed without its Optional
        if self.gevuld("actie_datum", "actie_toelichting") and not data.get("actie_wie"):
            self.add_error("actie_wie", "Vul in wie u heeft geïnformeerd (een functie, geen naam).")
        return data


def buiten_toepassen(form: BuitenForm, casus: Casus, rev: int, nu: dt.datetime) -> Casus:
    d = form.cleaned_data
    nieuw = casus.model_copy(deep=True)
    nieuw.gewijzigd = nu
    if "pleger_eigen" in form.fields:
        nieuw.pleger_eigen_organisatie = f.ja_nee(d.get("pleger_eigen") or "")
    item_id = f"b{rev}"
    if d.get("actie_wie") and not any(a.id == item_id for a in nieuw.buiten_acties):
        nieuw.buiten_acties = [
            *nieuw.buiten_acties,
            BuitenActie(
                id=item_id,
                wie=d["actie_wie"],
                datum=d.get("actie_datum"),
                toelichting=d.get("actie_toelichting", ""),
            ),
        ]
    return nieuw
