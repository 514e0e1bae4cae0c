"""Whose voice a word is in: the writer's own, a direct quote, or someone else's report.

Concrete documenting (Bijlage 1b, stap 1) separates what the professional saw from what
others said. A quoted statement with its source, or "moeder zegt dat ...", is a record of
what was said, not the writer's interpretation; the rules for interpretatie and vaag only
look at the writer's own voice.

Scope: "volgens X" and a report verb cover their own clause and what follows, not the clauses
before ("Moeder is agressief en volgens de buren drinkt vader te veel": "agressief" stays the
writer's). A closing attribution covers the whole sentence (", volgens de buren.", ", aldus de
mentor.", ", zegt de jongen.", ", naar verluidt."). After a clause boundary with ik / wij the
writer speaks again ("..., maar ik zag een rustige vrouw").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import not_

from meldwijzer.engine.schrijfcheck.lexicon import Frame, Treffer
from meldwijzer.engine.schrijfcheck.lijsten import Woorden
from meldwijzer.engine.schrijfcheck.tekst import GRENSTEKENS, Token, Zin

_DAT_AFSTAND = 4
_MAX_ZINSDEEL = 40
_VRAAG_AFSTAND = 5
_MAX_BRON = 10  # tokens of a closing source phrase ("de intern begeleider van de school")
_BRON_SOORTEN = frozenset({"woord", "getal"})
_HERVAT_NA = frozenset({",", ";"})


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


def _slot(tokens: Sequence[Token]) -> int:
    """Index after the sentence's last word: closing punctuation (". ) ' !") does not count."""
    eind = len(tokens)
    while eind > 0 and tokens[eind - 1].soort == "teken" and tokens[eind - 1].tekst != ",":
        eind -= 1
    return eind


def _bron_tot(tokens: Sequence[Token], k: int, eind: int, w: Woorden) -> bool:
    """tokens[k:eind] is only a source phrase: "de intern begeleider van de school", "juf
    Anja", "moeder zelf"; not "de buren drinkt vader te veel" nor "moeder ADHD"."""
    if not 0 < eind - k <= _MAX_BRON:
        return False
    b = w.bron
    j = k
    while True:
        ruimte = 1  # words in a group: one, or two after "de" or a title
        if tokens[j].laag in b.bron_begin or tokens[j].laag in b.vaag_voor:
            j += 1
            ruimte = 2
        elif tokens[j].laag in w.ident.titels:
            ruimte = 2
        n = 0
        while j < eind and tokens[j].soort in _BRON_SOORTEN:
            laag = tokens[j].laag
            if laag in b.bron_verbinders or laag in b.bron_begin or laag in b.bron_achter:
                break
            if tokens[j].soort == "woord":  # a number does not count: "groep 3"
                if n == ruimte:
                    break
                n += 1
            j += 1
        if n == 0:
            return False
        while j < eind and tokens[j].laag in b.bron_achter:
            j += 1
        if j == eind:
            return True
        if tokens[j].laag not in b.bron_verbinders or j + 1 == eind:
            return False
        j += 1


def _noemt_bron(tokens: Sequence[Token], k: int, w: Woorden) -> bool:
    """ "volgens de buren" attributes; "volgens mij", "volgens de meldcode" do not."""
    b = w.bron
    if k + 1 >= len(tokens) or tokens[k + 1].laag in b.achteraf_geen_bron:
        return False
    return not (
        tokens[k + 1].laag in b.bron_begin
        and k + 2 < len(tokens)
        and tokens[k + 2].laag in b.achteraf_geen_bron
    )


def _bericht_na_komma(tokens: Sequence[Token], k: int, eind: int, w: Woorden) -> bool:
    """ ", zegt de jongen.", ", heeft de buurvrouw verteld." or ", vertelde de juf van groep
    3." closing the sentence."""
    rest = tokens[k + 1 :]
    kort = len(rest) <= 6
    melden = w.bron.werkwoorden
    if not kort and (k + 1 >= eind or rest[0].laag not in melden):
        return False
    if any(t.laag in w.eerste_persoon for t in rest):
        return False
    if kort and not any(
        t.tekst == "," or t.laag in w.zinsdeelgrens or t.laag == "dat" for t in rest
    ):
        return any(t.laag in melden for t in rest)
    return k + 1 < eind and rest[0].laag in melden and _bron_tot(tokens, k + 2, eind, w)


def _begin_verslag(tokens: Sequence[Token], w: Woorden, van: int, tot: int) -> int | None:
    """First token index of reported content, from a report verb in tokens[van:tot]."""
    b = w.bron
    for k, tok in enumerate(tokens[van:tot], van):
        if tok.soort != "woord" or tok.laag not in b.meld_eerste:
            continue
        if tok.laag in b.vragen:
            for j in range(k + 1, min(len(tokens), k + 1 + _VRAAG_AFSTAND)):
                if tokens[j].laag in b.vraagwoorden:
                    return j + 1
        eind = meldwerkwoord_eind(tokens, k, w)
        if eind is not None and not eerste_persoon_bij(tokens, k, w):
            return eind + 1
    return None


def _verslagen(tokens: Sequence[Token], w: Woorden) -> list[int]:
    """Where each piece of reported content starts (linear: each search goes on from the last)."""
    uit: list[int] = []
    van = 0
    while (begin := _begin_verslag(tokens, w, van, len(tokens))) is not None:
        uit.append(begin)
        van = begin
    return uit


