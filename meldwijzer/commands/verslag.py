"""`meldwijzer verslag FILE.json --format pdf|docx|txt|html|concept -o OUT`: render a saved casus.

Reads a plain or passphrase-protected casus file (the passphrase from standard input with
`--wachtwoord-stdin`, never from the command line where other users could see it).
Exit 0 on success; exit 2 with a Dutch message naming the problem, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from meldwijzer.verslag import FORMATEN, ExportFout, bouw_verslag, lees_casusbestand, render
from meldwijzer.verslag.export import is_versleuteld
from meldwijzer.verslag.formaten import GeenConceptMelding


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "bestand", metavar="FILE", help="opgeslagen casus (.json, - voor standaardinvoer)"
    )
    parser.add_argument(
        "--format",
        dest="formaat",
        default="pdf",
        metavar="FORMAAT",
        help="pdf (standaard), docx, txt, html of concept (de concept-melding als tekst)",
    )
    parser.add_argument(
        "-o",
        "--output",
        dest="uitvoer",
        default="-",
        metavar="OUT",
        help="uitvoerbestand (- of leeg: standaarduitvoer)",
    )
    parser.add_argument(
        "--controlekopie",
        action="store_true",
        help="controlekopie: met de open bevindingen van de schrijfcheck (niet voor het dossier)",
    )
    parser.add_argument(
        "--wachtwoord-stdin",
        action="store_true",
        help="lees het wachtwoord van een beveiligd bestand van standaardinvoer (eerste regel)",
    )


def _fout(bericht: str) -> int:
    sys.stderr.write(f"meldwijzer verslag: {bericht}\n")
    return 2


def _lees(bestand: str, *, wachtwoord_stdin: bool) -> bytes:
    if bestand == "-":
        if wachtwoord_stdin:
            raise ExportFout(
                "gebruik een bestand als invoer wanneer het wachtwoord via standaardinvoer komt"
            )
        return sys.stdin.buffer.read()
    try:
        return Path(bestand).read_bytes()
    except FileNotFoundError as exc:
        raise ExportFout(f"bestand '{bestand}' bestaat niet") from exc
    except OSError as exc:
        raise ExportFout(
            f"bestand '{bestand}' is niet te lezen ({exc.__class__.__name__})"
        ) from exc


def _schrijf(uitvoer: str, data: bytes) -> None:
    if uitvoer == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        Path(uitvoer).write_bytes(data)
    except OSError as exc:
        raise ExportFout(f"kan '{uitvoer}' niet schrijven ({exc.__class__.__name__})") from exc


def run(args: argparse.Namespace) -> int:
    if args.formaat not in FORMATEN:
        return _fout(f"onbekend formaat '{args.formaat}'; kies uit {', '.join(FORMATEN)}")
    try:
        data = _lees(args.bestand, wachtwoord_stdin=args.wachtwoord_stdin)
        if is_versleuteld(data) and not args.wachtwoord_stdin:
            raise ExportFout(
                "dit bestand is beveiligd met een wachtwoord; geef het via --wachtwoord-stdin"
            )
        wachtwoord = sys.stdin.readline().rstrip("\r\n") if args.wachtwoord_stdin else None
        casus = lees_casusbestand(data, wachtwoord)
        uitvoer = render(bouw_verslag(casus, schrijfcheck=args.controlekopie), args.formaat)
        _schrijf(args.uitvoer, uitvoer)
    except ExportFout as exc:
        return _fout(str(exc))
    except GeenConceptMelding as exc:
        return _fout(str(exc))
    if args.uitvoer != "-":
        sys.stderr.write(
            f"meldwijzer verslag: {FORMATEN[args.formaat].omschrijving} "
            f"geschreven naar {args.uitvoer}\n"
        )
    return 0
