"""Reads for organisation mode. Every casus read goes through `casus_voor`, which answers
'not found' for a casus the user may not see, so ids of other people's casussen reveal
nothing (issue 6: nothing else is reachable by URL, id or API)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.http import Http404
from django.utils import timezone

from meldwijzer.engine.casus import Casus
from meldwijzer.engine.fouten import MeldwijzerFout, Soort
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

Gebruiker = User | AnonymousUser

BEKIJKEN = "bekijken"
WIJZIGEN = "wijzigen"  # owner: the flow, close, reopen, share, erase, VT log, plan
ADVISEREN = "adviseren"  # aandachtsfunctionaris on a consult share (step 2)
BESLISSEN = "beslissen"  # beslisser on a sign-off share (step 5)

#: Veilig Thuis gives its safety assessment within five working days of a report.
VT_TERUGKOPPELING_WERKDAGEN = 5


class CasusNietGevonden(MeldwijzerFout, Http404):
    """The casus does not exist or this user may not reach it (indistinguishable on purpose)."""

    soort = Soort.NIET_GEVONDEN
    standaard_melding = "Deze casus bestaat niet, of u heeft er geen toegang toe."


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


def casussen_voor(user: Gebruiker) -> QuerySet[StoredCasus]:
    """Own casussen and those shared with her; nothing for a beheerder or a stranger.
    One query: the ids come from a UNION ALL of two index scans (an OR of both conditions
    would scan the whole table)."""
    if not user.is_authenticated or rol_van(user) not in PROFESSIONELE_ROLLEN:
        return StoredCasus.objects.none()
    eigen = StoredCasus.objects.filter(eigenaar=user).values("pk")
    gedeeld = Deling.objects.filter(gebruiker=user).values("casus_id")
    return StoredCasus.objects.filter(pk__in=eigen.union(gedeeld, all=True)).order_by("-gewijzigd")


def wijzigbaar_voor(user: Gebruiker) -> Q:
    """The casussen she may change (WIJZIGEN in `rechten`): her own, if she works with
    casussen. For a write that checks the right in its own WHERE clause."""
    if not user.is_authenticated or rol_van(user) not in PROFESSIONELE_ROLLEN:
        return Q(pk__in=[])
    return Q(eigenaar=user)


def rechten(user: Gebruiker, stored: StoredCasus) -> frozenset[str]:
    rol = rol_van(user)
    if not user.is_authenticated or rol not in PROFESSIONELE_ROLLEN:
        return frozenset()
    if stored.eigenaar_id == user.pk:  # the same rule as wijzigbaar_voor
        return frozenset({BEKIJKEN, WIJZIGEN})
    deling = stored.delingen.filter(gebruiker=user).first()
    if deling is None:
        return frozenset()
    if deling.rol == DeelRol.CONSULT and rol == Rol.AANDACHTSFUNCTIONARIS:
        return frozenset({BEKIJKEN, ADVISEREN})
    if deling.rol == DeelRol.BESLISSEN and rol == Rol.BESLISSER:
        return frozenset({BEKIJKEN, BESLISSEN})
    return frozenset({BEKIJKEN})


def casus_voor(
    user: Gebruiker,
    casus_id: object,
    *,
    recht: str = BEKIJKEN,
    inhoud: bool = True,
    details: bool = False,
) -> StoredCasus:
    """The stored casus if `user` holds `recht` on it; otherwise CasusNietGevonden.

    `inhoud=False` leaves the encrypted columns unread (and undecrypted) until used: for
    checks that only need the plain columns (owner, status, version). `details=True` reads
    the help plan and the sign-off in the same query (the casus page shows both), and
    whether there are contacts, re-weighings and shares (`heeft_contacten`, ...), so the
    page asks for those lists only when they are not empty."""
    try:
        pk = casus_id if isinstance(casus_id, uuid.UUID) else uuid.UUID(str(casus_id))
    except ValueError as exc:
        raise CasusNietGevonden from exc
    qs = StoredCasus.objects.filter(pk=pk)
    if not inhoud:
        qs = qs.defer("data", "afsluit_reden")
    if details:
        qs = qs.select_related("hulpplan", "aftekening").annotate(
            heeft_contacten=Exists(VeiligThuisContact.objects.filter(casus=OuterRef("pk"))),
            heeft_herwegingen=Exists(Herweging.objects.filter(casus=OuterRef("pk"))),
            heeft_delingen=Exists(Deling.objects.filter(casus=OuterRef("pk"))),
        )
    stored = qs.first()
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


@dataclass(frozen=True)
class OverzichtRegel:
    """One line of her overview: only plain columns, nothing encrypted is read."""

    casus_id: uuid.UUID
    dossier_ref: str
    status: str  # Status value
    gewijzigd: dt.datetime
    eigen: bool

    @property
    def status_tekst(self) -> str:
        return str(Status(self.status).label)


@dataclass(frozen=True)
class Overzicht:
    casussen: list[OverzichtRegel]  # newest change first, at most `limiet`
    taken: list[Taak]  # by due date


#: One row of `_overzicht_rijen`: pk, dossier_ref, status, gewijzigd, eigenaar_id, the plan's
#: evaluation date, the latest report, feedback and re-weighing.
OverzichtRij = tuple[
    uuid.UUID,
    str,
    str,
    dt.datetime,
    int,
    dt.date | None,
    dt.date | None,
    dt.date | None,
    dt.date | None,
]


def _laatste_datum(qs: QuerySet[VeiligThuisContact] | QuerySet[Herweging]) -> Subquery:
    return Subquery(qs.filter(casus=OuterRef("pk")).order_by("-datum").values("datum")[:1])


def _overzicht_rijen(user: Gebruiker) -> list[OverzichtRij]:
    """Her casussen with what the tasks need, as plain tuples in one query: per casus the
    plan's evaluation date and the latest report, feedback and re-weighing (correlated
    subqueries on the casus_id indexes). No model instances, no encrypted column."""
    vt = VeiligThuisContact.objects
    return list(
        casussen_voor(user)
        .annotate(
            laatste_melding=_laatste_datum(vt.filter(soort=ContactSoort.MELDING)),
            laatste_terugkoppeling=_laatste_datum(vt.filter(soort=ContactSoort.TERUGKOPPELING)),
            laatste_herweging=_laatste_datum(Herweging.objects.all()),
        )
        .values_list(
            "pk",
            "dossier_ref",
            "status",
            "gewijzigd",
            "eigenaar_id",
            "hulpplan__evaluatiedatum",
            "laatste_melding",
            "laatste_terugkoppeling",
            "laatste_herweging",
        )
    )


def _taken_rij(
    rij: OverzichtRij, vandaag: dt.date, grens: dt.datetime, inactief_na: int
) -> list[Taak]:
    pk, ref, status, gewijzigd, _eigenaar, evaluatie, melding, terug, herweging = rij
    if status != Status.OPEN:
        return []
    taken: list[Taak] = []
    # Feedback is late when none came on or after the latest report within five working days.
    if melding is not None and (terug is None or terug < melding):
        uiterlijk = werkdagen_erbij(melding, VT_TERUGKOPPELING_WERKDAGEN)
        if vandaag > uiterlijk:
            taken.append(
                Taak(
                    pk,
                    ref,
                    "vt_terugkoppeling",
                    "Terugkoppeling van Veilig Thuis is te laat. Vraag ernaar.",
                    uiterlijk,
                )
            )
    if (
        evaluatie is not None
        and evaluatie <= vandaag
        and (herweging is None or herweging < evaluatie)
    ):
        taken.append(Taak(pk, ref, "herweging", "Tijd om afweging 5 opnieuw te maken.", evaluatie))
    if gewijzigd < grens:
        taken.append(
            Taak(
                pk,
                ref,
                "inactief",
                f"Niet bijgewerkt in {inactief_na} dagen.",
                timezone.localdate(gewijzigd) + dt.timedelta(days=inactief_na),
            )
        )
    return taken


def overzicht_voor(
    user: Gebruiker,
    *,
    vandaag: dt.date | None = None,
    inst: Instellingen | None = None,
    limiet: int = 500,
) -> Overzicht:
    """Her overview: own and shared casussen, and the tasks computed from dates on the open
    ones (issue 6: reminders on the overview). One query, on indexes only."""
    vandaag = vandaag or timezone.localdate()
    inactief_na = (inst or instellingen()).inactief_na_dagen
    grens = timezone.now() - dt.timedelta(days=inactief_na)
    rijen = _overzicht_rijen(user)
    taken = [t for rij in rijen for t in _taken_rij(rij, vandaag, grens, inactief_na)]
    casussen = [
        OverzichtRegel(pk, ref, status, gewijzigd, eigenaar == user.pk)
        for pk, ref, status, gewijzigd, eigenaar, *_ in rijen[:limiet]
    ]
    return Overzicht(casussen=casussen, taken=sorted(taken, key=lambda t: t.datum))


def taken_voor(
    user: Gebruiker, *, vandaag: dt.date | None = None, inst: Instellingen | None = None
) -> list[Taak]:
    """Tasks computed from dates on her open casussen (the overview's task list)."""
    return overzicht_voor(user, vandaag=vandaag, inst=inst).taken


def audit_voor_casus(user: Gebruiker, casus_id: object) -> QuerySet[AuditEntry]:
    """The audit trail of one casus she may see (who, when, what — no content), for review
    and for the verslag."""
    stored = casus_voor(user, casus_id)
    return AuditEntry.objects.filter(object_type="casus", object_id=str(stored.pk))
