"""A trait or mood predicated of a person: "vader is koppig", "de jongen bleef onrustig".

Seed: Bijlage 1b, stap 1 of the BPSW meldcode (002_...): "Beschrijf uw signalen zo feitelijk
mogelijk. Worden ook hypothesen en veronderstellingen vastgelegd, vermeld dan uitdrukkelijk dat
het gaat om een hypothese of veronderstelling."

This is a construction, not a word list (issue 15): a person subject (a pronoun, a person
noun of `oordeel.yaml`, or a name) + a copula or appearance verb ("is", "was", "lijkt", "oogt",
"wordt", "blijft", "raakt") + an adjective that ends the predicate judges the person, whatever
the adjective, unless it describes what anyone can see or check. Which words are adjectives
and which judge comes from the data, not from a list of judgements:

- an adjective of the Pattern subjectivity lexicon (`subjectief.py`) whose senses average at
  least `predicaat_drempel` subjectivity (lower than the threshold for an adjective anywhere,
  because the predicate position already says it is about the person);
- an adjective the lexicon lacks, recognised by the Dutch adjective suffixes (`-ig`, `-isch`,
  `-ief`, `-aal`, `-baar`, `-loos`, ...; "koppig", "defensief", "respectloos");
- not a participle the lexicon lacks ("is gevallen", "is opgenomen": an event), unless the verb
  is one of a state or of appearance ("raakte gefrustreerd", "oogde verward"); not a word of
  the observable class `objectief` ("is ziek", "is nat", "is afwezig"), not a number, name or
  function word. The writer's own state ("ik ben boos") is hers to report (`eigen_toestand`).

The same holds with the subject after the copula ("Vandaag was moeder defensief"), with the
copula last in a subordinate clause ("omdat de jongen defensief was"), and for a predicate noun
group ("is een lastige klant", "is een echte doorzetter", "is een trage lezer"). More
constructions (what someone "shows", a "feeling" that names what others did, a verdict noun,
and conditional clauses, which assert nothing) are in `constructies.py`.

Marked and grounded sentences and hypotheses are left out by the caller (`controleer`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from meldwijzer.engine.schrijfcheck.context import ZinAnalyse, clausebegin
from meldwijzer.engine.schrijfcheck.identificerend import kan_naam_zijn
from meldwijzer.engine.schrijfcheck.lijsten import Woorden, laad_data
from meldwijzer.engine.schrijfcheck.model import Span
from meldwijzer.engine.schrijfcheck.subjectief import subjectiviteit
from meldwijzer.engine.schrijfcheck.tekst import GRENSTEKENS, Token

_VOELEN = frozenset({"voel", "voelde", "voelen", "voelden"})
_LIDWOORDEN = frozenset({"de", "het", "die", "deze", "zijn", "haar", "mijn", "onze"})


@dataclass(frozen=True)
class PredicaatData:
    koppels: frozenset[str]
    toestand: frozenset[str]
    tonen: frozenset[str]
    onderschikkers: frozenset[str]
    tonen_niet: frozenset[str]
    etiket_bijwoorden: frozenset[str]
    etiket_achtervoegsels: tuple[str, ...]
    graad: frozenset[str]
    voorzetsels: frozenset[str]
    einde: frozenset[str]
    geen_predicaat: frozenset[str]
    achtervoegsels: tuple[str, ...]
    voornaamwoorden: frozenset[str]
    eigen: frozenset[str]
    drempel: float
    personen: frozenset[str]


def _set(waarden: Any) -> frozenset[str]:
    return frozenset(str(w).lower() for w in (waarden or ()))


@cache
def predicaat_data() -> PredicaatData:
    data = laad_data("oordeel.yaml")
    d = data["predicaat"]
    return PredicaatData(
        personen=_set(data["personen"]),
        koppels=_set(d["koppels"]),
        toestand=_set(d["toestand"]),
        tonen=_set(d["tonen"]),
        onderschikkers=_set(d["onderschikkers"]),
        tonen_niet=_set(d["tonen_niet"]),
        etiket_bijwoorden=_set(d["etiket_bijwoorden"]),
        etiket_achtervoegsels=tuple(str(a) for a in d["etiket_achtervoegsels"]),
        graad=_set(d["graad"]),
        voorzetsels=_set(d["voorzetsels"]),
        einde=_set(d["einde"]),
        geen_predicaat=_set(d["geen_predicaat"]),
        achtervoegsels=tuple(str(a) for a in d["achtervoegsels"]),
        voornaamwoorden=_set(d["voornaamwoorden"]),
        eigen=_set(d["eigen"]),
        drempel=float(d["drempel"]),
    )


_PARTIKELS = (
    "aan", "af", "bij", "buiten", "door", "in", "mee", "na", "om", "onder", "op", "over",
    "terug", "toe", "uit", "voor", "weg", "achter", "samen", "tegen", "vast", "los", "neer",
)  # fmt: skip


def deelwoord(laag: str) -> bool:
    """Shaped like a past participle: "gevallen", "opgenomen", "buitengesloten", "vertrokken",
    "verhuisd"."""
    if not laag.endswith(("d", "t", "en")):
        return False
    if laag.startswith("on") and len(laag) > 6 and deelwoord(laag[2:]):
        return True  # negated: "onbegrepen", "ongewenst"
    if laag.startswith("ge") or laag.startswith(("be", "ver", "ont", "her", "over", "mis")):
        return True
    return any(laag.startswith(p) and laag[len(p) :].startswith("ge") for p in _PARTIKELS)


def _is_persoon(
    tok: Token, p: PredicaatData, personen: frozenset[str], w: Woorden, *, naam: bool
) -> bool:
    """A person word: a pronoun, a person noun, a known first name ("Teun is lui"), or, when
    `naam` (not the first word of a sentence, where every word has a capital: "Zwemmen is
    gezond"), a capitalised word that is no common Dutch word, as the identifying-data rule
    decides ("Gisteren was Teun lui")."""
    if tok.laag in p.voornaamwoorden or tok.laag in personen or tok.laag in w.ident.voornamen:
        return True
    return naam and kan_naam_zijn(tok, w.ident)


def _onderwerp_voor(
    a: ZinAnalyse, c: int, p: PredicaatData, personen: frozenset[str], w: Woorden
) -> bool:
    """Whether the subject before the copula at c is a person other than the writer."""
    tokens = a.zin.tokens
    begin = clausebegin(tokens, c, w)
    woorden = [j for j in range(begin, c) if tokens[j].is_woord]
    if not woorden or any(tokens[j].laag in p.eigen for j in woorden):
        return False
    starts = a.zin.starts
    for n, j in enumerate(woorden):
        ervoor = {tokens[i].laag for i in woorden[max(0, n - 2) : n]}
        if ervoor & p.voorzetsels:
            continue  # "het gedrag van de jongen is ...": the head is "gedrag"
        if _is_persoon(tokens[j], p, personen, w, naam=j not in starts):
            return True
    return False


def _onderwerp_na(
    tokens: Sequence[Token], c: int, p: PredicaatData, personen: frozenset[str], w: Woorden
) -> int | None:
    """Inverted order ("Vandaag was moeder onrustig"): index after the person subject."""
    j = c + 1
    if j < len(tokens) and tokens[j].laag in {"de", "het", "die", "deze", "zijn", "haar"}:
        j += 1
    if j < len(tokens) and tokens[j].is_woord and _is_persoon(tokens[j], p, personen, w, naam=True):
        return j + 1
    return None


def _oordeelt(laag: str, p: PredicaatData, objectief: frozenset[str], *, toestand: bool) -> bool:
    """Whether a predicate word judges. `toestand`: the verb describes a state or how someone
    comes across ("lijkt", "oogt", "raakt", "blijft"), so a participle is a state there
    ("raakte gefrustreerd", "oogde verward"), not an event as after "is" ("is gevallen")."""
    if laag in objectief or laag in p.geen_predicaat or laag in p.voorzetsels:
        return False
    score = subjectiviteit(laag)
    if score is not None:
        return score >= p.drempel
    if deelwoord(laag):
        return toestand
    return laag.endswith(p.achtervoegsels)


def _etiketvorm(laag: str, p: PredicaatData) -> bool:
    """A noun for a kind of person made with a Dutch evaluative suffix: "lieverd", "slimmerd",
    "luiaard", "driftkop", "zeurpiet", "kletskous" (not a participle: "gewaardeerd")."""
    return (
        laag.endswith(p.etiket_achtervoegsels)
        and not laag.endswith("eerd")
        and not laag.startswith("ge")
    )


def _naamwoordgroep(
    tokens: Sequence[Token],
    k: int,
    p: PredicaatData,
    objectief: frozenset[str],
    personen: frozenset[str],
) -> Span | None:
    """A predicate noun group that judges: "is een lastige klant", "was een echte
    doorzetter" (the judging adjective, or the label after "echte"/"ware")."""
    if tokens[k].laag not in {"een", "zo'n"}:
        return None
    j = k + 1
    while j < len(tokens) and tokens[j].laag in p.graad:
        j += 1
    if j < len(tokens) and _etiketvorm(tokens[j].laag, p) and einde(tokens, j, p):
        return (tokens[j].begin, tokens[j].eind, "")  # "is een luiaard", "een lieverd"
    if j + 1 >= len(tokens) or not tokens[j + 1].is_woord:
        return None
    bijv, zn = tokens[j], tokens[j + 1]
    if bijv.laag in p.etiket_bijwoorden:
        return (bijv.begin, zn.eind, "")
    score = subjectiviteit(bijv.laag)
    if score is not None and score >= p.drempel and bijv.laag not in objectief:
        return (bijv.begin, bijv.eind, "")
    if zn.laag.endswith(("er", "ster")) and zn.laag not in personen:
        # "is een snelle zwemmer", "een harde werker": how well someone does something
        if score is not None or bijv.laag in objectief:
            return (bijv.begin, zn.eind, "")
    return None


def einde(tokens: Sequence[Token], k: int, p: PredicaatData) -> bool:
    """Token k ends its predicate: the sentence or clause ends or a preposition follows
    ("is boos op zijn broer", "is bang voor honden")."""
    if k + 1 >= len(tokens):
        return True
    volgend = tokens[k + 1]
    if not volgend.is_woord:
        return volgend.tekst in GRENSTEKENS or volgend.tekst in {",", ";", ":", ")", "-"}
    return volgend.laag in p.einde or volgend.laag in p.voorzetsels


def persoonspredicaten(
    a: ZinAnalyse, w: Woorden, personen: frozenset[str], objectief: frozenset[str]
) -> list[Span]:
    """Spans of judging adjectives predicated of a person in the writer's own voice."""
    p = predicaat_data()
    if a.zin.woordset.isdisjoint(p.koppels):
        return []
    tokens = a.zin.tokens
    uit: list[Span] = []
    for c, tok in enumerate(tokens):
        if tok.laag not in p.koppels or not a.eigen_stem[c]:
            continue
        achter = _werkwoord_achteraan(a, c, p, personen, w)
        if achter is not None:
            if a.eigen_stem[achter] and _oordeelt(
                tokens[achter].laag, p, objectief, toestand=tok.laag in p.toestand
            ):
                uit.append((tokens[achter].begin, tokens[achter].eind, ""))
            continue
        k = c + 1
        if not _onderwerp_voor(a, c, p, personen, w):
            na = _onderwerp_na(tokens, c, p, personen, w)  # "Vandaag was moeder ..."
            if na is None:
                continue
            k = na
        while k < len(tokens) and tokens[k].laag in p.graad:
            k += 1
        if k >= len(tokens) or not tokens[k].is_woord or tokens[k].hoofdletter:
            continue
        if not a.eigen_stem[k]:
            continue
        groep = _naamwoordgroep(tokens, k, p, objectief, personen)
        if groep is not None:
            uit.append(groep)
            continue
        if not einde(tokens, k, p):
            continue
        toestand = tok.laag in p.toestand
        if _oordeelt(tokens[k].laag, p, objectief, toestand=toestand):
            uit.append((tokens[k].begin, tokens[k].eind, ""))
            # "is koppig en brutaal": a second adjective joined by "en"
            if k + 2 < len(tokens) and tokens[k + 1].laag == "en" and einde(tokens, k + 2, p):
                if _oordeelt(tokens[k + 2].laag, p, objectief, toestand=toestand):
                    uit.append((tokens[k + 2].begin, tokens[k + 2].eind, ""))
    return uit


def _werkwoord_achteraan(
    a: ZinAnalyse, c: int, p: PredicaatData, personen: frozenset[str], w: Woorden
) -> int | None:
    """Verb last in a subordinate clause ("dat hij defensief was", "omdat moeder overbelast
    raakte"): the index of the predicate word before the copula, if a person is the subject."""
    tokens = a.zin.tokens
    k = c - 1
    if k < 1 or not tokens[k].is_woord or tokens[k].hoofdletter or not einde(tokens, c, p):
        return None
    begin = clausebegin(tokens, k, w)
    for j in range(k - 1, max(begin - 2, -1), -1):  # "Omdat" itself ends the clause before
        if tokens[j].laag in p.onderschikkers:
            begin = j + 1
            break
    else:
        return None  # a main clause: the copula is the second constituent, not last
    woorden = [j for j in range(begin, k) if tokens[j].is_woord]
    if not woorden or any(tokens[j].laag in p.eigen for j in woorden):
        return None
    if not _is_persoon(tokens[woorden[0]], p, personen, w, naam=True) and not (
        len(woorden) > 1
        and tokens[woorden[0]].laag in _LIDWOORDEN
        and _is_persoon(tokens[woorden[1]], p, personen, w, naam=True)
    ):
        return None
    return k


def eigen_toestand(a: ZinAnalyse, i: int, w: Woorden) -> bool:
    """Token i is the predicate of the writer's own state ("ik ben verdrietig", "word ik
    bang", "wij waren boos"): hers to report, as the guides allow."""
    p = predicaat_data()
    tokens = a.zin.tokens
    j = i - 1
    while j >= 0 and tokens[j].laag in p.graad:
        j -= 1
    if j < 1:
        return False
    if tokens[j].laag in {"me", "mij", "ons"}:  # "ik voel me rot", "voelde ik me moe"
        k = j - 1 if tokens[j - 1].laag not in p.eigen else j - 2
        return k >= 0 and tokens[k].laag in _VOELEN
    if tokens[j].laag in p.eigen:  # "word ik bang"
        return tokens[j - 1].laag in p.koppels
    if tokens[j].laag not in p.koppels:
        return False
    return any(tokens[k].laag in p.eigen for k in range(clausebegin(tokens, j, w), j))


def persoon_als_onderwerp(a: ZinAnalyse, i: int, w: Woorden) -> bool:
    """A person other than the writer is the subject of the clause that holds token i
    ("moeder komt ... nooit", "je bent altijd ..."), before or right after its verb."""
    p = predicaat_data()
    tokens = a.zin.tokens
    begin = clausebegin(tokens, i, w)
    woorden = [j for j in range(begin, i) if tokens[j].is_woord]
    if any(tokens[j].laag in p.eigen for j in woorden):
        return False
    starts = a.zin.starts
    return any(_is_persoon(tokens[j], p, p.personen, w, naam=j not in starts) for j in woorden[:4])
