"""Benchmark: render the full casus (30 signs, 5 consultations, every afweging motivated).

Goal (issue 4): PDF under 300 ms and Word under 300 ms on this machine. Prints median and
p95 in ms per format, for the whole path (casus -> verslag model -> bytes, as the web view
and the command line run it) and for the renderer alone. Text and HTML are shown for reference.

    .venv/bin/python bench/verslag_bench.py [--herhalingen 40]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from meldwijzer.verslag import (  # noqa: E402
    bouw_verslag,
    render_docx,
    render_html_document,
    render_pdf,
    render_text,
)
from meldwijzer.verslag.document import Verslag  # noqa: E402
from tests.verslag.factories import volle_casus  # noqa: E402

DOEL_MS = 300.0


def _meet(functie: Callable[[], object], herhalingen: int) -> tuple[float, float, float]:
    for _ in range(3):  # warm-up: imports, font parsing caches, pack loading
        functie()
    tijden = []
    for _ in range(herhalingen):
        begin = time.perf_counter()
        functie()
        tijden.append((time.perf_counter() - begin) * 1000)
    tijden.sort()
    p95 = tijden[min(len(tijden) - 1, round(0.95 * (len(tijden) - 1)))]
    return tijden[0], statistics.median(tijden), p95


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--herhalingen", type=int, default=40)
    args = parser.parse_args()

    casus = volle_casus()
    verslag = bouw_verslag(casus)
    print(f"meldwijzer verslag-benchmark: Python {platform.python_version()}, {platform.machine()}")
    print(
        f"casus: {len(casus.signalen)} signalen, {len(casus.consultaties)} consultaties, "
        f"{args.herhalingen} herhalingen per meting"
    )
    belasting = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"machinebelasting (1/5/15 min): {belasting} op {os.cpu_count()} kernen")
    renderers: list[tuple[str, Callable[[Verslag], object], bool]] = [
        ("pdf", render_pdf, True),
        ("docx", render_docx, True),
        ("txt", render_text, False),
        ("html", render_html_document, False),
    ]
    print(f"{'formaat':<8} {'pad':<18} {'min ms':>7} {'mediaan ms':>11} {'p95 ms':>8}  doel")
    minimum, mediaan, p95 = _meet(lambda: bouw_verslag(casus), args.herhalingen)
    print(f"{'model':<8} {'casus -> Verslag':<18} {minimum:>7.1f} {mediaan:>11.1f} {p95:>8.1f}")
    mislukt = False
    for naam, render, met_doel in renderers:
        for pad, functie in (
            ("casus -> bytes", lambda r=render: r(bouw_verslag(casus))),
            ("alleen renderen", lambda r=render: r(verslag)),
        ):
            minimum, mediaan, p95 = _meet(functie, args.herhalingen)
            doel = ""
            if met_doel and pad == "casus -> bytes":
                gehaald = p95 < DOEL_MS
                mislukt |= not gehaald
                doel = f"< {DOEL_MS:.0f} ms: {'ja' if gehaald else 'NEE'} (p95)"
            print(
                f"{naam:<8} {pad:<18} {minimum:>7.1f} {mediaan:>11.1f} {p95:>8.1f}  {doel}".rstrip()
            )
    return 1 if mislukt else 0


if __name__ == "__main__":
    raise SystemExit(main())
