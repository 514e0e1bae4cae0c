"""The rule for bron_ontbreekt: information from others without a named source.

Seed: Bijlage 1b, stap 1 (002_...): "Vermeld de bron als er informatie van derden wordt
vastgelegd." A role is a source ("de buurvrouw", "de mentor"); a crowd, nobody or a bare
institution is not ("de buren", "er wordt gezegd", "de school meldt").
"""

from __future__ import annotations

from collections.abc import Sequence

from meldwijzer.engine.schrijfcheck.context import (
    ZinAnalyse,
    clausebegin,
    eerste_persoon_bij,
    meldwerkwoord_eind,
)
from meldwijzer.engine.schrijfcheck.lijsten import Woorden
from meldwijzer.engine.schrijfcheck.model import Span
from meldwijzer.engine.schrijfcheck.tekst import GRENSTEKENS, Token

_LIDWOORDEN = frozenset({"de", "het", "een", "mijn", "onze", "haar", "zijn", "hun", "die"})
_SUBJECT_AFSTAND = 8
_ZOU_AFSTAND = 10
_PERSOON_AFSTAND = 3


def _meldt_iets(tokens: Sequence[Token], j: int, w: Woorden) -> bool:
    """Token j says, sees or passes on something (for an anonymous or institutional subject,
    "dat" need not follow: "men heeft vader met een mes gezien", "de school belde")."""
    laag = tokens[j].laag
    b = w.bron
    return (
        laag in b.werkwoorden_met_dat
        or laag in b.contact
        or meldwerkwoord_eind(tokens, j, w) is not None
    )


def _meldwerkwoord_na(tokens: Sequence[Token], k: int, w: Woorden) -> bool:
    """A report verb follows token k in the same clause: k is (part of) its subject."""
    for j in range(k + 1, min(len(tokens), k + 1 + _SUBJECT_AFSTAND)):
        if tokens[j].tekst in GRENSTEKENS:
            return False
        if _meldt_iets(tokens, j, w):
            return True
    return False


def _meldwerkwoord_voor(tokens: Sequence[Token], k: int, w: Woorden) -> bool:
    """Inverted order: "dat weet iedereen", "zeggen mensen"."""
    return k > 0 and _meldt_iets(tokens, k - 1, w)


def _volgens_voor(tokens: Sequence[Token], k: int, bericht: bool = False) -> int | None:
    """Index of "volgens" (or passive "door"; or "uit/van" when the sentence speaks of
    signals or stories) that makes token k the source, if any."""
    voorzetsels = {"volgens", "door", "uit", "van"} if bericht else {"volgens", "door"}
    for j in range(k - 1, max(-1, k - 4), -1):
        if tokens[j].laag in voorzetsels:
            return j
        if tokens[j].tekst in GRENSTEKENS:
            return None
    return None


def _persoon_bij(tokens: Sequence[Token], k: int, w: Woorden) -> bool:
    """A person stands with the institution: "de intern begeleider van de school"."""
    ervoor = tokens[max(0, k - _PERSOON_AFSTAND) : k]
    return any(t.laag in w.bron.personen for t in ervoor)


def _vage_bronnen(tokens: Sequence[Token], w: Woorden) -> list[Span]:
    b = w.bron
    uit: list[Span] = []
    bericht = any(t.laag in b.berichtwoorden for t in tokens)
    for k, tok in enumerate(tokens):
        vaag = tok.laag in b.vaag or tok.laag in b.vaag_voor
        instelling = tok.laag in b.instellingen and not _persoon_bij(tokens, k, w)
        if not (vaag or instelling):
            continue
        volgens = _volgens_voor(tokens, k, bericht and vaag)
        if tok.laag in b.vaag_voor:
            if volgens is not None:
                uit.append((tokens[volgens].begin, tok.eind, ""))
            continue
        if volgens is not None:
            uit.append((tokens[volgens].begin, tok.eind, ""))
        elif _meldwerkwoord_na(tokens, k, w) or (vaag and _meldwerkwoord_voor(tokens, k, w)):
            begin = k - 1 if k > 0 and tokens[k - 1].laag in _LIDWOORDEN else k
            uit.append((tokens[begin].begin, tok.eind, ""))
    return uit


