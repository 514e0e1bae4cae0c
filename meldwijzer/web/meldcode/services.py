"""Writes of the meldcode app. Only the beheerder writes (issue 16); every write is audited
with the organisation's audit trail (`org.audit.audit_schrijven`), in the same transaction."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest

from meldwijzer.engine.fouten import MeldwijzerFout, Soort
from meldwijzer.meldcode import Profiel
from meldwijzer.web.meldcode.models import (
    Evaluatie,
    Jaarverslag,
    ProfielVersie,
    Training,
    Vaststelling,
)
from meldwijzer.web.org.audit import audit_schrijven
from meldwijzer.web.org.models import Rol
from meldwijzer.web.org.selectors import rol_van

#: Fields of a profile that belong to a version or to organisation mode, not to its text.
NIET_OPGESLAGEN = frozenset({"versie", "vastgesteld_op", "vastgesteld_door", "beslisser_tekent_af"})


class MeldcodeFout(MeldwijzerFout):
    """A write that is not allowed; the message is Dutch and shown to the user."""


def _beheerder(door: User) -> None:
    if rol_van(door) != Rol.BEHEERDER:
        raise MeldcodeFout(
            "Alleen een beheerder wijzigt de meldcode en het trainingslogboek.",
            soort=Soort.GEWEIGERD,
        )


def _audit(door: User, actie: str, soort: str, oid: object, request: HttpRequest | None) -> None:
    audit_schrijven(actie=actie, gebruiker=door, object_type=soort, object_id=oid, request=request)


def profiel_opslaan(
    *, door: User, profiel: Profiel, request: HttpRequest | None = None
) -> ProfielVersie:
    """A new version of the profile. An unchanged profile makes no new version."""
    _beheerder(door)
    data = profiel.model_dump(mode="json", exclude=set(NIET_OPGESLAGEN))
    with transaction.atomic():
        laatste = ProfielVersie.objects.select_for_update().order_by("-versie").first()
        if laatste is not None and laatste.data == data:
            return laatste
        versie = (ProfielVersie.objects.aggregate(m=Max("versie"))["m"] or 0) + 1
        nieuw = ProfielVersie.objects.create(versie=versie, data=data, door=door)
        _audit(door, "meldcode_profiel_gewijzigd", "meldcode_profiel", versie, request)
    return nieuw


def vaststelling_vastleggen(
    *,
    door: User,
    versie: ProfielVersie,
    datum: dt.date,
    vastgesteld_door: str,
    request: HttpRequest | None = None,
) -> Vaststelling:
    """Record that the bevoegd gezag adopted this version (who, when)."""
    _beheerder(door)
    if not vastgesteld_door.strip():
        raise MeldcodeFout("Vul in wie de meldcode heeft vastgesteld.")
    with transaction.atomic():
        v = Vaststelling.objects.create(
            profiel=versie,
            datum=datum,
            vastgesteld_door=vastgesteld_door.strip(),
            vastgelegd_door=door,
        )
        _audit(door, "meldcode_vastgesteld", "meldcode_profiel", versie.versie, request)
    return v


def training_toevoegen(
    *,
    door: User,
    datum: dt.date,
    onderwerp: str,
    deelnemers: str,
    aantal: int,
    inwerken: bool,
    request: HttpRequest | None = None,
) -> Training:
    _beheerder(door)
    with transaction.atomic():
        t = Training.objects.create(
            datum=datum,
            onderwerp=onderwerp,
            deelnemers=deelnemers,
            aantal=aantal,
            inwerken=inwerken,
            door=door,
        )
        _audit(door, "meldcode_training_toegevoegd", "meldcode_training", t.pk, request)
    return t


def training_verwijderen(
    *, door: User, training: Training, request: HttpRequest | None = None
) -> None:
    _beheerder(door)
    with transaction.atomic():
        pk = training.pk
        training.delete()
        _audit(door, "meldcode_training_verwijderd", "meldcode_training", pk, request)


def evaluatie_toevoegen(
    *,
    door: User,
    datum: dt.date,
    deelnemers: str,
    conclusies: str,
    acties: str,
    request: HttpRequest | None = None,
) -> Evaluatie:
    _beheerder(door)
    with transaction.atomic():
        e = Evaluatie.objects.create(
            datum=datum, deelnemers=deelnemers, conclusies=conclusies, acties=acties, door=door
        )
        _audit(door, "meldcode_evaluatie_toegevoegd", "meldcode_evaluatie", e.pk, request)
    return e


def jaarverslag_opslaan(
    *,
    door: User,
    jaar: int,
    informeren: str,
    plannen: str,
    request: HttpRequest | None = None,
) -> Jaarverslag:
    _beheerder(door)
    with transaction.atomic():
        j, _ = Jaarverslag.objects.update_or_create(
            jaar=jaar, defaults={"informeren": informeren, "plannen": plannen}
        )
        _audit(door, "meldcode_jaarverslag_gewijzigd", "meldcode_jaar", jaar, request)
    return j


def export_loggen(
    *, door: User, soort: str, oid: object, request: HttpRequest | None = None
) -> None:
    with transaction.atomic():
        _audit(door, f"{soort}_geexporteerd", soort, oid, request)
