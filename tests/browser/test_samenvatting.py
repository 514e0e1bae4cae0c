"""The summary page of a full casus in Chromium: the verslag's tree, styled by the site's
stylesheet, accessible to axe (issue 18 item 2)."""

from __future__ import annotations

from typing import Any

import pytest
from verslag.factories import volle_casus

from meldwijzer.verslag import casus_naar_json

from .walk import ga_naar, geen_a11y_fouten, klik

pytestmark = pytest.mark.browser


def test_samenvatting_van_een_volle_casus_is_toegankelijk_en_opgemaakt(page: Any, axe: Any) -> None:
    page.goto("/")
    page.set_input_files(
        "#id_bestand",
        files=[
            {
                "name": "casus.json",
                "mimeType": "application/json",
                "buffer": casus_naar_json(volle_casus()),
            }
        ],
    )
    klik(page, "Casus openen")
    ga_naar(page, "Samenvatting")
    assert page.locator("main h1").count() == 1
    assert page.locator("article.verslag table").count() == 1  # the two decisions beside the norm
    # The site's stylesheet lays out a field as label beside value; nothing inline (CSP).
    veld = page.locator("article.verslag .verslag__veld").first
    assert veld.evaluate("el => getComputedStyle(el).display") == "grid"
    assert page.locator("main [style]").count() == 0
    geen_a11y_fouten(axe, page)
    page.set_viewport_size({"width": 360, "height": 740})
    geen_a11y_fouten(axe, page)
