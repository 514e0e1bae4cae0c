"""Assemble bench/results.md from the pieces the bench scripts wrote to bench/out/.

`--begin` records the run's start (date, commit, machine, load), `--einde` the load at its
end; without either the report is
written: that header, then every `NN_name.md` section in order, then the printed output of
the other bench scripts (`NN_name.stdout`), then the list of scripts that failed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from bench._common import OUT_DIR, ROOT, git_commit, machine, table

META = OUT_DIR / "00_meta.json"
RESULTS = ROOT / "bench" / "results.md"


def begin() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    meta = {
        "datum": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git_commit(),
        "load": " / ".join(f"{x:.2f}" for x in os.getloadavg()),
        **machine(),
    }
    META.write_text(json.dumps(meta), encoding="utf-8")


def _stdout_sectie(pad: Path) -> str:
    naam = pad.stem.split("_", 1)[1]
    tekst = pad.read_text(encoding="utf-8", errors="replace").strip()
    if not tekst:
        tekst = "(geen uitvoer)"
    elif not any(regel.lstrip().startswith("|") for regel in tekst.splitlines()):
        tekst = f"```text\n{tekst}\n```"
    return f"## {naam} (`bench/{naam}.py`)\n\n{tekst}"


def einde() -> None:
    """Record the load at the end of the run (before the report is assembled)."""
    meta = json.loads(META.read_text(encoding="utf-8")) if META.exists() else {}
    meta["load_einde"] = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    META.write_text(json.dumps(meta), encoding="utf-8")


def schrijf() -> Path:
    meta = json.loads(META.read_text(encoding="utf-8")) if META.exists() else {}
    eind_load = meta.get("load_einde", "?")
    delen = [
        "# Benchmarkresultaten",
        "",
        "Geschreven door `bash scripts/bench.sh` (alle bench-scripts in één run). "
        "Cijfers van één machine en één run: vergelijk verhoudingen binnen deze run, geen "
        "absolute getallen tussen machines.",
        "",
        table(
            ["", ""],
            [
                ["datum", meta.get("datum", "?")],
                ["git-commit", meta.get("commit", "?")],
                ["cpu", meta.get("cpu", "?")],
                ["cores", meta.get("cores", "?")],
                ["geheugen", meta.get("memory", "?")],
                ["python", meta.get("python", "?")],
                ["os", meta.get("os", "?")],
                ["belasting (load 1/5/15 min) bij start", meta.get("load", "?")],
                ["belasting bij einde", eind_load],
            ],
        ),
    ]
    for pad in sorted(OUT_DIR.glob("*.md")):
        delen += ["", pad.read_text(encoding="utf-8").strip()]
    for pad in sorted(OUT_DIR.glob("*.stdout")):
        delen += ["", _stdout_sectie(pad)]
    mislukt = OUT_DIR / "mislukt.txt"
    if mislukt.exists() and mislukt.read_text(encoding="utf-8").strip():
        delen += [
            "",
            "## Scripts met een exitcode die niet 0 is",
            "",
            *[f"- {r}" for r in mislukt.read_text(encoding="utf-8").splitlines() if r.strip()],
        ]
    RESULTS.write_text("\n".join(delen) + "\n", encoding="utf-8")
    return RESULTS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--begin", action="store_true")
    parser.add_argument("--einde", action="store_true")
    args = parser.parse_args(argv)
    if args.begin:
        begin()
    elif args.einde:
        einde()
    else:
        print(f"geschreven: {schrijf().relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
