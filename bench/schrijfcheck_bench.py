"""Benchmark for the schrijfcheck: precision and recall per category, and speed.

Sentence level: for each labelled sentence, does a category fire or not, against the
expected categories. Four sets:
- in-house development: bench/data/schrijfcheck_gelabeld.yaml without its never-tuned items;
- in-house never tuned: its "heldout" items (every 4th of the first 312) and "nieuw7";
- third-party development / held-out: bench/data/schrijfcheck_derden.yaml (sentences quoted
  from public Dutch guides, with the source's own label), split by hash of the sentence. Only
  the categories a source can label are scored there (not 'identificerend').
Per set: per category precision and recall, and the share of flawed sentences caught (any
category) and of clean sentences passed (no category).

    .venv/bin/python bench/schrijfcheck_bench.py            # table + timing
    .venv/bin/python bench/schrijfcheck_bench.py --fouten   # also list misses on the tuning part
    .venv/bin/python bench/schrijfcheck_bench.py --ronde 4  # also the third-party round 4 alone
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from meldwijzer.engine.schrijfcheck import CATEGORIEEN, controleer

DATA = Path(__file__).resolve().parent / "data" / "schrijfcheck_gelabeld.yaml"
DERDEN = Path(__file__).resolve().parent / "data" / "schrijfcheck_derden.yaml"
WOORDEN_NOTITIE = 2000
WOORDEN_VELD = 300
RONDES = 50
NOOIT_GETUNED = frozenset({"heldout", "nieuw7"})
#: Categories a third-party source labels (names are the sources' invented examples).
DERDEN_CATEGORIEEN = ("interpretatie", "vaag", "bron_ontbreekt", "diagnose")


def laad() -> list[dict[str, Any]]:
    items = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    for i, item in enumerate(items):
        if "deel" not in item:
            item["deel"] = "heldout" if i % 4 == 3 else "tuning"
        onbekend = set(item["verwacht"]) - set(CATEGORIEEN)
        if onbekend:
            raise SystemExit(f"onbekende categorie in item {i}: {onbekend}")
    return items


def derden_deel(tekst: str) -> str:
    """The fixed split of the third-party set: by hash, never by looking at results."""
    oneven = int(hashlib.sha256(tekst.encode("utf-8")).hexdigest(), 16) % 2
    return "derden_heldout" if oneven else "derden_dev"


def laad_derden() -> list[dict[str, Any]]:
    items = yaml.safe_load(DERDEN.read_text(encoding="utf-8"))
    for i, item in enumerate(items):
        item["deel"] = derden_deel(item["tekst"])
        if not isinstance(item.get("ronde"), int):
            raise SystemExit(f"derden item {i}: geen ronde")
        if item["oordeel"] not in ("goed", "fout") or (item["oordeel"] == "goed") != (
            not item["verwacht"]
        ):
            raise SystemExit(f"derden item {i}: oordeel en verwacht spreken elkaar tegen")
    return items


def derden_ronde(
    items: list[dict[str, Any]], voorspeld: list[set[str]], ronde: int
) -> tuple[list[dict[str, Any]], list[set[str]]]:
    """The third-party sentences added in one round (field `ronde`), with their predictions:
    a new round is reported on its own beside the whole set, scored the same way."""
    paren = [(it, p) for it, p in zip(items, voorspeld, strict=True) if it["ronde"] == ronde]
    return [a for a, _ in paren], [b for _, b in paren]


def voorspel(item: dict[str, Any]) -> set[str]:
    bevindingen = controleer(item["tekst"], soort=item.get("soort"), bron=item.get("bron", ""))
    return {b.categorie for b in bevindingen}


def tabel(
    items: list[dict[str, Any]],
    voorspeld: list[set[str]],
    titel: str,
    categorieen: tuple[str, ...] = CATEGORIEEN,
) -> None:
    voorspeld = [p & set(categorieen) for p in voorspeld]
    print(f"\n{titel} (n={len(items)} zinnen)")
    print(f"  {'categorie':<16}{'pos':>5}{'TP':>5}{'FP':>5}{'FN':>5}{'precisie':>10}{'recall':>8}")
    for cat in categorieen:
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
    fout = [
        p for it, p in zip(items, voorspeld, strict=True) if set(it["verwacht"]) & set(categorieen)
    ]
    goed = [
        p
        for it, p in zip(items, voorspeld, strict=True)
        if not set(it["verwacht"]) & set(categorieen)
    ]
    gevangen = sum(1 for p in fout if p)
    door = sum(1 for p in goed if not p)
    print(
        f"  gebrekkige zinnen gevonden: {gevangen}/{len(fout)} ({_pct(gevangen, len(fout))}); "
        f"goede zinnen ongemoeid: {door}/{len(goed)} ({_pct(door, len(goed))})"
    )


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.0f}%" if b else "-"


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


def live_tijd(tekst: str) -> float:
    """Median milliseconds for the live check's request (POST /schrijfcheck/ with a JSON body,
    through Django's full middleware stack in this process: what the browser waits for,
    without the network)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meldwijzer.web.settings")
    os.environ.setdefault("MELDWIJZER_DATA_DIR", tempfile.mkdtemp())
    import django
    from django.test import Client
    from django.urls import reverse

    django.setup()
    client = Client(HTTP_HOST="localhost")
    adres = reverse("flow:schrijfcheck")
    body = json.dumps({"tekst": tekst, "soort": "observatie"})
    client.post(adres, body, content_type="application/json")  # warm-up
    tijden: list[float] = []
    for _ in range(RONDES):
        start = time.perf_counter()
        antwoord = client.post(adres, body, content_type="application/json")
        tijden.append((time.perf_counter() - start) * 1000)
        if antwoord.status_code != 200:
            raise SystemExit(f"live check antwoordde {antwoord.status_code}")
    return statistics.median(tijden)


