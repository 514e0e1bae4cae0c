from __future__ import annotations

import itertools

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

from meldwijzer.web.org.audit import audit_schrijven, audit_verifieren
from meldwijzer.web.org.models import AuditEntry, AuditOnveranderlijk, StoredCasus

from .conftest import GEHEIM_SIGNAAL, Cast


def _schrijf(n: int) -> None:
    for i in range(n):
        with transaction.atomic():
            audit_schrijven(actie="test", object_type="casus", object_id=i)


@pytest.mark.django_db
def test_keten_van_een_ongeschonden_log_klopt() -> None:
    _schrijf(5)
    uitslag = audit_verifieren()
    assert uitslag.in_orde and uitslag.aantal == 5
    regels = list(AuditEntry.objects.all())
    assert [r.volgnummer for r in regels] == [1, 2, 3, 4, 5]
    assert all(b.vorige_hash == a.hash for a, b in itertools.pairwise(regels))


@pytest.mark.django_db
def test_auditlog_weigert_wijzigen_en_verwijderen_via_de_orm() -> None:
    _schrijf(1)
    regel = AuditEntry.objects.get()
    regel.actie = "anders"
    with pytest.raises(AuditOnveranderlijk):
        regel.save()
    with pytest.raises(AuditOnveranderlijk):
        regel.delete()
    with pytest.raises(AuditOnveranderlijk):
        AuditEntry.objects.filter(pk=regel.pk).update(actie="x")
    with pytest.raises(AuditOnveranderlijk):
        AuditEntry.objects.all().delete()


@pytest.mark.django_db(transaction=True)
def test_auditregel_buiten_een_transactie_wordt_geweigerd() -> None:
    with pytest.raises(RuntimeError):
        audit_schrijven(actie="test")


def _sql(query: str, params: list[object]) -> None:
    """Tamper as someone with full database rights would: past the trigger, if any."""
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute("ALTER TABLE org_auditentry DISABLE TRIGGER org_audit_alleen_toevoegen")
        cur.execute(query, params)
        if connection.vendor == "postgresql":
            cur.execute("ALTER TABLE org_auditentry ENABLE TRIGGER org_audit_alleen_toevoegen")


@pytest.mark.django_db
def test_gewijzigde_regel_wordt_als_eerste_gebroken_regel_gemeld() -> None:
    _schrijf(6)
    _sql("UPDATE org_auditentry SET actie = %s WHERE volgnummer = %s", ["verborgen", 3])
    uitslag = audit_verifieren()
    assert uitslag.eerste_fout == 3
    with pytest.raises(CommandError, match="regel 3"):
        call_command("audit_verify")


@pytest.mark.django_db
def test_verwijderde_regel_wordt_ontdekt() -> None:
    _schrijf(6)
    _sql("DELETE FROM org_auditentry WHERE volgnummer = %s", [4])
    assert audit_verifieren().eerste_fout == 5


@pytest.mark.django_db
def test_weggehaalde_laatste_regel_wordt_ontdekt() -> None:
    _schrijf(4)
    _sql("DELETE FROM org_auditentry WHERE volgnummer = %s", [4])
    assert not audit_verifieren().in_orde


@pytest.mark.django_db
def test_herberekende_keten_na_wijziging_valt_op_door_de_kop() -> None:
    _schrijf(3)
    _sql("UPDATE org_auditentry SET hash = %s WHERE volgnummer = %s", ["f" * 64, 3])
    assert audit_verifieren().eerste_fout == 3


def test_audit_bevat_nooit_inhoud_van_de_casus(stored: StoredCasus, cast: Cast) -> None:
    for regel in AuditEntry.objects.values_list(
        "actie", "object_type", "object_id", "gebruikersnaam", "ip"
    ):
        assert all(GEHEIM_SIGNAAL not in str(v) for v in regel)
    assert AuditEntry.objects.filter(actie="casus_aangemaakt").count() == 1


@pytest.mark.django_db
def test_op_postgresql_weigert_de_database_zelf_wijzigen_van_het_auditlog() -> None:
    from django.db import DatabaseError

    if connection.vendor != "postgresql":
        pytest.skip("de trigger bestaat alleen op PostgreSQL; SQLite: de ORM-weigering hierboven")
    _schrijf(1)
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cur:
        cur.execute("UPDATE org_auditentry SET actie = 'x'")
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cur:
        cur.execute("DELETE FROM org_auditentry")
    assert AuditEntry.objects.get().actie == "test"


@pytest.mark.django_db
def test_audit_verify_meldt_een_gave_keten(capsys: pytest.CaptureFixture[str]) -> None:
    _schrijf(2)
    call_command("audit_verify")
    assert "2 regels" in capsys.readouterr().out


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_gelijktijdige_schrijvers_maken_een_ononderbroken_keten() -> None:
    """Row locks on the chain head serialise writers. On SQLite the test database lives in
    shared memory with table locks, so the test runs on PostgreSQL (several processes)."""
    if connection.vendor != "postgresql":
        pytest.skip("alleen zinvol op PostgreSQL; de SQLite-run test dit in test_crash")
    import threading

    from django.db import connections

    fouten: list[BaseException] = []

    def schrijver() -> None:
        try:
            _schrijf(10)
        except BaseException as exc:
            fouten.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=schrijver) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert fouten == []
    uitslag = audit_verifieren()
    assert uitslag.in_orde and uitslag.aantal == 40
