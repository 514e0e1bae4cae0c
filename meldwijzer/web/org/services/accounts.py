"""A user's own account: login events in the audit trail, enrolling an authenticator,
a changed password, and ending all her sessions."""

from __future__ import annotations

from django.contrib.auth.hashers import check_password
from django.contrib.auth.models import User
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from meldwijzer.web.org.audit import audit_schrijven
from meldwijzer.web.org.models import (
    Profiel,
)
from meldwijzer.web.org.services.basis import (
    OrgFout,
)


def sessies_beeindigen(*, gebruiker: User) -> int:
    """Delete every session of this user (database sessions); returns how many."""
    from django.contrib.sessions.models import Session

    weg = [
        sessie.pk
        for sessie in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if str(sessie.get_decoded().get("_auth_user_id")) == str(gebruiker.pk)
    ]
    Session.objects.filter(pk__in=weg).delete()
    return len(weg)


def aanmelding_loggen(*, user: User | None, actie: str, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        audit_schrijven(
            actie=actie,
            gebruiker=user,
            object_type="gebruiker",
            object_id=getattr(user, "pk", "") or "",
            request=request,
        )


def totp_koppelen(
    *,
    user: User,
    sleutel: str,
    laatste_t: int,
    koppelcode: str = "",
    request: HttpRequest | None = None,
) -> TOTPDevice:
    """Store the authenticator she just proved she holds: the secret was made for this
    enrolment attempt only (kept in her session, never stored unconfirmed), so nobody can
    read it in advance. After a reset the beheerder's one-time code is needed too."""
    profiel = Profiel.objects.get(gebruiker=user)
    if profiel.koppelcode and not check_password(koppelcode.strip().upper(), profiel.koppelcode):
        raise OrgFout("De koppelcode klopt niet. Vraag uw beheerder om de code.")
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        device = TOTPDevice.objects.create(
            user=user, name="authenticator", key=sleutel, confirmed=True, last_t=laatste_t
        )
        Profiel.objects.filter(pk=profiel.pk).update(koppelcode="")
        audit_schrijven(
            actie="totp_gekoppeld",
            gebruiker=user,
            object_type="gebruiker",
            object_id=user.pk,
            request=request,
        )
    return device


def wachtwoord_gewijzigd(*, user: User, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        Profiel.objects.filter(gebruiker=user).update(wachtwoord_wijzigen=False)
        audit_schrijven(
            actie="wachtwoord_gewijzigd",
            gebruiker=user,
            object_type="gebruiker",
            object_id=user.pk,
            request=request,
        )
