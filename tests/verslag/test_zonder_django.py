"""The verslag package works without Django; only `meldwijzer.verslag.mail` imports it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import meldwijzer.verslag

PAKKET = Path(meldwijzer.verslag.__file__).parent


def test_alleen_mail_importeert_django() -> None:
    gevonden = set()
    for bestand in PAKKET.glob("*.py"):
        for knoop in ast.walk(ast.parse(bestand.read_text(encoding="utf-8"))):
            namen = []
            if isinstance(knoop, ast.Import):
                namen = [a.name for a in knoop.names]
            elif isinstance(knoop, ast.ImportFrom) and knoop.module:
                namen = [knoop.module]
            if any(n == "django" or n.startswith("django.") for n in namen):
                gevonden.add(bestand.name)
    assert gevonden == {"mail.py"}


def test_verslag_maken_laadt_django_niet() -> None:
    code = (
        "import sys\n"
        "from meldwijzer.engine.casus import Casus\n"
        "from meldwijzer import verslag as v\n"
        "d = v.bouw_verslag(Casus.model_validate({'beslissingen': {'melden': {'keuze': 'ja'}}}))\n"
        "for f in v.FORMATEN: v.render(d, f)\n"
        "v.lees_casusbestand(v.casus_naar_json(Casus()))\n"
        "print(sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')))\n"
    )
    uitvoer = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert uitvoer.stdout.strip() == "[]"
