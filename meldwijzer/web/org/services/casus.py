"""Writes of the casus itself: create, import, save (compare-and-set), log a view, close,
reopen, erase, and the retention period that deletes closed casussen."""

from __future__ import annotations

import datetime as dt
import uuid

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from meldwijzer.engine.casus import (
    Afsluiting,
    Beslissing,
    Casus,
)
from meldwijzer.web.org import beleid, selectors
from meldwijzer.web.org.audit import audit_schrijven
from meldwijzer.web.org.models import (
    Aftekening,
    Rol,
    Status,
    StoredCasus,
)
from meldwijzer.web.org.services.aftekening import norm_keuze
from meldwijzer.web.org.services.basis import (
    OrgFout,
    VersieConflict,
    casus_json,
    casus_json_wijzigen,
    dossier_ref_controleren,
    vergrendeld,
)


def casus_aanmaken(
    *,
    user: User,
    dossier_ref: str,
    casus: Casus | None = None,
    request: HttpRequest | None = None,
) -> StoredCasus:
    """A new casus, empty or with what the flow's start page gave (its label)."""
    casus = casus or Casus()
    beleid.toetsen(
        user=user, stored=None, delen={beleid.AANMAKEN, *beleid.gewijzigde_delen(Casus(), casus)}
    )
    return _aanmaken(user=user, dossier_ref=dossier_ref, casus=casus, request=request)


def _aanmaken(
    *,
    user: User,
    dossier_ref: str,
    casus: Casus,
    request: HttpRequest | None,
    actie: str = "casus_aangemaakt",
    detail: str = "",
    voorstel: Beslissing | None = None,
) -> StoredCasus:
    nu = timezone.now()
    casus = casus.model_copy(update={"aangemaakt": casus.aangemaakt or nu, "gewijzigd": nu})
    with transaction.atomic():
        stored = StoredCasus.objects.create(
            eigenaar=user,
            dossier_ref=dossier_ref_controleren(dossier_ref),
            data=casus_json(casus),
            **_status_velden(casus, nu),
        )
        if voorstel is not None and voorstel.keuze is not None:
            norm, _passend = norm_keuze(casus)
            Aftekening.objects.create(
                casus=stored,
                voorstel=voorstel.keuze.value,
                voorstel_reden=voorstel.reden,
                voorgesteld_door=user,
                voorgesteld_op=nu,
                norm=norm,
            )
        audit_schrijven(
            actie=actie,
            gebruiker=user,
            object_type="casus",
            object_id=stored.pk,
            request=request,
            detail=detail,
        )
    return stored


def _status_velden(casus: Casus, nu: dt.datetime) -> dict[str, object]:
    """The row's status follows the casus: a meldcode closed in the steps closes the row,
    so the retention period starts (issue 14, item 5)."""
    if casus.afgesloten is None:
        return {"status": Status.OPEN, "afsluit_reden": "", "afgesloten_op": None}
    return {
        "status": Status.AFGESLOTEN,
        "afsluit_reden": casus.afgesloten.reden,
        "afgesloten_op": nu,
    }


def casus_importeren(
    *, user: User, casus: Casus, herkomst: str, request: HttpRequest | None = None
) -> StoredCasus:
    """A casus read from a file: a write of everything in it, checked part by part like any
    save. With the beslisser signing off, a melden decision in the file is not taken over:
    it becomes her proposal for the beslisser. The audit entry names the file's sha256."""
    voorstel = None
    inst = selectors.instellingen()
    if inst.beslisser_tekent_af and selectors.rol_van(user) != Rol.BESLISSER:
        voorstel = casus.beslissingen.melden
        besl = casus.beslissingen.model_copy(update={"melden": Beslissing()})
        casus = casus.model_copy(update={"beslissingen": besl})
    delen = {beleid.AANMAKEN, *beleid.gewijzigde_delen(Casus(), casus)}
    beleid.toetsen(user=user, stored=None, delen=delen, inst=inst)
    return _aanmaken(
        user=user,
        dossier_ref=casus.label,
        casus=casus,
        request=request,
        actie="casus_geimporteerd",
        detail=f"sha256:{herkomst}"[:80],
        voorstel=voorstel,
    )


