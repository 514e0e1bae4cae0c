"""Which Dutch adjectives judge: the Pattern project's subjectivity lexicon (PDDL).

The lexicon (data/nl-sentiment.xml, see data/nl-sentiment.LEESMIJ.md) scores each sense of
about 3,300 adjectives. An adjective judges when its senses average at least the threshold in
data/oordeel.yaml. Inflected, comparative and superlative forms are generated
(`lexicon.verbuig`); other forms are looked up through the `simplemma` lemmatiser, loaded only
when such a form turns up (it takes about a second to load its Dutch data).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from meldwijzer.engine.schrijfcheck.lexicon import verbuig

_BESTAND = "nl-sentiment.xml"


def _scores() -> dict[str, float]:
    """Mean subjectivity per adjective (lowercase form), over its senses."""
    bestand = resources.files("meldwijzer.engine.schrijfcheck.data").joinpath(_BESTAND)
    # The file ships with the package (see its LEESMIJ); it is not user input.
    wortel = ET.fromstring(bestand.read_bytes())  # noqa: S314
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


@cache
def _lemmatiseer(woord: str) -> str:
    import simplemma  # lazy: its Dutch data takes a second to load

    return str(simplemma.lemmatize(woord, lang="nl"))


def oordeelt(woord: str, woorden: Oordeelwoorden, *, overslaan: Iterable[str] = ()) -> bool:
    """Whether a lowercase word form is a judging adjective."""
    if woord in woorden.vormen:
        return True
    if len(woord) < 5 or not woord.isalpha() or woord in overslaan:
        return False
    if not woord.endswith(("e", "er", "st")):
        return False  # only inflected-looking forms are worth a lemmatiser look-up
    return _lemmatiseer(woord) in woorden.lemmas
