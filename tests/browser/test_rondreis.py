"""Every field of every page survives a professional's work in a real Chromium, with and
without JavaScript (issue 13, "Proof that stays"; item 1 was the blocker: dates erased).

The fields come from each page's form class for the casus the page carries, so a new field
is covered without touching this test. Each gets a distinctive value of its type; then:
save, go away and back, save again, reload (with JavaScript: the tab's copy restores it),
save the casus as a file, open the file, save every page again — every value unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django import forms
from web.formulier import kenmerkend

from meldwijzer.engine.casus import Casus
from meldwijzer.web.flow.pages import PAGINAS
from meldwijzer.web.flow.store import staat_lezen

from .walk import ga_naar, geen_a11y_fouten, klik

pytestmark = pytest.mark.browser

NAV = {
    "stap1": "1. Signalen",
    "stap2": "2. Overleg",
    "stap3": "3. Gesprek",
    "stap4": "4. Wegen",
    "stap5": "5. Beslissen",
}
KEUZE = {
    "situatie": ["partners_beide_client"],
    "leeftijd": ["34"],
    "kc_kinderen": ["ja"],
    "sig_soort": ["hypothese"],
    "kc_leeftijden": ["3, 7"],
}
NIET_OPGESLAGEN = {"overslaan_reden"}


def _casus(page: Any) -> Casus:
    return staat_lezen(page.input_value("#casus input[name=staat]")).casus


def _momentopname(casus: Casus) -> dict[str, Any]:
    data = casus.model_dump(mode="json")
    data.pop("gewijzigd")
    return data


def _open(page: Any, pagina_id: str) -> None:
    if pagina_id == "scope":
        ga_naar(page, "Overzicht")
        klik(page, "Situatie en cliënt aanpassen")
    else:
        ga_naar(page, NAV[pagina_id])


def _opslaan(page: Any, pagina_id: str) -> None:
    if pagina_id == "scope":
        klik(page, "Verder")
        klik(page, "Situatie en cliënt aanpassen")
    else:
        klik(page, "Opslaan")
    assert page.locator("#foutsamenvatting").count() == 0, page.inner_text("#foutsamenvatting")


def _open_alles(page: Any) -> None:
    """Open every folded part (details), as she does to reach the fields inside."""
    dicht = page.locator("#casus details:not([open]) > summary")
    while dicht.count():
        dicht.first.click()


def _vul(page: Any, naam: str, veld: forms.Field, waarden: list[str]) -> None:
    if isinstance(veld, forms.BooleanField):
        page.check(f"#casus [name={naam}]")
    elif isinstance(veld, forms.ChoiceField):  # radio buttons and check boxes
        for waarde in waarden:
            page.check(f"#casus input[name={naam}][value='{waarde}']")
    else:
        page.fill(f"#casus [name={naam}]", waarden[0])


def _vul_pagina(page: Any, pagina_id: str) -> None:
    gevuld: set[str] = set()
    form_klasse = PAGINAS[pagina_id].form
    assert form_klasse is not None
    while True:
        velden = form_klasse(casus=_casus(page)).fields
        _open_alles(page)
        nieuw = [
            n
            for n in velden
            if n not in gevuld
            and n not in NIET_OPGESLAGEN
            and page.locator(f"#casus [name={n}]").count()  # shown now (some follow an answer)
        ]
        if not nieuw:
            return
        for n, naam in enumerate(nieuw):
            waarden = KEUZE.get(naam) or kenmerkend(naam, velden[naam], len(gevuld) + n)
            _vul(page, naam, velden[naam], waarden)
        _opslaan(page, pagina_id)
        gevuld.update(nieuw)


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_elk_veld_overleeft_opslaan_navigeren_herladen_en_bestand_in_chromium(
    browser: Any, live_server: Any, axe: Any, javascript: bool
) -> None:
    ctx = browser.new_context(
        base_url=live_server.url, locale="nl-NL", java_script_enabled=javascript
    )
    ctx.set_default_timeout(10_000)
    try:
        page = ctx.new_page()
        page.on("dialog", lambda d: d.accept())
        page.goto("/")
        page.fill("#id_label", "RONDREIS-CHROMIUM")
        klik(page, "Nieuwe casus starten")
        _vul_pagina(page, "scope")
        for pagina_id in NAV:
            _open(page, pagina_id)
            _vul_pagina(page, pagina_id)
            if javascript:  # every step page, every field filled and its parts open
                geen_a11y_fouten(axe, page)
        verwacht = _momentopname(_casus(page))
        assert verwacht["melding"]["datum"] and verwacht["kindcheck"]["datum"]

        for pagina_id in ("scope", *NAV):
            _open(page, pagina_id)
            _opslaan(page, pagina_id)
            assert _momentopname(_casus(page)) == verwacht, f"{pagina_id}: opnieuw opslaan"
            if javascript:  # a reload fetches the page and restores the tab's copy
                with page.expect_navigation():
                    page.reload()
                page.wait_for_selector("#casus input[name=staat]", state="attached")
                page.wait_for_load_state()
                _opslaan(page, pagina_id)
                assert _momentopname(_casus(page)) == verwacht, f"{pagina_id}: na herladen"

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
        assert _momentopname(_casus(page)) == verwacht, "na bewaren en openen"
        for pagina_id in ("scope", *NAV):
            _open(page, pagina_id)
            _opslaan(page, pagina_id)
        assert _momentopname(_casus(page)) == verwacht, "na openen alles opnieuw opgeslagen"
    finally:
        ctx.close()