def casus_opslaan(
    *,
    user: User,
    casus_id: uuid.UUID | str,
    casus: Casus,
    expected_version: int,
    vorige: Casus | None = None,
    stored: StoredCasus | None = None,
    request: HttpRequest | None = None,
    actie: str = "casus_opgeslagen",
) -> int:
    """Save the whole casus if nobody saved since `expected_version`; returns the new version.
    Raises VersieConflict (nothing written) otherwise, Geweigerd when the policy refuses.

    The policy is asked about the parts that differ from `vorige`, the casus at
    `expected_version` (read here when not given; `stored`, when given, is that row as read
    for this user). The right to change it, the status and
    the version are all conditions of the one UPDATE (compare-and-set), so what the policy
    saw is what is changed; only when it changes nothing is the casus read, to say why:
    not found (or not hers), closed, or saved by someone else meanwhile."""
    try:
        pk = casus_id if isinstance(casus_id, uuid.UUID) else uuid.UUID(str(casus_id))
    except ValueError as exc:
        raise selectors.CasusNietGevonden from exc
    if stored is None or stored.pk != pk:
        stored = selectors.casus_voor(user, pk, recht=selectors.WIJZIGEN, inhoud=vorige is None)
    if vorige is None:
        vorige = selectors.casus_lezen(stored)
    delen = beleid.gewijzigde_delen(vorige, casus)
    beleid.toetsen(user=user, stored=stored, delen=delen)
    nu = timezone.now()
    casus = casus.model_copy(update={"gewijzigd": nu})
    with transaction.atomic():
        n = StoredCasus.objects.filter(
            selectors.wijzigbaar_voor(user), pk=pk, status=stored.status, version=expected_version
        ).update(
            data=casus_json(casus),
            version=F("version") + 1,
            gewijzigd=nu,
            **(_status_velden(casus, nu) if delen & {beleid.AFSLUITEN, beleid.HEROPENEN} else {}),
        )
        if n != 1:
            stored = selectors.casus_voor(user, pk, recht=selectors.WIJZIGEN, inhoud=False)
            if stored.status != Status.OPEN and not delen <= {beleid.HEROPENEN}:
                raise OrgFout("Deze casus is afgesloten. Open hem opnieuw om verder te werken.")
            raise VersieConflict(stored.version)
        audit_schrijven(
            actie=actie, gebruiker=user, object_type="casus", object_id=pk, request=request
        )
    return expected_version + 1


def casus_bekeken(
    *,
    user: User,
    stored: StoredCasus,
    request: HttpRequest | None = None,
    actie: str = "casus_bekeken",
    detail: str = "",
) -> None:
    """Views and exports are logged too (issue 6: every view ... is logged); a mail export
    names its recipient in `detail`."""
    with transaction.atomic():
        audit_schrijven(
            actie=actie,
            gebruiker=user,
            object_type="casus",
            object_id=stored.pk,
            request=request,
            detail=detail,
        )


def casus_afsluiten(
    *, user: User, casus_id: object, reden: str, request: HttpRequest | None = None
) -> None:
    if not reden.strip():
        raise OrgFout("Geef de reden om de casus af te sluiten.")
    nu = timezone.now()

    def wijzig(casus: Casus) -> Casus:
        return casus.model_copy(update={"afgesloten": Afsluiting(datum=nu.date(), reden=reden)})

    with transaction.atomic():
        stored = vergrendeld(user=user, casus_id=casus_id, delen={beleid.AFSLUITEN})
        casus_json_wijzigen(
            user=user, stored=stored, wijzig=wijzig, actie="casus_afgesloten", request=request
        )
        StoredCasus.objects.filter(pk=stored.pk).update(
            status=Status.AFGESLOTEN, afsluit_reden=reden, afgesloten_op=nu
        )


def casus_heropenen(*, user: User, casus_id: object, request: HttpRequest | None = None) -> None:
    """New signs on a closed casus: keep following the child, restart the steps (FAQ 003)."""
    with transaction.atomic():
        stored = vergrendeld(user=user, casus_id=casus_id, delen={beleid.HEROPENEN})
        casus_json_wijzigen(
            user=user,
            stored=stored,
            wijzig=lambda c: c.model_copy(update={"afgesloten": None}),
            actie="casus_heropend",
            request=request,
        )
        StoredCasus.objects.filter(pk=stored.pk).update(
            status=Status.OPEN, afsluit_reden="", afgesloten_op=None
        )


def casus_wissen(*, user: User, casus_id: object, request: HttpRequest | None = None) -> None:
    """Erasure on request: everything goes at once; only the audit entry remains."""
    with transaction.atomic():
        stored = vergrendeld(user=user, casus_id=casus_id, delen={beleid.WISSEN})
        pk = stored.pk
        stored.delete()
        audit_schrijven(
            actie="casus_gewist", gebruiker=user, object_type="casus", object_id=pk, request=request
        )


def bewaartermijn_toepassen(*, nu: dt.datetime | None = None, batch: int = 500) -> int:
    """Delete closed casussen whose retention period has passed (default 12 months after
    closing: the verslag belongs in the client file, meldwijzer is no archive)."""
    nu = nu or timezone.now()
    grens = nu - dt.timedelta(days=selectors.instellingen().bewaartermijn())
    totaal = 0
    while True:
        ids = list(
            StoredCasus.objects.filter(
                status=Status.AFGESLOTEN, afgesloten_op__lt=grens
            ).values_list("pk", flat=True)[:batch]
        )
        if not ids:
            return totaal
        for pk in ids:
            with transaction.atomic():
                deleted, _ = StoredCasus.objects.filter(
                    pk=pk, status=Status.AFGESLOTEN, afgesloten_op__lt=grens
                ).delete()
                if deleted:
                    audit_schrijven(
                        actie="casus_bewaartermijn_verlopen", object_type="casus", object_id=pk
                    )
                    totaal += 1
