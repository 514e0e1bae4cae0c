"""The casus lives with the tab: reload and back keep it, closing the tab or Wissen erases it."""

from __future__ import annotations

from typing import Any

import pytest

from .walk import ga_naar, klik, nieuwe_casus, sessie_opslag, signaal

pytestmark = pytest.mark.browser


def _accepteer_dialogen(page: Any) -> list[str]:
    soorten: list[str] = []

    def afhandelen(dialog: Any) -> None:
        soorten.append(dialog.type)
        dialog.accept()

    page.on("dialog", afhandelen)
    return soorten


def test_herladen_houdt_alles_ook_wat_nog_niet_verstuurd_is(page: Any) -> None:
    dialogen = _accepteer_dialogen(page)
    nieuwe_casus(page, "HERLAAD-1")
    ga_naar(page, "1. Signalen")
    signaal(page, "observatie", "Opgeslagen signaal R1")
    page.fill("#id_ci_tekst", "Nog niet verstuurde tekst R2")
    with page.expect_navigation():
        page.reload()
    page.wait_for_selector("text=Opgeslagen signaal R1")
    assert page.url.endswith("/stap/1/")
    assert page.input_value("#id_ci_tekst") == "Nog niet verstuurde tekst R2"
    assert "beforeunload" in dialogen  # she was warned before the reload
    # And the restored page saves like any other.
    ga_naar(page, "Samenvatting")
    tekst = page.inner_text("main")
    assert "Opgeslagen signaal R1" in tekst
    assert "Nog niet verstuurde tekst R2" in tekst


def test_terugknop_verliest_niets(page: Any) -> None:
    _accepteer_dialogen(page)
    nieuwe_casus(page, "TERUG-1")
    ga_naar(page, "1. Signalen")
    signaal(page, "observatie", "Signaal voor terug T1")
    ga_naar(page, "2. Overleg")
    page.check("input[name=con_met][value=collega]")
    page.fill("#id_con_advies", "Advies na signaal T2")
    klik(page, "Overleg opslaan")
    page.go_back()
    page.wait_for_load_state("load")
    page.wait_for_selector("form#casus")
    ga_naar(page, "Samenvatting")
    tekst = page.inner_text("main")
    assert "Signaal voor terug T1" in tekst
    assert "Advies na signaal T2" in tekst


def test_tabblad_sluiten_wist_alles(context: Any) -> None:
    page = context.new_page()
    nieuwe_casus(page, "SLUIT-TAB-1")
    ga_naar(page, "1. Signalen")
    signaal(page, "observatie", "Verdwijnt met het tabblad")
    assert any("SLUIT-TAB-1" in v for v in sessie_opslag(page).values())
    page.close()
    nieuw = context.new_page()
    nieuw.goto("/stap/1/")
    assert "Er is in dit tabblad geen casus geopend" in nieuw.inner_text("main")
    assert sessie_opslag(nieuw) == {}
    nieuw.goto("/")
    assert nieuw.locator("#herstel").is_hidden()


def test_wissen_leegt_het_tabblad_na_bevestiging(page: Any) -> None:
    dialogen = _accepteer_dialogen(page)
    nieuwe_casus(page, "WISSEN-1")
    assert sessie_opslag(page)
    klik(page, "Wissen")
    assert "confirm" in dialogen
    assert "Nieuwe casus" in page.inner_text("main")
    assert sessie_opslag(page) == {}
    page.goto("/overzicht/")
    assert "geen casus geopend" in page.inner_text("main")


def test_startpagina_biedt_de_open_casus_van_dit_tabblad_aan(page: Any) -> None:
    _accepteer_dialogen(page)
    nieuwe_casus(page, "VERDER-1")
    page.goto("/")
    assert page.locator("#herstel").is_visible()
    assert "VERDER-1" in page.inner_text("#herstel")
    klik(page, "Verder met deze casus")
    assert "Waar staat deze casus?" in page.inner_text("main")


def test_waarschuwing_bij_sluiten_met_onverstuurde_tekst(page: Any) -> None:
    nieuwe_casus(page, "WAARSCHUW-1")
    ga_naar(page, "1. Signalen")
    page.fill("#id_sig_tekst", "Nog niet opgeslagen")
    gezien: list[str] = []
    page.on("dialog", lambda d: (gezien.append(d.type), d.dismiss()))
    page.close(run_before_unload=True)
    page.wait_for_timeout(300)
    assert gezien == ["beforeunload"]


def test_schrijfcheck_tijdens_het_typen(page: Any) -> None:
    nieuwe_casus(page, "CHECK-1")
    ga_naar(page, "1. Signalen")
    page.check("input[name=sig_soort][value=observatie]")
    page.fill("#id_sig_tekst", "Moeder is agressief")
    page.wait_for_selector("[data-schrijfcheck-voor=id_sig_tekst] q")
    assert page.inner_text("[data-schrijfcheck-voor=id_sig_tekst] q") == "agressief"


def test_alleen_met_het_toetsenbord(page: Any) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Naar de inhoud"
    page.keyboard.press("Enter")
    # Tab to the label field, type, and start with Enter.
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_label":
            break
    assert page.evaluate("document.activeElement.id") == "id_label"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # visible focus
    page.keyboard.type("TOETS-1")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Valt deze situatie onder de meldcode?" in page.inner_text("h1")
    # Choose the situation with the keyboard: focus the radio group, select with Space.
    page.focus("input[name=situatie][value=huiselijke_kring]")
    page.keyboard.press("Space")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Verder":
            break
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Waar staat deze casus?" in page.inner_text("h1")
    # The step navigation is reachable by Tab and works with Enter.
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "1. Signalen":
            break
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Stap 1 van 5" in (page.text_content("main") or "")


def test_beschadigde_staat_herstelt_uit_het_tabblad_met_wat_zij_typte(page: Any) -> None:
    page.on("dialog", lambda d: d.accept())
    nieuwe_casus(page, "KAPOT-1")
    ga_naar(page, "1. Signalen")
    signaal(page, "observatie", "Eerder signaal K1")
    page.eval_on_selector(
        "input[name=staat]", "el => { el.value = el.value.slice(0, -3) + 'abc'; }"
    )
    page.check("input[name=sig_soort][value=observatie]")
    page.fill("#id_sig_tekst", "Nieuw getypt K2")
    klik(page, "Signaal opslaan")
    assert "beschadigd of aangepast" in page.inner_text("main")
    assert page.input_value("#id_sig_tekst") == "Nieuw getypt K2"
    klik(page, "Laatste goede versie uit dit tabblad terugzetten, met wat u typte")
    ga_naar(page, "Samenvatting")
    tekst = page.inner_text("main")
    assert "Eerder signaal K1" in tekst
    assert "Nieuw getypt K2" in tekst
