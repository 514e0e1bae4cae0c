"""The fixed cast for organisation mode: every access rule is tested against all of them."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from meldwijzer.engine.casus import Casus, Signaal
from meldwijzer.web.org import services
from meldwijzer.web.org.models import Profiel, Rol, StoredCasus

GEHEIM_SIGNAAL = "Blauwe plek op de bovenarm, gezien op dinsdag zonder uitleg"


@dataclass
class Cast:
    medewerker: AbstractUser
    aandachtsfunctionaris: AbstractUser
    beslisser: AbstractUser
    beheerder: AbstractUser
    buitenstaander: AbstractUser  # a medewerker of another team: shares nothing

    def alle(self) -> dict[str, AbstractUser | None]:
        return {
            "anoniem": None,
            "medewerker": self.medewerker,
            "aandachtsfunctionaris": self.aandachtsfunctionaris,
            "beslisser": self.beslisser,
            "beheerder": self.beheerder,
            "buitenstaander": self.buitenstaander,
        }


@pytest.fixture(autouse=True)
def _snelle_hasher(settings: object) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # type: ignore[attr-defined]


def maak_gebruiker(naam: str, rol: str) -> AbstractUser:
    user = get_user_model().objects.create_user(username=naam, password="een-lang-wachtwoord-42")
    Profiel.objects.create(gebruiker=user, rol=rol)
    return user  # type: ignore[return-value]


@pytest.fixture
def cast(db: None) -> Cast:
    return Cast(
        medewerker=maak_gebruiker("mw", Rol.MEDEWERKER),
        aandachtsfunctionaris=maak_gebruiker("af", Rol.AANDACHTSFUNCTIONARIS),
        beslisser=maak_gebruiker("bs", Rol.BESLISSER),
        beheerder=maak_gebruiker("bh", Rol.BEHEERDER),
        buitenstaander=maak_gebruiker("mw2", Rol.MEDEWERKER),
    )


def casus_met_tekst(tekst: str = GEHEIM_SIGNAAL) -> Casus:
    return Casus(label="", signalen=[Signaal(id="s1", tekst=tekst)])


@pytest.fixture
def stored(cast: Cast) -> StoredCasus:
    return services.casus_aanmaken(
        user=cast.medewerker, dossier_ref="D-2024/001", casus=casus_met_tekst()
    )


def ingelogd(user: AbstractUser | None) -> Client:
    """A client logged in with a verified second factor (or anonymous for None)."""
    client = Client()
    if user is None:
        return client
    client.force_login(user)
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="test", defaults={"confirmed": True}
    )
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()
    return client
