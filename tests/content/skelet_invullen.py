"""Fill every blank of a pack skeleton the way a beroepsorganisatie would, for the tests."""

from __future__ import annotations

import re
from pathlib import Path

BLANK = re.compile(r'"<<INVULLEN: [^"]*>>"')
BRON_BLANK = re.compile(r'bron: "<<INVULLEN: [^"]*>>"')
BOOL_BLANK = re.compile(r'binnen_meldcode: "<<INVULLEN: [^"]*>>"')
LIJST_BLANK = re.compile(r'beroepsgroepen: \["<<INVULLEN: [^"]*>>"\]')


def invullen(pack: Path, *, tekst: str = "Tekst van het eigen kader.") -> int:
    """Replace every `<<INVULLEN: ...>>` in the pack folder; returns how many were filled."""
    aantal = 0
    for bestand in sorted(pack.glob("*.yaml")):
        inhoud = bestand.read_text(encoding="utf-8")
        aantal += len(BLANK.findall(inhoud))
        inhoud = BRON_BLANK.sub(
            'bron: {document: 005_0123456789abcdef.txt, sectie: "Hoofdstuk 2"}', inhoud
        )
        inhoud = BOOL_BLANK.sub("binnen_meldcode: true", inhoud)
        inhoud = LIJST_BLANK.sub("beroepsgroepen: [onderwijs]", inhoud)
        inhoud = BLANK.sub(f'"{tekst}"', inhoud)
        bestand.write_text(inhoud, encoding="utf-8")
    return aantal
