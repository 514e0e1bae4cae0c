"""Compare pack texts with the seed documents they were transcribed from.

The seeds are text extracted from PDF and web pages: line breaks mid-sentence, hyphenated
words split over lines, bullet glyphs (U+F0B7, •), page numbers and running page headers in
the middle of sentences. `normaliseer_seed` removes exactly those artefacts; `fragmenten`
splits a pack text into its paragraphs and bullet items. A pack text is faithful when every
fragment occurs in the normalised seed.

The copies of the seeds in `tests/content/seeds/` are byte-identical to /work/shared/seeds
(checked by a test when that folder exists), so the suite runs without it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from pydantic import BaseModel

from meldwijzer.content.model import Bron, Pack

SEEDS = Path(__file__).resolve().parent / "seeds"

#: The only places where the pack deliberately differs from the seed text: obvious PDF
#: artefacts and one-letter typos. Each pair is (as printed in the seed, as in the pack);
#: a test checks that every left-hand side really occurs in the seed.
CORRECTIES: tuple[tuple[str, str], ...] = (
    ("voortduren vaneen onveilige", "voortduren van een onveilige"),  # lost space
    ("Als de professional niet weer of er", "Als de professional niet weet of er"),  # typo
    ("cliënt, legt dan uw eventuele", "cliënt, leg dan uw eventuele"),  # typo
    ("letselduiding9.", "letselduiding."),  # footnote mark
    ("interventies van de politie5.", "interventies van de politie."),  # footnote mark
    ("speciaal meldnummer4.", "speciaal meldnummer."),  # footnote mark
    # Footnote marks in the model meldcode (Bijlage 1a/1b; meldwijzer/meldcode/basismodel.yaml)
    ("onder sociaal werker7 in", "onder sociaal werker in"),
    ("van hun cliënt8.", "van hun cliënt."),
    ("niet zijn weggenomen10.", "niet zijn weggenomen."),
)

_KOPREGEL = re.compile(r"Basismodel meldcode huiselijk geweld en kindermishandeling \| \d+")
_PAGINANUMMER = re.compile(r"(?m)^[ \t]*\d{1,2}[ \t]*$")
_OPSOMMING = re.compile(r"(?m)^[ \t]*[-•·\uf0b7][ \t]+")
_AFBREKING = re.compile(r"(\w)- (\w)")
_SLOTTEKEN = ";:.,"
#: Fields that hold ids, numbers or product metadata rather than transcribed text.
_GEEN_TEKST = frozenset(
    {
        "id",
        "situatie",
        "hulpvragen_id",
        "nummer",
        "stap",
        "binnen_meldcode",
        "versie",
        "naam",
        "veilig_thuis_nummer",
        "alarmnummer",
        "bron",
        "extra_bronnen",
        "soort",
        "beroepsgroepen",
        "noot",  # meldwijzer's own note beside the seed text (e.g. Wbp → AVG), never seed text
    }
)


def normaliseer(tekst: str) -> str:
    """Collapse whitespace, rejoin words hyphenated over a line break, ignore case."""
    tekst = " ".join(tekst.split())
    return _AFBREKING.sub(r"\1-\2", tekst).casefold()


@cache
def seed_tekst(document: str) -> str:
    """The normalised text of one seed document, with the listed corrections applied."""
    tekst = (SEEDS / document).read_text(encoding="utf-8")
    for fout, goed in CORRECTIES:
        tekst = tekst.replace(fout, goed)
    tekst = _KOPREGEL.sub(" ", tekst)
    tekst = _PAGINANUMMER.sub(" ", tekst)
    tekst = _OPSOMMING.sub(" ", tekst)
    tekst = tekst.replace("\uf0b7", " ").replace("•", " ")
    return normaliseer(tekst)


def fragmenten(tekst: str) -> list[str]:
    """Paragraphs and bullet items of a pack text, normalised, without list marker or end mark."""
    delen = []
    for regel in tekst.splitlines():
        regel = regel.strip()
        if regel.startswith("- "):
            regel = regel[2:]
        regel = normaliseer(regel).rstrip(_SLOTTEKEN).strip()
        if regel:
            delen.append(regel)
    return delen


def niet_gevonden(tekst: str, documenten: list[str]) -> list[str]:
    """The fragments of `tekst` that occur in none of `documenten`."""
    bronnen = [seed_tekst(d) for d in documenten]
    return [f for f in fragmenten(tekst) if not any(f in b for b in bronnen)]


def teksten(pack: Pack) -> Iterator[tuple[str, str, list[str]]]:
    """Every transcribed text in the pack as (where, text, seed documents it must come from)."""
    yield from _teksten(pack, "pack", [])


def _teksten(
    model: BaseModel, waar: str, documenten: list[str]
) -> Iterator[tuple[str, str, list[str]]]:
    bron = getattr(model, "bron", None)
    if isinstance(bron, Bron):
        extra: list[Bron] = list(getattr(model, "extra_bronnen", []))
        documenten = [bron.document, *(b.document for b in extra)]
    for naam in type(model).model_fields:
        waarde = getattr(model, naam)
        plek = f"{waar}.{naam}"
        if naam in _GEEN_TEKST or (naam == "hulpvragen" and isinstance(waarde, str | None)):
            continue
        if isinstance(waarde, BaseModel):
            yield from _teksten(waarde, plek, documenten)
        elif isinstance(waarde, str) and waarde:
            yield plek, waarde, documenten
        elif isinstance(waarde, list):
            for i, item in enumerate(waarde):
                if isinstance(item, BaseModel):
                    yield from _teksten(item, f"{plek}.{i}", documenten)
                elif isinstance(item, str):
                    yield f"{plek}.{i}", item, documenten
