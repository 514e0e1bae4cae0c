"""Seed content and who-to-talk-to in a real Chromium, with axe-core on every page shown
(issue 12: seed content on screen, finding 7; issue 13 items 9 and 10).

Seeds (002): 2.2 Stap 3 NB: "Over het wel of niet voeren van een gesprek met de cliënt bij
vermoedens van specifieke vormen van geweld zoals eergerelateerd geweld, huwelijksdwang en
vrouwelijke genitale verminking, wordt geadviseerd om altijd vooraf overleg te voeren met
experts"; 1.3: signals of violence between pupils "behoren te worden gemeld bij de
leidinggevende of de directie en tevens bij de vertrouwensinspecteur voor het onderwijs".
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from web.verslag_pagina import lees_verslag

from .walk import ga_naar, geen_a11y_fouten, klik

pytestmark = pytest.mark.browser

OUDERS = re.compile(r"\bouders?\b|\bouder\(s\)", re.IGNORECASE)


def _adviezen(page: Any) -> list[str]:
    return [t.strip() for t in page.locator(".mw-advies__item").all_inner_texts()]


def test_14_jarige_bij_eergerelateerd_geweld_nooit_ouders_zonder_voorbehoud(
    page: Any, axe: Any
) -> None:
    page.goto("/")
    page.fill("#id_label", "EER-14")
    klik(page, "Nieuwe casus starten")
    page.check("input[name=situatie][value=huiselijke_kring]")
    page.fill("#id_leeftijd", "14")
    page.check("input[name=vormen][value=eergerelateerd]")
    klik(page, "Verder")
    for stap in ("3. Gesprek", "5. Beslissen"):
        ga_naar(page, stap)
        over_ouders = [a for a in _adviezen(page) if OUDERS.search(a)]
        assert over_ouders, stap
        for advies in over_ouders:
            assert "deskundigen" in advies, (stap, advies)
        geen_a11y_fouten(axe, page)
    # Stap 5: the inline "Bespreek de melding vooraf met ... de ouder(s)" has the caveat beside it.
    regel = page.locator(".mw-norm__inline", has_text="Bespreek de melding vooraf met")
    assert "ouder" in (regel.text_content() or "")
    assert page.locator(".mw-alert--error", has_text="deskundigen heeft geraadpleegd").count() >= 1

    ga_naar(page, "3. Gesprek")
    assert "Eerst deskundigen raadplegen" in page.inner_text("#gesprek-ouders-titel + *")
    page.check("input[name=ouders_grond][value=veiligheid]")
    page.fill("#id_ouders_toelichting", "Familie dreigt bij bekend worden.")
    page.check("input[name=kind_grond][value=te_belastend]")
    ga_naar(page, "Samenvatting")
    tekst = page.inner_text("main")
    assert "Gesprek met het kind niet gevoerd" in tekst
    assert "Familie dreigt bij bekend worden." in tekst
    geen_a11y_fouten(axe, page)


def test_faq_zoeken_met_en_zonder_javascript(browser: Any, live_server: Any, axe: Any) -> None:
    for js in (True, False):
        ctx = browser.new_context(base_url=live_server.url, locale="nl-NL", java_script_enabled=js)
        try:
            page = ctx.new_page()
            page.goto("/veelgestelde-vragen/")
            assert page.locator("[data-faq-item]").count() == 29
            if js:
                geen_a11y_fouten(axe, page)
            page.fill("input[name=q]", "gezinsvoogd")
            if js:  # the optional script (static/flow/faq.js) filters while she types
                assert page.locator("[data-faq-item]:visible").count() == 1
            with page.expect_navigation():
                page.keyboard.press("Enter")
            assert "q=gezinsvoogd" in page.url
            assert page.locator("[data-faq-item]").count() == 1
            assert "gezinsvoogd" in page.locator("[data-faq-item]").inner_text().casefold()
            if js:
                geen_a11y_fouten(axe, page)
        finally:
            ctx.close()


def test_beroepsgeheim_vanaf_een_stap_en_terug_met_de_casus(page: Any, axe: Any) -> None:
    page.goto("/")
    page.fill("#id_label", "BG-1")
    klik(page, "Nieuwe casus starten")
    page.check("input[name=situatie][value=huiselijke_kring]")
    klik(page, "Verder")
    ga_naar(page, "2. Overleg")
    page.check("input[name=con_met][value=collega]")
    page.fill("#id_con_vraag", "Mag ik dit delen?")
    with page.expect_navigation():
        page.locator("footer").get_by_role("button", name="Beroepsgeheim en meldrecht").click()
    assert page.inner_text("h1") == "Beroepsgeheim en meldrecht"
    tekst = page.inner_text("main")
    assert "evenwichtskunst" in tekst
    assert "artikel 5.2.6 van de Wet maatschappelijke ondersteuning" in tekst
    geen_a11y_fouten(axe, page)
    klik(page, "Terug naar de casus")
    assert page.inner_text("h1").startswith("Collegiale consultatie")
    assert "Mag ik dit delen?" in page.inner_text("main")


def test_buiten_de_meldcode_legt_vast_wat_zij_deed(page: Any, axe: Any) -> None:
    page.goto("/")
    page.fill("#id_label", "LEERLING-1")
    klik(page, "Nieuwe casus starten")
    page.check("input[name=situatie][value=tussen_leerlingen]")
    klik(page, "Verder")
    assert page.title().startswith("Buiten de meldcode")
    assert "én bij de vertrouwensinspecteur" in page.inner_text("main")
    geen_a11y_fouten(axe, page)
    page.fill("#id_actie_wie", "directie")
    page.fill("#id_actie_datum", "2026-11-30")
    page.fill("#id_actie_toelichting", "Melding bij directie na incident op het plein.")
    page.focus("#id_actie_wie")
    with page.expect_navigation():
        page.keyboard.press("Enter")  # Enter in a one-line field saves this page
    page.fill("#id_actie_wie", "vertrouwensinspecteur")
    klik(page, "Opslaan")
    items = page.locator("#buiten-acties-titel + ol li")
    assert items.count() == 2
    assert "directie" in items.first.inner_text()
    geen_a11y_fouten(axe, page)
    klik(page, "Samenvatting")
    buiten = lees_verslag(page.content(), "buiten_meldcode")  # the verslag's own section
    assert "Wat de professional deed" in buiten.koppen
    assert buiten.waarden("Geïnformeerd") == ["directie", "vertrouwensinspecteur"]
    assert "Melding bij directie na incident op het plein." in buiten.waarden("Wat en waarom")
    geen_a11y_fouten(axe, page)


def test_professional_van_een_andere_organisatie_krijgt_het_voorbeeld_en_veilig_thuis(
    page: Any, axe: Any
) -> None:
    """1.3 excludes a professional's violence from the stappenplan; Bijlage 2 weighs a
    childcare worker seen by another organisation's professional under afweging 2."""
    page.goto("/")
    page.fill("#id_label", "PROF-ANDER")
    klik(page, "Nieuwe casus starten")
    page.check("input[name=situatie][value=professional_tegen_client]")
    klik(page, "Verder")
    page.check("input[name=pleger_eigen][value=nee]")
    klik(page, "Opslaan")
    tekst = page.inner_text("main")
    assert "Voorbeeld uit het afwegingskader" in tekst
    assert "leidster in de kinderopvang" in tekst
    assert "Wkkgz" not in page.inner_text(".mw-advies")
    geen_a11y_fouten(axe, page)