def _toeschrijving(zin: Zin, geruchten: Sequence[Treffer], w: Woorden) -> tuple[bool, list[int]]:
    """True when a closing attribution covers the whole sentence; else the token indices
    where "volgens X" or a hearsay phrase starts attributed content (report verbs: see
    _verslagen)."""
    tokens = zin.tokens
    b = w.bron
    volgens = not b.achteraf.isdisjoint(zin.woordset)
    eind = _slot(tokens)
    begins: list[int] = []
    if volgens:
        for k, tok in enumerate(tokens):
            if tok.laag in b.achteraf and _noemt_bron(tokens, k, w):
                if _bron_tot(tokens, k + 1, eind, w):
                    return True, []  # "Vader drinkt te veel, volgens de buren."
                begin = clausebegin(tokens, k, w)  # its own clause and what follows
                if begin == 0 and w.eerste_persoon.isdisjoint(zin.woordset):
                    return True, []  # "Volgens de mentor ...": nothing returns to the writer
                begins.append(begin)
    staart = max(0, eind - _MAX_BRON - 2)  # only a tail can close the sentence
    if "," in zin.lagen[staart:]:
        for k in range(staart, len(tokens)):
            if tokens[k].tekst == "," and _bericht_na_komma(tokens, k, eind, w):
                return True, []
    for t in geruchten:  # "het schijnt dat ...": the rest is hearsay, not the writer's judgement
        if t.begin > 0 and tokens[t.begin - 1].tekst == "," and t.eind + 1 >= eind:
            return True, []  # "..., naar verluidt."
        begins.append(t.eind + 1)
    return False, begins


def _hervattingen(zin: Zin, w: Woorden) -> list[int]:
    """Where the writer's own voice returns: a clause boundary, then ik / wij ("..., maar ik
    zag een rustige vrouw")."""
    lagen = zin.lagen
    uit: list[int] = []
    for woord in w.eerste_persoon & zin.woordset:
        j = -1
        for _ in range(lagen.count(woord)):
            j = lagen.index(woord, j + 1)
            if j > 0 and (lagen[j - 1] in _HERVAT_NA or lagen[j - 1] in w.zinsdeelgrens):
                uit.append(j)
    return uit


_BIJZIN_BEGIN = frozenset({"dat", "of", "hoe", "wat", "waarom", "wie", "waar", "wanneer"})


def _einde_zonder_bijzin(tokens: Sequence[Token], begin: int, w: Woorden) -> int | None:
    """A report verb with only an object ("klaagt over zijn broer", "vertelde over de ruzie")
    reports that object, not what follows "en" or "maar": the index of that boundary. None
    when a clause, a colon or a quote follows the verb (the report runs on)."""
    for j in range(begin, min(len(tokens), begin + _MAX_ZINSDEEL)):
        tok = tokens[j]
        if tok.laag in _BIJZIN_BEGIN or tok.soort == "teken":
            return None
        if j > begin and tok.laag in {"en", "maar"}:
            return j + 1
    return None


def _markeer(extern: list[bool], begins: Sequence[int], hervat: Sequence[int]) -> None:
    """From each start of attributed content up to the next return of the writer's voice."""
    punten = sorted([(h, False) for h in hervat] + [(s, True) for s in begins])
    vanaf: int | None = None
    for j, is_begin in punten:
        if is_begin:
            vanaf = j if vanaf is None else vanaf
        elif vanaf is not None:
            extern[vanaf:j] = [True] * (j - vanaf)
            vanaf = None
    if vanaf is not None:
        extern[vanaf:] = [True] * (len(extern) - vanaf)


def analyseer(zin: Zin, w: Woorden, *, vorige_kop_hypothese: bool = False) -> ZinAnalyse:
    tokens = zin.tokens
    woordset = zin.woordset
    extern = list(zin.in_citaat)
    b = w.bron
    geruchten = tuple(b.zinnen.zoek_in(zin))
    heel = False
    begins: list[int] = []
    if geruchten or "," in woordset or not b.achteraf.isdisjoint(woordset):
        heel, begins = _toeschrijving(zin, geruchten, w)
    if heel:
        extern = [True] * len(tokens)
    else:
        melden = not b.meld_eerste.isdisjoint(woordset)
        if melden:  # a report verb before the first attribution found so far
            eerste = _begin_verslag(tokens, w, 0, min(begins, default=len(tokens)))
            if eerste is not None:
                begins.append(eerste)
        # The writer's own voice may return ("..., maar ik zag ..."); then later reports count.
        # Not after a colon: "Moeder zei: ik ben het zat en ik ben boos." is her own speech.
        hervat = (
            _hervattingen(zin, w)
            if begins and ":" not in woordset and not w.eerste_persoon.isdisjoint(woordset)
            else []
        )
        if melden and begins and not heel:
            for start in begins:
                einde = _einde_zonder_bijzin(tokens, start, w)
                if einde is not None:
                    hervat.append(einde)
        if hervat:
            _markeer(extern, begins + (_verslagen(tokens, w) if melden else []), hervat)
        elif begins:
            vanaf = min(begins)
            extern[vanaf:] = [True] * (len(tokens) - vanaf)
    citaat = any(zin.in_citaat)
    toegeschreven = heel or bool(begins) or citaat
    eigen = tuple(map(not_, extern)) if toegeschreven else (True,) * len(tokens)
    hypothese = vorige_kop_hypothese or not w.hypothese_woorden.isdisjoint(woordset)
    return ZinAnalyse(zin, eigen, hypothese, toegeschreven, geruchten)


def is_kop_hypothese(zin: Zin, w: Woorden) -> bool:
    """A heading line such as "Hypothese:" marks the next sentence too."""
    woorden = [t for t in zin.tokens if t.is_woord]
    return (
        zin.tokens[-1].tekst == ":"
        and len(woorden) <= 3
        and any(t.laag in w.hypothese_woorden for t in woorden)
    )
