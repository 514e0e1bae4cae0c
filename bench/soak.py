"""Soak: many professionals working through full casussen at the same time, for minutes.

Each simulated professional (a thread with its own connection and cookies) starts a casus,
fills in every page the navigation offers (random but valid answers, Dutch text), pauses
between pages as if reading and typing, and starts again when done. Against gunicorn with
production settings. An error is any 5xx, unexpected 4xx (403/404/405, or 400 other than a
validation message) or socket error; the goal is zero.

`--modus organisatie` drives organisation mode on PostgreSQL instead (bench/soak_org.py):
each professional logs in with password and TOTP, works on casussen stored on the server,
and afterwards every save the server acknowledged must be in the database (goal: none
lost). It needs a PostgreSQL server (`--database-url`, MELDWIJZER_SOAK_DATABASE_URL or
DATABASE_URL) and makes its own database there, dropped at the end.

Usage: python -m bench.soak [--modus prive|organisatie] [--users 100] [--seconds 120]
       [--database-url postgres://...] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field

from bench import flowclient as fc
from bench._common import gunicorn, pct_ms, table, tegelijk, write_fragment


@dataclass
class Telling:
    casussen: int = 0
    verzoeken: int = 0
    validatiefouten: int = 0
    fouten: list[str] = field(default_factory=list)
    duur: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _GetimedeClient(fc.Client):
    def __init__(self, base_url: str, telling: Telling) -> None:
        super().__init__(base_url)
        self._telling = telling

    def request(self, *args: object, **kwargs: object) -> fc.Antwoord:
        t0 = time.perf_counter()
        antwoord = super().request(*args, **kwargs)  # type: ignore[arg-type]
        with self._telling.lock:
            self._telling.duur.append(time.perf_counter() - t0)
        return antwoord


def professional(
    base_url: str, *, nummer: int, einde: float, telling: Telling, denktijd: tuple[float, float]
) -> None:
    rng = random.Random(nummer)
    while time.monotonic() < einde:
        client = _GetimedeClient(base_url, telling)
        try:
            verloop = fc.casus_doorlopen(
                client,
                rng=rng,
                profiel=fc.Profiel(vast={"noodsituatie": ""}),
                herhalingen=rng.randint(1, 3),
                denktijd=denktijd,
                tot=einde,
            )
            with telling.lock:
                telling.casussen += 1
                telling.verzoeken += verloop.verzoeken
                telling.validatiefouten += verloop.validatiefouten
        except (fc.FlowFout, OSError) as error:
            with telling.lock:
                telling.fouten.append(f"{type(error).__name__}: {error}")
        finally:
            client.close()


def soak(*, users: int, seconds: float, denktijd: tuple[float, float]) -> dict[str, object]:
    telling = Telling()
    extra = {}
    if os.environ.get("MELDWIJZER_SOAK_DATABASE_URL"):
        extra["DATABASE_URL"] = os.environ["MELDWIJZER_SOAK_DATABASE_URL"]
    with gunicorn(extra_env=extra) as app:
        einde = time.monotonic() + seconds
        kwargs = [
            {
                "base_url": app.url,
                "nummer": i,
                "einde": einde,
                "telling": telling,
                "denktijd": denktijd,
            }
            for i in range(users)
        ]
        duur = tegelijk(professional, kwargs, join_timeout=seconds + 120)
        log = app.log.read_text(encoding="utf-8", errors="replace") if app.log.exists() else ""
    return {
        "users": users,
        "seconds": round(duur, 1),
        "casussen": telling.casussen,
        "verzoeken": len(telling.duur),
        "verzoeken_per_s": round(len(telling.duur) / duur, 1) if duur else 0,
        "p50_ms": pct_ms(telling.duur, 0.50),
        "p95_ms": pct_ms(telling.duur, 0.95),
        "p99_ms": pct_ms(telling.duur, 0.99),
        "max_ms": pct_ms(telling.duur, 1.0),
        "mediaan_ms": round(statistics.median(telling.duur or [0.0]) * 1000, 1),
        "validatiefouten": telling.validatiefouten,
        "fouten": len(telling.fouten),
        "foutvoorbeelden": telling.fouten[:5],
        "tracebacks_in_serverlog": log.count("Traceback"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--modus", choices=["prive", "organisatie"], default="prive")
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--think-min", type=float, default=0.5)
    parser.add_argument("--think-max", type=float, default=2.0)
    parser.add_argument(
        "--database-url",
        help="organisatie: PostgreSQL server (default MELDWIJZER_SOAK_DATABASE_URL, DATABASE_URL)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    args = parser.parse_args(argv)
    if args.modus == "organisatie":
        return _organisatie(args)
    uitkomst = soak(
        users=args.users, seconds=args.seconds, denktijd=(args.think_min, args.think_max)
    )
    if args.json:
        print(json.dumps(uitkomst))
        return 0
    tekst = "\n".join(
        [
            "## Duurtest (soak)",
            "",
            f"{args.users} gesimuleerde professionals werken tegelijk volledige casussen door "
            f"(prive-modus, gunicorn met productie-instellingen), {args.seconds:.0f} s, "
            f"denktijd {args.think_min}–{args.think_max} s tussen pagina's. "
            "Fout = 5xx, onverwachte 4xx of socketfout; doel: 0. "
            "Validatiefouten zijn meldingen op de pagina (willekeurige invoer), geen fouten.",
            "",
            table(
                ["maat", "waarde"],
                [[k, v] for k, v in uitkomst.items() if k != "foutvoorbeelden"]
                + [["doel gehaald (0 fouten)", "ja" if not uitkomst["fouten"] else "**nee**"]],
            ),
        ]
    )
    tekst += _voorbeelden("fouten", uitkomst["foutvoorbeelden"])  # type: ignore[arg-type]
    write_fragment("40_soak", tekst)
    print(tekst)
    return 0 if not uitkomst["fouten"] else 1


def _voorbeelden(wat: str, regels: list[str]) -> str:
    if not regels:
        return ""
    return f"\n\nVoorbeelden van {wat}:\n\n" + "\n".join(f"- {r}" for r in regels)


def _organisatie(args: argparse.Namespace) -> int:
    from bench import soak_org

    server = soak_org.database_url(args.database_url)
    if not server:
        print(
            "De duurtest in de organisatiemodus heeft een PostgreSQL-server nodig: geef "
            "--database-url postgres://... of zet MELDWIJZER_SOAK_DATABASE_URL of DATABASE_URL.",
            file=sys.stderr,
        )
        return 2
    try:
        uitkomst = soak_org.soak_org(
            users=args.users,
            seconds=args.seconds,
            denktijd=(args.think_min, args.think_max),
            server_url=server,
        )
    except soak_org.GeenDatabase as exc:
        print(
            f"Kon geen eigen database maken op de PostgreSQL-server: {exc}\n"
            "(De duurtest maakt daar een tijdelijke database: de server moet bereikbaar zijn "
            "en de gebruiker het recht CREATEDB hebben.)",
            file=sys.stderr,
        )
        return 2
    gehaald = not uitkomst["fouten"] and not uitkomst["kwijt"]
    if args.json:
        print(json.dumps(uitkomst))
        return 0 if gehaald else 1
    weg = {"foutvoorbeelden", "kwijtvoorbeelden", "modus"}
    tekst = "\n".join(
        [
            "## Duurtest (soak), organisatiemodus",
            "",
            f"{args.users} gesimuleerde medewerkers loggen in (wachtwoord en TOTP-code) en "
            "werken tegelijk volledige casussen door die op de server worden bewaard "
            f"(organisatiemodus, PostgreSQL, gunicorn met productie-instellingen), "
            f"{args.seconds:.0f} s, denktijd {args.think_min}–{args.think_max} s tussen "
            "pagina's. Elke medewerker werkt alleen aan haar eigen casussen. Een opslag is "
            "bevestigd als de pagina die terugkomt naar de volgende versie van de casus wijst; "
            "in vrije tekstvelden typt zij een unieke markering. Na afloop wordt elke casus via "
            "de eigen selector van het project gelezen en ontsleuteld: een bevestigde opslag "
            "is teruggevonden als de casus die versie haalde en elke markering erin staat die "
            "geen latere opslag verving. Fout = 5xx, onverwachte 4xx, doorverwijzing (sessie "
            "kwijt), conflict (409), socketfout, of een pagina die niet opsloeg en niet zei "
            "waarom. Doel: 0 fouten en 0 kwijt.",
            "",
            table(
                ["maat", "waarde"],
                [[k, v] for k, v in uitkomst.items() if k not in weg]
                + [["doel gehaald (0 fouten, 0 kwijt)", "ja" if gehaald else "**nee**"]],
            ),
        ]
    )
    tekst += _voorbeelden("fouten", uitkomst["foutvoorbeelden"])
    tekst += _voorbeelden("verloren opslagen", uitkomst["kwijtvoorbeelden"])
    write_fragment("41_soak_org", tekst)
    print(tekst)
    return 0 if gehaald else 1


if __name__ == "__main__":
    sys.exit(main())
