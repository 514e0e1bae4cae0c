"""A name that another module imports is public (issue 18): a leading underscore promises
that only its own module uses it, so a maintainer may change it without looking further."""

from __future__ import annotations

import ast
from pathlib import Path

PAKKET = Path(__file__).resolve().parent.parent / "meldwijzer"


def _prive_imports() -> dict[tuple[str, str], list[str]]:
    gevonden: dict[tuple[str, str], list[str]] = {}
    for pad in PAKKET.rglob("*.py"):
        if "migrations" in pad.parts:
            continue
        for node in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not node.module:
                continue
            if not node.module.startswith("meldwijzer"):
                continue
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    sleutel = (node.module, alias.name)
                    gevonden.setdefault(sleutel, []).append(str(pad.relative_to(PAKKET)))
    return gevonden


def test_geen_module_importeert_een_prive_naam_van_een_andere() -> None:
    gevonden = _prive_imports()
    assert gevonden == {}, "make these names public where they are defined: " + repr(gevonden)
