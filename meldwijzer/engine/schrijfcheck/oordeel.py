"""Constructions that carry an interpretation, not only listed words (issue 15).

Seed: Bijlage 1b, stap 1 of the BPSW meldcode (002_...): "Beschrijf uw signalen zo feitelijk
mogelijk" and mark hypotheses and assumptions as such. Four constructions judge:

- an evaluative adjective about a person or as the writer's verdict: predicated or used as an
  adverb ("vader is koppig", "reageert defensief", "Dat is heel irritant"), or before a person
  noun ("een lastig persoon"), or as a superlative predicate whatever the noun ("is de beste
  ploeg"); which adjectives judge comes from the Pattern lexicon
  (`subjectief.py`), not from a home-made list; a label noun predicated ("is een zeur");
- an attributed inner state or motive ("voelt zich afgewezen", "heeft er moeite mee", also verb
  last: "omdat hij zich afgewezen voelde");
- a verdict on progress ("gaat vooruit", "het gaat goed met hem");
- the writer's own opinion ("ik vind", "Wat een ...!", "weer eens").

The predicate of a person as a construction (any adjective the lexicon or Dutch morphology
marks as judging, the subject found before or after the copula or with the copula last) is in
`predicaat.py`; what someone "shows", a "feeling" that names what others did and a verdict
noun are in `constructies.py`.

Not judged: what is quoted or attributed to a source (the analysis of `context.py`), a sentence
marked as hypothesis, the writer's own state ("ik ben boos"), a condition ("als hij boos is,
..."), and an interpretation the writer marks as her own and grounds ("kwam gespannen over,
omdat ...", "ik heb de indruk dat ... omdat ...", also with the basis first), which the guides
recommend.
A hedge in a plan ("komt wellicht in aanmerking; herziening aangevraagd") is no vague
observation (`in_plan`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from meldwijzer.engine.schrijfcheck.constructies import (
    gedaan_gevoel,
    getoond,
    oordelende_naamwoorden,
    voorwaarden,
)
from meldwijzer.engine.schrijfcheck.context import ZinAnalyse, clausebegin
from meldwijzer.engine.schrijfcheck.lexicon import Lexicon, lexicon_uit, verbuig
from meldwijzer.engine.schrijfcheck.lijsten import Woorden, laad_data
from meldwijzer.engine.schrijfcheck.model import Span
from meldwijzer.engine.schrijfcheck.predicaat import eigen_toestand, persoonspredicaten
from meldwijzer.engine.schrijfcheck.subjectief import Oordeelwoorden, oordeelt, oordeelwoorden
from meldwijzer.engine.schrijfcheck.tekst import GRENSTEKENS, Token, Zin

_ETIKET_AFSTAND = 3  # "is (echt) een zeur": tokens between the copula and the label
_BINNEN_RUIMTE = 5  # words after an inner-state phrase that still belong to it
_EIGENSCHAP = ("ig", "baar", "isch", "erig", "zaam", "achtig")
_GRAAD = frozenset(
    {"niet", "erg", "heel", "zeer", "wat", "echt", "best", "nogal", "vaak", "altijd", "nog", "al"}
)
_VINDEN = frozenset({"vind", "vond", "vinden"})
_BEPAALD = frozenset({"de", "het"})
_PERSOONLIJK = frozenset({"hij", "zij", "ze", "je", "jij", "u"})
_KOPPELS = frozenset(
    {"is", "was", "zijn", "waren", "ben", "bent", "wordt", "werd", "werden", "blijft", "bleef"}
)


@dataclass(frozen=True)
class OordeelData:
    woorden: Oordeelwoorden
    woorden_drempel: float
    objectief: frozenset[str]
    persoonsoordeel: frozenset[str]
    lidwoorden: frozenset[str]
    personen: frozenset[str]
    gesteldheid: frozenset[str]
    etiketten: Lexicon
    binnen: Lexicon
    binnen_eigen: frozenset[str]
    voortgang: Lexicon
    mening: Lexicon
    gemarkeerd: Lexicon
    grond: frozenset[str]
    plan: Lexicon
    superlatief: frozenset[str]


def _set(waarden: Any) -> frozenset[str]:
    return frozenset(str(w).lower() for w in (waarden or ()))


@cache
def oordeel_data() -> OordeelData:
    data = laad_data("oordeel.yaml")
    objectief = frozenset(v for woord in _set(data["objectief"]) for v in verbuig(woord))
    return OordeelData(
        woorden=oordeelwoorden(float(data["drempel"]), objectief),
        woorden_drempel=float(data["drempel"]),
        objectief=objectief,
        persoonsoordeel=_set(data["persoonsoordeel"]),
        lidwoorden=_set(data["lidwoorden"]),
        personen=_set(data["personen"]),
        gesteldheid=_set(data["gesteldheid"]),
        etiketten=lexicon_uit({"woordgroepen": data["etiketten"]}),
        binnen=lexicon_uit(
            {
                "woordgroepen": data["binnen"]["woordgroepen"],
                "gescheiden": data["binnen"]["gescheiden"],
            }
        ),
        binnen_eigen=_set(data["binnen"]["eigen"]),
        voortgang=lexicon_uit({"woordgroepen": data["voortgang"]}),
        mening=lexicon_uit({"woordgroepen": data["mening"]}),
        gemarkeerd=lexicon_uit(data["gemarkeerd"]),
        grond=_set(data["grond"]),
        plan=lexicon_uit({"woordgroepen": data["plan"]["woordgroepen"]}),
        superlatief=_set(data["superlatief"]),
    )


def _volgend_woord(tokens: Sequence[Token], i: int) -> Token | None:
    j = i + 1
    return tokens[j] if j < len(tokens) and tokens[j].is_woord else None


def _in_naamwoordgroep(tokens: Sequence[Token], i: int, d: OordeelData) -> bool:
    """Token i stands between an article and a noun ("een lastige jongen", "de mooie tekening")."""
    volgend = _volgend_woord(tokens, i)
    if volgend is None:
        return False
    for j in range(i - 1, max(-1, i - 3), -1):
        if tokens[j].tekst in GRENSTEKENS:
            return False
        if tokens[j].laag in d.lidwoorden:
            return True
    return tokens[i].laag.endswith("e") and not tokens[i].laag.endswith("ste")


def _persoon_na(tokens: Sequence[Token], i: int, d: OordeelData) -> bool:
    """A person noun follows the adjective, perhaps after another adjective."""
    for j in range(i + 1, min(len(tokens), i + 3)):
        if not tokens[j].is_woord:
            return False
        if tokens[j].laag in d.personen or tokens[j].laag in d.gesteldheid:
            return True
    return False


def _superlatief_predicaat(tokens: Sequence[Token], i: int, d: OordeelData) -> bool:
    """A judging superlative after a copula and an article: "is de beste ploeg", "was het
    mooiste moment". The ranking is the writer's, whatever the noun."""
    if i < 2 or tokens[i - 1].laag not in _BEPAALD or tokens[i - 2].laag not in _KOPPELS:
        return False
    laag = tokens[i].laag
    return laag in d.superlatief or (
        laag.endswith("ste") and oordeelt(laag, d.woorden) and laag not in d.objectief
    )


