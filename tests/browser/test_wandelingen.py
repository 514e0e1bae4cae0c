"""Complete casussen walked in a real Chromium, with axe-core on every page of the flow."""

from __future__ import annotations

from typing import Any

import pytest
from web.verslag_pagina import lees_verslag

from .walk import afweging, ga_naar, geen_a11y_fouten, klik, nieuwe_casus, signaal

pytestmark = pytest.mark.browser


def test_melden_noodzakelijk_door_acute_onveiligheid(page: Any, axe: Any) -> None:
    page.goto("/")
    geen_a11y_fouten(axe, page)
    nieuwe_casus(page, "ACUUT-1", leeftijd="6")
    geen_a11y_fouten(axe, page)  # overzicht
    ga_naar(page, "1. Signalen")
    signaal(page, "observatie", "Verse brandwond op de onderarm, rond, ongeveer 1 cm.")
    signaal(page, "derden", "Broer vertelt dat vader hem gisteren sloeg.", bron="leerkracht")
    page.fill("#id_visie_kinderen", "Wil niet naar huis.")
    geen_a11y_fouten(axe, page)
    ga_naar(page, "2. Overleg")
    page.check("input[name=con_met][value=veilig_thuis]")
    page.fill("#id_con_advies", "Direct melden.")
    klik(page, "Overleg opslaan")
    geen_a11y_fouten(axe, page)
    ga_naar(page, "3. Gesprek")
    # A child of 6: the talk with the parents has its own reason (issue 13 item 10).
    page.check("input[name=ouders_grond][value=veiligheid]")
    page.fill("#id_ouders_toelichting", "Vader dreigde de school.")
    geen_a11y_fouten(axe, page)
    ga_naar(page, "4. Wegen")
    afweging(page, "vermoeden", "ja", "Letsel en verklaring van broer.")
    afweging(page, "onveiligheid", "ja", "Verse brandwond: acuut.")
    geen_a11y_fouten(axe, page)
    ga_naar(page, "5. Beslissen")
    norm = page.locator(".mw-norm").first
    assert "Melden is noodzakelijk." in norm.inner_text()
    page.check("input[name=melden_keuze][value=ja]")
    page.check("input[name=m_besproken][value=nee]")
    page.check("input[name=m_toestemming][value=niet_gevraagd]")
    page.fill("#id_m_afspraken", "Ik blijf het kind op school volgen.")
    geen_a11y_fouten(axe, page)
    ga_naar(page, "Samenvatting")
    tekst = page.inner_text("main")
    assert "Verse brandwond op de onderarm" in tekst
    assert "Ik blijf het kind op school volgen." in tekst
    verslag = lees_verslag(page.content(), "stap1-derden")  # the verslag's tree on the page
    assert verslag.waarden("Bron") == ["leerkracht"]
    beslissingen = lees_verslag(page.content(), "stap5").teksten
    rij = beslissingen.index("1. Is melden noodzakelijk?")
    assert beslissingen[rij + 1].startswith("melden is noodzakelijk")  # the norm
    assert beslissingen[rij + 2] == "Ja"  # her choice
    geen_a11y_fouten(axe, page)


def test_hulp_gekozen_met_alle_drie_de_voorwaarden(page: Any, axe: Any) -> None:
    nieuwe_casus(page, "HULP-1", leeftijd="40")
    ga_naar(page, "4. Wegen")
    afweging(page, "vermoeden", "ja", "Signalen van spanning thuis.")
    afweging(page, "onveiligheid", "nee", "Geen acuut of structureel gevaar gezien.")
    ga_naar(page, "5. Beslissen")
    afweging(page, "hulp_bieden", "ja", "Ik kan gezinsbegeleiding inzetten.")
    afweging(page, "medewerking", "ja", "Beide ouders willen meedoen.")
    afweging(page, "duurzame_veiligheid", "ja", "Eerdere hulp werkte.")
    klik(page, "Opslaan")
    assert "Hulp bieden of organiseren is mogelijk" in page.inner_text("main")
    page.check("input[name=melden_keuze][value=nee]")
    page.check("input[name=hulp_keuze][value=ja]")
    klik(page, "Opslaan")
    assert page.locator("#foutsamenvatting").count() == 0
    geen_a11y_fouten(axe, page)
    ga_naar(page, "Samenvatting")
    beslissingen = lees_verslag(page.content(), "stap5").teksten  # norm beside her choice
    melden = beslissingen.index("1. Is melden noodzakelijk?")
    assert beslissingen[melden + 2] == "Nee"
    hulp = beslissingen.index("2. Is hulp verlenen of organiseren (ook) mogelijk?")
    assert beslissingen[hulp + 1] == "hulp bieden of organiseren is mogelijk"
    assert beslissingen[hulp + 2] == "Ja"


def test_afsluiten_bij_afweging_1_nee(page: Any, axe: Any) -> None:
    nieuwe_casus(page, "SLUIT-1")
    ga_naar(page, "4. Wegen")
    afweging(
        page,
        "vermoeden",
        "nee",
        "De blauwe plek komt van een sportongeval, bevestigd door de trainer.",
    )
    ga_naar(page, "Overzicht")
    klik(page, "Meldcode afsluiten")
    assert "U mag de meldcode afsluiten" in page.inner_text("main")
    geen_a11y_fouten(axe, page)
    klik(page, "Meldcode afsluiten")  # without a reason
    assert page.locator("#foutsamenvatting").is_visible()
    geen_a11y_fouten(axe, page)
    page.fill("#id_reden", "Geen vermoeden: verklaring klopt.")
    klik(page, "Meldcode afsluiten")
    tekst = page.inner_text("main")
    assert "Geen vermoeden: verklaring klopt." in tekst
    assert "afgesloten" in tekst


def test_buiten_de_meldcode(page: Any, axe: Any) -> None:
    nieuwe_casus(page, "SCOPE-1", situatie="tussen_leerlingen")
    from meldwijzer.content.loader import default_pack

    assert page.title().startswith("Buiten de meldcode")
    assert page.inner_text("h1") == default_pack().scope_regel("tussen_leerlingen").titel
    geen_a11y_fouten(axe, page)


def test_noodpagina_en_wissen_zijn_toegankelijk(page: Any, axe: Any) -> None:
    page.goto("/acuut-gevaar/")
    assert page.get_by_role("link", name="Bel 112").count() == 1
    geen_a11y_fouten(axe, page)
    nieuwe_casus(page, "NOOD-2")
    with page.expect_navigation():
        page.get_by_role("button", name="Acuut gevaar?").click()
    geen_a11y_fouten(axe, page)
    klik(page, "Terug naar de casus")
    assert "NOOD-2" in page.inner_text("nav[aria-label='Stappen van de meldcode']")
    for stap in ("2. Overleg", "3. Gesprek", "Samenvatting"):
        ga_naar(page, stap)
        geen_a11y_fouten(axe, page)
