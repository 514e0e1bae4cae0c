"""Pages travel gzip-compressed; static files are collected once, hashed and compressed."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.test import Client

from .conftest import Wandeling


def test_paginas_gaan_gecomprimeerd_en_blijven_gelijk(client: Client) -> None:
    gewoon = client.get("/stap/1/")
    gezipt = client.get("/stap/1/", HTTP_ACCEPT_ENCODING="gzip")
    assert "Content-Encoding" not in gewoon
    assert gezipt["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in gezipt["Vary"]
    inhoud = gzip.decompress(gezipt.content).decode()
    assert "<h1>" in inhoud and len(gezipt.content) < 0.6 * len(gewoon.content)


def test_pdf_en_word_worden_niet_nog_eens_gecomprimeerd(wandeling: Wandeling) -> None:
    wandeling.nieuw()
    for formaat in ("pdf", "docx"):
        antwoord = wandeling.client.post(
            f"/verslag/{formaat}/",
            {"staat": wandeling.staat, "pagina": "samenvatting"},
            HTTP_ACCEPT_ENCODING="gzip",
        )
        assert antwoord.status_code == 200
        assert "Content-Encoding" not in antwoord


SCRIPT = """
import json, django
django.setup()
from django.templatetags.static import static
from meldwijzer.web import statisch
print(json.dumps([statisch.bijwerken(), static("flow/flow.css")]))
"""


def _start_voorbereiden(data: Path) -> tuple[bool, str]:
    """What `meldwijzer start` does with the static files, in a fresh process and data dir."""
    env = {**os.environ, "MELDWIJZER_DATA_DIR": str(data)}
    env["DJANGO_SETTINGS_MODULE"] = "meldwijzer.web.settings"
    uit = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    verzameld, url = json.loads(uit.stdout.strip().splitlines()[-1])
    return verzameld, url


def test_zonder_verzameling_gewone_namen() -> None:
    assert static("flow/flow.css") == "/static/flow/flow.css"


def test_verzamelen_gebeurt_alleen_als_de_bronnen_veranderden(tmp_path: Path) -> None:
    verzameld, url = _start_voorbereiden(tmp_path)
    assert verzameld is True
    assert url.startswith("/static/flow/flow.") and url != "/static/flow/flow.css"
    gehasht = tmp_path / "static" / url.removeprefix("/static/")
    assert gehasht.exists() and Path(f"{gehasht}.gz").exists()
    assert _start_voorbereiden(tmp_path) == (False, url)  # nothing changed: no work

    # A changed source (e.g. after an update) is collected again on the next start.
    bron = Path(finders.find("flow/flow.css"))
    st = bron.stat()
    try:
        os.utime(bron, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        assert _start_voorbereiden(tmp_path)[0] is True
    finally:
        os.utime(bron, ns=(st.st_atime_ns, st.st_mtime_ns))
