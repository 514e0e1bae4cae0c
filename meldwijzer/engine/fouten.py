"""Dutch messages for invalid casus input, each naming the field (for the CLI and the web)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