def _sel(
    items: list[dict[str, Any]], voorspeld: list[set[str]], delen: frozenset[str] | None, uit: bool
) -> tuple[list[dict[str, Any]], list[set[str]]]:
    paren = [
        (it, p)
        for it, p in zip(items, voorspeld, strict=True)
        if delen is None or ((it["deel"] in delen) != uit)
    ]
    return [a for a, _ in paren], [b for _, b in paren]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fouten", action="store_true", help="toon fouten in de ontwikkeldelen")
    parser.add_argument("--geen-live", action="store_true", help="sla de meting via Django over")
    parser.add_argument(
        "--zonder-heldout", action="store_true", help="toon de achtergehouden derden niet (tunen)"
    )
    parser.add_argument(
        "--ronde",
        type=int,
        action="append",
        default=[],
        help="toon de derden van deze ronde ook apart; mag vaker: --ronde 4 --ronde 5",
    )
    args = parser.parse_args()
    items = laad()
    voorspeld = [voorspel(item) for item in items]
    tabel(*_sel(items, voorspeld, NOOIT_GETUNED, True), "Eigen set: ontwikkeling")
    tabel(*_sel(items, voorspeld, NOOIT_GETUNED, False), "Eigen set: nooit getuned")
    derden = laad_derden()
    voorspeld_d = [voorspel(item) for item in derden]
    dev = frozenset({"derden_dev"})
    tabel(*_sel(derden, voorspeld_d, dev, False), "Derden: ontwikkeling", DERDEN_CATEGORIEEN)
    if not args.zonder_heldout:
        tabel(*_sel(derden, voorspeld_d, dev, True), "Derden: achtergehouden", DERDEN_CATEGORIEEN)
    for nummer in args.ronde:
        ronde, voorspeld_r = derden_ronde(derden, voorspeld_d, nummer)
        if not ronde:
            print(f"geen derden in ronde {nummer}", file=sys.stderr)
            return 2
        titel = f"Derden ronde {nummer}"
        tabel(*_sel(ronde, voorspeld_r, dev, False), f"{titel}: ontwikkeling", DERDEN_CATEGORIEEN)
        if not args.zonder_heldout:
            tabel(
                *_sel(ronde, voorspeld_r, dev, True), f"{titel}: achtergehouden", DERDEN_CATEGORIEEN
            )
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
    if not args.geen_live:
        veld = " ".join(notitie(items).split()[:WOORDEN_VELD])
        print(
            f"Live check (POST /schrijfcheck/, veld van {WOORDEN_VELD} woorden), mediaan over "
            f"{RONDES} rondes: {live_tijd(veld):.1f} ms; doel < 50 ms."
        )
    if args.fouten:
        print("\nFouten in de ontwikkeldelen (eigen set en derden):")
        ontwikkeling = [
            (it, p)
            for it, p in [
                *zip(items, voorspeld, strict=True),
                *zip(derden, voorspeld_d, strict=True),
            ]
            if it["deel"] not in NOOIT_GETUNED and it["deel"] != "derden_heldout"
        ]
        for item, pred in ontwikkeling:
            if item["deel"] == "derden_dev":
                pred = pred & set(DERDEN_CATEGORIEEN)
            if pred == set(item["verwacht"]):
                continue
            mis = sorted(set(item["verwacht"]) - pred)
            extra = sorted(pred - set(item["verwacht"]))
            print(f"  - [{item['deel']}] {item['tekst']!r}  gemist={mis} extra={extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