def _andere_categorie(a: ZinAnalyse, w: Woorden) -> set[int]:
    """Token positions a vague word or a diagnosis takes: those categories report them."""
    bezet: set[int] = set()
    for t in (*w.vaag.zoek_in(a.zin), *w.diagnose.labels.zoek_in(a.zin)):
        bezet.update(range(t.begin, t.eind + 1))
    return bezet


def _bijvoeglijk(a: ZinAnalyse, d: OordeelData, w: Woorden) -> list[Span]:
    tokens = a.zin.tokens
    uit: list[Span] = []
    bezet: set[int] | None = None
    for i, tok in enumerate(tokens):
        if not tok.is_woord or not a.eigen_stem[i] or (tok.hoofdletter and i not in a.zin.starts):
            continue
        superlatief = _superlatief_predicaat(tokens, i, d)
        if not superlatief and (tok.laag in d.objectief or not oordeelt(tok.laag, d.woorden)):
            continue
        if bezet is None:
            bezet = _andere_categorie(a, w)
        if i in bezet or eigen_toestand(a, i, w):
            continue  # another category's word, or the writer's own state ("ik ben bang")
        if not superlatief and _in_naamwoordgroep(tokens, i, d) and not _persoon_na(tokens, i, d):
            continue  # "een mooie tekening", "slechte cijfers": about a thing
        uit.append((tok.begin, tok.eind, ""))
    return uit


