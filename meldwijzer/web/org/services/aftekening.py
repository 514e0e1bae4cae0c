"""Sign-off of the step 5 decision: the medewerker proposes, the beslisser decides;
departing from the norm or the proposal needs reasons."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from meldwijzer.engine.casus import (
    Casus,
    Keuze,
)
from meldwijzer.web.org import beleid, selectors
from meldwijzer.web.org.audit import audit_schrijven
from meldwijzer.web.org.models import (
    Aftekening,
)
from meldwijzer.web.org.services.basis import (
    OrgFout,
    casus_json_wijzigen,
    vergrendeld,
)


def norm_keuze(casus: Casus) -> tuple[str, str | None]:
    """The norm for melden and the Keuze that agrees with it (None while the norm is open)."""
    from meldwijzer.engine.advies import BeslissingMelden
    from meldwijzer.engine.norm import beoordeel

    norm = beoordeel(casus).beslissing_melden
    passend = {
        BeslissingMelden.NOODZAKELIJK: Keuze.JA.value,
        BeslissingMelden.NIET_NOODZAKELIJK: None,
    }.get(norm)
    return norm.value, passend


def voorstel_doen(
    *,
    user: User,
    casus_id: object,
    keuze: str,
    reden: str,
    request: HttpRequest | None = None,
) -> Aftekening:
    """The medewerker proposes the step 5 decision; departing from the norm needs reasons."""
    if keuze not in {k.value for k in Keuze}:
        raise OrgFout("Kies melden of niet melden.")
    with transaction.atomic():
        stored = vergrendeld(user=user, casus_id=casus_id, delen={beleid.VOORSTEL})
        norm, passend = norm_keuze(selectors.casus_lezen(stored))
        if passend is not None and keuze != passend and not reden.strip():
            raise OrgFout("Uw voorstel wijkt af van de norm. Schrijf de reden op.")
        aft, _ = Aftekening.objects.update_or_create(
            casus=stored,
            defaults={
                "voorstel": keuze,
                "voorstel_reden": reden,
                "voorgesteld_door": user,
                "voorgesteld_op": timezone.now(),
                "norm": norm,
                "besluit": "",
                "besluit_reden": "",
                "besloten_door": None,
                "besloten_op": None,
            },
        )
        audit_schrijven(
            actie="besluit_voorgesteld",
            gebruiker=user,
            object_type="casus",
            object_id=stored.pk,
            request=request,
        )
    return aft


def besluit_nemen(
    *,
    user: User,
    casus_id: object,
    keuze: str,
    reden: str,
    request: HttpRequest | None = None,
) -> Aftekening:
    """The beslisser confirms or changes the proposal; a change, or a decision against the
    norm, records its reasons. The decision becomes the casus's melden decision."""
    stored = selectors.casus_voor(user, casus_id, recht=selectors.BESLISSEN)
    beleid.toetsen(user=user, stored=stored, delen={beleid.BESLUIT}, recht=selectors.BESLISSEN)
    aft = Aftekening.objects.filter(casus=stored).first()
    if aft is None:
        raise OrgFout("Er is nog geen voorstel om over te beslissen.")
    if keuze not in {k.value for k in Keuze}:
        raise OrgFout("Kies melden of niet melden.")
    _norm, passend = norm_keuze(selectors.casus_lezen(stored))
    if keuze != aft.voorstel and not reden.strip():
        raise OrgFout("Uw besluit wijkt af van het voorstel. Schrijf de reden op.")
    if passend is not None and keuze != passend and not reden.strip():
        raise OrgFout("Uw besluit wijkt af van de norm. Schrijf de reden op.")
    eigen_reden = reden or aft.voorstel_reden

    def wijzig(casus: Casus) -> Casus:
        besl = casus.beslissingen.model_copy(
            update={
                "melden": casus.beslissingen.melden.model_copy(
                    update={"keuze": Keuze(keuze), "reden": eigen_reden}
                )
            }
        )
        return casus.model_copy(update={"beslissingen": besl})

    with transaction.atomic():
        stored = vergrendeld(
            user=user, casus_id=casus_id, delen={beleid.BESLUIT}, recht=selectors.BESLISSEN
        )
        Aftekening.objects.filter(pk=aft.pk).update(
            besluit=keuze, besluit_reden=reden, besloten_door=user, besloten_op=timezone.now()
        )
        casus_json_wijzigen(
            user=user, stored=stored, wijzig=wijzig, actie="besluit_genomen", request=request
        )
    aft.refresh_from_db()
    return aft
