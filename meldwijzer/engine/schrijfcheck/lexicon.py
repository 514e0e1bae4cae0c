"""Word lists as matchers: inflected forms, phrases, split frames and compounds.

Dutch morphology is handled by generating forms from the lemma the data file lists
(agressief -> agressieve, agressiever; boos -> boze; kil -> kille; verwaarloosd ->
verwaarloosde), by matching frames whose parts stand apart in the clause ("zou ... kunnen",
"ziet er ... uit", "schiet ... tekort") and by suffixes for compounds ("drugsverslaafde").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, pairwise
from typing import Any

from meldwijzer.engine.schrijfcheck.tekst import GRENSTEKENS, Token, Zin

_KLINKERS = frozenset("aeiouyéëïöüè")
_ONBEKLEMTOOND = ("ig", "lijk", "isch", "er", "el", "em", "en")
_MAX_AFSTAND = 10


def _stam(lemma: str) -> str:
    """The stem an adjective takes before -e/-er (Dutch open/closed syllable spelling)."""
    w = lemma
    if len(w) < 3:
        return w
    if w.endswith(_ONBEKLEMTOOND) and not w.endswith("een"):
        # an unstressed ending needs a syllable before it: "simpel" -> "simpele", but "snel",
        # "fel", "ver" are one stressed syllable -> "snelle", "felle", "verre"
        if w.endswith(("ig", "lijk", "isch")) or any(c in _KLINKERS for c in w[:-2]):
            return w
    last, prev, prev2 = w[-1], w[-2], w[-3]
    if last in _KLINKERS:
        return w
    lang = (prev in _KLINKERS and prev2 in _KLINKERS) or (prev == "j" and prev2 == "i")
    if lang:
        if prev == prev2 and prev in "aeou":
            w = w[:-2] + last
        if last == "f":
            return w[:-1] + "v"
        if last == "s":
            return w[:-1] + "z"
        return w
    if prev in _KLINKERS and prev2 not in _KLINKERS:
        return w + last  # short vowel: kil -> kill(e), dik -> dikk(e)
    return w


def verbuig(lemma: str) -> frozenset[str]:
    """All forms of an adjective or adjectival participle: base, -e, comparative, superlative."""
    vormen = {lemma}
    if lemma.endswith("e") or (lemma.endswith("en") and not lemma.endswith("een")):
        return frozenset(vormen)
    stam = _stam(lemma)
    vormen.add(stam + "e")
    vormen.add(stam + "er")
    vormen.add(stam + "ere")
    if lemma.endswith("r"):
        vormen.update({lemma + "der", lemma + "dere"})
    sup = lemma + ("t" if lemma.endswith("s") else "st")
    vormen.update({sup, sup + "e"})
    return frozenset(vormen)


@dataclass(frozen=True, slots=True)
class Treffer:
    """A match over tokens `begin`..`eind` (inclusive) of one sentence."""

    begin: int
    eind: int


@dataclass(frozen=True, slots=True)
class Frame:
    eerste: frozenset[str]
    tweede: frozenset[str]
    vereist: frozenset[str]
    #: If not empty, one of these must directly follow the second part ("valt ... uit naar").
    na: frozenset[str] = frozenset()


class Lexicon:
    """Phrases (a word is a phrase of one), split frames, compound suffixes, abbreviations."""

    def __init__(
        self,
        *,
        groepen: Iterable[Sequence[str]] = (),
        frames: Iterable[Frame] = (),
        achtervoegsels: Iterable[str] = (),
        afkortingen: Iterable[str] = (),
    ) -> None:
        enkel: set[str] = set()
        self._lang: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        for groep in groepen:
            woorden = tuple(w.lower() for w in groep)
            if len(woorden) == 1:
                enkel.add(woorden[0])
            else:
                self._lang.setdefault((woorden[0], woorden[1]), []).append(woorden)
        for lijst in self._lang.values():
            lijst.sort(key=len, reverse=True)
        self._enkel = frozenset(enkel)
        self._frames: dict[str, list[Frame]] = {}
        for frame in frames:
            for vorm in frame.eerste:
                self._frames.setdefault(vorm, []).append(frame)
        self._achter = tuple(sorted({a.lower() for a in achtervoegsels}, key=len, reverse=True))
        self._achter_re = (
            re.compile("|".join(re.escape(a) + r"(?: |$)" for a in self._achter))
            if self._achter
            else None
        )
        self._afk = frozenset(afkortingen)
        self._afk_laag = frozenset(a.lower() for a in self._afk)
        self._sleutels = self._enkel | frozenset(w for w, _ in self._lang) | frozenset(self._frames)

    def zoek_in(self, zin: Zin) -> list[Treffer]:
        """Matches in one sentence, in token order; at one position the longest phrase wins."""
        woordset = zin.woordset
        extra = (self._achter_re is not None or bool(self._afk)) and self._extra_mogelijk(zin)
        if not extra and self._sleutels.isdisjoint(woordset):
            return []
        lagen = zin.lagen
        n = len(lagen)
        gevonden: dict[int, int] = {}
        if self._lang:
            paren = map(self._lang.__contains__, pairwise(lagen))
            for i in compress(range(n - 1), paren):
                for groep in self._lang[(lagen[i], lagen[i + 1])]:
                    k = len(groep)
                    if i + k <= n and all(lagen[i + j] == groep[j] for j in range(2, k)):
                        gevonden[i] = i + k - 1
                        break
        for i in compress(range(n), map(self._enkel.__contains__, lagen)):
            gevonden.setdefault(i, i)
        treffers = [(b, 0, e) for b, e in gevonden.items()]
        if self._frames:
            for i in compress(range(n), map(self._frames.__contains__, lagen)):
                for frame in self._frames[lagen[i]]:
                    t = _zoek_frame(zin.tokens, i, frame)
                    if t is not None:
                        treffers.append((t.begin, 1, t.eind))
        if extra:
            treffers.extend((i, 0, i) for i in self._extra(zin))
        treffers.sort()
        return [Treffer(b, e) for b, _, e in treffers]

    def zoek(self, tokens: Sequence[Token]) -> list[Treffer]:
        """Matches over a token sequence (see `zoek_in`)."""
        lagen = tuple(t.laag for t in tokens)
        zin = Zin(tuple(tokens), (False,) * len(tokens), frozenset(), frozenset(lagen), lagen)
        return self.zoek_in(zin)

    def _extra_mogelijk(self, zin: Zin) -> bool:
        """Could a compound suffix or an abbreviation match here? (a quick test)"""
        if self._achter_re is not None and self._achter_re.search(" ".join(zin.lagen)):
            return True
        if self._afk and (
            not self._afk_laag.isdisjoint(zin.woordset)
            or any("'" in w or "’" in w for w in zin.woordset)
        ):
            return True
        return False

    def _extra(self, zin: Zin) -> list[int]:
        """Positions of compounds ("drugsverslaafde") and abbreviations ("ADHD'er")."""
        uit: list[int] = []
        for i, tok in enumerate(zin.tokens):
            if tok.soort != "woord" or tok.laag in self._sleutels:
                continue
            if (self._afk and _afkorting(tok.tekst) in self._afk) or (
                self._achter and tok.laag.endswith(self._achter)
            ):
                uit.append(i)
        return uit


def _afkorting(tekst: str) -> str:
    """The abbreviation in "ADHD'er" or "ADHD-diagnose"."""
    for teken in ("'", "’"):
        if teken in tekst:
            return tekst.split(teken, 1)[0]
    return tekst


def _zoek_frame(tokens: Sequence[Token], i: int, frame: Frame) -> Treffer | None:
    vereist_gezien = not frame.vereist
    for j in range(i + 1, min(len(tokens), i + _MAX_AFSTAND + 1)):
        tok = tokens[j]
        if tok.tekst in GRENSTEKENS:
            return None
        if tok.laag in frame.tweede and vereist_gezien:
            if frame.na and not (j + 1 < len(tokens) and tokens[j + 1].laag in frame.na):
                return None
            return Treffer(i, j)
        if tok.laag in frame.vereist:
            vereist_gezien = True
    return None


def lexicon_uit(sectie: Mapping[str, Any]) -> Lexicon:
    """Build a lexicon from one data-file section (see the comments in data/*.yaml)."""
    groepen: list[tuple[str, ...]] = []
    for lemma in sectie.get("bijvoeglijk", ()):
        groepen.extend((v,) for v in verbuig(str(lemma)))
    for vormen in sectie.get("vormen", ()):
        groepen.extend((str(v),) for v in vormen)
    for woord in sectie.get("woorden", ()):
        groepen.append((str(woord),))
    for groep in sectie.get("woordgroepen", ()):
        groepen.append(tuple(str(groep).split()))
    weg = {str(v) for v in sectie.get("uitgezonderd", ())}
    groepen = [g for g in groepen if not (len(g) == 1 and g[0] in weg)]
    frames: list[Frame] = []
    for f in sectie.get("gescheiden", ()):
        frames.append(
            Frame(
                eerste=frozenset(f["eerste"]),
                tweede=frozenset(f["tweede"]),
                vereist=frozenset(f.get("vereist", ())),
                na=frozenset(f.get("na", ())),
            )
        )
        groepen.extend((str(v),) for v in f.get("samen", ()))
    return Lexicon(
        groepen=groepen,
        frames=frames,
        achtervoegsels=[str(a) for a in sectie.get("achtervoegsels", ())],
        afkortingen=[str(a) for a in sectie.get("afkortingen", ())],
    )
