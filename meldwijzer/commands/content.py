"""`meldwijzer content check PAD`: validate a content pack folder before it is used.
`meldwijzer content new NAAM`: create the skeleton of a new pack in folder NAAM.

Exit status of check: 0 the pack is valid, 1 the pack has problems (each printed as
`BESTAND:REGEL: sleutel.pad: melding`), 2 bad usage (e.g. the folder does not exist).
Exit status of new: 0 created, 2 bad usage (the name is no valid id, the folder is not empty).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from meldwijzer.content.loader import PackError, load_pack
from meldwijzer.content.model import Pack

NAAM = "content"
HELP = "controleer een content pack (content check PAD) of maak een nieuw (content new NAAM)"


GEBRUIK = "gebruik: meldwijzer content check PAD | meldwijzer content new NAAM"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # Plain positionals, checked in `run`, so every usage error gets a Dutch message.
    parser.add_argument(
        "actie", nargs="?", metavar="ACTIE", help="check: controleer een pack; new: maak een nieuw"
    )
    parser.add_argument("pad", nargs="?", metavar="PAD", help="map met het content pack")


def run(args: argparse.Namespace) -> int:
    if args.actie == "new":
        return nieuw(args.pad)
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
        leeg = sum(p.melding.startswith("nog in te vullen") for p in fout.problemen)
        waarvan = f" (waarvan {leeg} nog in te vullen)" if leeg else ""
        sys.stderr.write(
            f"meldwijzer content: {aantal} {woord}{waarvan}; het pack is niet geladen\n"
        )
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


def nieuw(naam: str | None) -> int:
    """Create the skeleton of a new pack in folder `naam`; its last part becomes `meta.id`."""
    from meldwijzer.content.skelet import ID_PATROON, maak

    if not naam:
        sys.stderr.write(f"meldwijzer content: geef de naam van het nieuwe pack op\n{GEBRUIK}\n")
        return 2
    doel = Path(naam)
    pack_id = doel.name.lower().replace("-", "_")
    if not ID_PATROON.match(pack_id) or len(pack_id) > 60:
        sys.stderr.write(
            f"meldwijzer content: NAAM '{doel.name}' kan geen meta.id worden: gebruik kleine "
            "letters, cijfers en '_', beginnend met een letter\n"
        )
        return 2
    if doel.exists() and (not doel.is_dir() or any(doel.iterdir())):
        sys.stderr.write(f"meldwijzer content: map '{doel}' bestaat al en is niet leeg\n")
        return 2
    try:
        maak(doel)
    except OSError as fout:
        reden = fout.strerror or "onbekende fout"
        sys.stderr.write(f"meldwijzer content: map '{doel}' kan niet worden gemaakt ({reden})\n")
        return 2
    print(
        f"Nieuw pack in {doel}: vul elke plek met <<INVULLEN: ...>> in en controleer met\n"
        f"  meldwijzer content check {doel}\n"
        "Uitleg per bestand: docs/content-packs.md"
    )
    return 0
