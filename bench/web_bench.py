"""Web benchmark: our pages under 50 concurrent clients, beside two floors, in one run.

Starts the app under gunicorn with production settings on loopback, works through a
realistic casus with the scripted professional (bench/flowclient.py) to get a real signed
`staat` and CSRF cookie, then drives every target with wrk from a second process:

- the start page, every flow page as a plain GET (no casus: what a bookmark shows),
- every step page rendered with the realistic casus (POST `actie=herstel`: render only),
- saving each step page (the POST the page itself sends, replayed),
- the verslag downloads the summary page offers (HTML, PDF, ...), when they exist,
- the framework floor: a fixed response of the step page's size from a Django view with the
  same settings and middleware (bench/floor_settings.py), under the same gunicorn,
- the physical floor: a static file of that size from nginx (bench/static_floor.py).

Usage: python -m bench.web_bench [--seconds 8] [--connections 50] [--sweep] [--quick]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import urllib.parse
from dataclasses import dataclass

from bench import flowclient as fc
from bench._common import DEFAULT_THREADS, DEFAULT_WORKERS, gunicorn, table, write_fragment
from bench._wrk import WrkResult, run_wrk
from bench.discover import url_patterns
from bench.static_floor import nginx_static

#: Pages opened by URL besides the start and step pages (the emergency page is opened most).
GET_PAGINAS = {"/acuut-gevaar/"}
#: Where the pages send the casus to be rendered or exported (never mail or file upload).
DOWNLOADS = ("/verslag/", "/bewaren/")


@dataclass
class Doel:
    naam: str
    pad: str
    soort: str  # "start", "get", "stap", "opslaan", "verslag", "floor"
    method: str = "GET"
    body: bytes | None = None
    bytes: int = 0


def _body(data: list[tuple[str, str]]) -> bytes:
    return urllib.parse.urlencode(data).encode()


def _realistische_casus(base_url: str) -> tuple[fc.Client, fc.Verloop]:
    client = fc.Client(base_url)
    verloop = fc.casus_doorlopen(
        client, rng=random.Random(7), profiel=fc.Profiel.realistisch(), herhalingen=4
    )
    return client, verloop


def _staat(verloop: fc.Verloop) -> list[tuple[str, str]]:
    form = verloop.laatste_formulier()
    if form is None:
        return []
    return [(v.name, v.value) for v in form.velden if v.name in {"staat", "csrfmiddlewaretoken"}]


def doelen_verzamelen(base_url: str) -> tuple[list[Doel], fc.Client, list[str]]:
    """Every target, checked once before wrk hammers it; plus notes on what is missing.

    Pages are the flow's URL patterns with a `pagina_id`; downloads (verslag, export) are the
    buttons on those pages that post the casus somewhere else (e.g. /verslag/pdf/).
    """
    notities: list[str] = []
    patronen = [p for p in url_patterns() if p.namespace == "flow"]
    paginas = [p.path for p in patronen if "pagina_id" in p.kwargs and not p.heeft_argumenten]
    client, verloop = _realistische_casus(base_url)
    staat = _staat(verloop)
    doelen: list[Doel] = []
    for pad in paginas:  # as a bookmark opens them: no casus posted
        if pad == "/" or pad in GET_PAGINAS or fc.STAP_RE.match(pad):
            doelen.append(Doel(naam=f"GET {pad}", pad=pad, soort="start" if pad == "/" else "get"))
    for pad in paginas:
        if pad == "/":
            continue
        doelen.append(
            Doel(
                naam=f"casus {pad}",
                pad=pad,
                soort="stap",
                method="POST",
                body=_body([*staat, ("actie", "herstel")]),
            )
        )
    laatste_per_pad: dict[str, fc.Stap] = {}
    for stap in verloop.stappen:
        laatste_per_pad[stap.pad] = stap
    for pad, stap in laatste_per_pad.items():
        doelen.append(
            Doel(
                naam=f"opslaan {pad}",
                pad=pad,
                soort="opslaan",
                method="POST",
                body=_body(stap.data),
            )
        )
    # Check each target once; drop (and report) what does not answer 2xx. The rendered pages
    # also tell which downloads they offer.
    bruikbaar: list[Doel] = []
    downloads: dict[tuple[str, str], Doel] = {}
    for doel in doelen:
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if doel.body else None
        antwoord = client.request(doel.method, doel.pad, doel.body, headers)
        if antwoord.status >= 300:
            notities.append(f"{doel.naam}: HTTP {antwoord.status} bij de controle, niet gemeten.")
            continue
        if doel.soort in {"stap", "opslaan"} and "aria-invalid" in antwoord.body:
            notities.append(f"{doel.naam}: de pagina toont een invoerfout (meting telt wel).")
        doel.bytes = antwoord.grootte or len(antwoord.body.encode())
        bruikbaar.append(doel)
        if doel.soort == "stap":
            for form in fc.formulieren(antwoord.body):
                for knop in form.knoppen:
                    actie = knop.formaction or form.action
                    if actie in paginas or not actie.startswith(DOWNLOADS):
                        continue
                    velden = [(v.name, v.value) for v in form.velden if v.kind == "hidden"]
                    velden = [
                        (k, v) for k, v in velden if k not in {"staat", "csrfmiddlewaretoken"}
                    ]
                    data = [*staat, *velden, *([(knop.name, knop.value)] if knop.name else [])]
                    downloads.setdefault(
                        (actie, knop.value),
                        Doel(
                            naam=f"verslag {actie}",
                            pad=actie,
                            soort="verslag",
                            method="POST",
                            body=_body(data),
                        ),
                    )
    for doel in downloads.values():
        antwoord = client.request(
            doel.method, doel.pad, doel.body, {"Content-Type": "application/x-www-form-urlencoded"}
        )
        if antwoord.status >= 300:
            notities.append(f"{doel.naam}: HTTP {antwoord.status} bij de controle, niet gemeten.")
            continue
        doel.bytes = antwoord.grootte or len(antwoord.body.encode())
        bruikbaar.append(doel)
    if not downloads:
        notities.append("Geen verslag-download gevonden op de pagina's van de flow.")
    return bruikbaar, client, notities


def _wrk(
    doel: Doel, *, base: str, client: fc.Client | None, seconds: int, connections: int
) -> WrkResult:
    headers: dict[str, str] = {}
    if client is not None and client.cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
    if doel.body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    return run_wrk(
        name=doel.naam,
        url=base + doel.pad,
        connections=connections,
        seconds=seconds,
        method=doel.method,
        body=doel.body,
        headers=headers,
    )


def _leeg_laten_lopen(base_url: str) -> None:
    """Wait until the requests wrk left queued are done, so they do not eat the next target's
    seconds (a sync worker finishes every queued request, even after wrk hung up)."""
    probe = fc.Client(base_url, timeout=120)
    try:
        probe.get("/acuut-gevaar/")
    finally:
        probe.close()


def _is_stappagina(doel: Doel) -> bool:
    """A step page, as a bookmark opens it (GET) or with a casus: the 1.5x-floor goal."""
    return doel.soort == "stap" or (doel.soort == "get" and doel.pad.startswith("/stap/"))


def _ms(value: float) -> str:
    return f"{value:.1f}"


def _ratio(ours: float, floor: float) -> str:
    return f"{ours / floor:.2f}×" if floor else "–"


def meten(*, seconds: int, connections: int, workers: int, threads: int, quick: bool) -> str:
    regels: list[list[object]] = []
    resultaten: list[tuple[Doel, WrkResult]] = []
    #: Service time: the same target with one client, what a single professional waits.
    alleen: dict[str, WrkResult] = {}
    with gunicorn(workers=workers, threads=threads) as app:
        doelen, client, notities = doelen_verzamelen(app.url)
        if quick:
            doelen = [d for d in doelen if d.soort in {"start", "stap", "opslaan"}][:4]
        for doel in doelen:
            resultaten.append(
                (
                    doel,
                    _wrk(
                        doel, base=app.url, client=client, seconds=seconds, connections=connections
                    ),
                )
            )
            print(f"  {doel.naam}: {resultaten[-1][1].rps:.0f} req/s", file=sys.stderr)
            _leeg_laten_lopen(app.url)
            alleen[doel.naam] = _wrk(
                doel, base=app.url, client=client, seconds=max(1, seconds // 4), connections=1
            )
    stap_bytes = [d.bytes for d, _ in resultaten if d.soort == "stap"] or [4096]
    grootte = int(statistics.median(stap_bytes))
    with gunicorn(
        workers=workers,
        threads=threads,
        settings="bench.floor_settings",
        extra_env={"MELDWIJZER_BENCH_FLOOR_BYTES": str(grootte)},
        probe="/__floor__/",
    ) as floor_app:
        django_floor = _wrk(
            Doel("Django-vloer (vaste respons)", "/__floor__/", "floor", bytes=grootte),
            base=floor_app.url,
            client=None,
            seconds=seconds,
            connections=connections,
        )
    with nginx_static(size=grootte) as url:
        static_floor = run_wrk(
            name="statische vloer (nginx)", url=url, connections=connections, seconds=seconds
        )

    for doel, r in resultaten:
        doel_ok = r.errors == 0 and r.p99_ms < 50 and r.requests > 0
        if _is_stappagina(doel):
            doel_ok = doel_ok and r.p50_ms <= 1.5 * django_floor.p50_ms
        regels.append(
            [
                doel.naam,
                doel.method,
                f"{doel.bytes / 1024:.1f}",
                f"{r.rps:.0f}",
                _ms(r.p50_ms),
                _ms(r.p95_ms),
                _ms(r.p99_ms),
                r.errors,
                _ratio(r.p50_ms, django_floor.p50_ms),
                _ratio(django_floor.rps, r.rps),
                _ratio(r.p50_ms, static_floor.p50_ms),
                _ratio(static_floor.rps, r.rps),
                _ms(alleen[doel.naam].p50_ms),
                _ms(alleen[doel.naam].p99_ms),
                "ja" if doel_ok else "**nee**",
            ]
        )
    for naam, r in (
        ("Django-vloer (vaste respons)", django_floor),
        ("statische vloer (nginx)", static_floor),
    ):
        regels.append(
            [
                naam,
                "GET",
                f"{grootte / 1024:.1f}",
                f"{r.rps:.0f}",
                _ms(r.p50_ms),
                _ms(r.p95_ms),
                _ms(r.p99_ms),
                r.errors,
                _ratio(r.p50_ms, django_floor.p50_ms),
                _ratio(django_floor.rps, r.rps),
                _ratio(r.p50_ms, static_floor.p50_ms),
                _ratio(static_floor.rps, r.rps),
                "",
                "",
                "",
            ]
        )
    kop = [
        "doel",
        "methode",
        "KB",
        "req/s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "fouten",
        "p50 × Django-vloer",
        "doorvoer ÷ Django-vloer",
        "p50 × statische vloer",
        "doorvoer ÷ statische vloer",
        "p50 ms, 1 client",
        "p99 ms, 1 client",
        "doel gehaald",
    ]
    tekst = [
        "## Web: latency en doorvoer onder belasting",
        "",
        f"gunicorn {workers} workers × {threads} threads "
        f"({'gthread' if threads > 1 else 'sync'}), productie-instellingen, SQLite; "
        f"wrk 1 thread, {connections} verbindingen, {seconds} s per doel, "
        "op dezelfde machine (loopback). "
        f"Vloeren met een respons van {grootte} bytes (de mediane stap-pagina). "
        "'casus …' = stap-pagina met een realistische casus (POST actie=herstel: alleen tonen); "
        "'opslaan …' = de POST die de pagina zelf verstuurt. "
        "Fouten = status ≥ 400 plus socketfouten. "
        "Doelen: p99 < 50 ms en 0 fouten overal; stap-pagina's (GET /stap/N/ en 'casus /stap/N/', "
        "enz.) ook p50 ≤ 1,5 × de Django-vloer. "
        "wrk wacht op elk antwoord voor het volgende verzoek (gesloten lus): de gemiddelde latency "
        f"is dan ongeveer {connections} ÷ doorvoer, dus p99 < 50 ms vraagt ruim 1.000 req/s. "
        "'1 client' = hetzelfde doel met één verbinding: de bedieningstijd, wat één "
        "professional wacht op een verder rustige server.",
        "",
        table(kop, regels),
    ]
    if notities:
        tekst += ["", "Opmerkingen:", "", *[f"- {n}" for n in notities]]
    return "\n".join(tekst)


def sweep(*, seconds: int, connections: int) -> str:
    """Requests per second of one realistic step page for several gunicorn layouts."""
    regels: list[list[object]] = []
    for workers, threads in ((2, 1), (4, 1), (2, 4), (3, 2)):
        with gunicorn(workers=workers, threads=threads) as app:
            doelen, client, _ = doelen_verzamelen(app.url)
            stap = next((d for d in doelen if d.soort == "stap" and "stap" in d.pad), None)
            if stap is None:
                return "## gunicorn-indeling\n\nGeen stap-pagina gevonden."
            r = _wrk(stap, base=app.url, client=client, seconds=seconds, connections=connections)
            regels.append(
                [
                    f"{workers} × {threads}",
                    stap.naam,
                    f"{r.rps:.0f}",
                    _ms(r.p50_ms),
                    _ms(r.p99_ms),
                    r.errors,
                ]
            )
            print(f"  sweep {workers}x{threads}: {r.rps:.0f} req/s", file=sys.stderr)
    return "\n".join(
        [
            "## gunicorn-indeling (workers × threads) op 2 cores",
            "",
            f"Eén stap-pagina met casus, {connections} verbindingen, {seconds} s per indeling. "
            f"De harness gebruikt {DEFAULT_WORKERS} × {DEFAULT_THREADS}.",
            "",
            table(["workers × threads", "doel", "req/s", "p50 ms", "p99 ms", "fouten"], regels),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS)
    parser.add_argument("--threads", type=int, default=DEFAULT_THREADS)
    parser.add_argument("--sweep", action="store_true", help="also compare gunicorn layouts")
    parser.add_argument("--quick", action="store_true", help="only a few targets (smoke run)")
    args = parser.parse_args(argv)
    delen = [
        meten(
            seconds=args.seconds,
            connections=args.connections,
            workers=args.workers,
            threads=args.threads,
            quick=args.quick,
        )
    ]
    if args.sweep:
        delen.append(sweep(seconds=max(3, args.seconds // 2), connections=args.connections))
    tekst = "\n\n".join(delen)
    write_fragment("10_web", tekst)
    print(tekst)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
