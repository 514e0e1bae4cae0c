"""Dutch messages for invalid casus input, each naming the field (for the CLI and the web)."""

from __future__ import annotations

from collections.abc import Sequence
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


def _toegestaan(ctx: dict[str, Any]) -> str:
    expected = str(ctx.get("expected", "")).replace(" or ", " of ")
    return f"; toegestaan: {expected}" if expected else ""


def _bericht(error: Any) -> str:
    kind: str = error["type"]
    ctx: dict[str, Any] = error.get("ctx") or {}
    waarde = error.get("input")
    if kind == "extra_forbidden":
        return "onbekend veld"
    if kind == "missing":
        return "ontbreekt"
    if kind in {"enum", "literal_error"}:
        return f"onbekende waarde {waarde!r}{_toegestaan(ctx)}"
    if kind in {"greater_than_equal", "greater_than"}:
        return f"moet minstens {ctx.get('ge', ctx.get('gt'))} zijn (nu {waarde!r})"
    if kind in {"less_than_equal", "less_than"}:
        return f"mag hoogstens {ctx.get('le', ctx.get('lt'))} zijn (nu {waarde!r})"
    if kind in {"int_parsing", "int_type", "int_from_float"}:
        return f"moet een geheel getal zijn (nu {waarde!r})"
    if kind in {"bool_parsing", "bool_type"}:
        return f"moet true of false zijn (nu {waarde!r})"
    if kind in {"string_type", "string_sub_type"}:
        return "moet tekst zijn"
    if kind == "string_too_long":
        return f"is te lang (hoogstens {ctx.get('max_length')} tekens)"
    if kind == "string_pattern_mismatch":
        return "heeft een ongeldige vorm"
    if kind == "too_long":
        return f"bevat te veel items (hoogstens {ctx.get('max_length')})"
    if kind in {
        "date_parsing",
        "date_from_datetime_parsing",
        "date_type",
        "date_from_datetime_inexact",
    }:
        return f"moet een datum zijn in de vorm JJJJ-MM-DD (nu {waarde!r})"
    if kind in {"datetime_parsing", "datetime_type", "datetime_from_date_parsing"}:
        return "moet een datum met tijd zijn (ISO 8601)"
    if kind in {"list_type", "tuple_type", "set_type"}:
        return "moet een lijst zijn"
    if kind in {"model_type", "dict_type", "model_attributes_type"}:
        return "moet een object zijn"
    if kind == "value_error":
        return str(ctx.get("error", "ongeldige waarde"))
    return "ongeldige waarde"


def vertaal_fouten(error: ValidationError) -> list[str]:
    """Every problem in `error` as `veld: melding`, in Dutch."""
    regels = []
    for item in error.errors(include_url=False):
        regels.append(f"{veldnaam(item['loc'])}: {_bericht(item)}")
    return list(dict.fromkeys(regels))
