"""What each speed shim buys (meldwijzer/web/snel.py), measured on the web bench's targets.

One run starts the app under gunicorn once per configuration, all side by side: every shim on
(the default), every shim off (stock Django), and each shim off alone. Each target is then
driven with wrk against each configuration in turn (interleaved, so a change in the
machine's load hits every configuration alike), for `--rondes` rounds; the best round per
configuration counts. Besides req/s it reads the CPU time the gunicorn processes used
(/proc) per request: on a machine shared with other work, req/s swings with their load, CPU
time per request hardly does. The ratios say what a shim buys: CPU ms per request with that
one shim off divided by CPU ms per request with every shim on (1.10× = the shim saves 10%).

Usage: python -m bench.shim_bench [--seconds 2] [--connections 2] [--rondes 4]

On a shared machine the load of others comes and goes within seconds: more short rounds,
best of each, say more than one long one.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from contextlib import ExitStack
from pathlib import Path

from bench._common import DEFAULT_THREADS, DEFAULT_WORKERS, gunicorn, table, write_fragment
from bench._wrk import WrkResult
from bench.web_bench import Doel, _leeg_laten_lopen, _wrk, doelen_verzamelen

#: The shims of private mode (settings.SNELLE_SHIMS; `formulieren` is organisation mode's,
#: measured with bench/org_bench.py); `uit` is stock Django.
SHIMS = ("widgets", "paginas")
#: The web bench's targets the shims are for: pages without a casus (GET), step pages with a
#: realistic casus, and a save.
DOELEN = (
    "GET /",
    "GET /stap/1/",
    "casus /stap/1/",
    "casus /stap/3/",
    "casus /stap/5/",
    "opslaan /stap/3/",
)


def configuraties() -> dict[str, str]:
    """Name -> MELDWIJZER_SNELLE_WEERGAVE."""
    conf = {"alles aan": "aan", "alles uit": "uit"}
    for shim in SHIMS:
        conf[f"zonder {shim}"] = ",".join(s for s in SHIMS if s != shim) or "uit"
    return conf


def cpu_seconden(pid: int) -> float:
    """CPU seconds (user + system) used so far by process `pid` and its children (Linux)."""
    tick = os.sysconf("SC_CLK_TCK")
    totaal = 0.0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            stat = (proc / "stat").read_text()
        except OSError:
            continue
        v = stat[stat.rindex(")") + 2 :].split()
        if int(proc.name) == pid or int(v[1]) == pid:
            totaal += (int(v[11]) + int(v[12])) / tick
    return totaal


def _geo(waarden: list[float]) -> float:
    return math.exp(sum(math.log(w) for w in waarden) / len(waarden)) if waarden else 0.0


def meten(*, seconds: int, connections: int, rondes: int) -> str:
    conf = configuraties()
    beste: dict[tuple[str, str], WrkResult] = {}
    cpu_ms: dict[tuple[str, str], float] = {}
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
                    voor = cpu_seconden(app.proc.pid)
                    r = _wrk(
                        doel, base=app.url, client=client, seconds=seconds, connections=connections
                    )
                    _leeg_laten_lopen(app.url)
                    # Requests wrk left queued are served too: at most one per connection.
                    ms = (cpu_seconden(app.proc.pid) - voor) * 1000 / max(1, r.requests)
                    if r.errors == 0:
                        plek = (doel_naam, naam)
                        cpu_ms[plek] = min(ms, cpu_ms.get(plek, float("inf")))
                    vorige = beste.get((doel_naam, naam))
                    if r.errors == 0 and (vorige is None or r.rps > vorige.rps):
                        beste[(doel_naam, naam)] = r
                    print(
                        f"  ronde {ronde + 1} {doel_naam} [{naam}]: {r.rps:.0f} req/s",
                        file=sys.stderr,
                    )
    namen = list(conf)
    paren = [("alles", "alles uit"), *[(x, f"zonder {x}") for x in SHIMS]]
    kop = ["doel", *[f"CPU ms {n}" for n in namen], *[f"req/s {n}" for n in namen]]
    kop += ["alles aan t.o.v. alles uit", *[f"{x} levert" for x in SHIMS]]
    regels: list[list[object]] = []
    winst: dict[str, list[float]] = {x: [] for x, _ in paren}
    for doel_naam in DOELEN:
        cpu = {n: cpu_ms[(doel_naam, n)] for n in namen if (doel_naam, n) in cpu_ms}
        rps = {n: beste[(doel_naam, n)].rps for n in namen if (doel_naam, n) in beste}
        rij: list[object] = [doel_naam]
        rij += [f"{cpu[n]:.2f}" if n in cpu else "–" for n in namen]
        rij += [f"{rps[n]:.0f}" if n in rps else "–" for n in namen]
        aan = cpu.get("alles aan")
        for sleutel, uit in paren:
            if aan and cpu.get(uit):
                winst[sleutel].append(cpu[uit] / aan)
                rij.append(f"{cpu[uit] / aan:.2f}×")
            else:
                rij.append("–")
        regels.append(rij)
    slot: list[object] = ["meetkundig gemiddelde", *["" for _ in namen], *["" for _ in namen]]
    regels.append(slot + [f"{_geo(winst[x]):.2f}×" for x, _ in paren])
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return "\n".join(
        [
            "## Wat elke snelheids-shim oplevert (`bench/shim_bench.py`)",
            "",
            f"gunicorn {DEFAULT_WORKERS} workers × {DEFAULT_THREADS} threads per configuratie, "
            f"wrk {connections} verbindingen, {seconds} s per doel per configuratie, {rondes} "
            "ronde(n), om en om; de beste ronde telt. 'CPU ms' = CPU-tijd van gunicorn per "
            "verzoek; 'X levert' = CPU ms zonder X ÷ CPU ms met alles aan (1,10× = X bespaart "
            f"10%). Belasting (1/5/15 min) bij het einde: {load}.",
            "",
            table(kop, regels),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=2)
    # Two connections keep both workers busy and leave at most two requests queued when wrk
    # stops (their CPU time is counted, their responses are not).
    parser.add_argument("--connections", type=int, default=2)
    parser.add_argument("--rondes", type=int, default=4)
    args = parser.parse_args(argv)
    tekst = meten(seconds=args.seconds, connections=args.connections, rondes=args.rondes)
    write_fragment("12_shims", tekst)
    print(tekst)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
