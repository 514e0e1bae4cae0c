"""Issue 12 in every verslag format: the history of afweging 5 (each weighing with its date,
answer and motivation), the kind of unsafety, the relevance of a report, and an open norm
that says what is open. Seed 002, Bijlage 2, Afweging 5: "Wanneer een professional die hulp
biedt of organiseert ... constateert dat de onveiligheid niet stopt of zich herhaalt"."""

from __future__ import annotations

import html
import re

import pytest

from meldwijzer.engine.casus import Casus
from meldwijzer.engine.norm import beoordeel
from meldwijzer.verslag import bouw_verslag, render

from .lezen import docx_tekst, normaal, pdf_tekst

CASUS = Casus.model_validate(
    {
        "label": "HERWEGING-V",
        "afwegingen": {
            "vermoeden": {"antwoord": "ja", "motivatie": "Moeder vertelt over duwen."},
            "onveiligheid": {"antwoord": "nee", "motivatie": "Geen gevaar gezien."},
            "hulp_bieden": {"antwoord": "ja", "motivatie": "Gezinsbegeleiding."},
            "medewerking": {"antwoord": "ja", "motivatie": "Ouders doen mee."},
            "duurzame_veiligheid": {"antwoord": "ja", "motivatie": "Plan is helder."},
        },
        "onveiligheid_aard": "structureel",
        "relevantie": {"gezinsvoogd": True, "toelichting": "GI betrokken."},
        "herwegingen": [
            {"datum": "2026-10-01", "antwoord": "ja", "motivatie": "Geen nieuwe incidenten."},
            {"datum": "2026-11-15", "antwoord": "nee", "motivatie": "Opnieuw geweld."},
        ],
    }
)
VERWACHT = (
    "Plan is helder.",
    "2026-10-01",
    "Geen nieuwe incidenten.",
    "2026-11-15",
    "Opnieuw geweld.",
    "De norm volgt de laatste weging.",
    "Structureel",
    "Gezinsvoogd in het gezin",
)


def _tekst(formaat: str) -> str:
    data = render(bouw_verslag(CASUS, advies=beoordeel(CASUS)), formaat)
    if formaat == "pdf":
        return pdf_tekst(data)
    if formaat == "docx":
        return docx_tekst(data)
    return normaal(html.unescape(re.sub(r"<[^>]+>", " ", data.decode("utf-8"))))


@pytest.mark.parametrize("formaat", ["txt", "html", "pdf", "docx"])
def test_elke_weging_van_afweging_5_staat_in_elk_formaat(formaat: str) -> None:
    tekst = _tekst(formaat)
    for stuk in VERWACHT:
        assert stuk in tekst, f"{formaat} mist {stuk!r}"


def test_een_open_norm_zegt_in_het_verslag_wat_open_is() -> None:
    casus = Casus.model_validate({"afwegingen": {"vermoeden": "ja", "onveiligheid": "twijfel"}})
    tekst = normaal(render(bouw_verslag(casus, advies=beoordeel(casus)), "txt").decode())
    assert "niet alle afwegingen zijn beantwoord" not in tekst
    assert "U twijfelt of er acute of structurele onveiligheid is" in tekst
