"""After the decision in step 5: the help plan and the re-weighing of afweging 5
(Bijlage 2, afweging 5)."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from meldwijzer.engine.casus import (
    AfwegingAntwoord,
    Antwoord,
    Casus,
)
from meldwijzer.web.org import beleid
from meldwijzer.web.org.audit import audit_schrijven
from meldwijzer.web.org.models import (
    Herweging,
    Hulpplan,
    StoredCasus,
)
from meldwijzer.web.org.services.basis import (
    OrgFout,
    casus_json_wijzigen,
    vergrendeld,
)


def hulpplan_opslaan(
    *,
    user: User,
    casus_id: object,
    doelen: str,
    afspraken: str,
    evaluatiedatum: dt.date,
    request: HttpRequest | None = None,
) -> Hulpplan:
    if not doelen.strip():
        raise OrgFout("Noem de doelen van de hulp.")
    with transaction.atomic():
        stored = vergrendeld(user=user, casus_id=casus_id, delen={beleid.stap(5)})
        plan, _ = Hulpplan.objects.update_or_create(
            casus=stored,
            defaults={"doelen": doelen, "afspraken": afspraken, "evaluatiedatum": evaluatiedatum},
        )
        StoredCasus.objects.filter(pk=stored.pk).update(gewijzigd=timezone.now())
        audit_schrijven(
            actie="hulpplan_opgeslagen",
            gebruiker=user,
            object_type="casus",
            object_id=stored.pk,
            request=request,
        )
    return plan


def herweging_vastleggen(
    *,
    user: User,
    casus_id: object,
    geweld_stopt_niet: bool,
    ernstiger_dan_verwacht: bool,
    doelen_niet_behaald: bool,
    plan_loopt_vast: bool,
    expertise_nodig: bool,
    toelichting: str = "",
    volgende_evaluatie: dt.date | None = None,
    request: HttpRequest | None = None,
) -> Herweging:
    """Afweging 5 again. Any 'ja' means the help does not lead to lasting safety, so the
    casus answer becomes 'nee' and the norm says melden noodzakelijk (Bijlage 2, afweging 5)."""
    herweging = Herweging(
        datum=timezone.localdate(),
        geweld_stopt_niet=geweld_stopt_niet,
        ernstiger_dan_verwacht=ernstiger_dan_verwacht,
        doelen_niet_behaald=doelen_niet_behaald,
        plan_loopt_vast=plan_loopt_vast,
        expertise_nodig=expertise_nodig,
        toelichting=toelichting,
        door=user,
    )
    antwoord = Antwoord.NEE if herweging.melden_noodzakelijk else Antwoord.JA
    motivatie = toelichting or (
        "Herweging: de hulp leidt niet tot duurzame veiligheid."
        if herweging.melden_noodzakelijk
        else "Herweging: de hulp leidt tot duurzame veiligheid."
    )

    def wijzig(casus: Casus) -> Casus:
        afw = casus.afwegingen.model_copy(
            update={"duurzame_veiligheid": AfwegingAntwoord(antwoord=antwoord, motivatie=motivatie)}
        )
        return casus.model_copy(update={"afwegingen": afw})

    with transaction.atomic():
        stored = vergrendeld(user=user, casus_id=casus_id, delen={beleid.stap(5)})
        herweging.casus = stored
        herweging.save()
        casus_json_wijzigen(
            user=user, stored=stored, wijzig=wijzig, actie="herweging_vastgelegd", request=request
        )
        if volgende_evaluatie is not None:
            Hulpplan.objects.filter(casus=stored).update(evaluatiedatum=volgende_evaluatie)
    return herweging
