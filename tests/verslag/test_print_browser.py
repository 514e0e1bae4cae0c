"""The standalone HTML page prints on A4 in a real Chromium, with page numbers and the label."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from meldwijzer.verslag import bouw_verslag, render_html_document

from .factories import volle_casus
from .lezen import normaal

CHROMIUM_KANDIDATEN = ("/usr/lib/chromium/chromium", "chromium", "chromium-browser")
ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
)


def _chromium() -> str:
    for kandidaat in CHROMIUM_KANDIDATEN:
        pad = kandidaat if os.path.isabs(kandidaat) and os.path.exists(kandidaat) else None
        pad = pad or shutil.which(kandidaat)
        if pad:
            return pad
    if os.environ.get("MELDWIJZER_REQUIRE_REAL") == "1":
        pytest.fail("Chromium ontbreekt, maar MELDWIJZER_REQUIRE_REAL=1")
    pytest.skip("Chromium niet geïnstalleerd")


@pytest.mark.browser
def test_html_verslag_print_op_a4_met_paginanummers(tmp_path: Path) -> None:
    chromium = _chromium()
    verslag = bouw_verslag(volle_casus(), gemaakt_op=dt.datetime(2026, 4, 1, 10, 0))
    pagina = tmp_path / "verslag.html"
    pagina.write_text(render_html_document(verslag), encoding="utf-8")
    pdf = tmp_path / "verslag.pdf"
    subprocess.run(
        [chromium, *ARGS, f"--print-to-pdf={pdf}", pagina.as_uri()],
        capture_output=True,
        timeout=120,
        check=False,
    )
    reader = PdfReader(str(pdf))
    assert len(reader.pages) > 3
    for nummer, blad in enumerate(reader.pages, start=1):
        assert round(float(blad.mediabox.width)) == 595
        assert round(float(blad.mediabox.height)) == 842
        tekst = normaal(blad.extract_text())
        assert f"Pagina {nummer} van {len(reader.pages)}" in tekst
        assert "Verslag meldcode: Casus café-één" in tekst
