"""The norm of issue 12 walked in a real Chromium, with axe-core on every page visited.

Seeds: 002 2.2 Stap 4 ("Bij twijfel ... moet altijd (opnieuw) advies worden gevraagd aan Veilig
Thuis"); Bijlage 2 Acute onveiligheid ("Hij of zij heeft direct bescherming nodig"); 3.4
Noodsituaties; Bijlage 2 Afweging 5 ("constateert dat de onveiligheid niet stopt of zich
herhaalt").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .walk import afweging, ga_naar, geen_a11y_fouten, klik, nieuwe_casus

pytestmark = pytest.mark.browser


def test_twijfel_op_afweging_2_na_nee_op_afweging_1_laat_niet_afsluiten(
    page: Any, axe: Any
) -> None:
    nieuwe_casus(page, "TWIJFEL-2")
    ga_naar(page, "4. Wegen")
    afweging(page, "vermoeden", "nee", "De plek lijkt van een val te komen.")
    afweging(page, "onveiligheid", "twijfel", "Maar het kind schrikt bij elk geluid.")
    klik(page, "Opslaan")
    tekst = page.inner_text("main")
    assert "mag worden afgesloten" not in tekst
    assert "U twijfelt of er acute of structurele onveiligheid is" in tekst
    geen_a11y_fouten(axe, page)
    ga_naar(page, "Overzicht")
    klik(page, "Meldcode afsluiten")
    tekst = page.inner_text("main")
    assert "U mag de meldcode afsluiten" not in tekst
    assert "afsluiten nu niet aan de orde" in tekst
    geen_a11y_fouten(axe, page)


def test_acute_onveiligheid_toont_eerst_de_directe_route(page: Any, axe: Any) -> None:
    nieuwe_casus(page, "ACUUT-3", leeftijd="35")
    ga_naar(page, "4. Wegen")
    afweging(page, "vermoeden", "ja", "Zij vertelt dat haar partner haar gisteren wurgde.")
    afweging(page, "onveiligheid", "ja", "Poging tot wurging: direct gevaar.")
    page.check("input[name=aard][value=acuut]")
    klik(page, "Opslaan")
    eerste = page.locator(".mw-layout__main .mw-alert").first
    assert "Acute onveiligheid: handel nu" in eerste.inner_text()
    assert "0800-2000" in eerste.inner_text() and "112" in eerste.inner_text()
    geen_a11y_fouten(axe, page)
    ga_naar(page, "5. Beslissen")
    page.check("input[name=melden_keuze][value=ja]")
    klik(page, "Opslaan")
    tekst = page.inner_text("main")
    assert tekst.index("Acute onveiligheid: handel nu") < tekst.index("Is melden noodzakelijk?")
    assert "Zet alle stappen" not in tekst
    assert "alle stappen voordat" not in tekst
    geen_a11y_fouten(axe, page)


def test_afweging_5_twee_keer_opnieuw_gewogen_alle_drie_in_het_verslag(page: Any, axe: Any) -> None:
    nieuwe_casus(page, "HERWEGING-2", leeftijd="40")
    ga_naar(page, "4. Wegen")
    afweging(page, "vermoeden", "ja", "Spanning thuis, moeder vertelt over duwen.")
    afweging(page, "onveiligheid", "nee", "Geen acuut of structureel gevaar gezien.")
    ga_naar(page, "5. Beslissen")
    afweging(page, "hulp_bieden", "ja", "Ik zet gezinsbegeleiding in.")
    afweging(page, "medewerking", "ja", "Beide ouders doen mee.")
    afweging(page, "duurzame_veiligheid", "ja", "Eerste weging: plan is helder.")
    klik(page, "Opslaan")
    assert "bij deze hulpvragen is ‘ja’ een zorgsignaal" in page.inner_text("main")
    for datum, antwoord, motivatie in (
        ("2026-10-01", "ja", "Oktober: geen nieuwe incidenten."),
        ("2026-11-15", "nee", "November: opnieuw geweld, doelen niet gehaald."),
    ):
        page.fill("#id_hw_datum", datum)
        page.check(f"input[name=hw_antwoord][value={antwoord}]")
        page.fill("#id_hw_motivatie", motivatie)
        klik(page, "Opslaan")
        assert motivatie in page.inner_text("main")
    tekst = page.inner_text("main")
    assert "1 oktober 2026" in tekst and "15 november 2026" in tekst
    assert "Melden is noodzakelijk." in page.locator(".mw-norm").first.inner_text()
    geen_a11y_fouten(axe, page)
    ga_naar(page, "Samenvatting")
    geen_a11y_fouten(axe, page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Verslag als tekst (om te plakken)").click()
    verslag = Path(download.value.path()).read_text(encoding="utf-8")
    for stuk in (
        "Eerste weging: plan is helder.",
        "2026-10-01",
        "Oktober: geen nieuwe incidenten.",
        "2026-11-15",
        "November: opnieuw geweld, doelen niet gehaald.",
    ):
        assert stuk in verslag, stuk
