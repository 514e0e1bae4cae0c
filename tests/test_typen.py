"""Types across the house (issue 18 item 5): mypy strict covers the whole package, and each
place where the checker is told to look away says why."""

from __future__ import annotations

import itertools
import re
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PAKKET = ROOT / "meldwijzer"

# `# type: ignore[code]` followed by `# reason` on the same line.
_IGNORE = re.compile(r"#\s*type:\s*ignore(?P<codes>\[[^\]]*\])?(?P<rest>.*)$")


def _bronnen() -> list[Path]:
    return [p for p in PAKKET.rglob("*.py") if "migrations" not in p.parts]


def _mypy() -> dict[str, Any]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mypy: dict[str, Any] = config["tool"]["mypy"]
    return mypy


def test_mypy_strict_kijkt_naar_het_hele_pakket() -> None:
    mypy = _mypy()
    assert mypy["strict"] is True
    assert mypy["files"] == ["meldwijzer"]
    assert "mypy_django_plugin.main" in mypy["plugins"]


def test_type_ignore_heeft_een_code_en_een_reden() -> None:
    zonder: list[str] = []
    gezien = 0
    for pad in _bronnen():
        regels = pad.read_text(encoding="utf-8").splitlines()
        for nr, regel in enumerate(regels, start=1):
            m = _IGNORE.search(regel)
            if m is None:
                continue
            gezien += 1
            vorige = regels[nr - 2].strip() if nr > 1 else ""
            reden = m["rest"].strip().startswith("#") or vorige.startswith("#")
            if not m["codes"] or not reden:
                zonder.append(f"{pad.relative_to(ROOT)}:{nr}")
    assert gezien > 0  # the scan found the ignores that libraries force
    assert zonder == [], "type: ignore without [code] or without a reason: " + ", ".join(zonder)


def test_geen_module_is_stil_van_de_controle_uitgezonderd() -> None:
    """An override that switches errors off must be explained in pyproject.toml (a comment
    right above it); none may hide a module silently."""
    tekst = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    blokken = tekst.split("[[tool.mypy.overrides]]")
    for voor, blok in itertools.pairwise(blokken):
        if "ignore_errors = true" in blok.split("\n[")[0]:
            assert voor.rstrip().splitlines()[-1].startswith("#"), blok
