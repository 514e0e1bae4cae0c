"""The afwegingskader follows the professional (issue 17), in a real Chromium, axe on every
page: a teacher gets the basis kader and is told hers is not included; a sociaal werker
still gets the BPSW kader."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .walk import afweging, ga_naar, geen_a11y_fouten, klik

pytestmark = pytest.mark.browser

NIET_OPGENOMEN = "Het afwegingskader van uw beroepsgroep zit niet in meldwijzer."


def _start(page: Any, label: str, sector: str, beroep: str) -> None:
    page.goto("/")
    page.fill("#id_label", label)
    page.select_option("#id_sector", sector)
    page.select_option("#id_beroepsgroep", beroep)
    klik(page, "Nieuwe casus starten")
    page.check("input[name=situatie][value=huiselijke_kring]")
    klik(page, "Verder")


def test_een_leerkracht_werkt_met_het_basiskader_tot_het_verslag(page: Any, axe: Any) -> None:
    page.goto("/")
    geen_a11y_fouten(axe, page)
    _start(page, "LK-1", "onderwijs", "onderwijs")
    tekst = page.inner_text("main")
    assert NIET_OPGENOMEN in tekst
    assert "Meldcode-app" in tekst
    geen_a11y_fouten(axe, page)  # overzicht with the notice
    ga_naar(page, "4. Wegen")
    assert "Heb ik een vermoeden van acute of structurele onveiligheid?" in page.inner_text("main")
    afweging(page, "vermoeden", "ja", "Blauwe plekken op beide armen gezien.")
    afweging(page, "onveiligheid", "ja", "Het kind vertelde dat het thuis geslagen wordt.")
    geen_a11y_fouten(axe, page)
    ga_naar(page, "5. Beslissen")
    assert "De hulp leidt tot duurzame veiligheid." in page.inner_text("main")
    assert "Melden is noodzakelijk." in page.locator(".mw-norm").first.inner_text()
    page.check("input[name=melden_keuze][value=ja]")
    geen_a11y_fouten(axe, page)
    ga_naar(page, "Samenvatting")
    tekst = page.inner_text("main")
    assert "Onderwijs (bijvoorbeeld leerkracht)" in tekst
    assert "Basiskader meldcode" in tekst
    geen_a11y_fouten(axe, page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Verslag als tekst (om te plakken)").click()
    verslag = Path(download.value.path()).read_text(encoding="utf-8")
    assert "Onderwijs (bijvoorbeeld leerkracht)" in verslag
    assert "Sector" in verslag and "Onderwijs" in verslag
    assert "gewerkt met het basiskader" in verslag


def test_een_sociaal_werker_krijgt_het_bpsw_kader(page: Any, axe: Any) -> None:
    from meldwijzer.content.loader import SHIPPED_PACK, load_pack

    bpsw = load_pack(SHIPPED_PACK)
    _start(page, "SW-1", "jeugdhulp", "sociaal_werker")
    assert NIET_OPGENOMEN not in page.inner_text("main")
    ga_naar(page, "4. Wegen")
    tekst = page.inner_text("main")
    assert bpsw.afweging("onveiligheid").vraag in tekst
    assert "Voorbeelden uit de praktijk" in tekst
    assert NIET_OPGENOMEN not in tekst
    geen_a11y_fouten(axe, page)


def test_de_oefenmodus_loopt_alle_acht_voorbeelden_door(page: Any, axe: Any) -> None:
    """Each example, once answered, shows the afweging the seed hangs it under (Bijlage 2)."""
    from meldwijzer.content.loader import default_pack
    from meldwijzer.web.flow.oefenen import oefeningen

    alle = oefeningen(default_pack())
    assert len(alle) == 8
    page.goto("/")
    with page.expect_navigation():
        page.get_by_role("link", name="Oefenen met de voorbeelden uit het afwegingskader").click()
    geen_a11y_fouten(axe, page)
    with page.expect_navigation():
        page.locator("[data-oefeningen] a").first.click()
    for o in alle:
        assert page.inner_text("h1") == o.voorbeeld.titel
        page.check("input[name=vermoeden_antwoord][value=ja]")
        page.check("input[name=onveiligheid_antwoord][value=twijfel]")
        klik(page, "Bekijk waar het afwegingskader dit voorbeeld plaatst")
        plaats = page.locator("[data-afweging]")
        assert plaats.get_attribute("data-afweging") == o.afweging.id
        assert f"afweging {o.afweging.nummer}" in plaats.inner_text()
        assert o.groep is not None and o.groep.titel in page.inner_text("#uitkomst")
        geen_a11y_fouten(axe, page)
        if o.nummer < len(alle):
            with page.expect_navigation():
                page.get_by_role("link", name="Volgend voorbeeld").click()
    assert page.evaluate("() => window.sessionStorage.length") == 0


def test_een_intervisie_voorbereiden_en_downloaden(page: Any, axe: Any) -> None:
    page.goto("/intervisie/")
    page.select_option("#id_voorbeeld", "1")
    page.fill("#id_conclusies", "Eerst Veilig Thuis raadplegen.")
    klik(page, "Voorbeeld tonen")
    geen_a11y_fouten(axe, page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Downloaden als document").click()
    tekst = Path(download.value.path()).read_text(encoding="utf-8")
    assert "Eerst Veilig Thuis raadplegen." in tekst
    assert "VRAGEN VAN HET AFWEGINGSKADER" in tekst
