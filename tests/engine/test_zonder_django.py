"""The engine is plain Python: importing it must not import Django (STYLE.md §1)."""

from __future__ import annotations

import subprocess
import sys


def test_de_engine_importeert_geen_django() -> None:
    code = (
        "import sys, pkgutil, importlib, meldwijzer.engine as e\n"
        "for m in pkgutil.walk_packages(e.__path__, 'meldwijzer.engine.'):\n"
        "    importlib.import_module(m.name)\n"
        "import meldwijzer.commands.assess\n"
        "bad = sorted(n for n in sys.modules if n == 'django' or n.startswith('django.'))\n"
        "print(len(bad)); assert not bad, bad\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
