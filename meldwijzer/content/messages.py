"""Dutch messages for pydantic validation errors, for the people who edit content packs."""

from __future__ import annotations

from typing import Any

from pydantic_core import ErrorDetails

_VAST: dict[str, str] = {
    "missing": "verplicht veld ontbreekt",
    "extra_forbidden": "onbekende sleutel",
    "string_type": "moet tekst zijn",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "int_from_float": "moet een geheel getal zijn",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "list_type": "moet een lijst zijn (regels die beginnen met '- ')",
    "dict_type": "moet een mapping zijn (sleutel: waarde)",
    "model_type": "moet een mapping zijn (sleutel: waarde)",
    "model_attributes_type": "moet een mapping zijn (sleutel: waarde)",
    "string_too_short": "mag niet leeg zijn",
    "string_pattern_mismatch": (
        "ongeldige id: alleen kleine letters, cijfers en '_', beginnend met een letter"
    ),
}


def dutch_message(err: ErrorDetails) -> str:
    """One short Dutch sentence for a pydantic error (falls back to pydantic's own text)."""
    soort = err["type"]
    ctx: dict[str, Any] = dict(err.get("ctx") or {})
    if soort in _VAST:
        return _VAST[soort]
    if soort == "too_short":
        gevonden = ctx.get("actual_length")
        return f"te weinig items: minimaal {ctx.get('min_length')}, gevonden {gevonden}"
    if soort == "too_long":
        gevonden = ctx.get("actual_length")
        return f"te veel items: maximaal {ctx.get('max_length')}, gevonden {gevonden}"
    if soort == "string_too_long":
        return f"te lang: maximaal {ctx.get('max_length')} tekens"
    if soort == "greater_than_equal":
        return f"moet minstens {ctx.get('ge')} zijn"
    if soort == "less_than_equal":
        return f"mag hoogstens {ctx.get('le')} zijn"
    if soort in ("literal_error", "enum"):
        toegestaan = str(ctx.get("expected", "")).replace(" or ", " of ")
        return f"ongeldige waarde {err.get('input')!r}; toegestaan: {toegestaan}"
    if soort == "value_error":
        return str(ctx.get("error", err["msg"]))
    return f"ongeldige waarde ({err['msg']})"
