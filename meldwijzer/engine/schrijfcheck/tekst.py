"""Tokens, sentences and quotes of a Dutch note, with character offsets into the input.

No model: a regular-expression tokenizer, a sentence splitter that knows Dutch abbreviations
("dhr.", "geb.") and initials, and quote spans ("...", “...”, „...”, ‘...’, '...').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

_BASIS = (
    r"(?P<url>https?://\S+)"
    r"|(?P<getal>\d+(?:[.,:/\-]\d+)*)"
    r"|(?P<woord>[^\W\d_](?:[\w'’\-]*\w)?)"
    r"|(?P<regel>\n)"
    r"|(?P<teken>[^\w\s])"
)
_TOKEN = re.compile(_BASIS)
# Only when the text holds an "@": trying the e-mail pattern at every word is costly.
_TOKEN_EMAIL = re.compile(r"(?P<email>[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)|" + _BASIS)

EINDTEKENS = frozenset({".", "!", "?", "…"})
#: Punctuation that ends a clause for frames like "zou ... kunnen" and for negation scope.
GRENSTEKENS = frozenset({".", "!", "?", "…", ",", ";", ":", "(", ")", '"', "“", "”", "„", "‘", "’"})
_SLUITEND = frozenset({'"', "”", "’", "'", ")", "»"})
_DUBBEL_OPEN = frozenset({"“", "„", "«"})
_DUBBEL_DICHT = frozenset({"”", "»"})


class Token(NamedTuple):
    tekst: str
    laag: str
    begin: int
    eind: int
    soort: str  # "woord", "getal", "email", "url", "teken"

    @property
    def is_woord(self) -> bool:
        return self.soort == "woord"

    @property
    def hoofdletter(self) -> bool:
        return self.soort == "woord" and self.tekst[0].isupper()


class Zin(NamedTuple):
    """A sentence: its tokens, and per token whether it stands inside a direct quote."""

    tokens: tuple[Token, ...]
    in_citaat: tuple[bool, ...]
    #: Token indices that start a sentence-like unit (first word, after ':' or an opening quote).
    starts: frozenset[int]
    #: The lowercase tokens, for a quick "does any word of a list occur here" test.
    woordset: frozenset[str]
    #: The lowercase tokens in order.
    lagen: tuple[str, ...]

    @property
    def begin(self) -> int:
        return self.tokens[0].begin

    @property
    def eind(self) -> int:
        return self.tokens[-1].eind


def tokens_van(tekst: str) -> list[Token]:
    patroon = _TOKEN_EMAIL if "@" in tekst else _TOKEN
    maak = Token._make
    return [
        maak((m[0], m[0].lower(), m.start(), m.end(), m.lastgroup or "teken"))
        for m in patroon.finditer(tekst)
    ]


def _citaten(tekst: str, tokens: Sequence[Token]) -> list[bool]:
    """Mark tokens inside quotes. An unclosed quote ends at the end of the line."""
    binnen = [False] * len(tokens)
    open_teken: str | None = None
    for i, tok in enumerate(tokens):
        t = tok.tekst
        if tok.soort == "regel":
            open_teken = None
            continue
        if tok.soort != "teken":
            binnen[i] = open_teken is not None
            continue
        if open_teken is None:
            if t == '"' or t in _DUBBEL_OPEN or t == "‘" or (t == "'" and _opent_enkel(tekst, tok)):
                open_teken = t
        elif (
            (open_teken == '"' and t == '"')
            or (open_teken in _DUBBEL_OPEN and (t in _DUBBEL_DICHT or t == "“"))
            or (open_teken == "‘" and t == "’")
            or (open_teken == "'" and t == "'")
        ):
            open_teken = None
        else:
            binnen[i] = True
    return binnen


def _opent_enkel(tekst: str, tok: Token) -> bool:
    """An ASCII ' opens a quote after a space, colon or line start, before a letter, and is
    not a contraction ('s nachts, 't, 'n)."""
    voor = tekst[tok.begin - 1] if tok.begin > 0 else " "
    na = tekst[tok.eind : tok.eind + 3]
    if not (voor.isspace() or voor in ":(") or not na[:1].isalpha():
        return False
    return not re.match(r"(?:s|t|n)\b", na, flags=re.IGNORECASE)


def _is_afkorting(vorige: Token | None, afkortingen: frozenset[str]) -> bool:
    if vorige is None or not vorige.is_woord:
        return False
    return vorige.laag in afkortingen or len(vorige.tekst) == 1


def zinnen_van(tekst: str, *, afkortingen: frozenset[str]) -> list[Zin]:
    """Split into sentences. Every line break ends a sentence (notes are often lists)."""
    tokens = tokens_van(tekst)
    citaat = _citaten(tekst, tokens)
    lagen = [t.laag for t in tokens]
    zinnen: list[Zin] = []
    begin = 0  # first token of the current sentence
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.soort == "regel":
            if i > begin:
                zinnen.append(_maak_zin(tokens, citaat, lagen, begin, i))
            begin = i + 1
        elif tok.tekst in EINDTEKENS:
            vorige = tokens[i - 1] if i > 0 else None
            volgende = tokens[i + 1] if i + 1 < n else None
            if tok.tekst == "." and (
                _is_afkorting(vorige, afkortingen)
                or (volgende is not None and volgende.is_woord and volgende.tekst[0].islower())
            ):
                i += 1
                continue
            while i + 1 < n and tokens[i + 1].tekst in _SLUITEND and citaat[i]:
                i += 1
            zinnen.append(_maak_zin(tokens, citaat, lagen, begin, i + 1))
            begin = i + 1
        i += 1
    if begin < n:
        zinnen.append(_maak_zin(tokens, citaat, lagen, begin, n))
    return zinnen


_HERSTART = frozenset({":", '"', "“", "„", "‘", "'", "-", "•", "*", "–"})


def _maak_zin(
    tokens: Sequence[Token], citaat: Sequence[bool], lagen: Sequence[str], a: int, b: int
) -> Zin:
    """The sentence of tokens[a:b]."""
    toks = tuple(tokens[a:b])
    cit = tuple(citaat[a:b])
    starts: set[int] = set()
    eerste = True
    for k, tok in enumerate(toks):
        if tok.soort == "woord" or tok.soort == "getal":
            if eerste:
                starts.add(k)
            eerste = False
        elif tok.tekst in _HERSTART and (tok.tekst != "'" or (k + 1 < len(toks) and cit[k + 1])):
            eerste = True
    laag = tuple(lagen[a:b])
    return Zin(toks, cit, frozenset(starts), frozenset(laag), laag)
