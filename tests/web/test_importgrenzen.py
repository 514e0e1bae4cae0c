"""A mode plugs in; the core never imports it (STYLE.md point 10; issue 14, architecture).

Every import statement in the source, also those inside functions, is read with `ast`:
the private flow imports nothing of organisation mode, and organisation mode imports no
flow view (it uses the flow's store interface and registry, `flow.store`, and its pages'
data, never its views).
"""

from __future__ import annotations

import ast
from pathlib import Path

import meldwijzer.web.flow
import meldwijzer.web.org


def _imports(pakket: Path) -> dict[str, set[str]]:
    uit: dict[str, set[str]] = {}
    for bestand in pakket.rglob("*.py"):
        namen: set[str] = set()
        for knoop in ast.walk(ast.parse(bestand.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.Import):
                namen.update(a.name for a in knoop.names)
            elif isinstance(knoop, ast.ImportFrom) and knoop.module:
                namen.add(knoop.module)
                namen.update(f"{knoop.module}.{a.name}" for a in knoop.names)
        uit[str(bestand.relative_to(pakket))] = namen
    return uit


def test_de_flow_importeert_niets_van_de_organisatiemodus() -> None:
    flow = _imports(Path(meldwijzer.web.flow.__file__).parent)
    assert "views.py" in flow and "store.py" in flow
    fout = {
        f: sorted(n for n in ns if n.startswith("meldwijzer.web.org")) for f, ns in flow.items()
    }
    assert not {f: n for f, n in fout.items() if n}


def test_de_organisatiemodus_importeert_geen_flow_views() -> None:
    org = _imports(Path(meldwijzer.web.org.__file__).parent)
    assert "store.py" in org
    verboden = ("meldwijzer.web.flow.views",)
    fout = {
        f: sorted(n for n in ns if n.startswith(verboden) or n == "meldwijzer.web.flow.views")
        for f, ns in org.items()
    }
    assert not {f: n for f, n in fout.items() if n}
    # `from meldwijzer.web.flow import views` names the module as an attribute import
    assert not any("meldwijzer.web.flow.views" in ns for ns in org.values())
