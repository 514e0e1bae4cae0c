"""`meldwijzer assess [FILE|-]`: read a casus as JSON, write the advice as JSON.

Exit 0 with the advice; exit 2 with a Dutch message naming the field on bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pydantic import ValidationError

from meldwijzer.engine.casus import Casus
from meldwijzer.engine.fouten import vertaal_fouten
from meldwijzer.engine.norm import beoordeel
from meldwijzer.engine.uitvoer import advies_als_dict


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "bestand",
        nargs="?",
        default="-",
        metavar="FILE",
        help="casus als JSON (- of leeg: standaardinvoer)",
    )
    parser.add_argument("--compact", action="store_true", help="JSON op één regel")


def _fout(bericht: str) -> int:
    sys.stderr.write(f"meldwijzer assess: {bericht}\n")
    return 2


def lees_invoer(bestand: str) -> str:
    if bestand == "-":
        return sys.stdin.read()
    return Path(bestand).read_text(encoding="utf-8")


def casus_uit_data(data: object) -> Casus:
    """Accept a bare casus object, or an export file that wraps it under "casus"."""
    if isinstance(data, dict) and isinstance(data.get("casus"), dict) and "formaat" not in data:
        data = data["casus"]
    return Casus.model_validate(data)


def run(args: argparse.Namespace) -> int:
    try:
        tekst = lees_invoer(args.bestand)
    except FileNotFoundError:
        return _fout(f"bestand '{args.bestand}' bestaat niet")
    except (OSError, UnicodeDecodeError) as exc:
        return _fout(f"bestand '{args.bestand}' is niet te lezen ({exc.__class__.__name__})")
    try:
        data = json.loads(tekst)
    except json.JSONDecodeError as exc:
        return _fout(f"geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}: {exc.msg})")
    except RecursionError:  # absurdly deep nesting: no casus is written like that
        return _fout("de JSON is te diep genest om een casus te zijn")
    if not isinstance(data, dict):
        return _fout('de invoer moet een JSON-object zijn, zoals {"afwegingen": {...}}')
    try:
        casus = casus_uit_data(data)
    except ValidationError as exc:
        regels = vertaal_fouten(exc)
        sys.stderr.write("meldwijzer assess: ongeldige invoer:\n")
        for regel in regels:
            sys.stderr.write(f"  - {regel}\n")
        return 2
    uitvoer = advies_als_dict(beoordeel(casus))
    indent = None if args.compact else 2
    sys.stdout.write(json.dumps(uitvoer, ensure_ascii=False, indent=indent) + "\n")
    return 0
