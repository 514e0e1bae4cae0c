"""The word-list rules: interpretatie, vaag and diagnose.

Each rule returns spans `(begin, eind, soort)` in character offsets; `controleer` turns them
into findings. Seed: Bijlage 1b, stap 1 of the BPSW meldcode (002_...): describe signals as
factually as possible, mark hypotheses as such, record diagnoses only when a qualified
professional made them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from meldwijzer.engine.schrijfcheck.context import ZinAnalyse, clausebegin
from meldwijzer.engine.schrijfcheck.lexicon import Lexicon, Treffer, lexicon_uit
from meldwijzer.engine.schrijfcheck.lijsten import Woorden, laad_data
from meldwijzer.engine.schrijfcheck.model import Span
from meldwijzer.engine.schrijfcheck.predicaat import eigen_toestand, persoon_als_onderwerp
from meldwijzer.engine.schrijfcheck.tekst import GRENSTEKENS, Token, Zin

_NEGATIE_AFSTAND = 6
_MOGELIJK_NIET_NA = frozenset({"zo", "niet", "zover", "indien", "waar", "alle", "voor"})
_MOGELIJK_EIND = frozenset(
    {"", "om", ".", ",", ";", "!", "?", "omdat", "want", "en", "maar", "zolang", "als"}
)


def _span(tokens: Sequence[Token], t: Treffer, soort: str = "") -> Span:
    return (tokens[t.begin].begin, tokens[t.eind].eind, soort)


def _eigen(a: ZinAnalyse, t: Treffer) -> bool:
    return all(a.eigen_stem[t.begin : t.eind + 1])


def interpretatie(analyses: Sequence[ZinAnalyse], w: Woorden) -> list[Span]:
    """Judgement words in the writer's own voice, outside sentences marked as hypothesis."""
    uit: list[Span] = []
    for a in analyses:
        if a.hypothese:
            continue
        tokens = a.zin.tokens
        treffers = w.interpretatie.zoek_in(a.zin)
        if not treffers:
            continue
        geen = w.geen_oordeel.zoek_in(a.zin)
        for t in treffers:
            if not _eigen(a, t) or any(g.begin <= t.eind and t.begin <= g.eind for g in geen):
                continue
            if _na_geen(tokens, t):
                continue  # "geen signalen van verwaarlozing gezien"
            if t.begin == t.eind and eigen_toestand(a, t.begin, w):
                continue  # the writer's own state: "ik ben bang", "word ik boos"
            uit.append(_span(tokens, t))
    return uit


def _na_geen(tokens: Sequence[Token], t: Treffer) -> bool:
    """ "geen" shortly before: the writer reports an absence, not a judgement."""
    for j in range(t.begin - 1, max(-1, t.begin - 4), -1):
        if tokens[j].tekst in GRENSTEKENS:
            return False
        if tokens[j].laag == "geen":
            return True
    return False


def _vaag_uitzondering(tokens: Sequence[Token], t: Treffer) -> bool:
    """Uses of a hedge word that are not a hedge: "zo snel mogelijk", "hoe vaak", "lijkt op"."""
    woord = tokens[t.begin].laag
    vorige = tokens[t.begin - 1].laag if t.begin > 0 else ""
    volgende = tokens[t.eind + 1].laag if t.eind + 1 < len(tokens) else ""
    if woord == "mogelijk":
        ervoor = {tokens[j].laag for j in range(max(0, t.begin - 3), t.begin)}
        # "zo snel mogelijk", "mogelijk om", "was niet mogelijk", "is mogelijk." are no hedge
        return "zo" in ervoor or vorige in _MOGELIJK_NIET_NA or volgende in _MOGELIJK_EIND
    if woord in {"vaak", "vaker"}:
        return vorige in {"hoe", "zo"}
    if woord in {"lijkt", "lijken", "leek", "leken"}:  # "lijkt (erg) op zijn vader": resembles
        daarna = [tokens[j].laag for j in range(t.eind + 1, min(len(tokens), t.eind + 4))]
        return "op" in daarna
    if woord in {"zou", "zouden"}:
        return tokens[t.eind - 1].laag == "hebben"  # "zou ... hebben kunnen": counterfactual
    return False


_FREQUENTIE = frozenset(
    {"soms", "vaak", "vaker", "regelmatig", "geregeld", "meestal", "dikwijls", "af"}
)
_TELWOORDEN = frozenset(
    {
        "een",
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "enkele",
    }
)
_KEER = frozenset({"keer", "keren", "maal", "x"})
_PER = frozenset({"dag", "week", "maand", "jaar", "nacht", "les", "lessen", "bezoek", "uur"})


