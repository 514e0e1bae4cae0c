"""A text field that is encrypted in the database and plain in Python (see crypto.py).

Never filter on it: every encryption of the same text differs.
"""

from __future__ import annotations

from typing import Any

from django.db import models

from meldwijzer.web.org import crypto


# Django's fields are generic only in django-stubs (TextField[str, str] fails at run time).
class VersleuteldeTekst(models.TextField):  # type: ignore[type-arg]
    description = "Tekst, versleuteld opgeslagen"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def from_db_value(self, value: str | None, expression: object, connection: object) -> str:
        if not value:
            return ""
        return crypto.ontsleutel(value)

    def get_prep_value(self, value: object) -> str:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return ""
        return crypto.versleutel(str(value))