def _van_wie(tokens: Sequence[Token], k: int, w: Woorden) -> bool | None:
    """After "hoorde": None if no "van/via X" follows; True if X names a source."""
    for j in range(k + 1, min(len(tokens), k + 4)):
        if tokens[j].laag in {"van", "via"}:
            for m in range(j + 1, min(len(tokens), j + 4)):
                laag = tokens[m].laag
                if laag in _LIDWOORDEN:
                    continue
                b = w.bron
                return laag not in b.vaag and laag not in b.vaag_voor and laag != "via"
            return False
    return None


def _gehoord(tokens: Sequence[Token], w: Woorden) -> list[Span]:
    """ "Ik heb gehoord dat ...", "hoorde ik dat ...", unless "van <role>" follows."""
    b = w.bron
    uit: list[Span] = []
    for k, tok in enumerate(tokens):
        if tok.laag not in b.horen_vormen or not eerste_persoon_bij(tokens, k, w):
            continue
        begin = clausebegin(tokens, k, w)
        naar = any(tokens[j].laag == "naar" for j in range(max(0, begin - 1), k))
        if not naar and not any(t.laag == "dat" for t in tokens[k + 1 : k + 9]):
            continue  # "ik hoorde geschreeuw" is an observation; "naar wij hoorden" is not
        if _van_wie(tokens, k, w):
            continue
        pron = [j for j in range(begin, k) if tokens[j].laag in b.horen_personen]
        start = pron[-1] if pron else k
        uit.append((tokens[start].begin, tok.eind, ""))
    return uit


def _zou(a: ZinAnalyse, w: Woorden) -> list[Span]:
    """Reportative "zou": "vader zou moeder hebben geslagen" passes on an unsourced claim."""
    b = w.bron
    tokens = a.zin.tokens
    uit: list[Span] = []
    for k, tok in enumerate(tokens):
        if tok.laag not in b.zou_vormen or not a.eigen_stem[k]:
            continue
        if eerste_persoon_bij(tokens, k, w) or (
            k + 1 < len(tokens) and tokens[k + 1].laag in {"je", "u", "jij"}
        ):
            continue
        begin = max(0, clausebegin(tokens, k, w) - 1)  # include the "als" that opens it
        if any(tokens[j].laag in b.zou_voorwaarde for j in range(begin, k)):
            continue
        eind = _zou_werkwoord(tokens, k, w)
        if eind is not None:
            uit.append((tok.begin, tokens[eind].eind, ""))
    return uit


def _zou_werkwoord(tokens: Sequence[Token], k: int, w: Woorden) -> int | None:
    b = w.bron
    kandidaat: int | None = None
    perfectief: int | None = None
    for j in range(k + 1, min(len(tokens), k + 1 + _ZOU_AFSTAND)):
        tok = tokens[j]
        if tok.tekst in GRENSTEKENS or tok.laag in w.zinsdeelgrens:
            break
        if tok.laag in b.zou_niet_na or tok.laag in b.zou_toekomst:
            return None  # "zou ... kunnen/moeten", "zou morgen ...": no claim passed on
        if tok.laag in b.zou_perfectief and perfectief is None:
            perfectief = j
        if tok.is_woord and tok.laag.endswith("en") and len(tok.laag) > 3:
            kandidaat = j
    return perfectief if perfectief is not None else kandidaat


def bron_ontbreekt(
    analyses: Sequence[ZinAnalyse], w: Woorden, *, bron: str, soort: str | None
) -> list[Span]:
    if bron.strip():
        return []
    uit: list[Span] = []
    for a in analyses:
        tokens = a.zin.tokens
        for t in a.geruchten:
            if not a.zin.in_citaat[t.begin]:
                uit.append((tokens[t.begin].begin, tokens[t.eind].eind, ""))
        woorden = a.zin.woordset
        b = w.bron
        if not (
            b.vaag.isdisjoint(woorden)
            and b.instellingen.isdisjoint(woorden)
            and b.vaag_voor.isdisjoint(woorden)
        ):
            uit.extend(_vage_bronnen(tokens, w))
        if not b.horen_vormen.isdisjoint(woorden):
            uit.extend(_gehoord(tokens, w))
        if not b.zou_vormen.isdisjoint(woorden):
            uit.extend(_zou(a, w))
    if soort == "derden" and not uit and analyses and not any(a.toegeschreven for a in analyses):
        eerste = analyses[0].zin
        uit.append((eerste.begin, eerste.eind, "derden"))
    return uit
