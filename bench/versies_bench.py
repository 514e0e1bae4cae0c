"""Two versions of the code side by side: CPU time per request of the same targets.

On a shared machine req/s swings with the load of others, so a before/after run of the web
bench minutes apart says little. This starts one gunicorn per version (each from its own
checkout, e.g. `git archive COMMIT | tar -x -C DIR`, with this checkout's venv), all at once,
drives the same targets against each in turn for a few rounds and reports the CPU time the
gunicorn processes used per request (best round), with req/s beside it.

Usage: python -m bench.versies_bench NAAM=DIR NAAM=DIR [--seconds 2] [--rondes 3]
"""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from pathlib import Path

from bench import _common
from bench._common import table
from bench.shim_bench import cpu_seconden
from bench.web_bench import Doel, _leeg_laten_lopen, _wrk, doelen_verzamelen

DOELEN = (
    "GET /",
    "GET /stap/1/",
    "casus /stap/1/",
    "casus /stap/3/",
    "casus /stap/5/",
    "casus /samenvatting/",
    "opslaan /stap/3/",
    "verslag /verslag/html/",
)


def meten(versies: dict[str, Path], *, seconds: int, rondes: int, connections: int = 2) -> str:
    cpu: dict[tuple[str, str], float] = {}
    rps: dict[tuple[str, str], float] = {}
    with ExitStack() as stack:
        servers = {}
        for naam, root in versies.items():
            _common.ROOT = (
                root  # gunicorn() and migrate() run from ROOT, with ROOT first on the path
            )
            app = stack.enter_context(_common.gunicorn())
            doelen, client, _ = doelen_verzamelen(app.url)
            per_naam: dict[str, Doel] = {d.naam: d for d in doelen}
            servers[naam] = (app, client, per_naam)
        for ronde in range(rondes):
            for doel_naam in DOELEN:
                for naam, (app, client, per_naam) in servers.items():
                    doel = per_naam.get(doel_naam)
                    if doel is None:
                        continue
                    voor = cpu_seconden(app.proc.pid)
                    r = _wrk(
                        doel, base=app.url, client=client, seconds=seconds, connections=connections
                    )
                    _leeg_laten_lopen(app.url)
                    ms = (cpu_seconden(app.proc.pid) - voor) * 1000 / max(1, r.requests)
                    if r.errors == 0:
                        plek = (doel_naam, naam)
                        cpu[plek] = min(ms, cpu.get(plek, float("inf")))
                        rps[plek] = max(r.rps, rps.get(plek, 0.0))
                    print(f"  {ronde + 1} {doel_naam} [{naam}]: {ms:.2f} ms", file=sys.stderr)
    namen = list(versies)
    kop = ["doel", *[f"CPU ms {n}" for n in namen], *[f"req/s {n}" for n in namen]]
    kop.append(f"{namen[0]} ÷ {namen[-1]} (CPU)")
    regels: list[list[object]] = []
    for d in DOELEN:
        rij: list[object] = [d]
        rij += [f"{cpu[(d, n)]:.2f}" if (d, n) in cpu else "–" for n in namen]
        rij += [f"{rps[(d, n)]:.0f}" if (d, n) in rps else "–" for n in namen]
        a, b = cpu.get((d, namen[0])), cpu.get((d, namen[-1]))
        rij.append(f"{a / b:.2f}×" if a and b else "–")
        regels.append(rij)
    return table(kop, regels)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("versies", nargs="+", help="NAAM=DIR, a checkout of each version")
    parser.add_argument("--seconds", type=int, default=2)
    parser.add_argument("--rondes", type=int, default=3)
    args = parser.parse_args(argv)
    versies = {v.split("=", 1)[0]: Path(v.split("=", 1)[1]).resolve() for v in args.versies}
    print(meten(versies, seconds=args.seconds, rondes=args.rondes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
