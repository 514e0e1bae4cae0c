"""The building blocks of docs/norm.md: a casus from a row of answers, and how an outcome
and a table are written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from meldwijzer.engine.advies import Advies, AdviesItem
from meldwijzer.engine.casus import AFWEGING_IDS, Casus

ANTWOORDEN: tuple[str | None, ...] = (None, "ja", "nee", "twijfel")


TOON = {None: "–", "ja": "ja", "nee": "nee", "twijfel": "twijfel"}


def voorbeeld(antwoorden: Sequence[str | None], **data: object) -> Casus:
    afw = {a: w for a, w in zip(AFWEGING_IDS, antwoorden, strict=True) if w}
    return Casus.model_validate({"afwegingen": afw, **data})


def vet_ja(waarde: bool) -> str:
    return "**ja**" if waarde else "nee"


def codes_tekst(items: Iterable[AdviesItem], weg: frozenset[str] = frozenset()) -> str:
    """Codes in order; `afweging_open` and `motivatie_ontbreekt` name their afwegingen."""
    codes: dict[str, list[str]] = {}
    for i in items:
        if i.code in weg:
            continue
        welke = codes.setdefault(i.code, [])
        nummer = re.search(r"afweging (\d)", i.tekst)
        if i.code in _MET_NUMMER and nummer:
            welke.append(nummer.group(1))
    return ", ".join(f"`{c}` ({', '.join(n)})" if n else f"`{c}`" for c, n in codes.items()) or "–"


_MET_NUMMER = frozenset({"afweging_open", "motivatie_ontbreekt"})


def uitkomst(advies: Advies) -> list[str]:
    return [
        f"**{advies.beslissing_melden.value}**",
        advies.beslissing_hulp.value,
        vet_ja(advies.meldcode_mag_afsluiten),
        codes_tekst(advies.melden_open_wegens),
    ]


def tabel(kop: Sequence[str], rijen: Iterable[Sequence[str]]) -> list[str]:
    regels = ["| " + " | ".join(kop) + " |", "|" + "---|" * len(kop)]
    regels += ["| " + " | ".join(r) + " |" for r in rijen]
    return [*regels, ""]


#: Advice that depends only on age or the record, not on the answers: left out of the main
#: table (its own section below shows it).
ACHTERGROND = frozenset({"gesprek_client", "gesprek_ouders", "gesprek_kind"})


KOP = ["3", "4", "5", "melden", "hulp", "afsluiten", "waarom open", "adviezen"]


def sectie(
    titel: str, uitleg: str, kop: Sequence[str], rijen: Iterable[Sequence[str]]
) -> list[str]:
    return [f"### {titel}", "", uitleg, "", *tabel(kop, rijen)]


def eerste_advies(advies: Advies) -> str:
    """The first advice that depends on the answers (not only on age)."""
    return next((a.code for a in advies.adviezen if a.code not in ACHTERGROND), "–")


def ja_nee(waarde: bool | None) -> str | None:
    return None if waarde is None else ("ja" if waarde else "nee")
