"""The audit trail cannot be cut short unnoticed (issue 14, item 4).

Each way of cutting it: TRUNCATE (refused by the database on PostgreSQL), deleting the head,
deleting the tail and moving the head back, emptying both tables, rewriting the tail with
hashes computed without the key. The owner of the tables gets past the triggers (here as
PostgreSQL's superuser with session_replication_role = replica); what finds him out is the
keyed chain and the signed checkpoint in a file outside the database.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction

from meldwijzer.web.org.audit import (
    audit_schrijven,
    audit_verifieren,
    canoniek,
    checkpoint_schrijven,
    oude_keten_hash,
)
from meldwijzer.web.org.models import AuditEntry

pytestmark = pytest.mark.django_db


def _schrijf(n: int) -> None:
    for i in range(n):
        with transaction.atomic():
            audit_schrijven(actie="test", object_type="casus", object_id=f"c{i}")


def _als_eigenaar(*queries: tuple[str, list[object]]) -> None:
    """Tamper as the owner of the tables would: past every trigger."""
    with transaction.atomic(), connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute("SET LOCAL session_replication_role = replica")
        for sql, params in queries:
            cur.execute(sql, params)


@pytest.fixture
def controlepunten(tmp_path: Path, settings: object) -> Path:
    pad = tmp_path / "audit-controlepunten.jsonl"
    settings.MELDWIJZER_AUDIT_CHECKPOINTS = str(pad)  # type: ignore[attr-defined]
    return pad


def _op_postgresql() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("TRUNCATE-triggers bestaan alleen op PostgreSQL (SQLite kent geen TRUNCATE)")


def test_truncate_van_het_auditlog_wordt_door_de_database_geweigerd() -> None:
    _op_postgresql()
    _schrijf(3)
    for tabel in ("org_auditentry", "org_auditkop"):
        with pytest.raises(DatabaseError, match="leeggemaakt"), transaction.atomic():
            with connection.cursor() as cur:
                cur.execute(f"TRUNCATE {tabel}")
    with pytest.raises(DatabaseError, match="kop"), transaction.atomic():
        with connection.cursor() as cur:
            cur.execute("DELETE FROM org_auditkop")
    assert audit_verifieren().in_orde and audit_verifieren().aantal == 3


def test_een_ontbrekende_kop_is_een_fout() -> None:
    _schrijf(3)
    _als_eigenaar(("DELETE FROM org_auditkop", []))
    uitslag = audit_verifieren()
    assert not uitslag.in_orde and "kop" in uitslag.reden


def test_afgeknipte_staart_met_teruggezette_kop_valt_op_door_het_controlepunt(
    controlepunten: Path,
) -> None:
    _schrijf(5)
    checkpoint_schrijven()
    _schrijf(1)
    hash3 = AuditEntry.objects.filter(volgnummer=3).values_list("hash", flat=True).get()
    _als_eigenaar(
        ("DELETE FROM org_auditentry WHERE volgnummer > %s", [3]),
        ("UPDATE org_auditkop SET volgnummer = %s, hash = %s WHERE id = 1", [3, hash3]),
    )
    assert audit_verifieren(checkpoints="").in_orde  # without the checkpoint: unnoticed
    uitslag = audit_verifieren()
    assert not uitslag.in_orde and "controlepunt noemt regel 5" in uitslag.reden
    with pytest.raises(CommandError, match="controlepunt"):
        call_command("audit_verify")


def test_beide_tabellen_leeg_valt_op_door_het_controlepunt(controlepunten: Path) -> None:
    _schrijf(4)
    checkpoint_schrijven()
    if connection.vendor == "postgresql":
        _als_eigenaar(("TRUNCATE org_auditentry, org_auditkop", []))
    else:
        _als_eigenaar(("DELETE FROM org_auditentry", []), ("DELETE FROM org_auditkop", []))
    uitslag = audit_verifieren()
    assert not uitslag.in_orde and "controlepunt" in uitslag.reden


def test_herschreven_staart_zonder_de_sleutel_valt_op(controlepunten: Path) -> None:
    """The owner rewrites entry 4 and recomputes the hashes from there, as the unkeyed chain
    allowed; without the key they do not fit."""
    _schrijf(5)
    with connection.cursor() as cur:
        cur.execute(
            "SELECT volgnummer, tijd, gebruiker_id, gebruikersnaam, actie, object_type, "
            "object_id, ip, vorige_hash, detail FROM org_auditentry WHERE volgnummer >= 4 "
            "ORDER BY volgnummer"
        )
        rijen = cur.fetchall()
    vorige = rijen[0][8]
    queries = []
    for n, tijd, uid, naam, _actie, otype, oid, ip, _v, detail in rijen:
        inhoud = canoniek(
            volgnummer=n,
            tijd=tijd,
            gebruiker_id=uid,
            gebruikersnaam=naam,
            actie="niets",
            object_type=otype,
            object_id=oid,
            ip=ip,
            detail=detail,
        )
        nieuw = oude_keten_hash(vorige, inhoud)
        queries.append(
            (
                "UPDATE org_auditentry SET actie = 'niets', vorige_hash = %s, hash = %s "
                "WHERE volgnummer = %s",
                [vorige, nieuw, n],
            )
        )
        vorige = nieuw
    queries.append(("UPDATE org_auditkop SET hash = %s WHERE id = 1", [vorige]))
    _als_eigenaar(*queries)
    uitslag = audit_verifieren(checkpoints="")
    assert uitslag.eerste_fout == 4 and "gewijzigd" in uitslag.reden


def test_een_vervalst_controlepunt_wordt_niet_geloofd(controlepunten: Path) -> None:
    _schrijf(2)
    checkpoint_schrijven()
    regel = json.loads(controlepunten.read_text().splitlines()[-1])
    regel["n"] = 1
    regel["hash"] = hashlib.sha256(b"x").hexdigest()
    with controlepunten.open("a") as f:
        f.write(json.dumps(regel) + "\n")
    uitslag = audit_verifieren()
    assert not uitslag.in_orde and "ondertekend" in uitslag.reden


def test_controlepunt_schrijven_en_controleren_met_het_commando(
    controlepunten: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _schrijf(3)
    call_command("audit_checkpoint")
    _schrijf(2)
    call_command("audit_checkpoint")
    call_command("audit_verify")
    assert "in orde: 5 regels" in capsys.readouterr().out
    assert [json.loads(r)["n"] for r in controlepunten.read_text().splitlines()] == [3, 5]
