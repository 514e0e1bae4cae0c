"""The log of contacts with Veilig Thuis: an adviesvraag belongs to stap 2, a melding and
its feedback to stap 5 (BPSW stap 2 and stap 5)."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from meldwijzer.web.org import beleid
from meldwijzer.web.org.audit import audit_schrijven
from meldwijzer.web.org.models import (
    ContactSoort,
    StoredCasus,
    VeiligThuisContact,
)
from meldwijzer.web.org.services.basis import (
    OrgFout,
    vergrendeld,
)


def vt_contact_vastleggen(
    *,
    user: User,
    casus_id: object,
    soort: str,
    datum: dt.date,
    vraag: str = "",
    advies: str = "",
    wijze: str = "",
    referentie: str = "",
    veiligheidsoordeel: str = "",
    vervolgstap: str = "",
    request: HttpRequest | None = None,
) -> VeiligThuisContact:
    if soort not in ContactSoort.values:
        raise OrgFout("Kies het soort contact.")
    if datum > timezone.localdate():
        raise OrgFout("De datum ligt in de toekomst.")
    # An adviesvraag belongs to stap 2 (consult, also Veilig Thuis); a report and its
    # feedback to stap 5 (BPSW stap 2 and stap 5).
    deel = beleid.stap(2) if soort == ContactSoort.ADVIESVRAAG else beleid.stap(5)
    with transaction.atomic():
        stored = vergrendeld(user=user, casus_id=casus_id, delen={deel})
        contact = VeiligThuisContact.objects.create(
            casus=stored,
            soort=soort,
            datum=datum,
            vraag=vraag,
            advies=advies,
            wijze=wijze,
            referentie=referentie,
            veiligheidsoordeel=veiligheidsoordeel,
            vervolgstap=vervolgstap,
            vastgelegd_door=user,
        )
        StoredCasus.objects.filter(pk=stored.pk).update(gewijzigd=timezone.now())
        audit_schrijven(
            actie=f"vt_{soort}",
            gebruiker=user,
            object_type="casus",
            object_id=stored.pk,
            request=request,
        )
    return contact
