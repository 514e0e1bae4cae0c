"""`meldwijzer check-tekst [FILE|-]`: advice on concrete documenting for a note.

Prints the findings of the schrijfcheck (Bijlage 1b, stap 1) in Dutch, or with `--json` a
list of objects. Findings are advice: exit 0 whatever is found; exit 2 with a Dutch message
when the file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from meldwijzer.engine.schrijfcheck import SOORTEN, Bevinding, controleer

#: How the categories read for the user.
LABELS: dict[str, str] = {
    "interpretatie": "Interpretatie",
    "vaag": "Vaag",
    "bron_ontbreekt": "Bron ontbreekt",
    "diagnose": "Diagnose",
    "identificerend": "Identificerend gegeven",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "bestand",
        nargs="?",
        default="-",
        metavar="FILE",
        help="tekstbestand (UTF-8); - of leeg: standaardinvoer",
    )
    parser.add_argument("--json", action="store_true", help="bevindingen als JSON-lijst")
    parser.add_argument(
        "--soort",
        choices=SOORTEN,
        default=None,
        help="soort notitie: observatie, hypothese of derden (standaard: onbekend)",
    )
    parser.add_argument("--bron", default="", help="de bron die bij de notitie is vastgelegd")


def _fout(bericht: str) -> int:
    sys.stderr.write(f"meldwijzer check-tekst: {bericht}\n")
    return 2


def _lees(bestand: str) -> str:
    if bestand == "-":
        return sys.stdin.read()
    return Path(bestand).read_text(encoding="utf-8")


def _positie(tekst: str, offset: int) -> tuple[int, int]:
    regel = tekst.count("\n", 0, offset) + 1
    kolom = offset - (tekst.rfind("\n", 0, offset) + 1) + 1
    return regel, kolom


def formatteer(tekst: str, bevindingen: list[Bevinding]) -> str:
    """The findings as short Dutch lines for a terminal."""
    if not bevindingen:
        return "Geen bevindingen: de tekst lijkt concreet geschreven.\n"
    regels: list[str] = []
    for b in bevindingen:
        regel, kolom = _positie(tekst, b.begin)
        regels.append(f"regel {regel}, kolom {kolom}: {LABELS[b.categorie]}: “{b.tekst}”")
        regels.append(f"    {b.uitleg}")
        regels.append(f"    Tip: {b.suggestie}")
    n = len(bevindingen)
    regels.append(f"{n} {'bevinding' if n == 1 else 'bevindingen'}. Dit is advies, geen blokkade.")
    return "\n".join(regels) + "\n"


def run(args: argparse.Namespace) -> int:
    try:
        tekst = _lees(args.bestand)
    except FileNotFoundError:
        return _fout(f"bestand '{args.bestand}' bestaat niet")
    except IsADirectoryError:
        return _fout(f"'{args.bestand}' is een map, geen bestand")
    except UnicodeDecodeError:
        return _fout(f"bestand '{args.bestand}' is geen UTF-8-tekst")
    except OSError as exc:
        return _fout(f"bestand '{args.bestand}' is niet te lezen ({exc.__class__.__name__})")
    bevindingen = controleer(tekst, soort=args.soort, bron=args.bron)
    if args.json:
        sys.stdout.write(json.dumps([asdict(b) for b in bevindingen], ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
    else:
        sys.stdout.write(formatteer(tekst, bevindingen))
    return 0