def _eigenschap(a: ZinAnalyse, d: OordeelData, w: Woorden) -> list[Span]:
    """A trait word the lexicon lacks, predicated of a person: "Meneer is oninvoelbaar", "De
    jongen is zenuwachtig". Dutch forms traits with a few suffixes (-ig, -baar, -isch, -erig,
    -zaam, -achtig); after a copula whose clause starts with a person, such a word judges. So
    do the few plain words of `persoonsoordeel` ("je bent onduidelijk", "vader is moeilijk")."""
    tokens = a.zin.tokens
    uit: list[Span] = []
    for i, tok in enumerate(tokens):
        if not tok.is_woord:
            continue
        if tok.laag not in d.persoonsoordeel and (
            not tok.laag.endswith(_EIGENSCHAP) or tok.laag in d.objectief
        ):
            continue
        if not a.eigen_stem[i]:
            continue
        volgend = _volgend_woord(tokens, i)
        if volgend is not None and volgend.laag not in {"en", "of"}:
            continue  # the predicate ends its clause: "is oninvoelbaar.", "is koppig en ..."
        j = i - 1
        while j >= 0 and tokens[j].laag in _GRAAD:
            j -= 1
        if j < 1 or tokens[j].laag not in _KOPPELS:
            continue
        if i in _andere_categorie(a, w):
            continue  # "is autistisch": the diagnosis rule reports it
        onderwerp = [t for t in tokens[:j] if t.is_woord]
        if onderwerp and any(
            t.laag in d.personen or t.laag in _PERSOONLIJK for t in onderwerp[-3:]
        ):
            uit.append((tok.begin, tok.eind, ""))
    return uit


def _predicaten(a: ZinAnalyse, d: OordeelData, w: Woorden) -> list[Span]:
    """A trait predicated of a person (predicaat.py), unless a diagnosis or vague word takes it."""
    spans = [
        *persoonspredicaten(a, w, d.personen, d.objectief),
        *getoond(a),
        *oordelende_naamwoorden(a, d.woorden_drempel),
    ]
    if not spans:
        return []
    tokens = a.zin.tokens
    bezet = [(tokens[i].begin, tokens[i].eind) for i in _andere_categorie(a, w)]
    return [s for s in spans if not any(b < s[1] and s[0] < e for b, e in bezet)]


def _etiketten(a: ZinAnalyse, d: OordeelData, w: Woorden) -> list[Span]:
    """A label noun after a copula: "is een zeur", "was echt een lastpak"."""
    tokens = a.zin.tokens
    uit: list[Span] = []
    for t in d.etiketten.zoek_in(a.zin):
        begin = clausebegin(tokens, t.begin, w)
        ervoor = range(max(begin, t.begin - _ETIKET_AFSTAND - 1), t.begin)
        na = tokens[t.eind + 1].laag if t.eind + 1 < len(tokens) else ""  # "dat hij een etter is"
        if (na in _KOPPELS or any(tokens[j].laag in _KOPPELS for j in ervoor)) and a.eigen_stem[
            t.begin
        ]:
            uit.append((tokens[t.begin].begin, tokens[t.eind].eind, ""))
    return uit


