"""Short soaks against a live gunicorn: private mode, and organisation mode on PostgreSQL.

The full two-minute runs with 100 users are `python -m bench.soak` and
`python -m bench.soak --modus organisatie` (both run by scripts/bench.sh). The load runs in
its own process (bench/soak.py), never inside the pytest/Django process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: What the soak process must not inherit from the test run: it configures its own Django.
_NIET_DOORGEVEN = {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "MELDWIJZER_SOAK_DATABASE_URL"}


def _soak(*args: str) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    env = {k: v for k, v in os.environ.items() if k not in _NIET_DOORGEVEN}
    env.pop("MELDWIJZER_MODE", None)
    done = subprocess.run(
        [sys.executable, "-m", "bench.soak", *args, "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    regels = done.stdout.strip().splitlines()
    return done, (json.loads(regels[-1]) if regels else {})


@pytest.mark.slow
def test_twintig_professionals_tegelijk_krijgen_geen_enkele_fout() -> None:
    done, uitkomst = _soak(
        "--users", "20", "--seconds", "20", "--think-min", "0.2", "--think-max", "0.8"
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert uitkomst["casussen"] >= 20, uitkomst  # every professional finished at least one casus
    assert uitkomst["verzoeken"] > 200, uitkomst
    assert uitkomst["fouten"] == 0, uitkomst["foutvoorbeelden"]
    assert uitkomst["tracebacks_in_serverlog"] == 0


def _postgresql() -> str:
    """The PostgreSQL server of this test run: DATABASE_URL in the PostgreSQL pass of
    scripts/test.sh, TEST_DATABASE_URL (scripts/pg.sh) in the SQLite pass. The soak makes
    its own database there, never the test database of pytest-django."""
    for naam in ("DATABASE_URL", "TEST_DATABASE_URL"):
        url = os.environ.get(naam, "")
        if url.startswith(("postgres://", "postgresql://")):
            return url
    if os.environ.get("MELDWIJZER_REQUIRE_REAL") == "1":
        pytest.fail(
            "Geen PostgreSQL (DATABASE_URL of TEST_DATABASE_URL), maar MELDWIJZER_REQUIRE_REAL=1"
        )
    pytest.skip("geen PostgreSQL: zet TEST_DATABASE_URL (scripts/pg.sh)")


@pytest.mark.slow
@pytest.mark.postgres
def test_tien_medewerkers_in_de_organisatiemodus_verliezen_geen_enkele_bevestigde_opslag() -> None:
    done, uitkomst = _soak(
        "--modus",
        "organisatie",
        "--database-url",
        _postgresql(),
        "--users",
        "10",
        "--seconds",
        "20",
        "--think-min",
        "0.1",
        "--think-max",
        "0.4",
    )
    assert done.returncode == 0, f"{uitkomst}\n{done.stderr[-3000:]}"
    assert uitkomst["fouten"] == 0, uitkomst["foutvoorbeelden"]
    assert uitkomst["conflicten"] == 0
    assert uitkomst["casussen_afgerond"] >= 5, uitkomst  # whole casussen, to the last page
    assert uitkomst["bevestigde_opslagen"] >= 200, uitkomst
    assert uitkomst["kwijt"] == 0, uitkomst["kwijtvoorbeelden"]
    assert uitkomst["teruggevonden"] == uitkomst["bevestigde_opslagen"]
    assert uitkomst["markeringen_gecontroleerd"] >= 100, uitkomst
    assert uitkomst["auditregels_verschil"] == 0
    assert uitkomst["auditketen_in_orde"] is True
    assert uitkomst["tracebacks_in_serverlog"] == 0
