"""The server store: the private-mode flow (meldwijzer.web.flow) working on a stored casus.

The flow loads and keeps its casus through one seam (`flow.store.CasusStore`: `laad`,
`bewaar`) and finds this store in its registry (`flow.store.MODI`, filled by
`OrgConfig.ready`); it never imports organisation mode, and this module imports no flow
view. In organisation mode the page carries only a signed pointer (casus id, version,
user); the casus itself is read from and written to the database. A save is acknowledged
(the next page is rendered) only after its transaction, with the audit entry, committed.

Every save asks the policy (`beleid.toetsen`) about the parts it changes. When a colleague
saved in between, or the policy refuses, nothing is written and the flow's `CasusConflict`
is raised: the flow shows the same page, her input still in the form, over the newest
version, with a Dutch message (issue 6: optimistic locking, nothing lost).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from django.contrib.auth.models import User
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from meldwijzer.web.flow.store import (
    LEEG,
    STAAT_VELD,
    Bewaard,
    CasusConflict,
    Geladen,
    Modus,
    StaatOngeldig,
)
from meldwijzer.web.org import beleid, selectors
from meldwijzer.web.org.models import StoredCasus
from meldwijzer.web.org.services import casus as casus_services
from meldwijzer.web.org.services.basis import OrgFout, VersieConflict
from meldwijzer.web.org.toegang import org_modus_aan, tweede_factor_gedaan

if TYPE_CHECKING:
    from meldwijzer.verslag import AuditRegel

CASUS_PARAM = "casus"  # GET ?casus=<id>: open a stored casus in the flow
_SALT = "meldwijzer.org.casus"
_GELADEN = "_org_geladen_casus"  # the casus `laad` read in this request (request attribute)

#: Flow pages open to everyone (emergency help needs no login, and no database).
OPENBARE_PAGINAS = frozenset({"nood"})


def _gebruiker(request: HttpRequest) -> User:
    user = request.user
    if not org_modus_aan() or not user.is_authenticated or not tweede_factor_gedaan(user):
        raise PermissionDenied
    return user


def staat_maken(*, casus_id: uuid.UUID | str, versie: int, user_id: int) -> str:
    return signing.dumps({"i": str(casus_id), "v": versie, "u": user_id}, salt=_SALT)


def staat_lezen(token: str, *, user_id: int) -> tuple[uuid.UUID, int]:
    try:
        payload = signing.loads(token, salt=_SALT)
        casus_id, versie, uid = uuid.UUID(payload["i"]), int(payload["v"]), payload["u"]
    except (signing.BadSignature, KeyError, TypeError, ValueError) as exc:
        raise StaatOngeldig from exc
    if uid != user_id:
        raise StaatOngeldig
    return casus_id, versie


def geladen_voor(stored: StoredCasus) -> Geladen:
    return Geladen(casus=selectors.casus_lezen(stored), sleutel=str(stored.pk), rev=stored.version)


def _nieuwste(user: User, casus_id: uuid.UUID) -> Geladen:
    return geladen_voor(selectors.casus_voor(user, casus_id, recht=selectors.WIJZIGEN))


class ServerStore:
    """`flow.store.CasusStore` on the database, for a logged-in, verified user."""

    def laad(self, request: HttpRequest) -> Geladen:
        if request.method == "POST":
            token = request.POST.get(STAAT_VELD, "")
        else:
            token = ""
            if not request.GET.get(CASUS_PARAM):
                return LEEG  # a page without a casus (e.g. the emergency page): no database
        user = _gebruiker(request)
        casus_id: uuid.UUID | str
        versie: int | None
        if token:
            casus_id, versie = staat_lezen(token, user_id=user.pk)
        elif request.method == "POST":
            return LEEG
        else:
            casus_id, versie = request.GET[CASUS_PARAM], None
        stored = selectors.casus_voor(user, casus_id, recht=selectors.WIJZIGEN)
        if versie is not None and stored.version != versie:
            raise CasusConflict(
                VersieConflict(stored.version).args[0], nieuwste=geladen_voor(stored)
            )
        setattr(request, _GELADEN, stored)  # checked for this user: `bewaar` needs no re-read
        return geladen_voor(stored)

    def bewaar(self, request: HttpRequest, geladen: Geladen) -> Bewaard:
        if geladen.leeg:  # an empty page (e.g. the start page) carries nothing
            return {"staat": "", "rev": 0, "sleutel": ""}
        user = _gebruiker(request)
        try:
            casus_id = uuid.UUID(geladen.sleutel)
        except ValueError:
            casus_id = self._nieuw(request, user, geladen)
            return {
                "staat": staat_maken(casus_id=casus_id, versie=1, user_id=user.pk),
                "rev": 1,
                "sleutel": str(casus_id),
            }
        stored = getattr(request, _GELADEN, None)
        if stored is None or stored.pk != casus_id:  # e.g. the flow's start page
            stored = selectors.casus_voor(user, casus_id, recht=selectors.WIJZIGEN)
        versie = stored.version
        if geladen.rev > versie:  # the flow applied a page: rev = loaded version + 1
            try:
                versie = casus_services.casus_opslaan(
                    user=user,
                    casus_id=casus_id,
                    casus=geladen.casus,
                    expected_version=geladen.rev - 1,
                    # Read again from the row, not the casus the flow worked on: what
                    # the policy compares with cannot have been changed in place.
                    vorige=selectors.casus_lezen(stored),
                    stored=stored,
                    request=request,
                )
            except beleid.Geweigerd as exc:
                raise CasusConflict(
                    str(exc), nieuwste=_nieuwste(user, casus_id), status=exc.status
                ) from exc
            except OrgFout as exc:
                # Saved by someone else meanwhile (VersieConflict), or closed meanwhile (on
                # the casus page, in another tab): her page again, her input kept, and why.
                raise CasusConflict(str(exc), nieuwste=_nieuwste(user, casus_id)) from exc
        return {
            "staat": staat_maken(casus_id=casus_id, versie=versie, user_id=user.pk),
            "rev": versie,
            "sleutel": str(casus_id),
        }

    @staticmethod
    def _nieuw(request: HttpRequest, user: User, geladen: Geladen) -> uuid.UUID:
        """A casus started on the flow's start page (its label must be the dossier number),
        or read from a file: an import is a write of everything in the file."""
        try:
            if geladen.herkomst:
                stored = casus_services.casus_importeren(
                    user=user, casus=geladen.casus, herkomst=geladen.herkomst, request=request
                )
            else:
                stored = casus_services.casus_aanmaken(
                    user=user, dossier_ref=geladen.casus.label, casus=geladen.casus, request=request
                )
        except OrgFout as exc:
            raise PermissionDenied(str(exc)) from exc
        return stored.pk


def store_voor(request: HttpRequest) -> ServerStore:
    return ServerStore()


def poort(request: HttpRequest, pagina_id: str | None) -> HttpResponse | None:
    """In front of every flow page: the emergency page for everyone, without touching the
    session or the database; everything else only after a verified login."""
    if pagina_id in OPENBARE_PAGINAS and request.method == "GET":
        return None
    user = request.user
    verified = user.is_authenticated and tweede_factor_gedaan(user)
    if not verified and pagina_id not in OPENBARE_PAGINAS:
        return redirect("org:inloggen")
    if pagina_id == "start" and request.method == "GET":
        return redirect("org:start")
    return None


def export_vastleggen(
    request: HttpRequest, geladen: Geladen, *, wat: str, detail: str = ""
) -> list[AuditRegel]:
    """Log an export of a stored casus (verslag, file, mail — with its recipient) and return
    its audit trail for the verslag, oldest first (issue 6: every export is logged)."""
    from meldwijzer.verslag import AuditRegel

    user = _gebruiker(request)
    stored = selectors.casus_voor(user, uuid.UUID(geladen.sleutel))
    casus_services.casus_bekeken(
        user=user, stored=stored, request=request, actie=f"export_{wat}"[:40], detail=detail
    )
    return [
        AuditRegel(tijd=e.tijd, wie=e.gebruikersnaam or "(systeem)", actie=e.actie)
        for e in selectors.audit_voor_casus(user, stored.pk).order_by("volgnummer")
    ]


MODUS = Modus(store=store_voor, poort=poort, export_vastleggen=export_vastleggen)
