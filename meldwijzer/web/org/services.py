"""Writes for organisation mode. Each service runs in one `transaction.atomic()` together
with its audit entry, so a save is acknowledged only after both are committed.

Keyword-only arguments; `request` (optional) only supplies the IP for the audit trail.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.models import AbstractBaseUser, AbstractUser
from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from meldwijzer.engine.casus import (
    Afsluiting,
    AfwegingAntwoord,
    Antwoord,
    Beslissing,
    Casus,
    Consultatie,
    ConsultatieMet,
    Keuze,
)
from meldwijzer.web.org import beleid, selectors
from meldwijzer.web.org.audit import audit_schrijven
from meldwijzer.web.org.models import (
    Aftekening,
    ContactSoort,
    DeelRol,
    Deling,
    Herweging,
    Hulpplan,
    Instellingen,
    Profiel,
    Rol,
    Status,
    StoredCasus,
    VeiligThuisContact,
)

DOSSIER_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$")


class OrgFout(Exception):
    """A request the rules refuse; the message is Dutch and safe to show."""


class VersieConflict(OrgFout):
    """Someone saved this casus after it was opened (optimistic locking)."""

    def __init__(self, huidige_versie: int) -> None:
        super().__init__(
            "Iemand anders heeft deze casus intussen opgeslagen. Uw invoer is niet verloren: "
            "bekijk de nieuwste versie en voer uw wijziging opnieuw in."
        )
        self.huidige_versie = huidige_versie


def _dump(casus: Casus) -> str:
    return casus.model_dump_json(exclude_none=False)


def dossier_ref_controleren(ref: str) -> str:
    ref = ref.strip()
    if not DOSSIER_REF.match(ref):
        raise OrgFout(
            "Gebruik het dossiernummer van uw organisatie: letters, cijfers, punt, streep of "
            "schuine streep, zonder spaties, hoogstens 40 tekens. Geen namen."
        )
    return ref


# --- casussen ------------------------------------------------------------------------------


def casus_aanmaken(
    *,
    user: AbstractBaseUser,
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
    user: AbstractBaseUser,
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
            data=_dump(casus),
            **_status_velden(casus, nu),
        )
        if voorstel is not None and voorstel.keuze is not None:
            norm, _passend = _norm_keuze(casus)
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
    *, user: AbstractBaseUser, casus: Casus, herkomst: str, request: HttpRequest | None = None
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
    user: AbstractBaseUser,
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
            data=_dump(casus),
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
    user: AbstractBaseUser,
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


def _vergrendeld(
    *,
    user: AbstractBaseUser,
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


def _wijzig_casus_json(
    *,
    user: AbstractBaseUser,
    stored: StoredCasus,
    wijzig: object,
    actie: str,
    request: HttpRequest | None,
) -> None:
    """Read-modify-write of a casus locked by `_vergrendeld`, for changes that do not come
    from the flow form."""
    locked = stored
    casus = selectors.casus_lezen(locked)
    casus = wijzig(casus)  # type: ignore[operator]
    casus = casus.model_copy(update={"gewijzigd": timezone.now()})
    StoredCasus.objects.filter(pk=stored.pk).update(
        data=_dump(casus), version=F("version") + 1, gewijzigd=timezone.now()
    )
    audit_schrijven(
        actie=actie, gebruiker=user, object_type="casus", object_id=stored.pk, request=request
    )


def casus_afsluiten(
    *, user: AbstractBaseUser, casus_id: object, reden: str, request: HttpRequest | None = None
) -> None:
    if not reden.strip():
        raise OrgFout("Geef de reden om de casus af te sluiten.")
    nu = timezone.now()

    def wijzig(casus: Casus) -> Casus:
        return casus.model_copy(update={"afgesloten": Afsluiting(datum=nu.date(), reden=reden)})

    with transaction.atomic():
        stored = _vergrendeld(user=user, casus_id=casus_id, delen={beleid.AFSLUITEN})
        _wijzig_casus_json(
            user=user, stored=stored, wijzig=wijzig, actie="casus_afgesloten", request=request
        )
        StoredCasus.objects.filter(pk=stored.pk).update(
            status=Status.AFGESLOTEN, afsluit_reden=reden, afgesloten_op=nu
        )


def casus_heropenen(
    *, user: AbstractBaseUser, casus_id: object, request: HttpRequest | None = None
) -> None:
    """New signs on a closed casus: keep following the child, restart the steps (FAQ 003)."""
    with transaction.atomic():
        stored = _vergrendeld(user=user, casus_id=casus_id, delen={beleid.HEROPENEN})
        _wijzig_casus_json(
            user=user,
            stored=stored,
            wijzig=lambda c: c.model_copy(update={"afgesloten": None}),
            actie="casus_heropend",
            request=request,
        )
        StoredCasus.objects.filter(pk=stored.pk).update(
            status=Status.OPEN, afsluit_reden="", afgesloten_op=None
        )


def casus_wissen(
    *, user: AbstractBaseUser, casus_id: object, request: HttpRequest | None = None
) -> None:
    """Erasure on request: everything goes at once; only the audit entry remains."""
    with transaction.atomic():
        stored = _vergrendeld(user=user, casus_id=casus_id, delen={beleid.WISSEN})
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


# --- sharing -------------------------------------------------------------------------------


def casus_delen(
    *,
    user: AbstractBaseUser,
    casus_id: object,
    met: AbstractBaseUser,
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
        stored = _vergrendeld(user=user, casus_id=casus_id, delen={beleid.DELEN})
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
    *, user: AbstractBaseUser, casus_id: object, deling_id: int, request: HttpRequest | None = None
) -> None:
    with transaction.atomic():
        stored = _vergrendeld(user=user, casus_id=casus_id, delen={beleid.INTREKKEN})
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
    user: AbstractBaseUser,
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
        stored = _vergrendeld(
            user=user, casus_id=casus_id, delen={beleid.ADVIES}, recht=selectors.ADVISEREN
        )
        _wijzig_casus_json(
            user=user,
            stored=stored,
            actie="advies_vastgelegd",
            request=request,
            wijzig=lambda c: c.model_copy(update={"consultaties": [*c.consultaties, item]}),
        )


# --- Veilig Thuis log, help plan, re-weighing ----------------------------------------------


def vt_contact_vastleggen(
    *,
    user: AbstractBaseUser,
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
        stored = _vergrendeld(user=user, casus_id=casus_id, delen={deel})
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


def hulpplan_opslaan(
    *,
    user: AbstractBaseUser,
    casus_id: object,
    doelen: str,
    afspraken: str,
    evaluatiedatum: dt.date,
    request: HttpRequest | None = None,
) -> Hulpplan:
    if not doelen.strip():
        raise OrgFout("Noem de doelen van de hulp.")
    with transaction.atomic():
        stored = _vergrendeld(user=user, casus_id=casus_id, delen={beleid.stap(5)})
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
    user: AbstractBaseUser,
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
        stored = _vergrendeld(user=user, casus_id=casus_id, delen={beleid.stap(5)})
        herweging.casus = stored
        herweging.save()
        _wijzig_casus_json(
            user=user, stored=stored, wijzig=wijzig, actie="herweging_vastgelegd", request=request
        )
        if volgende_evaluatie is not None:
            Hulpplan.objects.filter(casus=stored).update(evaluatiedatum=volgende_evaluatie)
    return herweging


# --- sign-off (step 5) ---------------------------------------------------------------------


def _norm_keuze(casus: Casus) -> tuple[str, str | None]:
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
    user: AbstractBaseUser,
    casus_id: object,
    keuze: str,
    reden: str,
    request: HttpRequest | None = None,
) -> Aftekening:
    """The medewerker proposes the step 5 decision; departing from the norm needs reasons."""
    if keuze not in {k.value for k in Keuze}:
        raise OrgFout("Kies melden of niet melden.")
    with transaction.atomic():
        stored = _vergrendeld(user=user, casus_id=casus_id, delen={beleid.VOORSTEL})
        norm, passend = _norm_keuze(selectors.casus_lezen(stored))
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
    user: AbstractBaseUser,
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
    _norm, passend = _norm_keuze(selectors.casus_lezen(stored))
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
        stored = _vergrendeld(
            user=user, casus_id=casus_id, delen={beleid.BESLUIT}, recht=selectors.BESLISSEN
        )
        Aftekening.objects.filter(pk=aft.pk).update(
            besluit=keuze, besluit_reden=reden, besloten_door=user, besloten_op=timezone.now()
        )
        _wijzig_casus_json(
            user=user, stored=stored, wijzig=wijzig, actie="besluit_genomen", request=request
        )
    aft.refresh_from_db()
    return aft


# --- users and settings (beheerder) --------------------------------------------------------


def _beheerder(door: AbstractBaseUser) -> None:
    if selectors.rol_van(door) != Rol.BEHEERDER:
        raise OrgFout("Alleen een beheerder beheert gebruikers.")


def gebruiker_aanmaken(
    *,
    door: AbstractBaseUser | None,
    username: str,
    wachtwoord: str,
    rol: str,
    alleen_stap_1: bool = False,
    request: HttpRequest | None = None,
) -> AbstractUser:
    """Create an account. `door=None` only from the `maak_beheerder` command."""
    if door is not None:
        _beheerder(door)
    if rol not in Rol.values:
        raise OrgFout("Kies een rol.")
    model = get_user_model()
    if model.objects.filter(username__iexact=username).exists():
        raise OrgFout("Deze gebruikersnaam bestaat al.")
    user = model(username=username)
    validate_password(wachtwoord, user)
    user.set_password(wachtwoord)
    with transaction.atomic():
        user.save()
        # A password a beheerder chose is known to two people: she changes it first.
        Profiel.objects.create(
            gebruiker=user,
            rol=rol,
            alleen_stap_1=alleen_stap_1,
            wachtwoord_wijzigen=door is not None,
        )
        audit_schrijven(
            actie="gebruiker_aangemaakt",
            gebruiker=door,
            object_type="gebruiker",
            object_id=user.pk,
            request=request,
        )
    return user  # type: ignore[return-value]


def gebruiker_wijzigen(
    *,
    door: AbstractBaseUser,
    gebruiker: AbstractBaseUser,
    rol: str,
    alleen_stap_1: bool,
    actief: bool,
    request: HttpRequest | None = None,
) -> None:
    _beheerder(door)
    if rol not in Rol.values:
        raise OrgFout("Kies een rol.")
    if gebruiker.pk == door.pk and (rol != Rol.BEHEERDER or not actief):
        raise OrgFout("U kunt uw eigen beheerdersrol niet intrekken.")
    with transaction.atomic():
        Profiel.objects.update_or_create(
            gebruiker=gebruiker, defaults={"rol": rol, "alleen_stap_1": alleen_stap_1}
        )
        get_user_model().objects.filter(pk=gebruiker.pk).update(is_active=actief)
        selectors.profiel_vergeten(gebruiker)
        if not actief:  # for good: reactivating later does not bring them back
            sessies_beeindigen(gebruiker=gebruiker)
        audit_schrijven(
            actie="gebruiker_gewijzigd",
            gebruiker=door,
            object_type="gebruiker",
            object_id=gebruiker.pk,
            request=request,
        )


def sessies_beeindigen(*, gebruiker: AbstractBaseUser) -> int:
    """Delete every session of this user (database sessions); returns how many."""
    from django.contrib.sessions.models import Session

    weg = [
        sessie.pk
        for sessie in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if str(sessie.get_decoded().get("_auth_user_id")) == str(gebruiker.pk)
    ]
    Session.objects.filter(pk__in=weg).delete()
    return len(weg)


def totp_resetten(
    *, door: AbstractBaseUser, gebruiker: AbstractBaseUser, request: HttpRequest | None = None
) -> str:
    """Lost phone: the user enrols a new authenticator at her next login, with the one-time
    code returned here, which the beheerder hands her in person or by phone (password plus
    a fresh enrolment alone would open the account to whoever knows the password). Her
    sessions end."""
    _beheerder(door)
    code = koppelcode_maken()
    with transaction.atomic():
        TOTPDevice.objects.filter(user=gebruiker).delete()
        Profiel.objects.filter(gebruiker=gebruiker).update(koppelcode=make_password(code))
        sessies_beeindigen(gebruiker=gebruiker)
        audit_schrijven(
            actie="totp_gereset",
            gebruiker=door,
            object_type="gebruiker",
            object_id=gebruiker.pk,
            request=request,
        )
    return code


def koppelcode_maken() -> str:
    """Ten characters from an alphabet without look-alikes, in two groups (about 50 bits)."""
    alfabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    code = "".join(secrets.choice(alfabet) for _ in range(10))
    return f"{code[:5]}-{code[5:]}"


def instellingen_opslaan(
    *,
    door: AbstractBaseUser,
    stappen_per_rol: dict[str, list[int]],
    beslisser_tekent_af: bool,
    bewaartermijn_dagen: int,
    inactief_na_dagen: int,
    sessie_minuten: int,
    request: HttpRequest | None = None,
) -> Instellingen:
    _beheerder(door)
    if not 1 <= sessie_minuten <= 15:
        raise OrgFout("De sessie eindigt na hoogstens 15 minuten zonder activiteit.")
    if not 1 <= bewaartermijn_dagen <= 3650:
        raise OrgFout("Kies een bewaartermijn tussen 1 en 3650 dagen.")
    if not 1 <= inactief_na_dagen <= 365:
        raise OrgFout("Kies tussen 1 en 365 dagen.")
    with transaction.atomic():
        obj, _ = Instellingen.objects.select_for_update().get_or_create(pk=1)
        obj.stappen_per_rol = {r: sorted(set(s)) for r, s in stappen_per_rol.items()}
        obj.beslisser_tekent_af = beslisser_tekent_af
        obj.bewaartermijn_dagen = bewaartermijn_dagen
        obj.inactief_na_dagen = inactief_na_dagen
        obj.sessie_minuten = sessie_minuten
        obj.save()
        audit_schrijven(
            actie="instellingen_gewijzigd",
            gebruiker=door,
            object_type="instellingen",
            object_id=1,
            request=request,
        )
    return obj


def aanmelding_loggen(
    *, user: AbstractBaseUser | None, actie: str, request: HttpRequest | None = None
) -> None:
    with transaction.atomic():
        audit_schrijven(
            actie=actie,
            gebruiker=user,
            object_type="gebruiker",
            object_id=getattr(user, "pk", "") or "",
            request=request,
        )


def totp_koppelen(
    *,
    user: AbstractBaseUser,
    sleutel: str,
    laatste_t: int,
    koppelcode: str = "",
    request: HttpRequest | None = None,
) -> TOTPDevice:
    """Store the authenticator she just proved she holds: the secret was made for this
    enrolment attempt only (kept in her session, never stored unconfirmed), so nobody can
    read it in advance. After a reset the beheerder's one-time code is needed too."""
    profiel = Profiel.objects.get(gebruiker=user)
    if profiel.koppelcode and not check_password(koppelcode.strip().upper(), profiel.koppelcode):
        raise OrgFout("De koppelcode klopt niet. Vraag uw beheerder om de code.")
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        device = TOTPDevice.objects.create(
            user=user, name="authenticator", key=sleutel, confirmed=True, last_t=laatste_t
        )
        Profiel.objects.filter(pk=profiel.pk).update(koppelcode="")
        audit_schrijven(
            actie="totp_gekoppeld",
            gebruiker=user,
            object_type="gebruiker",
            object_id=user.pk,
            request=request,
        )
    return device


def wachtwoord_gewijzigd(*, user: AbstractBaseUser, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        Profiel.objects.filter(gebruiker=user).update(wachtwoord_wijzigen=False)
        audit_schrijven(
            actie="wachtwoord_gewijzigd",
            gebruiker=user,
            object_type="gebruiker",
            object_id=user.pk,
            request=request,
        )
