"""What the beheerder does: create and change accounts, reset an authenticator, and the
organisation's settings."""

from __future__ import annotations

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django.http import HttpRequest
from django_otp.plugins.otp_totp.models import TOTPDevice

from meldwijzer.web.org import selectors
from meldwijzer.web.org.audit import audit_schrijven
from meldwijzer.web.org.models import (
    Instellingen,
    Profiel,
    Rol,
)
from meldwijzer.web.org.services.accounts import sessies_beeindigen
from meldwijzer.web.org.services.basis import (
    OrgFout,
)


def _beheerder(door: User) -> None:
    if selectors.rol_van(door) != Rol.BEHEERDER:
        raise OrgFout("Alleen een beheerder beheert gebruikers.")


def gebruiker_aanmaken(
    *,
    door: User | None,
    username: str,
    wachtwoord: str,
    rol: str,
    alleen_stap_1: bool = False,
    functie: str = "",
    request: HttpRequest | None = None,
) -> User:
    """Create an account. `door=None` only from the `maak_beheerder` command."""
    if door is not None:
        _beheerder(door)
    if rol not in Rol.values:
        raise OrgFout("Kies een rol.")
    model = get_user_model()
    if model.objects.filter(username__iexact=username).exists():
        raise OrgFout("Deze gebruikersnaam bestaat al.")
    user = model(username=username)
    validate_password(wachtwoord, user)
    user.set_password(wachtwoord)
    with transaction.atomic():
        user.save()
        # A password a beheerder chose is known to two people: she changes it first.
        Profiel.objects.create(
            gebruiker=user,
            rol=rol,
            alleen_stap_1=alleen_stap_1,
            functie=functie.strip(),
            wachtwoord_wijzigen=door is not None,
        )
        audit_schrijven(
            actie="gebruiker_aangemaakt",
            gebruiker=door,
            object_type="gebruiker",
            object_id=user.pk,
            request=request,
        )
    return user


def gebruiker_wijzigen(
    *,
    door: User,
    gebruiker: User,
    rol: str,
    alleen_stap_1: bool,
    actief: bool,
    functie: str = "",
    request: HttpRequest | None = None,
) -> None:
    _beheerder(door)
    if rol not in Rol.values:
        raise OrgFout("Kies een rol.")
    if gebruiker.pk == door.pk and (rol != Rol.BEHEERDER or not actief):
        raise OrgFout("U kunt uw eigen beheerdersrol niet intrekken.")
    with transaction.atomic():
        Profiel.objects.update_or_create(
            gebruiker=gebruiker,
            defaults={"rol": rol, "alleen_stap_1": alleen_stap_1, "functie": functie.strip()},
        )
        get_user_model().objects.filter(pk=gebruiker.pk).update(is_active=actief)
        selectors.profiel_vergeten(gebruiker)
        if not actief:  # for good: reactivating later does not bring them back
            sessies_beeindigen(gebruiker=gebruiker)
        audit_schrijven(
            actie="gebruiker_gewijzigd",
            gebruiker=door,
            object_type="gebruiker",
            object_id=gebruiker.pk,
            request=request,
        )


def totp_resetten(*, door: User, gebruiker: User, request: HttpRequest | None = None) -> str:
    """Lost phone: the user enrols a new authenticator at her next login, with the one-time
    code returned here, which the beheerder hands her in person or by phone (password plus
    a fresh enrolment alone would open the account to whoever knows the password). Her
    sessions end."""
    _beheerder(door)
    code = koppelcode_maken()
    with transaction.atomic():
        TOTPDevice.objects.filter(user=gebruiker).delete()
        Profiel.objects.filter(gebruiker=gebruiker).update(koppelcode=make_password(code))
        sessies_beeindigen(gebruiker=gebruiker)
        audit_schrijven(
            actie="totp_gereset",
            gebruiker=door,
            object_type="gebruiker",
            object_id=gebruiker.pk,
            request=request,
        )
    return code


def koppelcode_maken() -> str:
    """Ten characters from an alphabet without look-alikes, in two groups (about 50 bits)."""
    alfabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    code = "".join(secrets.choice(alfabet) for _ in range(10))
    return f"{code[:5]}-{code[5:]}"


def instellingen_opslaan(
    *,
    door: User,
    stappen_per_rol: dict[str, list[int]],
    beslisser_tekent_af: bool,
    bewaartermijn_dagen: int,
    inactief_na_dagen: int,
    sessie_minuten: int,
    request: HttpRequest | None = None,
) -> Instellingen:
    _beheerder(door)
    if not 1 <= sessie_minuten <= 15:
        raise OrgFout("De sessie eindigt na hoogstens 15 minuten zonder activiteit.")
    if not 1 <= bewaartermijn_dagen <= 3650:
        raise OrgFout("Kies een bewaartermijn tussen 1 en 3650 dagen.")
    if not 1 <= inactief_na_dagen <= 365:
        raise OrgFout("Kies tussen 1 en 365 dagen.")
    with transaction.atomic():
        obj, _ = Instellingen.objects.select_for_update().get_or_create(pk=1)
        obj.stappen_per_rol = {r: sorted(set(s)) for r, s in stappen_per_rol.items()}
        obj.beslisser_tekent_af = beslisser_tekent_af
        obj.bewaartermijn_dagen = bewaartermijn_dagen
        obj.inactief_na_dagen = inactief_na_dagen
        obj.sessie_minuten = sessie_minuten
        obj.save()
        audit_schrijven(
            actie="instellingen_gewijzigd",
            gebruiker=door,
            object_type="instellingen",
            object_id=1,
            request=request,
        )
    return obj
