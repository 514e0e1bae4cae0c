"""Who did the work and under which kader, in every format (issue 13, items 6 and 7)."""

from __future__ import annotations

import pytest

from meldwijzer.engine.casus import Professional
from meldwijzer.verslag import FORMATEN, bouw_verslag, render

from .factories import volle_casus
from .lezen import docx_tekst, normaal, pdf_tekst

WIE = Professional(
    functie="jeugdverpleegkundige", organisatie="GGD Kustland", beslisser="teamleider JGZ"
)


def _tekst(formaat: str, data: bytes) -> str:
    if formaat == "pdf":
        return pdf_tekst(data)
    if formaat == "docx":
        return normaal(docx_tekst(data))
    return normaal(data.decode("utf-8"))


@pytest.mark.parametrize("formaat", sorted(FORMATEN))
def test_functie_organisatie_beslisser_en_kader_staan_in_elk_formaat(formaat: str) -> None:
    casus = volle_casus().model_copy(update={"professional": WIE})
    tekst = _tekst(formaat, render(bouw_verslag(casus), formaat))
    assert "jeugdverpleegkundige" in tekst
    assert "GGD Kustland" in tekst
    if formaat != "concept":  # the concept-melding names the melder, not who decides
        assert "teamleider JGZ" in tekst
        assert (
            "Afwegingskader psychologen, pedagogen, (psycho)therapeuten en sociaal werkers" in tekst
        )
        assert "bpsw@" not in tekst and "Content pack" not in tekst
        assert tekst.count("Opgesteld met meldwijzer") == 1


def test_zonder_functie_zegt_het_verslag_dat_het_niet_is_ingevuld() -> None:
    tekst = render(bouw_verslag(volle_casus()), "txt").decode()
    assert "Opgesteld door: functie en organisatie niet ingevuld" in tekst
    assert "Beslist over melden (stap 5): de opsteller zelf" in tekst
