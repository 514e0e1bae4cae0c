"""The fallback dependency audit (scripts/pypi_audit.py), on PyPI answers made here."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

PAD = Path(__file__).resolve().parents[2] / "scripts" / "pypi_audit.py"


@pytest.fixture
def audit() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pypi_audit", PAD)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["pypi_audit"] = module
    spec.loader.exec_module(module)
    return module


def _pypi(antwoorden: dict[str, dict[str, object] | None]) -> Callable[[str], object]:
    def _json(url: str) -> dict[str, object] | None:
        return antwoorden.get(url)

    return _json


KWETSBAAR = {"id": "PYSEC-2026-1", "fixed_in": ["1.0.1"], "withdrawn": None}
INGETROKKEN = {"id": "PYSEC-2026-2", "fixed_in": [], "withdrawn": "2026-01-01"}


def test_een_kwetsbare_release_wordt_gemeld(
    audit: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        audit,
        "_json",
        _pypi({f"{audit.PYPI}/pakket/1.0.0/json": {"vulnerabilities": [KWETSBAAR, INGETROKKEN]}}),
    )
    uit = audit.controleer("pakket", "1.0.0")
    assert uit.gecontroleerd
    assert uit.kwetsbaarheden == ("PYSEC-2026-1 (hersteld in: 1.0.1)",)


def test_zonder_release_endpoint_telt_alleen_de_nieuwste_release(
    audit: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = {"info": {"version": "2.0.0"}, "vulnerabilities": [KWETSBAAR]}
    monkeypatch.setattr(audit, "_json", _pypi({f"{audit.PYPI}/pakket/json": project}))
    nieuwste = audit.controleer("pakket", "2.0.0")
    assert nieuwste.gecontroleerd and nieuwste.kwetsbaarheden  # the project's data is its own
    ouder = audit.controleer("pakket", "1.0.0")
    assert not ouder.gecontroleerd and "2.0.0" in ouder.reden  # never guessed from the newest


def test_exitcodes(audit: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    lock = tmp_path / "requirements.lock"
    lock.write_text("schoon==1.0\noud==1.0  # comment\n", encoding="utf-8")
    antwoorden: dict[str, dict[str, object] | None] = {
        f"{audit.PYPI}/schoon/1.0/json": {"vulnerabilities": []},
        f"{audit.PYPI}/oud/json": {"info": {"version": "9.9"}},
    }
    monkeypatch.setattr(audit, "_json", _pypi(antwoorden))
    assert audit.main([str(lock)]) == 3  # clean, but one pin could not be audited
    antwoorden[f"{audit.PYPI}/oud/1.0/json"] = {"vulnerabilities": []}
    assert audit.main([str(lock)]) == 0
    antwoorden[f"{audit.PYPI}/oud/1.0/json"] = {"vulnerabilities": [KWETSBAAR]}
    assert audit.main([str(lock)]) == 1


def test_een_lts_reeks_wordt_genoemd_maar_niet_als_gecontroleerd_geteld(
    audit: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = {"info": {"version": "6.1.3"}, "releases": {"5.2.18": [], "5.2.19": [], "6.1.3": []}}
    monkeypatch.setattr(audit, "_json", _pypi({f"{audit.PYPI}/django/json": project}))
    nieuwste_lts = audit.controleer("django", "5.2.19")
    assert not nieuwste_lts.gecontroleerd and "nieuwste van reeks 5.2" in nieuwste_lts.reden
    oud = audit.controleer("django", "5.2.18")
    assert not oud.gecontroleerd and "reeks" not in oud.reden
