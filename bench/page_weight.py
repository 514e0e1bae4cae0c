"""Page weight: what a real browser loads for every page of the flow.

Headless Debian Chromium (Playwright, never a downloaded browser) with its cache disabled
loads each page as a first visit: the start page and the emergency page by URL, every other
page by pressing its navigation button in the casus form (the pages need the posted casus).
For each page it records every request: bytes as transferred (with the encoding the server
chose), bytes uncompressed, and what gzip would make of them; per kind (HTML, CSS, JS, font,
other); and every request to another host (must be none).

The server as `meldwijzer start` runs it: production settings under gunicorn, the static
files collected first (hashed names, gzip variants: meldwijzer/web/statisch.py), pages
gzip-compressed by the app (GZipTekst middleware).

Usage: python -m bench.page_weight
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from bench._common import PYTHON, ROOT, gunicorn, table, write_fragment
from bench.discover import url_patterns

CHROMIUM = os.environ.get("MELDWIJZER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
GOAL_KB = 30
SOORTEN = {"document": "html", "stylesheet": "css", "script": "js", "font": "font"}


@dataclass
class Gewicht:
    pagina: str
    verzoeken: int = 0
    overgedragen: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    onverpakt: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    gzip: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    vreemde_hosts: list[str] = field(default_factory=list)
    coderingen: set[str] = field(default_factory=set)

    def totaal(self, soort: str) -> int:
        return sum(getattr(self, soort).values())


def _meet(page: Any, host: str, actie: Any, naam: str) -> Gewicht:
    gewicht = Gewicht(pagina=naam)
    verzoeken: list[Any] = []

    def klaar(request: Any) -> None:
        verzoeken.append(request)

    page.on("requestfinished", klaar)
    page.on("requestfailed", klaar)
    actie()
    page.wait_for_load_state("networkidle")
    page.remove_listener("requestfinished", klaar)
    page.remove_listener("requestfailed", klaar)
    for request in verzoeken:
        if request.url.startswith("data:"):
            continue
        gewicht.verzoeken += 1
        if urllib.parse.urlsplit(request.url).netloc != host:
            gewicht.vreemde_hosts.append(request.url)
            continue
        soort = SOORTEN.get(request.resource_type, "overig")
        response = request.response()
        if response is None:
            continue
        body = response.body()
        sizes = request.sizes()
        gewicht.overgedragen[soort] += int(sizes["responseBodySize"])
        gewicht.onverpakt[soort] += len(body)
        gewicht.gzip[soort] += len(gzip.compress(body, compresslevel=6))
        gewicht.coderingen.add(response.headers.get("content-encoding", "geen"))
    return gewicht


#: Post the casus form to another page without saving (as the flow's own "herstel" does).
NAAR_PAGINA = """(pad) => {
  const form = document.querySelector('form#casus');
  const knop = document.createElement('button');
  knop.type = 'submit'; knop.name = 'actie'; knop.value = 'herstel'; knop.formAction = pad;
  knop.id = 'bench-naar-pagina'; form.appendChild(knop);
}"""


def _gemeten(page: Any, host: str, actie: Any, pad: str) -> Gewicht:
    gewicht = _meet(page, host, actie, f"casus {pad}")
    waar = urllib.parse.urlsplit(page.url).path
    if waar != pad:
        gewicht.pagina += f" (bleef op {waar})"
    return gewicht


def _pagina_gewichten(base_url: str) -> list[Gewicht]:
    from playwright.sync_api import sync_playwright

    host = urllib.parse.urlsplit(base_url).netloc
    patronen = [p for p in url_patterns() if p.namespace == "flow" and not p.heeft_argumenten]
    flow_paden = [p.path for p in patronen if "pagina_id" in p.kwargs and not p.heeft_argumenten]
    gewichten: list[Gewicht] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context()
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
            # Pages a user opens by URL.
            for pad in ("/acuut-gevaar/", "/"):
                if pad in flow_paden:
                    gewichten.append(
                        _meet(page, host, lambda pad=pad: page.goto(base_url + pad), f"GET {pad}")
                    )
            # A new casus, then every page the casus navigation offers.
            page.fill("input[name=label]", "Dossier 2026-117")
            gewichten.append(
                _meet(
                    page,
                    host,
                    lambda: page.locator("form#nieuw button[type=submit]").first.click(),
                    "nieuwe casus → scope",
                )
            )
            gezien = {"/", "/acuut-gevaar/"}
            voortgang = True
            while voortgang:  # first by the buttons a user presses
                voortgang = False
                for pad in [p for p in flow_paden if p not in gezien]:
                    knop = page.locator(f'form[method=post] button[formaction="{pad}"]').first
                    if knop.count() == 0:
                        continue
                    in_scope = page.locator("input[name=situatie][value=huiselijke_kring]")
                    if in_scope.count():
                        in_scope.first.check()
                    gewichten.append(_gemeten(page, host, knop.click, pad))
                    gezien.add(pad)
                    voortgang = True
                    break
            for pad in [p for p in flow_paden if p not in gezien]:  # then pages linked elsewhere
                if page.locator("form#casus").count() == 0:
                    continue
                page.evaluate(NAAR_PAGINA, pad)
                knop = page.locator("#bench-naar-pagina")
                gewichten.append(_gemeten(page, host, knop.click, pad))
        finally:
            browser.close()
    return gewichten


def _kb(n: int) -> str:
    return f"{n / 1024:.1f}"


def _tabel(gewichten: list[Gewicht]) -> str:
    regels = []
    for g in gewichten:
        overgedragen = g.totaal("overgedragen")
        gz = g.totaal("gzip")
        regels.append(
            [
                g.pagina,
                g.verzoeken,
                _kb(g.overgedragen["html"]),
                _kb(g.overgedragen["css"]),
                _kb(g.overgedragen["js"]),
                _kb(g.overgedragen["font"]),
                _kb(g.overgedragen["overig"]),
                _kb(overgedragen),
                _kb(g.totaal("onverpakt")),
                _kb(gz),
                ", ".join(sorted(g.coderingen)),
                len(g.vreemde_hosts),
                "ja" if overgedragen <= GOAL_KB * 1024 and not g.vreemde_hosts else "**nee**",
                "ja" if gz <= GOAL_KB * 1024 and not g.vreemde_hosts else "**nee**",
            ]
        )
    kop = [
        "pagina",
        "verzoeken",
        "HTML KB",
        "CSS KB",
        "JS KB",
        "fonts KB",
        "overig KB",
        "totaal overgedragen KB",
        "totaal onverpakt KB",
        "totaal als gzip KB",
        "codering",
        "andere hosts",
        f"overgedragen < {GOAL_KB} KB, 0 andere hosts",
        f"als gzip < {GOAL_KB} KB",
    ]
    return table(kop, regels)


def collectstatic(env: dict[str, str]) -> None:
    """What `meldwijzer start` does before serving: collect the static files when changed."""
    subprocess.run(
        [
            PYTHON,
            "-c",
            "import django; django.setup(); from meldwijzer.web import statisch; "
            "statisch.bijwerken()",
        ],
        env={
            **env,
            "DJANGO_SETTINGS_MODULE": env.get("DJANGO_SETTINGS_MODULE", "")
            or "meldwijzer.web.settings",
        },
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def main() -> int:
    delen = [
        "## Paginagewicht (echte Chromium, lege cache)",
        "",
        "Per pagina alle verzoeken bij een eerste bezoek. 'Overgedragen' = bytes zoals de server "
        "ze stuurde (met de codering die hij koos), 'onverpakt' = na decoderen, 'als gzip' = wat "
        "gzip -6 van elk antwoord zou maken. "
        "Doel: overgedragen < 30 KB per pagina, geen andere host.",
    ]
    with gunicorn(before_start=collectstatic) as app:
        gewichten = _pagina_gewichten(app.url)
    delen += [
        "",
        "Zoals `meldwijzer start` serveert: opmaakbestanden verzameld (gehashte namen, "
        "gzip-varianten), pagina's gzip-gecomprimeerd door de app.",
        "",
        _tabel(gewichten),
    ]
    tekst = "\n".join(delen)
    write_fragment("20_page_weight", tekst)
    print(tekst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
