"""Errors: Dutch messages for invalid casus input, each naming the field (for the CLI and the
web), and the one base of every application error, `MeldwijzerFout`, with its kind → status."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from pydantic import ValidationError


def veldnaam(loc: Sequence[int | str]) -> str:
    """`("client", "leeftijd")` → `client.leeftijd`; list positions as `signalen[2]`."""
    naam = ""
    for deel in loc:
        if isinstance(deel, int):
            naam += f"[{deel}]"
        else:
            naam += f".{deel}" if naam else str(deel)
    return naam or "casus"


#: The casus's wording of every pydantic error type, as format strings over the error's
#: `ctx` plus `input`, `msg` and `toegestaan` ("; toegestaan: a of b"). This is the one
#: translator of validation errors into Dutch (issue 18 item 1): the content-pack editor and
#: the organisation's meldcode profile pass their own wording for the types where their
#: readers need other words (`eigen`), and fall back to these.
CASUS: Mapping[str, str] = {
    "extra_forbidden": "onbekend veld",
    "missing": "ontbreekt",
    "enum": "onbekende waarde {input!r}{toegestaan}",
    "literal_error": "onbekende waarde {input!r}{toegestaan}",
    "greater_than_equal": "moet minstens {ge} zijn (nu {input!r})",
    "greater_than": "moet minstens {gt} zijn (nu {input!r})",
    "less_than_equal": "mag hoogstens {le} zijn (nu {input!r})",
    "less_than": "mag hoogstens {lt} zijn (nu {input!r})",
    "int_parsing": "moet een geheel getal zijn (nu {input!r})",
    "int_type": "moet een geheel getal zijn (nu {input!r})",
    "int_from_float": "moet een geheel getal zijn (nu {input!r})",
    "bool_parsing": "moet true of false zijn (nu {input!r})",
    "bool_type": "moet true of false zijn (nu {input!r})",
    "string_type": "moet tekst zijn",
    "string_sub_type": "moet tekst zijn",
    "string_too_long": "is te lang (hoogstens {max_length} tekens)",
    "string_pattern_mismatch": "heeft een ongeldige vorm",
    "too_long": "bevat te veel items (hoogstens {max_length})",
    "date_parsing": "moet een datum zijn in de vorm JJJJ-MM-DD (nu {input!r})",
    "date_from_datetime_parsing": "moet een datum zijn in de vorm JJJJ-MM-DD (nu {input!r})",
    "date_type": "moet een datum zijn in de vorm JJJJ-MM-DD (nu {input!r})",
    "date_from_datetime_inexact": "moet een datum zijn in de vorm JJJJ-MM-DD (nu {input!r})",
    "datetime_parsing": "moet een datum met tijd zijn (ISO 8601)",
    "datetime_type": "moet een datum met tijd zijn (ISO 8601)",
    "datetime_from_date_parsing": "moet een datum met tijd zijn (ISO 8601)",
    "list_type": "moet een lijst zijn",
    "tuple_type": "moet een lijst zijn",
    "set_type": "moet een lijst zijn",
    "model_type": "moet een object zijn",
    "dict_type": "moet een object zijn",
    "model_attributes_type": "moet een object zijn",
    "value_error": "{error}",
}


class _Leeg(dict[str, Any]):
    def __missing__(self, sleutel: str) -> str:
        return ""


def bericht(
    fout: Mapping[str, Any],
    eigen: Mapping[str, str] | None = None,
    *,
    anders: str = "ongeldige waarde",
) -> str:
    """One pydantic error in Dutch: `eigen` wording first, then the casus's, else `anders`
    (which may use the same fields, e.g. "{msg}")."""
    soort: str = fout["type"]
    ctx: dict[str, Any] = dict(fout.get("ctx") or {})
    expected = str(ctx.get("expected", "")).replace(" or ", " of ")
    velden = _Leeg(ctx)
    velden.update(
        input=fout.get("input"),
        msg=fout.get("msg", ""),
        toegestaan=f"; toegestaan: {expected}" if expected else "",
        expected=expected,
    )
    if soort == "value_error" and "error" not in ctx:
        velden["error"] = fout.get("msg") or anders
    sjabloon = (eigen or {}).get(soort) or CASUS.get(soort) or anders
    return sjabloon.format_map(velden)


def vertaal_fouten(error: ValidationError) -> list[str]:
    """Every problem in `error` as `veld: melding`, in Dutch."""
    regels = []
    for item in error.errors(include_url=False):
        regels.append(f"{veldnaam(item['loc'])}: {bericht(item)}")
    return list(dict.fromkeys(regels))


class Soort(StrEnum):
    """What kind of error: the page and HTTP status it maps to (meldwijzer.web.errors)."""

    ONGELDIG = "ongeldig"  # the input cannot be used
    GEWEIGERD = "geweigerd"  # not allowed for this user (or by the organisation's policy)
    NIET_GEVONDEN = "niet_gevonden"
    CONFLICT = "conflict"  # the state changed meanwhile (saved by someone else, closed)
    ONBESCHIKBAAR = "onbeschikbaar"  # a service the request needs is off or down (mail)
    INTERN = "intern"  # our fault or the installation's: nothing the user can change


#: The HTTP status of each kind of error.
STATUS: dict[Soort, int] = {
    Soort.ONGELDIG: 400,
    Soort.GEWEIGERD: 403,
    Soort.NIET_GEVONDEN: 404,
    Soort.CONFLICT: 409,
    Soort.ONBESCHIKBAAR: 503,
    Soort.INTERN: 500,
}

#: What the user reads when an error of an internal kind carries no message for her.
INTERNE_MELDING = "Er ging iets mis aan onze kant. Er is niets opgeslagen of verstuurd."


class MeldwijzerFout(Exception):
    """The base of every error the application expects (issue 18 item 4).

    `melding` is Dutch, short and safe to show: it never holds content the user typed beyond
    what she sees on her own page. `soort` says what kind of error it is, hence its page and
    HTTP status (`status`). Every module's own family subclasses this; a view that re-renders
    its form with the message catches this base once, and everything else is mapped to an
    error page in one place (meldwijzer.web.errors.MeldwijzerFoutMiddleware)."""

    soort: Soort = Soort.ONGELDIG
    #: The message when the raiser gives none (a subclass sets its own).
    standaard_melding: str = "Dit verzoek kon niet worden uitgevoerd."

    def __init__(self, melding: str = "", *, soort: Soort | None = None) -> None:
        super().__init__(melding or self.standaard_melding)
        self.melding = melding or self.standaard_melding
        if soort is not None:
            self.soort = soort

    @property
    def status(self) -> int:
        return STATUS[self.soort]

    @property
    def voor_gebruiker(self) -> str:
        """What the user reads: the message, or a general one for an internal error (whose
        message is meant for the operator's log)."""
        return INTERNE_MELDING if self.soort is Soort.INTERN else self.melding
