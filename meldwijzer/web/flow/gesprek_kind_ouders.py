"""Step 3 for a minor client: the talk with the child and with the parents, each with its
own reason when it is not held (issue 13 item 10; issue 12 finding 7).

Seed (002, 2.2 Stap 3): for the child, "tenzij dat vanwege zijn jeugdige leeftijd echt niet
mogelijk of te belastend voor hem is", plus the two general grounds of "Geen gesprek met de
cliënt" (safety; the client breaking off contact). For the parents: "Een gesprek met (een
van) de ouders kan achterwege blijven in verband met de veiligheid van het kind of die van
anderen. Bijvoorbeeld als de sociaal werker redenen heeft om aan te nemen dat hij het kind
dan uit het oog zal verliezen [...]".

The fields are declared in stap 3's field spec (`meldwijzer.engine.paginaspec`, groups `kind`
and `ouders`, shown by `kind_en_ouders_apart`), which builds, fills and applies them; this
module keeps the rule that ties each ground to its written indications.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from meldwijzer.engine.casus import GrondGeenGesprek

if TYPE_CHECKING:
    from meldwijzer.web.flow.forms.velden import FlowForm

#: Grounds that need the concrete indications written down (2.2 Stap 3 'Geen gesprek').
_AANWIJZINGEN_NODIG = {GrondGeenGesprek.VEILIGHEID.value, GrondGeenGesprek.CONTACT_VERBREKEN.value}


def controleren(form: FlowForm, data: dict[str, Any]) -> None:
    """Safety or losing sight of the child need the concrete indications written down."""
    for veld in ("kind", "ouders"):
        grond = data.get(f"{veld}_grond")
        if grond in _AANWIJZINGEN_NODIG and not data.get(f"{veld}_toelichting"):
            form.add_error(f"{veld}_toelichting", "Leg vast welke concrete aanwijzingen er zijn.")
        elif not grond and data.get(f"{veld}_toelichting"):
            form.add_error(f"{veld}_grond", "Kies waarom u dit gesprek niet voert.")
