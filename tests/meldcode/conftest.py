"""Organisation mode's fixed cast, for the meldcode pages."""

from __future__ import annotations

import pytest
from org.conftest import Cast, maak_gebruiker

from meldwijzer.web.org.models import Rol


@pytest.fixture(autouse=True)
def _snelle_hasher(settings: object) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # type: ignore[attr-defined]


@pytest.fixture
def cast(db: None) -> Cast:
    return Cast(
        medewerker=maak_gebruiker("mw", Rol.MEDEWERKER),
        aandachtsfunctionaris=maak_gebruiker("af", Rol.AANDACHTSFUNCTIONARIS),
        beslisser=maak_gebruiker("bs", Rol.BESLISSER),
        beheerder=maak_gebruiker("bh", Rol.BEHEERDER),
        buitenstaander=maak_gebruiker("mw2", Rol.MEDEWERKER),
    )
