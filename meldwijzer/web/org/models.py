"""Organisation mode data: profiles and roles, lasting casussen, Veilig Thuis log, help plan,
sign-off, settings, and the append-only audit trail.

Free text is stored encrypted (`VersleuteldeTekst`); a casus holds no names or BSN and points
to the organisation's own dossier by `dossier_ref`. Writes go through `services/` only.
"""

from __future__ import annotations

import uuid
from typing import Any, NoReturn

from django.conf import settings
from django.db import models

from meldwijzer.engine.fouten import MeldwijzerFout, Soort
from meldwijzer.web.org.fields import VersleuteldeTekst


def kolomnaam(model: type[models.Model], veld: str) -> str:
    """The database column of a concrete field, for the few statements written in SQL."""
    field = model._meta.get_field(veld)
    if not isinstance(field, models.Field) or field.column is None:
        raise TypeError(f"{model.__name__}.{veld} is geen kolom")
    return field.column


class Rol(models.TextChoices):
    """Roles of Bijlage 1c/1d: who records, who can be consulted, who decides, who manages."""

    MEDEWERKER = "medewerker", "Medewerker"
    AANDACHTSFUNCTIONARIS = "aandachtsfunctionaris", "Aandachtsfunctionaris"
    BESLISSER = "beslisser", "Beslisser"
    BEHEERDER = "beheerder", "Beheerder"


#: Roles that work with casussen (all but the beheerder, who sees no casus content).
PROFESSIONELE_ROLLEN = (Rol.MEDEWERKER, Rol.AANDACHTSFUNCTIONARIS, Rol.BESLISSER)


class Profiel(models.Model):
    gebruiker = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="org_profiel"
    )
    rol = models.CharField(max_length=30, choices=Rol.choices, default=Rol.MEDEWERKER)
    alleen_stap_1 = models.BooleanField(
        default=False, help_text="Bijlage 1c: deze medewerker zet alleen stap 1."
    )
    # The password a beheerder chose is changed at the first login (issue 14, item 2).
    wachtwoord_wijzigen = models.BooleanField(default=False)
    # Her function, printed in the verslag as who did the work (issue 13 item 7); no name.
    functie = models.CharField(max_length=200, blank=True, default="")
    # After a beheerder reset the second factor: the hash of the one-time code she handed
    # out, without which no new authenticator can be enrolled ("" = no code needed).
    koppelcode = models.CharField(max_length=200, blank=True, default="")

    def __str__(self) -> str:
        return f"{self.gebruiker_id}:{self.rol}"


def standaard_stappen() -> dict[str, list[int]]:
    return {
        Rol.MEDEWERKER.value: [1, 2, 3, 4, 5],
        Rol.AANDACHTSFUNCTIONARIS.value: [1, 2, 3, 4, 5],
        Rol.BESLISSER.value: [1, 2, 3, 4, 5],
    }


class Instellingen(models.Model):
    """The organisation's own choices (Bijlage 1c): one row, pk=1."""

    stappen_per_rol = models.JSONField(default=standaard_stappen)
    beslisser_tekent_af = models.BooleanField(default=False)
    bewaartermijn_dagen = models.PositiveIntegerField(null=True, blank=True)
    inactief_na_dagen = models.PositiveIntegerField(default=30)
    sessie_minuten = models.PositiveIntegerField(default=15)

    def __str__(self) -> str:
        return "instellingen"

    def bewaartermijn(self) -> int:
        return self.bewaartermijn_dagen or int(settings.MELDWIJZER_RETENTION_DAYS)


class Status(models.TextChoices):
    OPEN = "open", "Open"
    AFGESLOTEN = "afgesloten", "Afgesloten"


