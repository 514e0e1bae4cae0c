"""A short soak: 20 professionals work through casussen for ~20 s against a live gunicorn.

The full two-minute run with 100 users is `python -m bench.soak` (run by scripts/bench.sh).
The load runs in its own process (bench/soak.py), never inside the pytest/Django process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_twintig_professionals_tegelijk_krijgen_geen_enkele_fout() -> None:
    env = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.soak",
            "--users",
            "20",
            "--seconds",
            "20",
            "--json",
            "--think-min",
            "0.2",
            "--think-max",
            "0.8",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    uitkomst = json.loads(done.stdout.strip().splitlines()[-1])
    assert uitkomst["casussen"] >= 20, uitkomst  # every professional finished at least one casus
    assert uitkomst["verzoeken"] > 200, uitkomst
    assert uitkomst["fouten"] == 0, uitkomst["foutvoorbeelden"]
    assert uitkomst["tracebacks_in_serverlog"] == 0
