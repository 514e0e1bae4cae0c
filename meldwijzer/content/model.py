"""Typed model of a content pack: the texts of one afwegingskader, as data.

A pack is a folder of YAML files (see docs/content-packs.md). This module defines what a
valid pack looks like; `meldwijzer.content.loader` reads the files, reports every problem
with file, line and key, and returns a `Pack` only when everything is valid.

Texts are plain Dutch. Inside `tekst` a blank line separates paragraphs and lines that
start with "- " are bullet items; nothing else is interpreted (no HTML, no Markdown).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from meldwijzer.engine.beroep import Beroepsgroep
from meldwijzer.engine.casus_keuzes import Situatie
from meldwijzer.engine.casus_stap4_5 import AFWEGING_STAP

Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=60)]
NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Bron(_Model):
    """Where a text comes from: seed file and section, so every text is traceable."""

    document: NonEmpty  # e.g. "002_5b0914504b666284.txt"
    sectie: NonEmpty  # e.g. "Bijlage 2, Acute onveiligheid"


class Blok(_Model):
    """A titled piece of text shown to the professional.

    A block may join passages of more than one seed document (e.g. BPSW paragraph 2.2 and the
    FAQ on what Veilig Thuis does within five working days); `extra_bronnen` names the others.
    """

    id: Id
    titel: NonEmpty
    tekst: NonEmpty
    bron: Bron
    extra_bronnen: list[Bron] = Field(default_factory=list)
    #: A note by meldwijzer beside the seed text, never in it: e.g. where the seed cites law
    #: that has since been replaced (Wbp → AVG/UAVG). Shown apart from the seed's own words.
    noot: str = ""

    @property
    def bronnen(self) -> list[Bron]:
        return [self.bron, *self.extra_bronnen]


class Stap(_Model):
    nummer: Annotated[int, Field(ge=1, le=5)]
    titel: NonEmpty
    kort: NonEmpty  # one line, for the overview
    instructie: NonEmpty
    bron: Bron
    #: Other documents the title, line or instruction quote (e.g. two government texts).
    extra_bronnen: list[Bron] = Field(default_factory=list)
    blokken: list[Blok] = Field(default_factory=list)

    def blok(self, blok_id: str) -> Blok:
        for b in self.blokken:
            if b.id == blok_id:
                return b
        raise KeyError(blok_id)


class Hulpvragen(_Model):
    """A group of helper questions under an afweging (e.g. acute onveiligheid: 10)."""

    id: Id
    titel: NonEmpty
    vragen: list[NonEmpty] = Field(min_length=1)
    bron: Bron


class Voorbeeld(_Model):
    """A casuïstiek example of Bijlage 2, hung under the afweging it illustrates."""

    id: Id
    titel: NonEmpty
    tekst: NonEmpty
    hulpvragen: Id | None = None  # the Hulpvragen group it illustrates, if any
    bron: Bron


class Definitie(_Model):
    id: Id
    term: NonEmpty
    tekst: NonEmpty
    bron: Bron


AfwegingId = Literal[
    "vermoeden", "onveiligheid", "hulp_bieden", "medewerking", "duurzame_veiligheid"
]


class Afweging(_Model):
    id: AfwegingId
    nummer: Annotated[int, Field(ge=1, le=5)]
    stap: Literal[4, 5]
    vraag: NonEmpty
    toelichting: str = ""
    hulpvragen: list[Hulpvragen] = Field(default_factory=list)
    voorbeelden: list[Voorbeeld] = Field(default_factory=list)
    bron: Bron


class Vraag(_Model):
    id: Id
    tekst: NonEmpty
    bron: Bron


class ScopeRegel(_Model):
    """What to do instead when the meldcode does not apply (BPSW 1.3, Bijlage 1b)."""

    situatie: Situatie  # the engine's vocabulary (issue 18)
    binnen_meldcode: bool  # must agree with the engine (`checks._scope`)
    titel: NonEmpty
    tekst: NonEmpty
    bron: Bron


class FaqItem(_Model):
    id: Id
    vraag: NonEmpty
    antwoord: NonEmpty
    bron: Bron


#: A beroepsgroep's own afwegingskader, or the basis kader: only the government's general
#: texts (seeds 000, 001, 004), without the blocks, definitions and questions of a kader.
Soort = Literal["beroepskader", "basis"]


class Meta(_Model):
    id: Id
    soort: Soort = "beroepskader"
    naam: NonEmpty
    versie: NonEmpty
    cluster: NonEmpty  # the professional groups this afwegingskader is written for
    organisaties: list[NonEmpty] = Field(default_factory=list)
    bron: Bron
    extra_bronnen: list[Bron] = Field(default_factory=list)
    #: The beroepsgroepen that get this pack when they choose theirs at the start of a casus.
    beroepsgroepen: list[Beroepsgroep] = Field(default_factory=list)
    veilig_thuis_nummer: NonEmpty = "0800-2000"
    #: Not in the seeds: the general emergency number, shown next to `Pack.noodsituatie`.
    alarmnummer: NonEmpty = "112"


class Pack(_Model):
    meta: Meta
    stappen: list[Stap] = Field(min_length=5, max_length=5)
    definities: list[Definitie]
    afwegingen: list[Afweging] = Field(min_length=5, max_length=5)
    melding: list[Blok]
    #: Exactly five in a beroepskader (checked in `checks`); none in the basis kader.
    conflict_van_plichten: list[Vraag] = Field(default_factory=list, max_length=5)
    scope: list[ScopeRegel]
    faq: list[FaqItem]
    #: Required in a beroepskader (checked in `checks`); the basis kader has none.
    noodsituatie: Blok | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Pack:
        if [s.nummer for s in self.stappen] != [1, 2, 3, 4, 5]:
            raise ValueError("stappen moeten genummerd zijn 1 t/m 5, in die volgorde")
        if [a.nummer for a in self.afwegingen] != [1, 2, 3, 4, 5]:
            raise ValueError("afwegingen moeten genummerd zijn 1 t/m 5, in die volgorde")
        return self

    # Lookups used by the web flow and the verslag.
    @property
    def is_basis(self) -> bool:
        return self.meta.soort == "basis"

    @property
    def label(self) -> str:
        return f"{self.meta.id}@{self.meta.versie}"

    def stap(self, nummer: int) -> Stap:
        return self.stappen[nummer - 1]

    def afweging(self, afweging_id: str) -> Afweging:
        for a in self.afwegingen:
            if a.id == afweging_id:
                return a
        raise KeyError(afweging_id)

    def definitie(self, definitie_id: str) -> Definitie:
        for d in self.definities:
            if d.id == definitie_id:
                return d
        raise KeyError(definitie_id)

    def melding_blok(self, blok_id: str) -> Blok:
        for b in self.melding:
            if b.id == blok_id:
                return b
        raise KeyError(blok_id)

    def scope_regel(self, situatie: str) -> ScopeRegel:
        for r in self.scope:
            if r.situatie == situatie:
                return r
        raise KeyError(situatie)


#: Block ids the web flow and verslag rely on; the loader rejects a pack that lacks one.
VERPLICHTE_BLOKKEN: dict[str, tuple[str, ...]] = {
    "stap1": ("documenteren", "kindcheck", "oudersignalen"),
    "stap2": ("specifieke_vormen",),
    "stap3": (
        "gesprek_voorbereiden",
        "geen_gesprek",
        "gesprek_kinderen",
        "gesprek_ouders",
        "verwijsindex",
    ),
    "stap4": ("twijfel",),
    "stap5": ("twee_beslissingen",),
    "melding": (
        "feiten_en_bronnen",
        "bespreken",
        "bezwaren",
        "toestemming",
        "anonimiteit",
        "na_de_melding",
    ),
}
#: Helper-question groups the engine and the flow name explicitly (afweging 2, Bijlage 2).
VERPLICHTE_HULPVRAGEN: dict[str, tuple[str, ...]] = {
    "onveiligheid": ("acuut", "disclosure", "structureel"),
}
#: Afweging ids in their order (nummer 1..5) with the step each belongs to: the engine's.
AFWEGING_STAPPEN: dict[str, int] = AFWEGING_STAP
VERPLICHTE_DEFINITIES: tuple[str, ...] = (
    "acute_onveiligheid",
    "disclosure",
    "structurele_onveiligheid",
)
