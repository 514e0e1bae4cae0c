"""Write docs/screenshots/{start,stap1,stap4,stap5,samenvatting,concept-melding}.png from a
real run of `meldwijzer start`.

Run through scripts/screenshots.sh. Uses Debian's Chromium through Playwright; walks a
small example casus (no real data) so the pages show content.
"""

from __future__ import annotations

import html
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
UIT = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/lib/chromium/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wacht(adres: str) -> None:
    for _ in range(200):
        try:
            urllib.request.urlopen(adres, timeout=1).read()  # noqa: S310 - loopback only
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"meldwijzer start antwoordt niet op {adres}")


NAV = "nav[aria-label='Stappen van de meldcode']"


def _naar(page: Page, stap: str) -> None:
    with page.expect_navigation():
        page.click(f"{NAV} >> text={stap}")


def _stap1(page: Page, adres: str) -> None:
    page.goto(adres)
    page.fill("#id_label", "Dossier 2026-118")
    page.click("text=Nieuwe casus starten")
    page.check("#id_situatie_0")
    page.fill("#id_leeftijd", "7")
    page.click("button:has-text('Verder')")
    _naar(page, "1. Signalen")
    page.check("input[name=sig_soort][value=observatie]")
    page.fill(
        "#id_sig_tekst",
        "Blauwe plek van ongeveer 3 cm op de linker bovenarm, gezien bij het omkleden.",
    )
    page.fill("#id_sig_datum", "2026-11-02")
    page.click("text=Signaal opslaan")
    page.check("input[name=sig_soort][value=derden]")
    page.fill("#id_sig_tekst", "Vertelt dat vader ’s avonds vaak boos is en dan slaat.")
    page.fill("#id_sig_bron", "leerkracht groep 4")
    page.fill("#id_sig_datum", "2026-11-03")
    page.click("text=Signaal opslaan")
    page.fill("#id_visie_kinderen", "Wil niet dat papa boos wordt; wil wel op school praten.")
    page.fill("#id_prof_functie", "intern begeleider")
    page.fill("#id_prof_organisatie", "Basisschool De Linde")
    page.fill("#id_prof_beslisser", "directeur")
    with page.expect_navigation():
        page.get_by_role("button", name="Opslaan", exact=True).click()


def _stap4(page: Page) -> None:
    _naar(page, "4. Wegen")
    page.check("input[name=vermoeden_antwoord][value=ja]")
    page.fill(
        "#id_vermoeden_motivatie",
        "Letsel gezien en een verklaring van de leerkracht die het letsel ondersteunt.",
    )
    page.check("input[name=onveiligheid_antwoord][value=ja]")
    page.fill(
        "#id_onveiligheid_motivatie",
        "Herhaald letsel en het verhaal van het kind: het geweld houdt aan.",
    )


def _stap5(page: Page) -> None:
    _naar(page, "5. Beslissen")
    page.check("input[name=melden_keuze][value=ja]")
    page.fill("#id_melden_reden", "Structurele onveiligheid: melden is noodzakelijk.")
    page.fill("#id_m_vraag", "Onderzoek naar de veiligheid van het kind thuis.")
    page.fill("#id_m_bestaande_hulp", "Schoolmaatschappelijk werk (sinds september).")


def main() -> int:
    UIT.mkdir(parents=True, exist_ok=True)
    poort = _vrije_poort()
    env = dict(os.environ, MELDWIJZER_DATA_DIR=tempfile.mkdtemp(prefix="meldwijzer-shots-"))
    server = subprocess.Popen(
        [sys.executable, "-m", "meldwijzer", "start", "--port", str(poort)],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    adres = f"http://127.0.0.1:{poort}/"
    try:
        _wacht(adres)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(
                viewport={"width": 1280, "height": 900}, device_scale_factor=1, locale="nl-NL"
            )
            page.on("dialog", lambda d: d.accept())
            page.goto(adres)
            page.screenshot(path=str(UIT / "start.png"), full_page=True)
            _stap1(page, adres)
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(UIT / "stap1.png"), full_page=True)
            _stap4(page)
            page.evaluate("window.scrollTo(0, 0)")
            page.locator("#id_onveiligheid_motivatie").blur()
            page.screenshot(path=str(UIT / "stap4.png"), full_page=True)
            _stap5(page)
            _naar(page, "5. Beslissen")  # saved: the norm beside her choice
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(UIT / "stap5.png"), full_page=True)
            _naar(page, "Samenvatting")
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(UIT / "samenvatting.png"), full_page=True)
            with page.expect_download() as download:
                page.click("button:has-text('Concept-melding voor Veilig Thuis')")
            concept = Path(download.value.path()).read_text(encoding="utf-8")
            blad = browser.new_page(viewport={"width": 900, "height": 900})
            blad.set_content(
                '<pre style="white-space:pre-wrap;font:15px/1.45 sans-serif;margin:32px">'
                + html.escape(concept)
                + "</pre>"
            )
            blad.screenshot(path=str(UIT / "concept-melding.png"), full_page=True)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    for naam in ("start", "stap1", "stap4", "stap5", "samenvatting", "concept-melding"):
        print(UIT / f"{naam}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
