"""Reads for organisation mode. Every casus read goes through `casus_voor`, which answers
'not found' for a casus the user may not see, so ids of other people's casussen reveal
nothing (issue 6: nothing else is reachable by URL, id or API)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.utils import timezone

from meldwijzer.engine.casus import Casus
from meldwijzer.web.org.models import (
    PROFESSIONELE_ROLLEN,
    AuditEntry,
    ContactSoort,
    DeelRol,
    Deling,
    Herweging,
    Instellingen,
    Profiel,
    Rol,
    Status,
    StoredCasus,
    VeiligThuisContact,
)

Gebruiker = AbstractBaseUser | AnonymousUser

BEKIJKEN = "bekijken"
WIJZIGEN = "wijzigen"  # owner: the flow, close, reopen, share, erase, VT log, plan
ADVISEREN = "adviseren"  # aandachtsfunctionaris on a consult share (step 2)
BESLISSEN = "beslissen"  # beslisser on a sign-off share (step 5)

#: Veilig Thuis gives its safety assessment within five working days of a report.
VT_TERUGKOPPELING_WERKDAGEN = 5


class CasusNietGevonden(Http404):
    """The casus does not exist or this user may not reach it (indistinguishable on purpose)."""


_CACHE = "_org_profiel_cache"


def profiel_van(user: Gebruiker) -> Profiel | None:
    """Her profile, read once per user object (one request) instead of once per check."""
    if not user.is_authenticated:
        return None
    if _CACHE not in user.__dict__:
        user.__dict__[_CACHE] = Profiel.objects.filter(gebruiker=user).first()
    profiel: Profiel | None = user.__dict__[_CACHE]
    return profiel


def profiel_vergeten(user: object) -> None:
    getattr(user, "__dict__", {}).pop(_CACHE, None)


def rol_van(user: Gebruiker) -> str | None:
    if not user.is_authenticated or not user.is_active:
        return None
    profiel = profiel_van(user)
    return profiel.rol if profiel else None


def instellingen() -> Instellingen:
    obj, _ = Instellingen.objects.get_or_create(pk=1)
    return obj


def stappen_voor(user: Gebruiker, *, inst: Instellingen | None = None) -> list[int]:
    """The steps this user may take (Bijlage 1c: the organisation names who takes which step)."""
    profiel = profiel_van(user)
    if profiel is None or profiel.rol not in PROFESSIONELE_ROLLEN:
        return []
    per_rol = (inst or instellingen()).stappen_per_rol
    stappen = sorted(int(s) for s in per_rol.get(profiel.rol, []))
    if profiel.alleen_stap_1:
        stappen = [s for s in stappen if s == 1]
    return stappen


def casus_ids_voor(user: Gebruiker) -> list[uuid.UUID]:
    """Ids of her own casussen and those shared with her (one indexed UNION query)."""
    if rol_van(user) not in PROFESSIONELE_ROLLEN:
        return []
    eigen = StoredCasus.objects.filter(eigenaar=user).values_list("pk", flat=True)
    gedeeld = Deling.objects.filter(gebruiker=user).values_list("casus_id", flat=True)
    return list(eigen.union(gedeeld))


def casussen_voor(user: Gebruiker, *, ids: list[uuid.UUID] | None = None) -> QuerySet[StoredCasus]:
    """Own casussen and those shared with her; nothing for a beheerder or a stranger.
    (Ids first, then the rows: an OR over a subquery would scan the whole table.)"""
    ids = casus_ids_voor(user) if ids is None else ids
    return StoredCasus.objects.filter(pk__in=ids).order_by("-gewijzigd")


def rechten(user: Gebruiker, stored: StoredCasus) -> frozenset[str]:
    rol = rol_van(user)
    if rol not in PROFESSIONELE_ROLLEN:
        return frozenset()
    if stored.eigenaar_id == user.pk:
        return frozenset({BEKIJKEN, WIJZIGEN})
    deling = stored.delingen.filter(gebruiker=user).first()
    if deling is None:
        return frozenset()
    if deling.rol == DeelRol.CONSULT and rol == Rol.AANDACHTSFUNCTIONARIS:
        return frozenset({BEKIJKEN, ADVISEREN})
    if deling.rol == DeelRol.BESLISSEN and rol == Rol.BESLISSER:
        return frozenset({BEKIJKEN, BESLISSEN})
    return frozenset({BEKIJKEN})


def casus_voor(user: Gebruiker, casus_id: object, *, recht: str = BEKIJKEN) -> StoredCasus:
    """The stored casus if `user` holds `recht` on it; otherwise CasusNietGevonden."""
    try:
        pk = casus_id if isinstance(casus_id, uuid.UUID) else uuid.UUID(str(casus_id))
    except ValueError as exc:
        raise CasusNietGevonden from exc
    stored = StoredCasus.objects.filter(pk=pk).first()
    if stored is None or recht not in rechten(user, stored):
        raise CasusNietGevonden
    return stored


def casus_lezen(stored: StoredCasus) -> Casus:
    if not stored.data:
        return Casus()
    return Casus.model_validate_json(stored.data)


def werkdagen_erbij(datum: dt.date, dagen: int) -> dt.date:
    """`datum` plus `dagen` working days (Monday–Friday; public holidays not counted)."""
    while dagen > 0:
        datum += dt.timedelta(days=1)
        if datum.weekday() < 5:
            dagen -= 1
    return datum


@dataclass(frozen=True)
class Taak:
    casus_id: uuid.UUID
    dossier_ref: str
    soort: str  # "vt_terugkoppeling" | "herweging" | "inactief"
    tekst: str
    datum: dt.date  # due date


def _taken_casus(stored: StoredCasus, vandaag: dt.date, inactief_na: int) -> list[Taak]:
    taken: list[Taak] = []
    contacten = list(stored.vt_contacten.all())
    meldingen = [c for c in contacten if c.soort == ContactSoort.MELDING]
    if meldingen:
        melding = max(meldingen, key=lambda c: c.datum)
        teruggekoppeld = any(
            c.soort == ContactSoort.TERUGKOPPELING and c.datum >= melding.datum for c in contacten
        )
        uiterlijk = werkdagen_erbij(melding.datum, VT_TERUGKOPPELING_WERKDAGEN)
        if not teruggekoppeld and vandaag > uiterlijk:
            taken.append(
                Taak(
                    stored.pk,
                    stored.dossier_ref,
                    "vt_terugkoppeling",
                    "Terugkoppeling van Veilig Thuis is te laat. Vraag ernaar.",
                    uiterlijk,
                )
            )
    plan = getattr(stored, "hulpplan", None)
    if plan is not None and plan.evaluatiedatum <= vandaag:
        gedaan = any(h.datum >= plan.evaluatiedatum for h in stored.herwegingen.all())
        if not gedaan:
            taken.append(
                Taak(
                    stored.pk,
                    stored.dossier_ref,
                    "herweging",
                    "Tijd om afweging 5 opnieuw te maken.",
                    plan.evaluatiedatum,
                )
            )
    grens = timezone.now() - dt.timedelta(days=inactief_na)
    if stored.gewijzigd < grens:
        taken.append(
            Taak(
                stored.pk,
                stored.dossier_ref,
                "inactief",
                f"Niet bijgewerkt in {inactief_na} dagen.",
                timezone.localdate(stored.gewijzigd) + dt.timedelta(days=inactief_na),
            )
        )
    return taken


def taken_voor(
    user: Gebruiker,
    *,
    vandaag: dt.date | None = None,
    ids: list[uuid.UUID] | None = None,
    inst: Instellingen | None = None,
) -> list[Taak]:
    """Tasks computed from dates on her open casussen (issue 6: reminders on the overview)."""
    vandaag = vandaag or timezone.localdate()
    inactief_na = (inst or instellingen()).inactief_na_dagen
    # Only dates and kinds: nothing encrypted is read (or decrypted) for the task list.
    qs = (
        casussen_voor(user, ids=ids)
        .filter(status=Status.OPEN)
        .select_related("hulpplan")
        .only(
            "pk",
            "dossier_ref",
            "gewijzigd",
            "status",
            "eigenaar_id",
            "hulpplan__id",
            "hulpplan__evaluatiedatum",
        )
        .prefetch_related(
            Prefetch(
                "vt_contacten",
                queryset=VeiligThuisContact.objects.only("id", "casus_id", "soort", "datum"),
            ),
            Prefetch("herwegingen", queryset=Herweging.objects.only("id", "casus_id", "datum")),
        )
    )
    taken = [t for stored in qs for t in _taken_casus(stored, vandaag, inactief_na)]
    return sorted(taken, key=lambda t: t.datum)


def audit_voor_casus(user: Gebruiker, casus_id: object) -> QuerySet[AuditEntry]:
    """The audit trail of one casus she may see (who, when, what — no content), for review
    and for the verslag."""
    stored = casus_voor(user, casus_id)
    return AuditEntry.objects.filter(object_type="casus", object_id=str(stored.pk))
