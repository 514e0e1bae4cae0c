"""What every organisation-mode service shares: the refusal it raises (`OrgFout`, shown
to the user in Dutch), the version conflict, the dossier reference check, and the locked
read-modify-write of a casus that the services outside the flow form use."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.contrib.auth.models import User
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from meldwijzer.engine.casus import (
    Casus,
)
from meldwijzer.engine.fouten import MeldwijzerFout, Soort
from meldwijzer.web.org import beleid, selectors
from meldwijzer.web.org.audit import audit_schrijven
from meldwijzer.web.org.models import (
    StoredCasus,
)

DOSSIER_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$")


class OrgFout(MeldwijzerFout):
    """A request the rules refuse; the message is Dutch and safe to show."""


class VersieConflict(OrgFout):
    """Someone saved this casus after it was opened (optimistic locking)."""

    soort = Soort.CONFLICT

    def __init__(self, huidige_versie: int) -> None:
        super().__init__(
            "Iemand anders heeft deze casus intussen opgeslagen. Uw invoer is niet verloren: "
            "bekijk de nieuwste versie en voer uw wijziging opnieuw in."
        )
        self.huidige_versie = huidige_versie


def casus_json(casus: Casus) -> str:
    return casus.model_dump_json(exclude_none=False)


def dossier_ref_controleren(ref: str) -> str:
    ref = ref.strip()
    if not DOSSIER_REF.match(ref):
        raise OrgFout(
            "Gebruik het dossiernummer van uw organisatie: letters, cijfers, punt, streep of "
            "schuine streep, zonder spaties, hoogstens 40 tekens. Geen namen."
        )
    return ref


def vergrendeld(
    *,
    user: User,
    casus_id: object,
    delen: set[str],
    recht: str = selectors.WIJZIGEN,
) -> StoredCasus:
    """The casus, locked for this transaction, after the policy allowed `delen` on it in
    the state it has under the lock. Call inside `transaction.atomic()`."""
    stored = selectors.casus_voor(user, casus_id, recht=recht, inhoud=False)
    # Write first, read second: the no-op UPDATE takes the row lock on PostgreSQL and the
    # write lock on SQLite before anything is read (a deferred SQLite transaction that reads
    # first cannot wait for the lock later and fails with "database is locked").
    StoredCasus.objects.filter(pk=stored.pk).update(version=F("version"))
    locked = StoredCasus.objects.get(pk=stored.pk)
    beleid.toetsen(user=user, stored=locked, delen=delen, recht=recht)
    return locked


def casus_json_wijzigen(
    *,
    user: User,
    stored: StoredCasus,
    wijzig: Callable[[Casus], Casus],
    actie: str,
    request: HttpRequest | None,
) -> None:
    """Read-modify-write of a casus locked by `vergrendeld`, for changes that do not come
    from the flow form."""
    locked = stored
    casus = selectors.casus_lezen(locked)
    casus = wijzig(casus)
    casus = casus.model_copy(update={"gewijzigd": timezone.now()})
    StoredCasus.objects.filter(pk=stored.pk).update(
        data=casus_json(casus), version=F("version") + 1, gewijzigd=timezone.now()
    )
    audit_schrijven(
        actie=actie, gebruiker=user, object_type="casus", object_id=stored.pk, request=request
    )
