"""The meldcode package is plain Python: making a meldcode loads no Django."""

from __future__ import annotations

import subprocess
import sys

from .helpers import profiel_data


def test_meldcode_maken_laadt_django_niet() -> None:
    code = (
        "import sys\n"
        "from meldwijzer.meldcode import maak, profiel_laden, FORMATEN\n"
        f"p = profiel_laden({profiel_data()!r})\n"
        "for f in FORMATEN: maak(p, f)\n"
        "print(sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')))\n"
    )
    uitvoer = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert uitvoer.stdout.strip() == "[]"
