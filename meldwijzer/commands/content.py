"""`meldwijzer content check PAD`: validate a content pack folder before it is used.

Exit status: 0 the pack is valid, 1 the pack has problems (each printed as
`BESTAND:REGEL: sleutel.pad: melding`), 2 bad usage (e.g. the folder does not exist).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from meldwijzer.content.loader import PackError, load_pack
from meldwijzer.content.model import Pack

NAAM = "content"
HELP = "controleer een content pack (content check PAD)"


GEBRUIK = "gebruik: meldwijzer content check PAD"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # Plain positionals, checked in `run`, so every usage error gets a Dutch message.
    parser.add_argument("actie", nargs="?", metavar="ACTIE", help="check: controleer een pack")
    parser.add_argument("pad", nargs="?", metavar="PAD", help="map met het content pack")


def run(args: argparse.Namespace) -> int:
    if args.actie != "check":
        wat = f"onbekende actie '{args.actie}'" if args.actie else "geef een actie op"
        sys.stderr.write(f"meldwijzer content: {wat}\n{GEBRUIK}\n")
        return 2
    if not args.pad:
        sys.stderr.write(f"meldwijzer content: geef de map van het content pack op\n{GEBRUIK}\n")
        return 2
    pad = Path(args.pad)
    if not pad.is_dir():
        sys.stderr.write(f"meldwijzer content: map '{pad}' bestaat niet of is geen map\n")
        return 2
    try:
        pack = load_pack(pad)
    except PackError as fout:
        for probleem in fout.problemen:
            print(
                f"{pad / probleem.bestand}:{probleem.regel}: "
                f"{probleem.sleutel or '(bestand)'}: {probleem.melding}"
            )
        aantal = len(fout.problemen)
        woord = "probleem" if aantal == 1 else "problemen"
        sys.stderr.write(f"meldwijzer content: {aantal} {woord}; het pack is niet geladen\n")
        return 1
    print(samenvatting(pack))
    return 0


def samenvatting(pack: Pack) -> str:
    """The one-line OK message: what the pack contains, for a quick sanity check."""
    hulpvragen = sum(len(groep.vragen) for a in pack.afwegingen for groep in a.hulpvragen)
    voorbeelden = sum(len(a.voorbeelden) for a in pack.afwegingen)
    return (
        f"OK: {pack.meta.naam} {pack.meta.versie}: {len(pack.stappen)} stappen, "
        f"{hulpvragen} hulpvragen, {voorbeelden} voorbeelden, {len(pack.faq)} FAQ"
    )
