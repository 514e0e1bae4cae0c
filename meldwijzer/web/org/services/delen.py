"""Sharing a casus for consultation or decision, withdrawing it, and the advice the
aandachtsfunctionaris records in step 2 (BPSW 2.2, stap 2)."""

from __future__ import annotations

import uuid

from django.contrib.auth.models import User
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from meldwijzer.engine.casus import (
    Consultatie,
    ConsultatieMet,
)
from meldwijzer.web.org import beleid, selectors
from meldwijzer.web.org.audit import audit_schrijven
from meldwijzer.web.org.models import (
    DeelRol,
    Deling,
    Rol,
)
from meldwijzer.web.org.services.basis import (
    OrgFout,
    casus_json_wijzigen,
    vergrendeld,
)


def casus_delen(
    *,
    user: User,
    casus_id: object,
    met: User,
    rol: str,
    request: HttpRequest | None = None,
) -> Deling:
    nodig = {DeelRol.CONSULT: Rol.AANDACHTSFUNCTIONARIS, DeelRol.BESLISSEN: Rol.BESLISSER}
    if rol not in nodig:
        raise OrgFout("Kies consultatie of beslissen.")
    if met.pk == user.pk or not met.is_active or selectors.rol_van(met) != nodig[DeelRol(rol)]:
        raise OrgFout(
            "Deel voor consultatie met een aandachtsfunctionaris, "
            "voor het besluit met een beslisser."
        )
    with transaction.atomic():
        stored = vergrendeld(user=user, casus_id=casus_id, delen={beleid.DELEN})
        deling, _ = Deling.objects.update_or_create(
            casus=stored, gebruiker=met, defaults={"rol": rol, "gedeeld_door": user}
        )
        audit_schrijven(
            actie=f"casus_gedeeld_{rol}",
            gebruiker=user,
            object_type="casus",
            object_id=stored.pk,
            request=request,
        )
    return deling


def deling_intrekken(
    *, user: User, casus_id: object, deling_id: int, request: HttpRequest | None = None
) -> None:
    with transaction.atomic():
        stored = vergrendeld(user=user, casus_id=casus_id, delen={beleid.INTREKKEN})
        Deling.objects.filter(pk=deling_id, casus=stored).delete()
        audit_schrijven(
            actie="deling_ingetrokken",
            gebruiker=user,
            object_type="casus",
            object_id=stored.pk,
            request=request,
        )


def advies_vastleggen(
    *,
    user: User,
    casus_id: object,
    vraag: str,
    advies: str,
    request: HttpRequest | None = None,
) -> None:
    """The aandachtsfunctionaris records her advice in step 2 (BPSW 2.2, stap 2)."""
    if not advies.strip():
        raise OrgFout("Schrijf uw advies op.")
    item = Consultatie(
        id=uuid.uuid4().hex[:12],
        met=ConsultatieMet.AANDACHTSFUNCTIONARIS,
        wie="aandachtsfunctionaris",
        datum=timezone.localdate(),
        vraag=vraag,
        advies=advies,
    )
    with transaction.atomic():
        stored = vergrendeld(
            user=user, casus_id=casus_id, delen={beleid.ADVIES}, recht=selectors.ADVISEREN
        )
        casus_json_wijzigen(
            user=user,
            stored=stored,
            actie="advies_vastgelegd",
            request=request,
            wijzig=lambda c: c.model_copy(update={"consultaties": [*c.consultaties, item]}),
        )
