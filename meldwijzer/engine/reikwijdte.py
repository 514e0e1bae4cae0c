"""Outside the meldcode: which route the seed names instead, and what to record.

seeds/002_5b0914504b666284.txt, 1.3 "Geweld in een zorg- of onderwijsrelatie": "Geweld
gepleegd door een professional ten opzichte van een cliënt of een leerling valt buiten het
bereik van de meldcode. In dat geval zijn andere wetgeving en andere stappen aan de orde,
zoals het informeren van de leidinggevende en/of de directie en het inschakelen van de
betreffende inspectie." The instruction (Bijlage 1b, Stap 1) speaks of one's own colleagues:
"meld de signalen dan bij de leidinggevende of de directie, conform de interne richtlijnen".
Yet the seed's first example of acute unsafety (Bijlage 2, afweging 2) is a childcare worker
seen by a psychologist of another organisation. Reading chosen: a professional of the
user's own organisation goes the internal route with its meldplicht; for a professional of
another organisation the user has no internal route, so the route is via Veilig Thuis (advice
and, if needed, a report), as in that example.

Teachers and pupils (1.3): "Deze signalen behoren te worden gemeld bij de leidinggevende of
de directie en tevens bij de vertrouwensinspecteur voor het onderwijs".
"""

from __future__ import annotations

from meldwijzer.engine.advies import AdviesItem
from meldwijzer.engine.casus import Casus, Situatie
from meldwijzer.engine.regels import item


def buiten_variant(casus: Casus) -> str:
    """The `buiten_meldcode` text for this casus: per situation, and for violence by a
    professional per organisation (own, other, not yet said)."""
    if casus.situatie is Situatie.PROFESSIONAL_TEGEN_CLIENT:
        if casus.pleger_eigen_organisatie is None:
            return "professional_onbekend"
        if casus.pleger_eigen_organisatie is False:
            return "professional_andere_organisatie"
    return casus.situatie.value


def buiten_adviezen(casus: Casus) -> list[AdviesItem]:
    return [item("buiten_meldcode", variant=buiten_variant(casus))]


def buiten_open_punten(casus: Casus) -> list[AdviesItem]:
    """No steps to complete outside the stappenplan; only what she did instead, and for a
    professional's violence whose organisation he works for."""
    punten: list[AdviesItem] = []
    if (
        casus.situatie is Situatie.PROFESSIONAL_TEGEN_CLIENT
        and casus.pleger_eigen_organisatie is None
    ):
        punten.append(item("buiten_organisatie_onbekend"))
    if not casus.buiten_acties:
        punten.append(item("buiten_acties_vastleggen"))
    return punten
