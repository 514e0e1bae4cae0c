"""Dutch messages for pydantic validation errors, for the people who edit content packs.

The translator is the engine's one (`engine.fouten.bericht`); this module holds only the
wording an editor of YAML files needs where it differs from the casus's.
"""

from __future__ import annotations

from collections.abc import Mapping

from pydantic_core import ErrorDetails

from meldwijzer.engine.fouten import bericht

PACK: Mapping[str, str] = {
    "missing": "verplicht veld ontbreekt",
    "extra_forbidden": "onbekende sleutel",
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
    "too_short": "te weinig items: minimaal {min_length}, gevonden {actual_length}",
    "too_long": "te veel items: maximaal {max_length}, gevonden {actual_length}",
    "string_too_long": "te lang: maximaal {max_length} tekens",
    "greater_than_equal": "moet minstens {ge} zijn",
    "less_than_equal": "mag hoogstens {le} zijn",
    "literal_error": "ongeldige waarde {input!r}; toegestaan: {expected}",
    "enum": "ongeldige waarde {input!r}; toegestaan: {expected}",
}


def dutch_message(err: ErrorDetails) -> str:
    """One short Dutch sentence for a pydantic error (falls back to pydantic's own text)."""
    return bericht(err, PACK, anders="ongeldige waarde ({msg})")
