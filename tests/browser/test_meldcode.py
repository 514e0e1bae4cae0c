"""The organisation's own meldcode in a real Chromium (issue 16): a beheerder fills in the
profile, records the adoption and downloads the meldcode as PDF, Word and HTML; the PDF's
text holds every fill-in and the seed's model text unchanged. The dashboard, the flow in
organisation mode and a profile loaded in private mode show the fill-ins; axe on each page.

With MELDWIJZER_SCREENSHOTS=DIR the test also writes the screenshots of docs/screenshots/.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx import Document
from meldcode.helpers import INGEVULD, model_teksten, normaal, pdf_tekst, profiel, profiel_data
from org.conftest import casus_met_tekst, ingelogd, maak_gebruiker

from meldwijzer.meldcode.document import invullen
from meldwijzer.web.meldcode.forms import ProfielForm
from meldwijzer.web.org import services as org_services
from meldwijzer.web.org.models import Rol

from .walk import ga_naar, geen_a11y_fouten, klik, nieuwe_casus, sessie_opslag

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _foto(page: Any, naam: str) -> None:
    map_ = os.environ.get("MELDWIJZER_SCREENSHOTS")
    if map_:
        breedte = page.viewport_size["width"]
        hoogte = min(page.evaluate("document.body.scrollHeight"), 1800)
        page.screenshot(
            path=str(Path(map_) / naam),
            full_page=True,
            clip={"x": 0, "y": 0, "width": breedte, "height": hoogte},
        )


def _inloggen(context: Any, live_server: Any, user: Any) -> None:
    sessie = ingelogd(user).cookies["sessionid"].value
    context.add_cookies([{"name": "sessionid", "value": sessie, "url": live_server.url}])


def _vul_profiel_in(page: Any) -> None:
    waarden = ProfielForm.initial_van(profiel())
    for naam, waarde in waarden.items():
        if isinstance(waarde, bool):
            if waarde:
                page.check(f"#id_{naam}")
        elif naam == "sector":
            page.select_option("#id_sector", waarde)
        else:
            page.fill(f"#id_{naam}", str(waarde))


def _download(page: Any, tekst: str) -> bytes:
    with page.expect_download() as info:
        page.get_by_role("link", name=tekst, exact=True).first.click()
    return Path(info.value.path()).read_bytes()


def _vergelijkbaar(tekst: str) -> str:
    return normaal(tekst.replace("•", " ")).casefold()


def test_beheerder_maakt_de_meldcode_en_de_flow_toont_de_invullingen(
    context: Any, page: Any, axe: Any, live_server: Any, settings: Any
) -> None:
    settings.MODE = "organisatie"
    beheerder = maak_gebruiker("bh", Rol.BEHEERDER)
    medewerker = maak_gebruiker("mw", Rol.MEDEWERKER)
    _inloggen(context, live_server, beheerder)

    page.goto("/org/meldcode/profiel/")
    geen_a11y_fouten(axe, page)
    _vul_profiel_in(page)
    page.fill("#id_beslisser", "")
    klik(page, "Opslaan als nieuwe versie")  # a missing fill-in: named, nothing lost
    assert "Wie beslist in stap 5" in page.inner_text(".org-melding--fout")
    assert page.input_value("#id_naam") == "Stichting Zonnebloemveld"
    geen_a11y_fouten(axe, page)
    page.fill("#id_beslisser", "De teamleider Wielewaal")
    klik(page, "Opslaan als nieuwe versie")
    assert "versie 1" in page.inner_text("main")
    page.fill("#id_datum", "2026-02-01")
    page.fill("#id_vastgesteld_door", "Raad van bestuur Zonnebloemveld")
    klik(page, "Vaststelling vastleggen")
    assert "Vastgesteld op 1 februari 2026" in page.inner_text("main")
    geen_a11y_fouten(axe, page)
    _foto(page, "meldcode-profiel.png")

    pdf = _vergelijkbaar(pdf_tekst(_download(page, "Download PDF")))
    for waarde in INGEVULD:
        assert _vergelijkbaar(waarde) in pdf, waarde
    assert "[" not in pdf
    p = profiel()
    assert [t for t in model_teksten() if _vergelijkbaar(invullen(t, p)) not in pdf] == []
    docx = Document(io.BytesIO(_download(page, "Download Word")))
    assert "De teamleider Wielewaal" in " ".join(par.text for par in docx.paragraphs)
    html = _download(page, "Download HTML").decode("utf-8")
    assert "Stichting Zonnebloemveld" in html and "[naam" not in html

    page.goto("/org/meldcode/")
    assert "Het bevoegd gezag van Stichting Zonnebloemveld" in page.inner_text("main")
    geen_a11y_fouten(axe, page)
    _foto(page, "meldcode-document.png")

    # Some casussen, so the dashboard has figures to show.
    casussen = [
        org_services.casus_aanmaken(
            user=medewerker, dossier_ref=f"D-{n}", casus=casus_met_tekst(f"Signaal {n}")
        )
        for n in range(6)
    ]
    page.goto("/org/meldcode/verantwoording/")
    page.fill("#id_training-onderwerp", "Werken met het afwegingskader")
    page.fill("#id_training-aantal", "14")
    klik(page, "Training toevoegen")
    tekst = page.inner_text("main")
    assert "Werken met het afwegingskader" in tekst
    assert re.search(r"Casussen gestart\s+6", tekst)
    assert "Signaal 0" not in tekst
    geen_a11y_fouten(axe, page)
    _foto(page, "meldcode-verantwoording.png")

    # The medewerker's flow shows whom to consult (stap 2) and who decides (stap 5).
    context.clear_cookies()
    _inloggen(context, live_server, medewerker)
    page.goto(f"/org/casussen/{casussen[0].pk}/")
    page.get_by_role("link", name="Werk verder in de stappen").click()
    page.wait_for_load_state()
    ga_naar(page, "2. Overleg")
    aside = page.inner_text("#eigen-stap2 >> xpath=..")
    assert "Aandachtsfunctionaris Kwartelkoning: 030-1112233" in aside
    geen_a11y_fouten(axe, page)
    ga_naar(page, "5. Beslissen")
    assert "De teamleider Wielewaal" in page.inner_text("#eigen-stap5 >> xpath=..")
    geen_a11y_fouten(axe, page)


def test_prive_laadt_een_profielbestand_en_de_invullingen_verschijnen(
    page: Any, axe: Any, tmp_path: Path
) -> None:
    bestand = tmp_path / "profiel.yaml"
    bestand.write_text(yaml.safe_dump(profiel_data(), allow_unicode=True), encoding="utf-8")
    nieuwe_casus(page, "PROFIEL-1")
    ga_naar(page, "2. Overleg")
    page.get_by_text("Meldcode van uw organisatie laden").click()
    page.set_input_files("#meldcode-bestand", str(bestand))
    klik(page, "Profiel laden")
    assert "kwartel@zonnebloemveld.nl" in page.inner_text("#eigen-stap2 >> xpath=..")
    geen_a11y_fouten(axe, page)
    ga_naar(page, "5. Beslissen")
    tekst = page.inner_text("#eigen-stap5 >> xpath=..")
    assert "De teamleider Wielewaal" in tekst and "0800-2000" in tekst
    geen_a11y_fouten(axe, page)
    ga_naar(page, "1. Signalen")
    ga_naar(page, "2. Overleg")  # still there after walking on: it travels with the page
    assert "Raadplegen binnen Stichting Zonnebloemveld" in page.inner_text("main")
    # A reload restores the casus from the tab's sessionStorage, and the profile with it.
    page.reload()
    page.wait_for_selector("#eigen-stap2")
    assert "kwartel@zonnebloemveld.nl" in page.inner_text("#eigen-stap2 >> xpath=..")
    # "Wissen" erases the casus and the profile from the tab.
    assert "Zonnebloemveld" in str(sessie_opslag(page))
    page.once("dialog", lambda dialoog: dialoog.accept())
    with page.expect_navigation():
        page.get_by_role("button", name="Wissen").click()
    assert "Zonnebloemveld" not in str(sessie_opslag(page))
    assert "Zonnebloemveld" not in page.content()
