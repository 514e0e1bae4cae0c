"""The organisation profile: the fill-ins of the model meldcode (seed 002, Bijlage 1a-1d).

Plain Python (no Django): the web app stores a profile as JSON, the command line reads it
from YAML or JSON, the flow reads the contacts from it. `profiel_laden` turns any mapping
into a valid `Profiel` or raises `ProfielFout` with a Dutch message that names the field.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError
from pydantic_core import ErrorDetails

from meldwijzer.engine.beroep import Sector
from meldwijzer.engine.fouten import MeldwijzerFout, bericht
from meldwijzer.engine.labels import keuzes, label

Kort = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
Naam = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Lang = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]

#: The six sectors of the Wet verplichte meldcode (seed 004): the engine's enum and labels.
SECTOREN: tuple[tuple[str, str], ...] = tuple(keuzes(Sector))


#: Dutch names of the fields, for error messages and the web form.
LABELS: dict[str, str] = {
    "naam": "Naam van de organisatie",
    "bevoegd_gezag": "Bevoegd gezag",
    "sector": "Sector",
    "beroepen": "Beroepen",
    "overige_wetten": "Overige wetten over persoonsgegevens",
    "privacyreglement": "Privacyreglement",
    "alle_stappen": "Functionarissen die alle stappen zetten",
    "alleen_stap_1": "Functionarissen die alleen stap 1 zetten",
    "signalen_bij": "Waar wie alleen stap 1 zet haar signalen brengt",
    "vrijwilligers_verwachting": "Wat van vrijwilligers wordt verwacht",
    "vrijwilligers_signalen_bij": "Bij wie vrijwilligers hun signalen neerleggen",
    "aandachtsfunctionarissen": "Aandachtsfunctionarissen",
    "beslisser": "Wie beslist in stap 5",
    "beslisser_tekent_af": "Een beslisser tekent het besluit af",
    "veilig_thuis": "Veilig Thuis in de regio",
    "deskundigen": "Deskundigen",
    "bpsw_spreekuur": "Spreekuur van de BPSW",
    "kindcheck": "Kindcheck en oudersignalen",
    "verwijsindex": "Aangesloten op de verwijsindex risicojongeren",
    "versie": "Versie",
    "vastgesteld_op": "Vastgesteld op",
    "vastgesteld_door": "Vastgesteld door",
    "functie": "naam of functie",
    "telefoon": "telefoon",
    "email": "e-mail",
    "bereikbaar": "bereikbaar",
    "expertise": "deskundigheid",
    "regio": "regio",
}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Contact(_Model):
    """Someone the professional can consult: a name or a function, and how to reach her."""

    functie: Naam
    telefoon: Kort = ""
    email: Kort = ""
    bereikbaar: Kort = ""

    def bereik(self) -> str:
        """'telefoon, e-mail (bereikbaar)' without empty parts."""
        delen = ", ".join(d for d in (self.telefoon, self.email) if d)
        if self.bereikbaar:
            delen = f"{delen} ({self.bereikbaar})" if delen else self.bereikbaar
        return delen


class Deskundige(Contact):
    """An internal or external expert (Bijlage 1d: 'voldoende deskundigen beschikbaar')."""

    expertise: Kort = ""


class VeiligThuisRegio(_Model):
    regio: Naam
    telefoon: Kort = ""
    email: Kort = ""


class Profiel(_Model):
    """What an organisation fills in to make the model meldcode its own (Bijlage 1a-1d)."""

    naam: Naam
    bevoegd_gezag: Naam
    sector: Sector
    beroepen: Annotated[list[Naam], Field(min_length=1, max_length=30)]
    overige_wetten: Annotated[list[Naam], Field(min_length=1, max_length=20)]
    privacyreglement: Kort = ""
    alle_stappen: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    alleen_stap_1: Lang = ""
    signalen_bij: Lang = ""
    vrijwilligers_verwachting: Lang = ""
    vrijwilligers_signalen_bij: Lang = ""
    aandachtsfunctionarissen: Annotated[list[Contact], Field(min_length=1, max_length=10)]
    beslisser: Naam
    beslisser_tekent_af: bool = False
    veilig_thuis: VeiligThuisRegio
    deskundigen: Annotated[list[Deskundige], Field(max_length=20)] = Field(default_factory=list)
    bpsw_spreekuur: bool = False
    kindcheck: bool = False
    verwijsindex: bool = False
    versie: Annotated[int, Field(ge=1)] | None = None
    vastgesteld_op: dt.date | None = None
    vastgesteld_door: Kort = ""

    @property
    def sector_tekst(self) -> str:
        return label(self.sector)

    @property
    def vrijwilligers(self) -> bool:
        return bool(self.vrijwilligers_verwachting or self.vrijwilligers_signalen_bij)


class ProfielFout(MeldwijzerFout, ValueError):
    """A profile that cannot be used; `veld` is the dotted path, `bericht` Dutch."""

    def __init__(self, veld: str, bericht: str) -> None:
        super().__init__(f"{veld}: {bericht}" if veld else bericht)
        self.veld = veld
        self.bericht = bericht


#: The profile's wording, where an organisation's editor needs other words than the casus's
#: (the translator is the engine's one, `engine.fouten.bericht`).
_MELDINGEN: dict[str, str] = {
    "missing": "ontbreekt",
    "extra_forbidden": "is geen veld van het profiel",
    "string_too_short": "is leeg",
    "string_too_long": "is te lang",
    "too_short": "is leeg; vul er minstens één in",
    "too_long": "heeft te veel regels",
    "bool_type": "moet ja of nee zijn",
    "bool_parsing": "moet ja of nee zijn",
    "date_type": "moet een datum zijn (JJJJ-MM-DD)",
    "date_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "date_from_datetime_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "greater_than_equal": "moet 1 of hoger zijn",
    "list_type": "moet een lijst zijn",
    "string_type": "moet tekst zijn",
    "model_type": "moet een groep velden zijn",
    "dict_type": "moet een groep velden zijn",
}


def _plek(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(d + 1) if isinstance(d, int) else d for d in loc)


def _bericht(fout: ErrorDetails) -> ProfielFout:
    loc = tuple(fout["loc"])
    plek = _plek(loc)
    namen = [LABELS.get(str(d), str(d)) for d in loc if isinstance(d, str)]
    wat = namen[0] if namen else "profiel"
    if len(namen) > 1:
        wat = f"{namen[0]} ({', '.join(namen[1:])})"
    if fout["type"] in {"literal_error", "enum"}:
        keuzes = ", ".join(s for s, _ in SECTOREN)
        return ProfielFout(plek, f"{wat} ({plek}): kies een van: {keuzes}")
    melding = bericht(fout, _MELDINGEN, anders="heeft een ongeldige waarde")
    return ProfielFout(plek, f"{wat} ({plek}) {melding}")


def profiel_laden(data: object) -> Profiel:
    """A valid profile from a mapping, or `ProfielFout` naming the first wrong field."""
    if not isinstance(data, dict):
        raise ProfielFout("", "Het profiel moet een lijst van velden zijn (naam: waarde).")
    try:
        return Profiel.model_validate(data)
    except ValidationError as exc:
        raise _bericht(exc.errors()[0]) from None


def profiel_lezen(tekst: str) -> Profiel:
    """A profile from YAML or JSON text (JSON is YAML too)."""
    try:
        data = yaml.safe_load(tekst)
    except yaml.YAMLError as exc:
        regel = getattr(getattr(exc, "problem_mark", None), "line", None)
        waar = f" (regel {regel + 1})" if isinstance(regel, int) else ""
        raise ProfielFout("", f"Het profiel is geen geldige YAML of JSON{waar}.") from None
    except RecursionError:
        raise ProfielFout("", "Het profiel is te diep genest.") from None
    return profiel_laden(data)


def profiel_json(profiel: Profiel) -> str:
    return json.dumps(profiel.model_dump(mode="json"), ensure_ascii=False, sort_keys=True)


def profiel_yaml(profiel: Profiel) -> str:
    """The profile as a YAML file a professional can keep and load again."""
    return yaml.safe_dump(profiel.model_dump(mode="json"), allow_unicode=True, sort_keys=False)
