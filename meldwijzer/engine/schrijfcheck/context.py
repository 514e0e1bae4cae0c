"""Whose voice a word is in: the writer's own, a direct quote, or someone else's report.

Concrete documenting (Bijlage 1b, stap 1) separates what the professional saw from what
others said. A quoted statement with its source, or "moeder zegt dat ...", is a record of
what was said, not the writer's interpretation; the rules for interpretatie and vaag only
look at the writer's own voice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from meldwijzer.engine.schrijfcheck.lexicon import Frame, Treffer
from meldwijzer.engine.schrijfcheck.lijsten import Woorden
from meldwijzer.engine.schrijfcheck.tekst import GRENSTEKENS, Token, Zin

_DAT_AFSTAND = 4
_MAX_ZINSDEEL = 40
_VRAAG_AFSTAND = 5


@dataclass(frozen=True, slots=True)
class ZinAnalyse:
    zin: Zin
    #: Per token: True when the writer speaks in her own voice (not quoted, not reported).
    eigen_stem: tuple[bool, ...]
    #: The sentence marks itself as hypothesis or assumption.
    hypothese: bool
    #: The sentence attributes (part of) its content to someone ("zegt", "volgens", a quote).
    toegeschreven: bool
    #: Hearsay phrases in the sentence ("het schijnt", "er wordt gezegd"); see bron.py.
    geruchten: tuple[Treffer, ...] = ()


def clausebegin(tokens: Sequence[Token], k: int, w: Woorden) -> int:
    """Index of the first token of the clause that holds token k."""
    j = k
    grens = max(0, k - _MAX_ZINSDEEL)  # bounded, so a long run-on text stays linear
    while j > grens:
        vorige = tokens[j - 1]
        if vorige.tekst in GRENSTEKENS or vorige.laag in w.zinsdeelgrens:
            break
        j -= 1
    return j


def eerste_persoon_bij(tokens: Sequence[Token], k: int, w: Woorden) -> bool:
    """The verb at k has the writer as subject: "ik zei", "zei ik", "ik heb moeder verteld"."""
    if k + 1 < len(tokens) and tokens[k + 1].laag in w.eerste_persoon:
        return True
    begin = clausebegin(tokens, k, w)
    return any(tokens[j].laag in w.eerste_persoon for j in range(begin, k))


def volgt_dat(tokens: Sequence[Token], k: int) -> bool:
    for j in range(k + 1, min(len(tokens), k + 1 + _DAT_AFSTAND)):
        if tokens[j].laag == "dat" or tokens[j].tekst == ":":
            return True
    return False


def frame_eind(tokens: Sequence[Token], k: int, frames: Sequence[Frame]) -> int | None:
    """Where a separable verb starting at k ends ("gaf ... aan"), or None."""
    for frame in frames:
        if tokens[k].laag not in frame.eerste:
            continue
        for j in range(k + 1, min(len(tokens), k + 9)):
            if tokens[j].tekst in GRENSTEKENS and tokens[j].tekst != ",":
                break
            if tokens[j].laag in frame.tweede:
                return j
    return None


def meldwerkwoord_eind(tokens: Sequence[Token], k: int, w: Woorden) -> int | None:
    """If token k starts a report verb ("zegt", "gaf aan", "hebben gezien dat"), its last index."""
    laag = tokens[k].laag
    b = w.bron
    if laag not in b.meld_eerste:
        return None
    if laag in b.werkwoorden:
        return k
    if laag in b.werkwoorden_met_dat and volgt_dat(tokens, k):
        return k
    return frame_eind(tokens, k, b.scheidbaar)


def _heel_toegeschreven(tokens: Sequence[Token], w: Woorden) -> bool:
    """ "Volgens X ...", "... aldus X", "Moeder is boos, zegt de jongen."."""
    for k, tok in enumerate(tokens):
        volgende = tokens[k + 1] if k + 1 < len(tokens) else None
        if tok.laag in w.bron.achteraf and volgende is not None:
            if volgende.laag not in {"mij", "ons", "mijn"}:
                return True
        if tok.tekst == "," and volgende is not None and _bericht_na_komma(tokens, k, w):
            return True
    return False


def _bericht_na_komma(tokens: Sequence[Token], k: int, w: Woorden) -> bool:
    """ ", zegt de jongen." or ", heeft de buurvrouw verteld." closing the sentence."""
    if len(tokens) - k - 1 > 6:
        return False
    rest = tokens[k + 1 :]
    if len(rest) > 6 or any(
        t.tekst == "," or t.laag in w.zinsdeelgrens or t.laag == "dat" for t in rest
    ):
        return False
    return any(t.laag in w.bron.werkwoorden for t in rest) and not any(
        t.laag in w.eerste_persoon for t in rest
    )


def _begin_verslag(tokens: Sequence[Token], w: Woorden) -> int | None:
    """First token index of reported content in the sentence, if any."""
    for k, tok in enumerate(tokens):
        if tok.soort != "woord" or tok.laag not in w.bron.meld_eerste:
            continue
        if tok.laag in w.bron.vragen:
            for j in range(k + 1, min(len(tokens), k + 1 + _VRAAG_AFSTAND)):
                if tokens[j].laag in w.bron.vraagwoorden:
                    return j + 1
        eind = meldwerkwoord_eind(tokens, k, w)
        if eind is not None and not eerste_persoon_bij(tokens, k, w):
            return eind + 1
    return None


def analyseer(zin: Zin, w: Woorden, *, vorige_kop_hypothese: bool = False) -> ZinAnalyse:
    tokens = zin.tokens
    extern = list(zin.in_citaat)
    toegeschreven = any(extern)
    b = w.bron
    geruchten = tuple(b.zinnen.zoek_in(zin))
    if not (b.achteraf.isdisjoint(zin.woordset) and "," not in zin.woordset) and (
        _heel_toegeschreven(tokens, w)
    ):
        extern = [True] * len(tokens)
        toegeschreven = True
    else:
        begin = _begin_verslag(tokens, w) if not b.meld_eerste.isdisjoint(zin.woordset) else None
        if geruchten:  # "het schijnt dat ...": the rest is hearsay, not the writer's judgement
            na = geruchten[0].eind + 1
            begin = na if begin is None else min(begin, na)
        if begin is not None:
            for j in range(begin, len(tokens)):
                extern[j] = True
            toegeschreven = True
    hypothese = vorige_kop_hypothese or not w.hypothese_woorden.isdisjoint(zin.woordset)
    return ZinAnalyse(zin, tuple(not e for e in extern), hypothese, toegeschreven, geruchten)


def is_kop_hypothese(zin: Zin, w: Woorden) -> bool:
    """A heading line such as "Hypothese:" marks the next sentence too."""
    woorden = [t for t in zin.tokens if t.is_woord]
    return (
        zin.tokens[-1].tekst == ":"
        and len(woorden) <= 3
        and any(t.laag in w.hypothese_woorden for t in woorden)
    )
