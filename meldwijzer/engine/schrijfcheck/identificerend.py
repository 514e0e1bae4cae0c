"""The rule for identificerend: names, BSN, phone, e-mail, postcode, address, date of birth.

The privacy design keeps names and numbers out of a casus; roles ("moeder", "het kind (8)")
are enough for the afweging. Numbers go by pattern (a BSN must pass the elfproef unless the
word BSN stands before it); names go by position and title, without a model (see the
comments in data/identificerend.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from meldwijzer.engine.schrijfcheck.lijsten import IdentData, Woorden
from meldwijzer.engine.schrijfcheck.model import Span
from meldwijzer.engine.schrijfcheck.tekst import Token, Zin

_MAANDEN = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_DATUM = rf"\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:\d{{4}}|\d{{2}})|\d{{1,2}}\s+(?:{_MAANDEN})\.?\s+\d{{4}}"

_EMAIL_LINKS = re.compile(r"[\w.+\-]+$")
_EMAIL_RECHTS = re.compile(r"[\w\-]+(?:\.[\w\-]+)+")
_TELEFOON = re.compile(
    r"(?<![\w+])(?:(?:\+|00)31[\s\-]?(?:\(0\)[\s\-]?)?|\(?0)(?:\d[\s\-)]{0,3}){8}\d(?!\d)"
)
_BSN = re.compile(r"(?<![\d.\-])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\d])")
_POSTCODE = re.compile(r"[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b|[1-9]\d{3}(?!sa|sd|ss)[a-z]{2}\b")
_GEBOORTE_WOORD = re.compile(
    r"(?:geboren(?:\s+op)?|geb\.?|geboortedatum(?:\s+is)?|d\.o\.b\.?|dob)\s*:?\s*$",
    re.IGNORECASE,
)
_DATUM_RE = re.compile(_DATUM, re.IGNORECASE)
_HUISNUMMER = re.compile(r"\d{1,4}(?:\s?[a-zA-Z](?![a-zA-Z])|[\-/]\d{1,3})?")
_STRAAT_VOOR = re.compile(r"([A-Z][a-zà-ÿ'’\-]+)\s+$")
#: Runs of digits: the number patterns are only tried around these (speed: a 2,000-word
#: note has few of them).
_CIJFERS = re.compile(r"\d[\d \-./()]*")


def elfproef(cijfers: str) -> bool:
    """The BSN check: sum of digits 1..8 times 9..2, minus the last digit, divisible by 11."""
    if len(cijfers) != 9 or not cijfers.isdigit() or cijfers == "000000000":
        return False
    som = sum(int(c) * (9 - i) for i, c in enumerate(cijfers[:8])) - int(cijfers[8])
    return som % 11 == 0


def _emails(tekst: str) -> list[Span]:
    uit: list[Span] = []
    i = tekst.find("@")
    while i != -1:
        links = _EMAIL_LINKS.search(tekst, max(0, i - 64), i)
        rechts = _EMAIL_RECHTS.match(tekst, i + 1)
        if links and rechts:
            uit.append((links.start(), rechts.end(), "email"))
        i = tekst.find("@", i + 1)
    return uit


def _rond_getal(tekst: str, laag: str, s: int, e: int, d: IdentData) -> list[Span]:
    """The number patterns tried around one run of digits tekst[s:e]."""
    uit: list[Span] = []
    for m in _TELEFOON.finditer(tekst, max(0, s - 4), e):
        uit.append((m.start(), m.end(), "telefoon"))
    for m in _BSN.finditer(tekst, s, e):
        cijfers = re.sub(r"\D", "", m.group())
        ervoor = laag[max(0, m.start() - 45) : m.start()]
        if elfproef(cijfers) or any(woord in ervoor for woord in d.bsn_woorden):
            uit.append((m.start(), m.end(), "bsn"))
    pc = _POSTCODE.match(tekst, s, min(len(tekst), e + 3))
    if pc and (s == 0 or not tekst[s - 1].isalnum()):
        uit.append((pc.start(), pc.end(), "postcode"))
    straat = _STRAAT_VOOR.search(tekst, max(0, s - 60), s)
    if straat and straat.group(1).lower().endswith(d.straat_achtervoegsels):
        nummer = _HUISNUMMER.match(tekst, s)
        if nummer:
            uit.append((straat.start(1), nummer.end(), "adres"))
    if _GEBOORTE_WOORD.search(tekst, max(0, s - 25), s):
        datum = _DATUM_RE.match(tekst, s)
        if datum:
            uit.append((datum.start(), datum.end(), "geboortedatum"))
    return uit


def _nummers(tekst: str, d: IdentData) -> list[Span]:
    uit = _emails(tekst) if "@" in tekst else []
    laag = tekst.lower()
    for run in _CIJFERS.finditer(tekst):
        uit.extend(_rond_getal(tekst, laag, run.start(), run.end(), d))
    # A phone match wins over a BSN-shaped part of it; drop spans inside a longer one.
    uit.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    gehouden: list[Span] = []
    for s in uit:
        if gehouden and s[1] <= gehouden[-1][1]:
            continue
        gehouden.append(s)
    return gehouden


def _kern(tok: Token) -> str:
    """The lowercase word without a possessive ("Emma's" -> "emma")."""
    laag = tok.laag
    for suffix in ("'s", "’s"):
        if laag.endswith(suffix):
            return laag[: -len(suffix)]
    return laag


def _kan_naam_zijn(tok: Token, d: IdentData, klein: frozenset[str] = frozenset()) -> bool:
    """A capitalised word that is not an acronym, a known place/organisation or a common word
    (a word of the Dutch word list, or one the same text also writes in lower case)."""
    t = tok.tekst
    if not tok.hoofdletter or len(t) < 2 or t[1].isupper():
        return False
    kern = _kern(tok)
    eerste_deel = kern.split("-")[0]
    if len(eerste_deel) == 1 or eerste_deel in d.geen_namen or kern in d.geen_namen:
        return False
    if kern in d.voornamen:
        return True
    return kern not in d.gewone_woorden and kern not in d.woordenschat and kern not in klein


kan_naam_zijn = _kan_naam_zijn  # used by predicaat.py: a name as the subject


def _naamdeel(tok: Token, d: IdentData) -> bool:
    """Looser test for the part after a title or a first name ("mevrouw De Jong")."""
    t = tok.tekst
    return tok.hoofdletter and len(t) >= 2 and not t[1].isupper() and _kern(tok) not in d.geen_namen


@dataclass
class _Namen:
    tokens: Sequence[Token]
    d: IdentData
    klein: frozenset[str]

    def verleng(self, i: int) -> int:
        """Extend a name at i over "van der", "de", "El" and further capitalised parts."""
        n = len(self.tokens)
        eind = i
        j = i + 1
        while j < n:
            tok = self.tokens[j]
            if tok.laag in self.d.tussenvoegsels:
                j += 1
                continue
            if _naamdeel(tok, self.d) and j > eind:
                eind = j
                j += 1
                continue
            break
        return eind

    def na_titel(self, k: int) -> int | None:
        """Index of the name after a title at k: "mevrouw De Vries", "Dhr. Bakker"."""
        j = k + 1
        if j < len(self.tokens) and self.tokens[j].tekst == ".":
            j += 1
        start = j
        while j < len(self.tokens) and self.tokens[j].laag in self.d.tussenvoegsels:
            j += 1
        if j < len(self.tokens) and _naamdeel(self.tokens[j], self.d):
            return start
        return None


def _namen_in_zin(
    zin: Zin, d: IdentData, bekend: set[str], klein: frozenset[str]
) -> list[tuple[int, int]]:
    tokens = zin.tokens
    hulp = _Namen(tokens, d, klein)
    uit: list[tuple[int, int]] = []
    for k, tok in enumerate(tokens):
        if tok.soort != "woord" or (uit and k <= uit[-1][1]):
            continue  # already inside a name found (keeps long runs of capitals linear)
        if tok.tekst[0].islower() and tok.laag not in d.titels and tok.laag not in d.inleiders:
            continue
        volgende = tokens[k + 1] if k + 1 < len(tokens) else None
        if tok.laag in d.titels or tok.laag in d.inleiders:
            start = hulp.na_titel(k)
            if start is not None:
                uit.append((start, hulp.verleng(start)))
            continue
        if not _kan_naam_zijn(tok, d, klein):
            continue
        if k in zin.starts:
            kern = _kern(tok)
            met_tussenvoegsel = (
                volgende is not None
                and volgende.laag in d.tussenvoegsels
                and kern not in d.gewone_woorden
                and hulp.verleng(k) > k + 1
            )
            if kern in d.voornamen or kern in bekend or met_tussenvoegsel:
                uit.append((k, hulp.verleng(k)))
            continue
        uit.append((k, hulp.verleng(k)))
    return uit


_KLEIN = re.compile(r"(?<![\w'’\-])[a-zà-ÿ][\w'’\-]*")


def identificerend(tekst: str, zinnen: Sequence[Zin], w: Woorden) -> list[Span]:
    d = w.ident
    uit = _nummers(tekst, d)
    # Words this text also writes in lower case are common words here ("Wet" and "wet").
    klein = frozenset(_KLEIN.findall(tekst))
    # First pass: names in the middle of a sentence (after a word), to recognise them at a
    # sentence start too.
    bekend: set[str] = set()
    for zin in zinnen:
        for k, tok in enumerate(zin.tokens):
            if (
                k > 0
                and tok.soort == "woord"
                and tok.tekst[0].isupper()
                and k not in zin.starts
                and zin.tokens[k - 1].soort == "woord"
                and _kan_naam_zijn(tok, d, klein)
            ):
                bekend.add(_kern(tok))
    for zin in zinnen:
        for begin, eind in _namen_in_zin(zin, d, bekend, klein):
            uit.append((zin.tokens[begin].begin, zin.tokens[eind].eind, "naam"))
    return uit
