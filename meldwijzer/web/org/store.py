"""The server store: the private-mode flow (meldwijzer.web.flow) working on a stored casus.

The flow loads and keeps its casus through one seam (`flow.store.CasusStore`: `laad`,
`bewaar`). In organisation mode the page carries only a signed pointer (casus id, version,
user); the casus itself is read from and written to the database. A save is acknowledged
(the next page is rendered) only after its transaction, with the audit entry, committed.
When a colleague saved in between, nothing is written and `CasusConflict` is raised; the
flow answers with `conflict_antwoord`: the same page, her input still in the form, over the
newest version, with a Dutch message (issue 6: optimistic locking, nothing lost).
"""

from __future__ import annotations

import uuid
from typing import Any

from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from meldwijzer.web.flow.store import Geladen, StaatOngeldig
from meldwijzer.web.org import selectors, services
from meldwijzer.web.org.models import StoredCasus
from meldwijzer.web.org.toegang import org_modus_aan

STAAT_VELD = "staat"
_SALT = "meldwijzer.org.casus"
_GELADEN = "_org_geladen_casus"  # the casus `laad` read in this request (request attribute)

LEEG = Geladen(casus=selectors.Casus(), sleutel="", rev=0)


class CasusConflict(Exception):
    """A colleague saved (or closed) this casus after this page was opened; nothing was
    written."""

    def __init__(self, casus_id: uuid.UUID, melding: str) -> None:
        super().__init__(melding)
        self.casus_id = casus_id
        self.melding = melding


def _gebruiker(request: HttpRequest) -> Any:
    user = request.user
    if not org_modus_aan() or not user.is_authenticated or not user.is_verified():  # type: ignore[union-attr]
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


def _bron_stap(request: HttpRequest) -> int | None:
    from meldwijzer.web.flow.pages import PAGINAS

    bron = PAGINAS.get(request.POST.get("pagina", "")) if request.method == "POST" else None
    return bron.stap if bron is not None else None


class ServerStore:
    """`flow.store.CasusStore` on the database, for a logged-in, verified user."""

    def laad(self, request: HttpRequest) -> Geladen:
        user = _gebruiker(request)
        token = request.POST.get(STAAT_VELD, "") if request.method == "POST" else ""
        if not token:
            return LEEG
        casus_id, versie = staat_lezen(token, user_id=user.pk)
        stored = selectors.casus_voor(user, casus_id, recht=selectors.WIJZIGEN)
        if stored.version != versie:
            raise CasusConflict(stored.pk, services.VersieConflict(stored.version).args[0])
        setattr(request, _GELADEN, stored)  # checked for this user: `bewaar` needs no re-read
        return geladen_voor(stored)

    def bewaar(self, request: HttpRequest, geladen: Geladen) -> dict[str, Any]:
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
            stored = selectors.casus_voor(user, casus_id, recht=selectors.WIJZIGEN, inhoud=False)
        # A save in between is caught by casus_opslaan's compare-and-set on the version.
        versie = stored.version
        if geladen.rev > versie:  # the flow applied a page: rev = loaded version + 1
            inst = selectors.instellingen()
            stap = _bron_stap(request)
            if stap is not None and stap not in selectors.stappen_voor(user, inst=inst):
                raise PermissionDenied("Deze stap zet u niet (instelling van uw organisatie).")
            if inst.beslisser_tekent_af and selectors.rol_van(user) != "beslisser":
                vorige = selectors.casus_lezen(stored).beslissingen.melden
                if geladen.casus.beslissingen.melden != vorige:
                    raise PermissionDenied(
                        "Het besluit over melden neemt de beslisser. "
                        "Leg uw voorstel vast bij de casus."
                    )
            try:
                versie = services.casus_opslaan(
                    user=user,
                    casus_id=casus_id,
                    casus=geladen.casus,
                    expected_version=geladen.rev - 1,
                    request=request,
                )
            except services.OrgFout as exc:
                # Saved by someone else meanwhile (VersieConflict), or closed meanwhile (on
                # the casus page, in another tab): her page again, her input kept, and why.
                raise CasusConflict(casus_id, str(exc)) from exc
        return {
            "staat": staat_maken(casus_id=casus_id, versie=versie, user_id=user.pk),
            "rev": versie,
            "sleutel": str(casus_id),
        }

    @staticmethod
    def _nieuw(request: HttpRequest, user: Any, geladen: Geladen) -> uuid.UUID:
        """A casus started on the flow's start page: its label must be the dossier number."""
        try:
            stored = services.casus_aanmaken(
                user=user, dossier_ref=geladen.casus.label, casus=geladen.casus, request=request
            )
        except services.OrgFout as exc:
            raise PermissionDenied(str(exc)) from exc
        return stored.pk


def store_voor(request: HttpRequest) -> ServerStore:
    return ServerStore()


def conflict_antwoord(request: HttpRequest, exc: CasusConflict) -> HttpResponse:
    """The page she posted, her input kept in the form, on top of the newest version."""
    from meldwijzer.web.flow.pages import PAGINAS
    from meldwijzer.web.flow.views import render_pagina

    user = _gebruiker(request)
    stored = selectors.casus_voor(user, exc.casus_id, recht=selectors.WIJZIGEN)
    geladen = geladen_voor(stored)
    bron = PAGINAS.get(request.POST.get("pagina", "")) or PAGINAS["overzicht"]
    form = bron.form(request.POST, casus=geladen.casus) if bron.form else None
    if form is not None:
        form.is_valid()
    return render_pagina(request, bron, geladen, form=form, algemene_fout=exc.melding, status=409)


def export_vastleggen(request: HttpRequest, geladen: Geladen, *, wat: str) -> list[Any]:
    """Log an export of a stored casus (verslag, file, mail) and return its audit trail for
    the verslag, oldest first (issue 6: every export is logged; the verslag can include it).
    """
    from meldwijzer.verslag import AuditRegel

    user = _gebruiker(request)
    stored = selectors.casus_voor(user, uuid.UUID(geladen.sleutel))
    services.casus_bekeken(user=user, stored=stored, request=request, actie=f"export_{wat}"[:40])
    return [
        AuditRegel(tijd=e.tijd, wie=e.gebruikersnaam or "(systeem)", actie=e.actie)
        for e in selectors.audit_voor_casus(user, stored.pk).order_by("volgnummer")
    ]
