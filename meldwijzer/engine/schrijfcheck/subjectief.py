"""Which Dutch adjectives judge: the Pattern project's subjectivity lexicon (PDDL).

The lexicon (data/nl-sentiment.xml, see data/nl-sentiment.LEESMIJ.md) scores each sense of
about 3,300 adjectives. An adjective judges when its senses average at least the threshold in
data/oordeel.yaml. Inflected, comparative and superlative forms are generated from each lemma
(`lexicon.verbuig`: onrustig -> onrustige, onrustiger; boos -> boze; koppig -> koppiger).

The `simplemma` lemmatiser was tried as a fallback for forms the generator does not make and
left out: over the 945 in-house and 57 third-party sentences it found no judging adjective the
generated forms missed, it gives verb lemmas for adjectival participles ("gespannen" ->
"spannen"), and loading its Dutch data takes about a second, which the first live check of each
server process would wait for.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

from meldwijzer.engine.schrijfcheck.lexicon import verbuig

_BESTAND = "nl-sentiment.xml"


@cache
def _scores() -> dict[str, float]:
    """Mean subjectivity per adjective (lowercase form), over its senses."""
    bestand = resources.files("meldwijzer.engine.schrijfcheck.data").joinpath(_BESTAND)
    wortel = ET.fromstring(bestand.read_bytes())  # noqa: S314 - package data, not user input
    per_vorm: dict[str, list[float]] = defaultdict(list)
    for woord in wortel.iter("word"):
        if woord.get("pos") != "JJ":
            continue
        per_vorm[str(woord.get("form", "")).lower()].append(float(woord.get("subjectivity", 0)))
    return {vorm: sum(s) / len(s) for vorm, s in per_vorm.items() if vorm}


def _deelwoord(vorm: str) -> bool:
    """A past participle ("gemaakt", "geslagen"): mostly a verb form in a note ("heeft ...
    gemaakt"), so left to the curated list (interpretatie.yaml: "gespannen", "verwaarloosd")."""
    return vorm.startswith("ge") and vorm.endswith(("d", "t", "en"))


@dataclass(frozen=True)
class Oordeelwoorden:
    #: Every generated form of a judging adjective, mapped to its lemma.
    vormen: dict[str, str]
    #: The judging lemmas.
    lemmas: frozenset[str]


@cache
def oordeelwoorden(drempel: float, objectief: frozenset[str]) -> Oordeelwoorden:
    """The judging adjectives of the lexicon and their forms (loaded once per threshold)."""
    lemmas = frozenset(
        vorm
        for vorm, score in _scores().items()
        if score >= drempel and vorm not in objectief and " " not in vorm and not _deelwoord(vorm)
    )
    vormen: dict[str, str] = {}
    for lemma in sorted(lemmas):
        for vorm in verbuig(lemma):
            vormen.setdefault(vorm, lemma)
    for lemma in lemmas:
        vormen[lemma] = lemma
    return Oordeelwoorden(vormen=vormen, lemmas=lemmas)


def oordeelt(woord: str, woorden: Oordeelwoorden) -> bool:
    """Whether a lowercase word form is a form of a judging adjective."""
    return woord in woorden.vormen


@cache
def _alle_vormen() -> dict[str, float]:
    """Mean subjectivity for every generated form of every adjective of the lexicon."""
    scores = _scores()
    uit: dict[str, float] = {}
    for lemma in sorted(scores):
        if " " not in lemma:
            for vorm in verbuig(lemma):
                uit.setdefault(vorm, scores[lemma])
    uit.update(scores)
    return uit


def subjectiviteit(vorm: str) -> float | None:
    """Mean subjectivity of a lowercase adjective form, or None when the lexicon lacks it
    (participles included: "gespannen", "teleurgesteld")."""
    return _alle_vormen().get(vorm)
