"""`meldwijzer meldcode maken PROFIEL.yaml -o OUT.pdf`: the organisation's own meldcode.

For an independent professional or an organisation without organisation mode: the profile
file (YAML or JSON, see docs/meldcode.md) holds the fill-ins of the model meldcode (seed 002,
Bijlage 1a-1d). The format follows `--format` or else the extension of OUT.
Exit 0 on success; exit 2 with a Dutch message naming the field, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from meldwijzer.meldcode import FORMATEN, ProfielFout, maak, profiel_lezen


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("actie", choices=["maken"], metavar="maken", help="maak de meldcode")
    parser.add_argument("profiel", metavar="PROFIEL", help="profielbestand (.yaml of .json)")
    parser.add_argument(
        "-o", "--output", dest="uitvoer", required=True, metavar="OUT", help="uitvoerbestand"
    )
    parser.add_argument(
        "--format",
        dest="formaat",
        default=None,
        metavar="FORMAAT",
        help="pdf, docx of html (standaard: volgens de extensie van OUT)",
    )


def _fout(bericht: str) -> int:
    sys.stderr.write(f"meldwijzer meldcode: {bericht}\n")
    return 2


def run(args: argparse.Namespace) -> int:
    formaat = args.formaat or Path(args.uitvoer).suffix.lstrip(".").lower()
    if formaat == "htm":
        formaat = "html"
    if formaat not in FORMATEN:
        return _fout(
            f"onbekend formaat '{formaat}'; kies pdf, docx of html "
            "(met --format of de extensie van het uitvoerbestand)"
        )
    try:
        tekst = Path(args.profiel).read_text(encoding="utf-8")
    except FileNotFoundError:
        return _fout(f"bestand '{args.profiel}' bestaat niet")
    except (OSError, UnicodeDecodeError) as exc:
        return _fout(f"bestand '{args.profiel}' is niet te lezen ({exc.__class__.__name__})")
    try:
        profiel = profiel_lezen(tekst)
    except ProfielFout as exc:
        return _fout(f"fout in het profiel: {exc.bericht}")
    data = maak(profiel, formaat)
    try:
        Path(args.uitvoer).write_bytes(data)
    except OSError as exc:
        return _fout(f"kan '{args.uitvoer}' niet schrijven ({exc.__class__.__name__})")
    sys.stderr.write(f"Meldcode geschreven naar {args.uitvoer}\n")
    return 0