class StoredCasus(models.Model):
    """One lasting casus. The whole `Casus` JSON is one encrypted blob; `version` counts saves
    and guards against overwriting a colleague's save (optimistic locking)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    eigenaar = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="org_casussen"
    )
    dossier_ref = models.CharField(max_length=40)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.OPEN)
    afsluit_reden = VersleuteldeTekst()
    afgesloten_op = models.DateTimeField(null=True, blank=True)
    aangemaakt = models.DateTimeField(auto_now_add=True)
    # Not indexed: no query searches on it, and an index would make every save a non-HOT
    # update on PostgreSQL (all indexes of the row rewritten instead of none).
    gewijzigd = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)
    data = VersleuteldeTekst()

    class Meta:
        indexes = (
            models.Index(fields=["eigenaar", "status"]),
            models.Index(fields=["status", "afgesloten_op"]),
        )

    def __str__(self) -> str:
        return str(self.id)


class DeelRol(models.TextChoices):
    CONSULT = "consult", "Consultatie (stap 2)"
    BESLISSEN = "beslissen", "Beslissen (stap 5)"


class Deling(models.Model):
    casus = models.ForeignKey(StoredCasus, on_delete=models.CASCADE, related_name="delingen")
    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="org_delingen"
    )
    rol = models.CharField(max_length=12, choices=DeelRol.choices)
    gedeeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    aangemaakt = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=["casus", "gebruiker"], name="org_deling_uniek"),
        )

    def __str__(self) -> str:
        return f"{self.casus_id}:{self.gebruiker_id}:{self.rol}"


class ContactSoort(models.TextChoices):
    ADVIESVRAAG = "adviesvraag", "Adviesvraag (anoniem)"
    MELDING = "melding", "Melding"
    TERUGKOPPELING = "terugkoppeling", "Terugkoppeling van Veilig Thuis"


class MeldWijze(models.TextChoices):
    TELEFONISCH = "telefonisch", "Telefonisch"
    SCHRIFTELIJK = "schriftelijk", "Schriftelijk / online"
    PERSOONLIJK = "persoonlijk", "Persoonlijk"


class VeiligThuisContact(models.Model):
    """One contact with Veilig Thuis. Which fields matter depends on `soort`."""

    casus = models.ForeignKey(StoredCasus, on_delete=models.CASCADE, related_name="vt_contacten")
    soort = models.CharField(max_length=20, choices=ContactSoort.choices)
    datum = models.DateField()
    vraag = VersleuteldeTekst()
    advies = VersleuteldeTekst()
    wijze = models.CharField(max_length=20, choices=MeldWijze.choices, blank=True)
    referentie = VersleuteldeTekst()
    veiligheidsoordeel = VersleuteldeTekst()
    vervolgstap = VersleuteldeTekst()
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    aangemaakt = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("datum", "aangemaakt")

    def __str__(self) -> str:
        return f"{self.casus_id}:{self.soort}:{self.datum}"


class Hulpplan(models.Model):
    """Agreements when help is chosen (afwegingen 3–5): goals and an evaluation date."""

    casus = models.OneToOneField(StoredCasus, on_delete=models.CASCADE, related_name="hulpplan")
    doelen = VersleuteldeTekst()
    afspraken = VersleuteldeTekst()
    evaluatiedatum = models.DateField()
    gewijzigd = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"plan:{self.casus_id}"


class Herweging(models.Model):
    """Afweging 5 asked again (BPSW Bijlage 2, afweging 5: 'Leidt deze hulp tot duurzame
    veiligheid?'). Any 'ja' to the five questions means reporting is necessary."""

    casus = models.ForeignKey(StoredCasus, on_delete=models.CASCADE, related_name="herwegingen")
    datum = models.DateField()
    geweld_stopt_niet = models.BooleanField()
    ernstiger_dan_verwacht = models.BooleanField()
    doelen_niet_behaald = models.BooleanField()
    plan_loopt_vast = models.BooleanField()
    expertise_nodig = models.BooleanField()
    toelichting = VersleuteldeTekst()
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    aangemaakt = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"herweging:{self.casus_id}:{self.datum}"

    @property
    def melden_noodzakelijk(self) -> bool:
        return any(
            (
                self.geweld_stopt_niet,
                self.ernstiger_dan_verwacht,
                self.doelen_niet_behaald,
                self.plan_loopt_vast,
                self.expertise_nodig,
            )
        )


class Aftekening(models.Model):
    """Step 5 sign-off: the medewerker proposes, the beslisser decides (Bijlage 1c)."""

    casus = models.OneToOneField(StoredCasus, on_delete=models.CASCADE, related_name="aftekening")
    voorstel = models.CharField(max_length=3)  # Keuze: "ja" (melden) / "nee"
    voorstel_reden = VersleuteldeTekst()
    voorgesteld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    voorgesteld_op = models.DateTimeField()
    norm = models.CharField(max_length=20)  # BeslissingMelden at the time of the proposal
    besluit = models.CharField(max_length=3, blank=True)
    besluit_reden = VersleuteldeTekst()
    besloten_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    besloten_op = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"aftekening:{self.casus_id}"


class AuditOnveranderlijk(MeldwijzerFout):
    """The audit trail is append-only (a guard against our own code: INTERN)."""

    soort = Soort.INTERN


class AuditQuerySet(models.QuerySet["AuditEntry"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise AuditOnveranderlijk("Het auditlog kan niet worden gewijzigd")

    def delete(self) -> NoReturn:
        raise AuditOnveranderlijk("Het auditlog kan niet worden verwijderd")


class AuditEntry(models.Model):
    """Who did what to which object, from where, when — never content. Each entry's hash
    chains it to the previous one (sha256(previous hash + canonical entry))."""

    volgnummer = models.BigIntegerField(unique=True)
    tijd = models.DateTimeField()
    gebruiker_id = models.BigIntegerField(null=True, blank=True)
    gebruikersnaam = models.CharField(max_length=150, blank=True)
    actie = models.CharField(max_length=40)
    object_type = models.CharField(max_length=40, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    ip = models.CharField(max_length=45, blank=True)
    vorige_hash = models.CharField(max_length=64)
    # What else identifies the act, never content: the sha256 of an imported file, the
    # recipient of a mailed verslag. Part of the hash when not empty.
    detail = models.CharField(max_length=120, blank=True, default="", db_default="")
    hash = models.CharField(max_length=64)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ("volgnummer",)
        # The audit trail of one casus. A plain index: `db_index=True` on a CharField also
        # makes a second (LIKE) index on PostgreSQL, which no query uses but every append
        # (every view of a casus) would maintain.
        indexes = (models.Index(fields=["object_id"], name="org_audit_object_id"),)

    def __str__(self) -> str:
        return f"{self.volgnummer}:{self.actie}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AuditOnveranderlijk("Het auditlog kan niet worden gewijzigd")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AuditOnveranderlijk("Het auditlog kan niet worden verwijderd")


class AuditKop(models.Model):
    """The single head of the chain (pk=1): locked while an entry is appended."""

    volgnummer = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64, default="0" * 64)

    def __str__(self) -> str:
        return f"kop:{self.volgnummer}"