def _geteld(tokens: Sequence[Token]) -> bool:
    """The sentence gives the count a frequency word stands for: "vaak (4 keer per week)",
    "meestal: 4 van de 5 dagen". Then "vaak" sums up a number and is no vague observation."""
    for i, tok in enumerate(tokens):
        getal = tok.soort == "getal" or tok.laag in _TELWOORDEN - {"een", "enkele"}
        volgend = tokens[i + 1].laag if i + 1 < len(tokens) else ""
        if getal and volgend in _KEER:
            return True
        if getal and volgend == "van" and i + 3 < len(tokens) and tokens[i + 2].laag == "de":
            return tokens[i + 3].soort == "getal" or tokens[i + 3].laag in _TELWOORDEN
        if tok.laag == "per" and volgend in _PER and i > 1 and tokens[i - 1].laag in _KEER:
            return True
    return False


@cache
def _waarneming() -> Lexicon:
    return lexicon_uit({"woordgroepen": laad_data("vaag.yaml")["waarneming"]})


def _waargenomen(zin: Zin, k: int) -> bool:
    """The writer frames what follows as her own noticing ("Het valt me op dat Bas de laatste
    weken vaak ...", "Ik merk dat ..."), as the guides recommend; see vaag.yaml."""
    return any(t.eind < k for t in _waarneming().zoek_in(zin))


_VERALGEMENING = frozenset({"altijd", "nooit"})


def _veralgemeningen(a: ZinAnalyse, w: Woorden) -> list[Span]:
    """ "Moeder komt haar afspraken nooit na", "Je bent altijd te laat": a person's behaviour
    as always or never is a generalisation, not what the writer saw on given days (the guides:
    no generalisations with "altijd" and "nooit"). Not when counted or after her own noticing,
    and not about things ("er is nooit onderzoek gedaan")."""
    if a.zin.woordset.isdisjoint(_VERALGEMENING):
        return []
    tokens = a.zin.tokens
    uit: list[Span] = []
    for i, tok in enumerate(tokens):
        if tok.laag not in _VERALGEMENING or not a.eigen_stem[i]:
            continue
        if i > 0 and tokens[i - 1].laag in {"zoals", "voor", "bijna"}:
            continue  # "zoals altijd" is an opinion (oordeel.yaml); "voor altijd"
        if _geteld(tokens) or _waargenomen(a.zin, i) or not persoon_als_onderwerp(a, i, w):
            continue
        uit.append((tok.begin, tok.eind, ""))
    return uit


def vaag(analyses: Sequence[ZinAnalyse], w: Woorden) -> list[Span]:
    """Hedges and vague frequency or degree in the writer's own voice. A frequency word the
    sentence quantifies ("vaak, 4 keer per week") is left alone (`_geteld`)."""
    uit: list[Span] = []
    for a in analyses:
        if a.hypothese:
            continue
        tokens = a.zin.tokens
        geteld: bool | None = None
        for t in w.vaag.zoek_in(a.zin):
            if not _eigen(a, t) or _vaag_uitzondering(tokens, t):
                continue
            if tokens[t.begin].laag in _FREQUENTIE:
                geteld = _geteld(tokens) if geteld is None else geteld
                if geteld or _waargenomen(a.zin, t.begin):
                    continue
            uit.append(_span(tokens, t))
        uit.extend(_veralgemeningen(a, w))
    return uit


def _is_deskundige(laag: str, w: Woorden) -> bool:
    d = w.diagnose
    return laag in d.deskundigen or laag.endswith(d.deskundigen_achter)


def noemt_deskundige(tekst: str, w: Woorden) -> bool:
    """Whether a free text (the bron field) names a qualified professional."""
    return any(_is_deskundige(deel, w) for deel in tekst.lower().replace(",", " ").split())


def _ontkend(tokens: Sequence[Token], t: Treffer, w: Woorden) -> bool:
    d = w.diagnose
    if t.begin > 0 and tokens[t.begin - 1].laag in d.ontkenning_direct:
        return True
    begin = max(clausebegin(tokens, t.begin, w), t.begin - _NEGATIE_AFSTAND)
    return any(tokens[j].laag in d.ontkenning for j in range(begin, t.begin))


def diagnose(analyses: Sequence[ZinAnalyse], w: Woorden, *, bron: str) -> list[Span]:
    """Clinical labels without a qualified professional named in the sentence or the bron."""
    if bron and noemt_deskundige(bron, w):
        return []
    uit: list[Span] = []
    for a in analyses:
        tokens = a.zin.tokens
        treffers = w.diagnose.labels.zoek_in(a.zin)
        if not treffers or any(_is_deskundige(tok.laag, w) for tok in tokens if tok.is_woord):
            continue
        for t in treffers:
            if a.zin.in_citaat[t.begin] or _ontkend(tokens, t, w):
                continue
            uit.append(_span(tokens, t))
    return uit
