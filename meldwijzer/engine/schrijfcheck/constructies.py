"""More constructions that carry an interpretation (issue 15), beside `predicaat.py`.

Seed: Bijlage 1b, stap 1 of the BPSW meldcode (002_...): "Beschrijf uw signalen zo feitelijk
mogelijk. Worden ook hypothesen en veronderstellingen vastgelegd, vermeld dan uitdrukkelijk dat
het gaat om een hypothese of veronderstelling."

- a quality someone "shows" ("toont weinig interesse", `getoond`);
- a "feeling" that names what others did ("voelde me buitengesloten", `gedaan_gevoel`:
  Rosenberg's contrast between feeling and evaluation, which the communication guides use);
- a verdict as a predicate noun, found by Dutch derivation to a judging adjective of the
  Pattern lexicon ("was een succes" -> succesvol, `oordelende_naamwoorden`);
- and what is no assertion: a conditional clause (`voorwaarden`).
"""

from __future__ import annotations

from collections.abc import Sequence

from meldwijzer.engine.schrijfcheck.context import ZinAnalyse
from meldwijzer.engine.schrijfcheck.model import Span
from meldwijzer.engine.schrijfcheck.predicaat import deelwoord, einde, predicaat_data
from meldwijzer.engine.schrijfcheck.subjectief import subjectiviteit
from meldwijzer.engine.schrijfcheck.tekst import GRENSTEKENS, Token


def getoond(a: ZinAnalyse) -> list[Span]:
    """What someone shows, named as a quality: "toont weinig interesse", "vertoonde
    ongepast gedrag" (the verb to the noun). Not "toonde de blauwe plek": a thing."""
    p = predicaat_data()
    if a.zin.woordset.isdisjoint(p.tonen):
        return []
    tokens = a.zin.tokens
    uit: list[Span] = []
    for i, tok in enumerate(tokens):
        if tok.laag not in p.tonen or not a.eigen_stem[i]:
            continue
        k = i + 1
        while k < len(tokens) and tokens[k].laag in p.graad | {"geen", "weinig", "veel", "enige"}:
            k += 1
        if k >= len(tokens) or not tokens[k].is_woord or tokens[k].laag in p.tonen_niet:
            continue
        eind = k
        if k + 1 < len(tokens) and tokens[k + 1].is_woord and tokens[k + 1].laag not in p.einde:
            eind = k + 1  # "ongepast gedrag"
        uit.append((tok.begin, tokens[eind].eind, ""))
    return uit


def gedaan_gevoel(tokens: Sequence[Token], begin: int, eind: int) -> bool:
    """The "feeling" names what others did: a participle the adjective lexicon lacks
    ("voel me aan de kant gezet", "voelde zich afgewezen"), not a feeling ("veilig", "rot",
    "teleurgesteld"). Rosenberg's observation/evaluation contrast, which the guides use."""
    return any(
        deelwoord(t.laag) and subjectiviteit(t.laag) is None for t in tokens[begin : eind + 1]
    )


_AFLEIDINGEN = ("vol", "lijk", "elijk", "ig", "zalig", "isch", "achtig")


def _oordelend_naamwoord(laag: str, drempel: float) -> bool:
    """A noun whose adjective judges, by Dutch derivation: "succes" -> "succesvol", "schande"
    -> "schandelijk", "ramp" -> "rampzalig", "chaos" -> "chaotisch", "gevaar" -> "gevaarlijk"
    (Pattern lexicon, at least `drempel`)."""
    stammen = {laag, laag[:-1]} if laag.endswith(("e", "s")) else {laag}
    for stam in stammen:
        for achter in _AFLEIDINGEN:
            score = subjectiviteit(stam + achter)
            if score is not None and score >= drempel:
                return True
        if stam.endswith("o") and (score := subjectiviteit(stam + "tisch")) is not None:
            return score >= drempel
    return False


def oordelende_naamwoorden(a: ZinAnalyse, drempel: float) -> list[Span]:
    """A verdict as a predicate noun, whatever the subject: "Het project was een succes", "Dat
    is een schande", "Vader is een gevaar voor de kinderen"."""
    p = predicaat_data()
    if "een" not in a.zin.woordset or a.zin.woordset.isdisjoint(p.koppels):
        return []
    tokens = a.zin.tokens
    uit: list[Span] = []
    for c, tok in enumerate(tokens[:-2]):
        if tok.laag not in p.koppels or tokens[c + 1].laag != "een" or not a.eigen_stem[c]:
            continue
        k = c + 2
        if not tokens[k].is_woord or tokens[k].hoofdletter or not einde(tokens, k, p):
            continue
        if _oordelend_naamwoord(tokens[k].laag, drempel):
            uit.append((tokens[k].begin, tokens[k].eind, ""))
    return uit


_VOORWAARDE = frozenset({"als", "wanneer", "zodra", "indien"})
_ONDERWERP_NA_ALS = frozenset({"hij", "zij", "ze", "je", "jij", "u", "het", "er", "men", "de"})


def voorwaarden(a: ZinAnalyse, personen: frozenset[str], zou: frozenset[str]) -> list[Span]:
    """Conditional clauses ("Als cliënt gespannen is, ...", "... als hij zich somber voelt"):
    a condition is not asserted, so a judging word inside describes when something happens,
    not what the writer saw. Not when the sentence is hearsay ("zouden ... als moeder boos
    is"): then the whole is an unsourced claim."""
    woordset = a.zin.woordset
    if woordset.isdisjoint(_VOORWAARDE) or not woordset.isdisjoint(zou):
        return []
    tokens = a.zin.tokens
    uit: list[Span] = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.laag not in _VOORWAARDE:
            continue
        volgend = tokens[i + 1].laag
        if volgend not in _ONDERWERP_NA_ALS and volgend not in personen:
            continue  # "werkt als schoonmaker", "net als zijn vader"
        eind = i + 1
        while eind + 1 < len(tokens) and tokens[eind + 1].tekst not in {",", ";", ":"}:
            if tokens[eind + 1].tekst in GRENSTEKENS:
                break
            eind += 1
        uit.append((tok.begin, tokens[eind].eind, ""))
    return uit