def _binnen(a: ZinAnalyse, d: OordeelData, w: Woorden) -> list[Span]:
    """Inner states attributed to someone else; the writer's own are hers to report."""
    tokens = a.zin.tokens
    uit: list[Span] = []
    for t in d.binnen.zoek_in(a.zin):
        if not a.eigen_stem[t.begin]:
            continue
        if tokens[t.begin].laag == "zich" and t.eind - t.begin > _BINNEN_RUIMTE:
            continue  # "zich ... voelde": only a short verb-last clause
        begin = clausebegin(tokens, t.begin, w)
        eind = t.eind  # the whole state: "voelt zich niet serieus genomen"
        while (
            eind + 1 < len(tokens)
            and eind - t.eind < _BINNEN_RUIMTE
            and tokens[eind + 1].is_woord
            and tokens[eind + 1].laag not in w.zinsdeelgrens
        ):
            eind += 1
        # The writer in the clause: her own feeling, or a belief she hedges ("ik denk dat hij
        # zich schaamt" is vaag, marked as her assumption, not also an interpretation).
        if begin >= 2 and tokens[begin - 1].laag == "en" and tokens[begin - 2].is_woord:
            begin = max(clausebegin(tokens, begin - 2, w), begin - 3)  # "ik en collega voelden"
        eigen = any(tokens[j].laag in d.binnen_eigen for j in range(begin, t.eind + 1))
        if eigen and not gedaan_gevoel(tokens, t.begin, eind):
            continue  # the writer's own feeling; not "voel ik me aan de kant gezet"
        uit.append((tokens[t.begin].begin, tokens[eind].eind, "binnen"))
    return uit


def _lijst(a: ZinAnalyse, lexicon: Lexicon, soort: str) -> list[Span]:
    tokens = a.zin.tokens
    return [
        (tokens[t.begin].begin, tokens[t.eind].eind, soort)
        for t in lexicon.zoek_in(a.zin)
        if a.eigen_stem[t.begin]
    ]


def _meningen(a: ZinAnalyse, d: OordeelData) -> list[Span]:
    """The writer's opinion ("ik vind het zorgelijk", "vond ik"), not "vond ik een briefje"
    (found): "vinden" followed by "een" or "geen" is finding a thing."""
    tokens = a.zin.tokens
    uit: list[Span] = []
    for t in d.mening.zoek_in(a.zin):
        if not a.eigen_stem[t.begin]:
            continue
        na = tokens[t.eind + 1].laag if t.eind + 1 < len(tokens) else ""
        vinden = any(tok.laag in _VINDEN for tok in tokens[t.begin : t.eind + 1])
        if vinden and na in {"een", "geen"}:
            continue
        uit.append((tokens[t.begin].begin, tokens[t.eind].eind, "mening"))
    return uit


def gemarkeerd(zin: Zin) -> bool:
    """The writer marks an interpretation as hers and says what it rests on."""
    d = oordeel_data()
    treffers = d.gemarkeerd.zoek_in(zin)
    if not treffers:
        return False
    na = treffers[0].begin
    if any(tok.laag in d.grond or tok.tekst in d.grond for tok in zin.tokens[na:]):
        return True
    # the basis may come first: "Omdat hij zijn armen over elkaar sloeg, kwam hij defensief
    # over", "Daardoor lijkt het of ..." (a word, not a colon: "Observatie: ...")
    return any(tok.laag in d.grond for tok in zin.tokens[:na] if tok.is_woord)


def in_plan(zin: Zin) -> bool:
    """The sentence states a plan or an arrangement, not an observation."""
    return bool(oordeel_data().plan.zoek_in(zin))


def oordelen(analyses: Sequence[ZinAnalyse], w: Woorden) -> list[Span]:
    """Spans of the four constructions in the writer's own voice (see the module docstring)."""
    d = oordeel_data()
    uit: list[Span] = []
    for a in analyses:  # `controleer` has already left out marked and grounded sentences
        if a.hypothese:
            continue
        uit.extend(_bijvoeglijk(a, d, w))
        uit.extend(_eigenschap(a, d, w))
        uit.extend(_predicaten(a, d, w))
        uit.extend(_etiketten(a, d, w))
        uit.extend(_binnen(a, d, w))
        uit.extend(_lijst(a, d.voortgang, "voortgang"))
        uit.extend(_meningen(a, d))
    return uit


def buiten_voorwaarden(spans: list[Span], analyses: Sequence[ZinAnalyse], w: Woorden) -> list[Span]:
    """Leave out judgements inside a conditional clause (`predicaat.voorwaarden`)."""
    d = oordeel_data()
    bereik = [v for a in analyses for v in voorwaarden(a, d.personen, w.bron.zou_vormen)]
    if not bereik:
        return spans
    return [s for s in spans if not any(b <= s[0] and s[1] <= e for b, e, _ in bereik)]
