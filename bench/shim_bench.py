"""What each speed shim buys (meldwijzer/web/snel.py), measured on the web bench's targets.

One run starts the app under gunicorn once per configuration, all side by side: every shim on
(the default), every shim off (stock Django), and each shim off alone. Each target is then
driven with wrk against each configuration in turn (interleaved, so a change in the
machine's load hits every configuration alike), for `--rondes` rounds; the best round per
configuration counts. The ratios say what a shim buys: req/s with every shim on divided by
req/s with that one shim off (1.10× = the shim buys 10%).

Usage: python -m bench.shim_bench [--seconds 3] [--connections 50] [--rondes 2]
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from contextlib import ExitStack

from bench._common import DEFAULT_THREADS, DEFAULT_WORKERS, gunicorn, table, write_fragment
from bench._wrk import WrkResult
from bench.web_bench import Doel, _leeg_laten_lopen, _wrk, doelen_verzamelen

#: Every shim by name (settings.SNELLE_SHIMS); `uit` is stock Django.
SHIMS = ("widgets", "paginas", "pakteksten")
#: The web bench's targets the shims are for: pages without a casus (GET), step pages with a
#: realistic casus, and a save.
DOELEN = (
    "GET /",
    "GET /stap/1/",
    "GET /stap/5/",
    "casus /stap/1/",
    "casus /stap/3/",
    "casus /stap/5/",
    "casus /samenvatting/",
    "opslaan /stap/3/",
)


def configuraties() -> dict[str, str]:
    """Name -> MELDWIJZER_SNELLE_WEERGAVE."""
    conf = {"alles aan": "aan", "alles uit": "uit"}
    for shim in SHIMS:
        conf[f"zonder {shim}"] = ",".join(s for s in SHIMS if s != shim) or "uit"
    return conf


def _geo(waarden: list[float]) -> float:
    return math.exp(sum(math.log(w) for w in waarden) / len(waarden)) if waarden else 0.0


def meten(*, seconds: int, connections: int, rondes: int) -> str:
    conf = configuraties()
    beste: dict[tuple[str, str], WrkResult] = {}
    with ExitStack() as stack:
        servers = {}
        for naam, waarde in conf.items():
            app = stack.enter_context(
                gunicorn(
                    workers=DEFAULT_WORKERS,
                    threads=DEFAULT_THREADS,
                    extra_env={"MELDWIJZER_SNELLE_WEERGAVE": waarde},
                )
            )
            doelen, client, _ = doelen_verzamelen(app.url)
            per_naam: dict[str, Doel] = {d.naam: d for d in doelen}
            servers[naam] = (app, client, per_naam)
        for ronde in range(rondes):
            for doel_naam in DOELEN:
                for naam, (app, client, per_naam) in servers.items():
                    doel = per_naam.get(doel_naam)
                    if doel is None:
                        continue
                    r = _wrk(
                        doel, base=app.url, client=client, seconds=seconds, connections=connections
                    )
                    _leeg_laten_lopen(app.url)
                    vorige = beste.get((doel_naam, naam))
                    if r.errors == 0 and (vorige is None or r.rps > vorige.rps):
                        beste[(doel_naam, naam)] = r
                    print(
                        f"  ronde {ronde + 1} {doel_naam} [{naam}]: {r.rps:.0f} req/s",
                        file=sys.stderr,
                    )
    namen = list(conf)
    kop = ["doel", *[f"req/s {n}" for n in namen], "alles aan ÷ alles uit"]
    kop += [f"{s} levert" for s in SHIMS]
    regels: list[list[object]] = []
    winst: dict[str, list[float]] = {n: [] for n in ["alles", *SHIMS]}
    for doel_naam in DOELEN:
        rij: list[object] = [doel_naam]
        rps = {n: beste[(doel_naam, n)].rps for n in namen if (doel_naam, n) in beste}
        rij += [f"{rps[n]:.0f}" if n in rps else "–" for n in namen]
        aan = rps.get("alles aan")
        for sleutel, uit in [("alles", "alles uit"), *[(s, f"zonder {s}") for s in SHIMS]]:
            if aan and rps.get(uit):
                winst[sleutel].append(aan / rps[uit])
                rij.append(f"{aan / rps[uit]:.2f}×")
            else:
                rij.append("–")
        regels.append(rij)
    regels.append(
        ["meetkundig gemiddelde", *["" for _ in namen]]
        + [f"{_geo(winst[s]):.2f}×" for s in ["alles", *SHIMS]]
    )
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return "\n".join(
        [
            "## Wat elke snelheids-shim oplevert (`bench/shim_bench.py`)",
            "",
            f"gunicorn {DEFAULT_WORKERS} workers × {DEFAULT_THREADS} threads per configuratie, "
            f"wrk {connections} verbindingen, {seconds} s per doel per configuratie, {rondes} "
            "ronde(n), om en om; de beste ronde telt. 'X levert' = req/s met alles aan ÷ req/s "
            f"zonder X. Belasting (1/5/15 min) bij het einde: {load}.",
            "",
            table(kop, regels),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--rondes", type=int, default=2)
    args = parser.parse_args(argv)
    tekst = meten(seconds=args.seconds, connections=args.connections, rondes=args.rondes)
    write_fragment("12_shims", tekst)
    print(tekst)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
