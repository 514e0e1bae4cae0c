"""The limits and the base model every part of the casus shares. Part of `casus.py`."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

#: Hard upper bound for any free-text field; protects every layer from huge inputs.
MAX_TEKST = 20_000


MAX_KORT = 300


MAX_ITEMS = 200


Tekst = Annotated[str, StringConstraints(max_length=MAX_TEKST)]


KorteTekst = Annotated[str, StringConstraints(max_length=MAX_KORT)]


class CasusModel(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_assignment=True)
