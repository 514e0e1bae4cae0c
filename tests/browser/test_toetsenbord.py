"""The flow with the keyboard (issue 13, item 2 and "Proof that stays"): Enter in any
one-line field saves the page she is on; Tab walks every step page in document order with
a visible focus on each stop; and the way back from the emergency page, a reload after
opening a file and Back after Wissen land on a page, never on a browser error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .walk import ga_naar, geen_a11y_fouten, klik, nieuwe_casus

pytestmark = pytest.mark.browser

STAPPEN = ("1. Signalen", "2. Overleg", "3. Gesprek", "4. Wegen", "5. Beslissen")
EENREGELIG = (
    "input:not([type=hidden]):not([type=radio]):not([type=checkbox])"
    ":not([type=submit]):not([type=file]):not([type=password])"
)
WAARDE = {"date": "2026-02-03", "number": "3"}


def _rev(page: Any) -> int:
    return int(page.get_attribute("#casus", "data-rev"))


def _eenregelige_velden(page: Any) -> list[str]:
    ids: list[str] = page.eval_on_selector_all(f"#casus {EENREGELIG}", "els => els.map(e => e.id)")
    return ids


def test_enter_in_elk_eenregelig_veld_slaat_de_pagina_op_waarop_zij_staat(page: Any) -> None:
    nieuwe_casus(page, "ENTER-1", leeftijd="40")
    geteld = 0
    for stap in STAPPEN:
        ga_naar(page, stap)
        adres, kop = page.url, page.inner_text("h1")
        for ident in _eenregelige_velden(page):
            soort = page.get_attribute(f"#{ident}", "type") or "text"
            voor = _rev(page)
            page.fill(f"#{ident}", WAARDE.get(soort, "3"))
            with page.expect_navigation():
                page.press(f"#{ident}", "Enter")
            assert page.url == adres, f"Enter in {ident} ging naar {page.url}"
            assert page.inner_text("h1") == kop, ident
            # Saved, or (a source without its sign) the page's own error: never elsewhere.
            opgeslagen = _rev(page) == voor + 1
            assert opgeslagen or page.locator("#foutsamenvatting").count(), ident
            geteld += 1
    assert geteld >= 8  # sig_bron, datums, kindcheck, functie/rol...


def test_enter_op_de_scopepagina_slaat_de_leeftijd_op(page: Any) -> None:
    page.goto("/")
    page.fill("#id_label", "ENTER-SCOPE")
    klik(page, "Nieuwe casus starten")
    page.check("input[name=situatie][value=huiselijke_kring]")
    page.fill("#id_leeftijd", "41")
    with page.expect_navigation():
        page.press("#id_leeftijd", "Enter")
    assert "Acuut gevaar" not in page.inner_text("h1")
    assert page.input_value("#id_leeftijd") == "41"


def _zichtbare_focus(page: Any) -> dict[str, Any]:
    return dict(
        page.evaluate(
            """() => {
            const el = document.activeElement;
            const s = getComputedStyle(el);
            const zichtbaar = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                || (s.boxShadow && s.boxShadow !== 'none');
            return {tag: el.tagName, id: el.id, naam: el.getAttribute('name'),
                    zichtbaar: zichtbaar};
        }"""
        )
    )


def test_tab_volgorde_en_zichtbare_focus_op_elke_stappagina(page: Any) -> None:
    nieuwe_casus(page, "TAB-1", leeftijd="40")
    for stap in STAPPEN:
        ga_naar(page, stap)
        page.evaluate("() => { document.activeElement && document.activeElement.blur(); }")
        page.evaluate("() => window.__vorige = null")
        gezien = 0
        for _ in range(400):
            page.keyboard.press("Tab")
            if page.evaluate("() => document.activeElement === document.body"):
                break
            focus = _zichtbare_focus(page)
            assert focus["zichtbaar"], f"{stap}: geen zichtbare focus op {focus}"
            na = page.evaluate(
                """() => {
                const el = document.activeElement, v = window.__vorige;
                window.__vorige = el;
                if (!v) { return true; }
                return !!(v.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
            }"""
            )
            if not na:  # wrapped round to the top: the page is done
                break
            gezien += 1
        assert gezien >= 10, f"{stap}: maar {gezien} tabstops"


def test_terug_naar_de_casus_vanaf_acuut_gevaar_gaat_naar_dezelfde_stap(
    page: Any, axe: Any
) -> None:
    nieuwe_casus(page, "NOOD-1")
    ga_naar(page, "3. Gesprek")
    with page.expect_navigation():
        page.get_by_role("button", name="Acuut gevaar?").click()
    assert page.inner_text("h1") == "Acuut gevaar?"
    geen_a11y_fouten(axe, page)
    klik(page, "Terug naar de casus")
    assert page.url.endswith("/stap/3/")
    assert "Gesprek" in page.inner_text("h1")


def test_herladen_na_openen_en_terug_na_wissen_geven_geen_405(page: Any, axe: Any) -> None:
    page.on("dialog", lambda d: d.accept())
    nieuwe_casus(page, "OPEN-1")
    ga_naar(page, "Samenvatting")
    page.get_by_text("Casus bewaren als bestand, om later verder te werken").click()
    with page.expect_download() as download:
        page.get_by_role("button", name="Casus bewaren als bestand").click()
    inhoud = Path(download.value.path()).read_bytes()
    page.goto("/")
    page.set_input_files(
        "#id_bestand",
        files=[{"name": "casus.json", "mimeType": "application/json", "buffer": inhoud}],
    )
    klik(page, "Casus openen")
    assert page.url.endswith("/overzicht/")  # the address of the page shown, not /openen/
    with page.expect_navigation():
        antwoord = page.reload()
    assert antwoord.status != 405
    page.wait_for_selector("text=OPEN-1")
    klik(page, "Wissen")
    assert page.locator("#nieuw").is_visible()
    antwoord = page.go_back()
    assert antwoord is None or antwoord.status != 405
    page.wait_for_load_state()
    assert "405" not in page.inner_text("body")
    geen_a11y_fouten(axe, page)


def test_foutpaginas_hebben_een_werkende_veilig_thuis_link(page: Any, axe: Any) -> None:
    antwoord = page.goto("/bestaat-niet/")
    assert antwoord.status == 404
    assert page.get_attribute(".mw-header__tel", "href") == "tel:08002000"
    geen_a11y_fouten(axe, page)
