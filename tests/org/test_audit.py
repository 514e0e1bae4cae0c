from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from hypothesis import given, settings
from hypothesis import strategies as st

from meldwijzer.web.org import audit
from meldwijzer.web.org.audit import audit_schrijven, audit_verifieren, canoniek, tijd_tekst
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


_tekst = st.text(max_size=40)


@settings(max_examples=300, deadline=None)
@given(
    n=st.integers(min_value=1, max_value=2**62),
    tijd=st.datetimes(
        min_value=dt.datetime(1000, 1, 2),
        max_value=dt.datetime(9999, 12, 30),
        timezones=st.sampled_from([dt.UTC, ZoneInfo("Europe/Amsterdam")]),
    ),
    uid=st.none() | st.integers(min_value=0, max_value=2**62),
    naam=_tekst,
    actie=_tekst,
    otype=_tekst,
    oid=_tekst,
    ip=_tekst,
)
def test_canonieke_vorm_is_precies_die_van_json_dumps(
    n: int, tijd: dt.datetime, uid: int | None, naam: str, actie: str, otype: str, oid: str, ip: str
) -> None:
    """The hand-written canonical form hashes the same bytes as json.dumps, so chains
    written before it (and any other implementation) keep verifying."""
    verwacht = json.dumps(
        {
            "n": n,
            "t": tijd.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "u": uid,
            "un": naam,
            "a": actie,
            "ot": otype,
            "oi": oid,
            "ip": ip,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    ).encode()
    velden = {
        "volgnummer": n,
        "gebruiker_id": uid,
        "gebruikersnaam": naam,
        "actie": actie,
        "object_type": otype,
        "object_id": oid,
        "ip": ip,
    }
    assert canoniek(tijd=tijd, **velden) == verwacht
    assert canoniek(tijd=tijd_tekst(tijd), **velden) == verwacht


@pytest.mark.django_db
def test_regels_die_tijdens_de_controle_bijkomen_tellen_niet_als_ontbrekend(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """audit_verify runs while the app works: the chain is checked up to the head as it was
    at the start, so an entry appended meanwhile is neither an error nor counted."""
    _schrijf(3)
    echt = audit._entries

    def met_nieuwe_regel(batch: int, tot: int | None) -> Iterator[tuple[Any, ...]]:
        _schrijf(1)  # another process appends after the head was read
        yield from echt(batch, tot)

    monkeypatch.setattr(audit, "_entries", met_nieuwe_regel)
    uitslag = audit_verifieren()
    assert uitslag.in_orde and uitslag.aantal == 3
    monkeypatch.undo()
    assert audit_verifieren().aantal == 4


@pytest.mark.django_db
def test_keten_klopt_ook_voor_tijden_op_een_hele_seconde(monkeypatch: pytest.MonkeyPatch) -> None:
    """The time is hashed as text; on PostgreSQL the verification has the server write that
    text. Whole seconds (microseconds 000000) and a date across midnight UTC must agree."""
    tijden = iter(
        [
            dt.datetime(2026, 3, 1, 0, 0, 0, tzinfo=dt.UTC),
            dt.datetime(2026, 3, 1, 23, 59, 59, 999999, tzinfo=dt.UTC),
            dt.datetime(2026, 10, 25, 1, 30, 0, 1, tzinfo=ZoneInfo("Europe/Amsterdam")),
        ]
    )
    monkeypatch.setattr(audit.timezone, "now", lambda: next(tijden))
    _schrijf(3)
    monkeypatch.undo()
    uitslag = audit_verifieren()
    assert uitslag.in_orde and uitslag.aantal == 3
