"""Word lists as matchers: inflected forms, phrases, split frames and compounds.

Dutch morphology is handled by generating forms from the lemma the data file lists
(agressief -> agressieve, agressiever; boos -> boze; kil -> kille; verwaarloosd ->
verwaarloosde), by matching frames whose parts stand apart in the clause ("zou ... kunnen",
"ziet er ... uit", "schiet ... tekort") and by suffixes for compounds ("drugsverslaafde").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress
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
        self._groepen: dict[str, list[tuple[str, ...]]] = {}
        for groep in groepen:
            woorden = tuple(w.lower() for w in groep)
            self._groepen.setdefault(woorden[0], []).append(woorden)
        for lijst in self._groepen.values():
            lijst.sort(key=len, reverse=True)
        self._frames: dict[str, list[Frame]] = {}
        for frame in frames:
            for vorm in frame.eerste:
                self._frames.setdefault(vorm, []).append(frame)
        self._achter = tuple(sorted({a.lower() for a in achtervoegsels}, key=len, reverse=True))
        self._afk = frozenset(afkortingen)
        self._sleutels = frozenset(self._groepen) | frozenset(self._frames)

    def zoek_in(self, zin: Zin) -> list[Treffer]:
        """Matches in one sentence (fast path: only where a listed first word occurs)."""
        if self._achter or self._afk:
            return self.zoek(zin.tokens)
        sleutels = self._sleutels
        if sleutels.isdisjoint(zin.woordset):
            return []
        uit: list[Treffer] = []
        for i in compress(range(len(zin.lagen)), map(sleutels.__contains__, zin.lagen)):
            self._op_plek(zin.tokens, i, uit)
        return uit

    def zoek(self, tokens: Sequence[Token]) -> list[Treffer]:
        """Matches over a token sequence."""
        extra = bool(self._achter or self._afk)
        uit: list[Treffer] = []
        sleutels = self._sleutels
        for i, tok in enumerate(tokens):
            laag = tok.laag
            if laag in sleutels:
                self._op_plek(tokens, i, uit)
            elif extra and tok.soort == "woord":
                if (self._afk and _afkorting(tok.tekst) in self._afk) or (
                    self._achter and laag.endswith(self._achter)
                ):
                    uit.append(Treffer(i, i))
        return uit

    def _op_plek(self, tokens: Sequence[Token], i: int, uit: list[Treffer]) -> None:
        """Phrases and frames that start at token i."""
        laag = tokens[i].laag
        n = len(tokens)
        for groep in self._groepen.get(laag, ()):
            k = len(groep)
            if i + k <= n and all(tokens[i + j].laag == groep[j] for j in range(1, k)):
                uit.append(Treffer(i, i + k - 1))
                break
        for frame in self._frames.get(laag, ()):
            treffer = _zoek_frame(tokens, i, frame)
            if treffer is not None:
                uit.append(treffer)


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
