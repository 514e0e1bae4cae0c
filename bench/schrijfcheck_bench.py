"""Benchmark for the schrijfcheck: precision and recall per category, and speed.

Sentence level: for each labelled sentence, does a category fire or not, against the
expected categories in bench/data/schrijfcheck_gelabeld.yaml. Three parts: "tuning"; every
4th of the first items (index 3, 7, ...) is "heldout", kept apart while the word lists were
tuned; "nieuw" was written after the rules were built, "nieuw2" after they were tuned on
"nieuw" (see the report for the first-run figures of each).

    .venv/bin/python bench/schrijfcheck_bench.py            # table + timing
    .venv/bin/python bench/schrijfcheck_bench.py --fouten   # also list misses on the tuning part
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import yaml

from meldwijzer.engine.schrijfcheck import CATEGORIEEN, controleer

DATA = Path(__file__).resolve().parent / "data" / "schrijfcheck_gelabeld.yaml"
WOORDEN_NOTITIE = 2000
RONDES = 50


def laad() -> list[dict[str, Any]]:
    items = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    for i, item in enumerate(items):
        if "deel" not in item:
            item["deel"] = "heldout" if i % 4 == 3 else "tuning"
        onbekend = set(item["verwacht"]) - set(CATEGORIEEN)
        if onbekend:
            raise SystemExit(f"onbekende categorie in item {i}: {onbekend}")
    return items


def voorspel(item: dict[str, Any]) -> set[str]:
    bevindingen = controleer(item["tekst"], soort=item.get("soort"), bron=item.get("bron", ""))
    return {b.categorie for b in bevindingen}


def tabel(items: list[dict[str, Any]], voorspeld: list[set[str]], titel: str) -> None:
    print(f"\n{titel} (n={len(items)} zinnen)")
    print(f"  {'categorie':<16}{'pos':>5}{'TP':>5}{'FP':>5}{'FN':>5}{'precisie':>10}{'recall':>8}")
    for cat in CATEGORIEEN:
        tp = fp = fn = 0
        for item, pred in zip(items, voorspeld, strict=True):
            verwacht = cat in item["verwacht"]
            gevonden = cat in pred
            tp += verwacht and gevonden
            fp += gevonden and not verwacht
            fn += verwacht and not gevonden
        pos = tp + fn
        p = f"{tp / (tp + fp):.2f}" if tp + fp else "-"
        r = f"{tp / pos:.2f}" if pos else "-"
        print(f"  {cat:<16}{pos:>5}{tp:>5}{fp:>5}{fn:>5}{p:>10}{r:>8}")


def notitie(items: list[dict[str, Any]]) -> str:
    zinnen: list[str] = []
    woorden = 0
    i = 0
    while woorden < WOORDEN_NOTITIE:
        zin = items[i % len(items)]["tekst"]
        zinnen.append(zin)
        woorden += len(zin.split())
        i += 1
    return " ".join(zinnen)


def tijd(tekst: str) -> tuple[float, float, int]:
    """Median wall-clock and CPU milliseconds per check (CPU time is less disturbed when
    other processes share the machine)."""
    controleer(tekst)  # warm-up: loads the word lists once
    muur: list[float] = []
    cpu: list[float] = []
    for _ in range(RONDES):
        start, start_cpu = time.perf_counter(), time.process_time()
        controleer(tekst)
        cpu.append((time.process_time() - start_cpu) * 1000)
        muur.append((time.perf_counter() - start) * 1000)
    return statistics.median(muur), statistics.median(cpu), len(controleer(tekst))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fouten", action="store_true", help="toon fouten in het tuning-deel")
    args = parser.parse_args()
    items = laad()
    voorspeld = [voorspel(item) for item in items]
    tabel(items, voorspeld, "Alle zinnen")
    for deel in dict.fromkeys(item["deel"] for item in items):
        sel = [(it, p) for it, p in zip(items, voorspeld, strict=True) if it["deel"] == deel]
        tabel([s[0] for s in sel], [s[1] for s in sel], f"Deel {deel}")
    tekst = notitie(items)
    ms, cpu, aantal = tijd(tekst)
    belasting = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"\nTijd voor een notitie van {len(tekst.split())} woorden ({aantal} bevindingen), "
        f"mediaan over {RONDES} rondes: {ms:.1f} ms (klok), {cpu:.1f} ms (CPU); doel < 20 ms. "
        f"Systeembelasting: {belasting:.1f} op {os.cpu_count()} cores."
    )
    zwaar = "hoorde ik dat vader zou Sam Piet Jan " * 750  # 6,000 words, no punctuation
    start = time.perf_counter()
    controleer(zwaar)
    ms_zwaar = (time.perf_counter() - start) * 1000
    print(f"Zwaarste geval (6.000 woorden zonder leestekens): {ms_zwaar:.0f} ms")
    if args.fouten:
        print("\nFouten in het tuning-deel:")
        for item, pred in zip(items, voorspeld, strict=True):
            if item["deel"] != "tuning" or pred == set(item["verwacht"]):
                continue
            mis = sorted(set(item["verwacht"]) - pred)
            extra = sorted(pred - set(item["verwacht"]))
            print(f"  - {item['tekst']!r}  gemist={mis} extra={extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
