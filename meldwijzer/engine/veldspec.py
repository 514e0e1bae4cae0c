"""The declarative field spec of a page (issue 18 item 2): each field is declared once, and the
form, its initial values, the apply step, the writing check under the field, the items on the
page, the verslag rows and the concept-melding are derived from it.

Framework-free on purpose: the web (Django) and the verslag (no Django) both import it. The
pages' specs live in `meldwijzer.engine.paginaspec`; how a spec becomes Django form fields in
`meldwijzer.web.flow.forms.spec`, how it changes a casus in `meldwijzer.web.flow.services.spec`,
and how it becomes verslag rows in `meldwijzer.verslag.velden`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from meldwijzer.engine.casus import Casus


class Soort(StrEnum):
    """What kind of value a field holds; decides the widget, the conversion and the print."""

    TEKST = "tekst"  # a free-text note (textarea, the hint against names)
    KORT = "kort"  # a short line
    KEUZE = "keuze"  # one value of an engine enum (radio buttons)
    MEERKEUZE = "meerkeuze"  # several values of an engine enum (checkboxes)
    DATUM = "datum"
    VINK = "vink"  # a checkbox: True or False
    GETAL = "getal"
    GETALLEN = "getallen"  # several whole numbers, typed as one line: "3, 7"
    JA_NEE = "ja_nee"  # yes, no or not answered: True, False or None


def altijd(casus: Casus, item: object) -> bool:
    return True


def nooit(casus: Casus, item: object) -> bool:
    return False


@dataclass(frozen=True)
class Veld:
    """One field, declared once.

    `naam` is the form field; `pad` the casus attribute (dotted for nested models, e.g.
    `verwijsindex.overwogen`; for a field of a list item, the item's attribute). Labels of
    choices always come from `meldwijzer.engine.labels` through `keuzes` (the engine enum).
    """

    naam: str
    pad: str
    soort: Soort
    label: str
    hulp: str = ""
    keuzes: type[StrEnum] | None = None
    #: The label of the empty choice ("Niet nodig"); None: no empty choice is offered.
    leeg_keuze: str | None = None
    #: Labels of the choices when a page words them otherwise than `LABELS` (e.g. the grounds
    #: to skip the parents' talk): another table of `meldwijzer.engine.labels`.
    keuzelabels: Mapping[Any, str] | None = None
    #: The value a choice left empty stands for (e.g. 'onbekend'); None: no value.
    standaard: StrEnum | None = None
    #: The lowest and highest number a GETAL field accepts.
    grenzen: tuple[int, int] | None = None
    #: Whether the writing check looks at it (under the field, or at the recorded items).
    schrijfcheck: bool = False
    #: Its label in the verslag, when that differs from the screen's.
    verslag: str = ""
    #: The group (section) of the page it is shown in.
    groep: str = ""
    #: When the page shows it at all (e.g. children involved); None: always.
    tonen: Callable[[Casus], bool] | None = None
    rijen: int = 4
    max_lengte: int | None = None
    inline: bool = False  # a row of choices
    #: A field of a list item shown in the item's head line on the page (who, when).
    kop: bool = False
    naast: bool = False  # beside its neighbours with `naast` (one grid row)
    #: When the verslag prints its row (the casus and the item or casus holding it).
    in_verslag: Callable[[Casus, Any], bool] = altijd
    #: An empty value is printed as 'niet vastgelegd'; False: the row is left out.
    verslag_leeg: bool = True
    #: Its own rendering of the value in the verslag (e.g. the consultation's `met (wie)`).
    verslag_waarde: Callable[[Any], str] | None = None
    #: Printed in the concept-melding's line of its item.
    concept: bool = False

    @property
    def verslaglabel(self) -> str:
        return self.verslag or self.label

    def leeg(self, waarde: Any) -> bool:
        """Nothing recorded in this field; a yes/no question answered 'nee' is recorded."""
        return waarde is None if self.soort is Soort.JA_NEE else leeg(waarde)

    @property
    def enum(self) -> type[StrEnum]:
        """The engine enum of a choice field (its labels: `meldwijzer.engine.labels`)."""
        if self.keuzes is None:
            raise TypeError(f"{self.naam}: a choice field needs its engine enum")
        return self.keuzes


@dataclass(frozen=True)
class Lijst:
    """A list of items on the casus (e.g. `gesprekken`): a filled `sleutel` field adds one
    item of `model`, with the id `prefix` + the page's revision, so a form sent twice (a
    reload of a POST) adds it once."""

    pad: str
    model: type[BaseModel]
    prefix: str
    sleutel: str
    velden: tuple[Veld, ...]


@dataclass(frozen=True)
class Deel:
    """An optional nested model (e.g. `geen_gesprek`): it exists while its `sleutel`
    attribute has a value, and is None otherwise."""

    pad: str
    model: type[BaseModel]
    sleutel: str


@dataclass(frozen=True)
class PaginaSpec:
    id: str
    velden: tuple[Veld, ...] = ()
    lijsten: tuple[Lijst, ...] = ()
    delen: tuple[Deel, ...] = field(default=())

    def alle_velden(self) -> Iterator[Veld]:
        yield from self.velden
        for lijst in self.lijsten:
            yield from lijst.velden

    def veld(self, naam: str) -> Veld:
        for v in self.alle_velden():
            if v.naam == naam:
                return v
        raise KeyError(naam)

    def groep(self, naam: str) -> tuple[Veld, ...]:
        return tuple(v for v in self.alle_velden() if v.groep == naam)

    def lijst(self, pad: str) -> Lijst:
        for lijst in self.lijsten:
            if lijst.pad == pad:
                return lijst
        raise KeyError(pad)


# A field's value has the type its Soort says (a date, an enum, a list of numbers...), known
# only at run time: lees, naar_casus and naar_formulier hand it on as Any.


def lees(houder: object, pad: str) -> Any:
    """The value at a dotted path; None when a model on the way is absent."""
    waarde: Any = houder
    for deel in pad.split("."):
        if waarde is None:
            return None
        waarde = getattr(waarde, deel)
    return waarde


def leeg(waarde: object) -> bool:
    """Nothing recorded: None, an empty text or list, an unticked box (but 0 is a number)."""
    return waarde is None or waarde is False or (isinstance(waarde, str | list) and not waarde)


def naar_casus(veld: Veld, ruw: Any) -> Any:
    """A cleaned form value as the casus holds it."""
    if veld.soort is Soort.KEUZE:
        return veld.enum(ruw) if ruw else veld.standaard
    if veld.soort is Soort.MEERKEUZE:
        return [veld.enum(w) for w in ruw or []]
    if veld.soort is Soort.VINK:
        return bool(ruw)
    if veld.soort is Soort.JA_NEE:
        return {"ja": True, "nee": False}.get(ruw or "")
    if veld.soort in (Soort.TEKST, Soort.KORT):
        return ruw or ""
    if veld.soort is Soort.GETALLEN:
        return list(ruw or [])  # the form parses the line
    return ruw  # DATUM, GETAL: a date or number, or None


def naar_formulier(veld: Veld, waarde: Any) -> Any:
    """A casus value as the form's initial value."""
    if veld.soort is Soort.KEUZE:
        return waarde.value if waarde is not None else ""
    if veld.soort is Soort.MEERKEUZE:
        return [w.value for w in waarde or []]
    if veld.soort is Soort.JA_NEE:
        return {True: "ja", False: "nee"}.get(waarde, "") if waarde is not None else ""
    if veld.soort in (Soort.TEKST, Soort.KORT):
        return waarde or ""
    if veld.soort is Soort.GETALLEN:
        return ", ".join(str(n) for n in waarde or [])
    return waarde  # DATUM, GETAL, VINK: as they are
