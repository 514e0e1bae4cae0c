"""Issue 13 items 4, 5, 6, 7 and 8 as a professional meets them in Chromium, axe on each page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .walk import afweging, ga_naar, geen_a11y_fouten, klik, nieuwe_casus

pytestmark = pytest.mark.browser


def test_soort_signaal_wordt_gevraagd_en_een_fout_houdt_haar_niet_gevangen(
    page: Any, axe: Any
) -> None:
    nieuwe_casus(page, "FOUT-1", leeftijd="40")
    ga_naar(page, "1. Signalen")
    assert page.locator("input[name=sig_soort]:checked").count() == 0  # item 5: no default
    page.fill("#id_sig_tekst", "Hoorde van de buurvrouw dat er geschreeuwd werd.")
    ga_naar(page, "3. Gesprek")
    # Item 4: she stays, with her text and the error, and is told why and how to leave.
    assert page.url.endswith("/stap/1/")
    assert "Kies wat voor signaal dit is." in page.inner_text("#foutsamenvatting")
    assert "U koos ‘Stap 3’" in page.inner_text("#foutsamenvatting")
    assert page.input_value("#id_sig_tekst").startswith("Hoorde van de buurvrouw")
    geen_a11y_fouten(axe, page)
    klik(page, "Naar ‘Stap 3’ zonder deze invoer")
    assert page.url.endswith("/stap/3/")


def test_teller_bij_een_veld_met_een_grens(page: Any) -> None:
    nieuwe_casus(page, "TELLER-1")
    ga_naar(page, "1. Signalen")
    page.fill("#id_sig_bron", "x" * 310)  # a paste: nothing is cut off
    assert len(page.input_value("#id_sig_bron")) == 310
    assert "10 te veel" in page.inner_text("#id_sig_bron_teller")


def test_wie_en_concept_melding_in_de_downloads(page: Any, axe: Any) -> None:
    page.on("dialog", lambda d: d.accept())
    nieuwe_casus(page, "MELDING-1", leeftijd="34")
    ga_naar(page, "1. Signalen")
    page.fill("#id_prof_functie", "wijkverpleegkundige")
    page.fill("#id_prof_organisatie", "Zorg Oost")
    page.fill("#id_prof_beslisser", "teamleider")
    page.check("input[name=sig_soort][value=observatie]")
    page.fill("#id_sig_tekst", "Blauwe plek op de wang, 2 cm.")
    page.fill("#id_sig_datum", "2026-11-03")
    klik(page, "Signaal opslaan")
    assert page.input_value("#id_prof_functie") == "wijkverpleegkundige"
    ga_naar(page, "4. Wegen")
    afweging(page, "vermoeden", "ja", "De plek en haar uitleg passen niet.")
    afweging(page, "onveiligheid", "ja", "Herhaald letsel.")
    ga_naar(page, "5. Beslissen")
    page.check("input[name=melden_keuze][value=ja]")
    ga_naar(page, "Samenvatting")
    geen_a11y_fouten(axe, page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Concept-melding voor Veilig Thuis").click()
    concept = Path(download.value.path()).read_text(encoding="utf-8")
    assert "Functie: wijkverpleegkundige" in concept and "Organisatie: Zorg Oost" in concept
    assert "Naam: [invullen]" in concept
    assert "3 november 2026: Blauwe plek op de wang, 2 cm." in concept
    assert "Ontbreekt: wat u van Veilig Thuis vraagt." in concept
    with page.expect_download() as download:
        page.get_by_role("button", name="Verslag als tekst (om te plakken)").click()
    verslag = Path(download.value.path()).read_text(encoding="utf-8")
    assert "Opgesteld door: wijkverpleegkundige, Zorg Oost" in verslag
    assert "Beslist over melden (stap 5): teamleider" in verslag
