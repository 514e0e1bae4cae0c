"""The append-only, hash-chained audit trail (issue 6: every view, change, export, share and
decision; who, when, what, from where — never content).

`audit_schrijven` must run inside the caller's `transaction.atomic()` so the entry commits
with the change it records. The chain head (`AuditKop`, one row) is locked first: an UPDATE
takes the row lock on PostgreSQL and the write lock on SQLite, so concurrent writers
(threads or processes) append one after the other and never fork the chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from meldwijzer.web.org.models import AuditEntry, AuditKop

NUL_HASH = "0" * 64


def client_ip(request: HttpRequest | None) -> str:
    """REMOTE_ADDR only: a forwarded header is set by whoever sends the request."""
    if request is None:
        return ""
    return str(request.META.get("REMOTE_ADDR", ""))[:45]


def canoniek(
    *,
    volgnummer: int,
    tijd: dt.datetime,
    gebruiker_id: int | None,
    gebruikersnaam: str,
    actie: str,
    object_type: str,
    object_id: str,
    ip: str,
) -> bytes:
    data = {
        "n": volgnummer,
        "t": tijd.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "u": gebruiker_id,
        "un": gebruikersnaam,
        "a": actie,
        "ot": object_type,
        "oi": object_id,
        "ip": ip,
    }
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def keten_hash(vorige: str, inhoud: bytes) -> str:
    return hashlib.sha256(vorige.encode("ascii") + inhoud).hexdigest()


def _kop_vergrendelen() -> tuple[int, str]:
    """Advance the chain head and return (new number, previous hash) in one statement.
    The UPDATE takes the lock before anything is read (row lock on PostgreSQL, write lock
    on SQLite); RETURNING needs SQLite 3.35+ (Python 3.11 ships newer)."""
    conn = transaction.get_connection()
    tabel = conn.ops.quote_name(AuditKop._meta.db_table)
    sql = (
        f"UPDATE {tabel} SET volgnummer = volgnummer + 1 WHERE id = 1 "  # noqa: S608 - table name from Model._meta, no user input
        "RETURNING volgnummer, hash"
    )
    with conn.cursor() as cur:
        cur.execute(sql)
        rij = cur.fetchone()
        if rij is None:  # first entry ever (or a flushed test database)
            AuditKop.objects.get_or_create(pk=1)
            cur.execute(sql)
            rij = cur.fetchone()
    return int(rij[0]), str(rij[1])


def audit_schrijven(
    *,
    actie: str,
    gebruiker: object | None = None,
    object_type: str = "",
    object_id: object = "",
    request: HttpRequest | None = None,
) -> AuditEntry:
    """Append one entry. Call inside `transaction.atomic()` together with the change."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit_schrijven hoort binnen transaction.atomic()")
    volgnummer, vorige_hash = _kop_vergrendelen()
    gebruiker_id = getattr(gebruiker, "pk", None)
    naam = str(getattr(gebruiker, "username", "") or "")[:150]
    tijd = timezone.now()
    oid = str(object_id)[:64]
    ip = client_ip(request)
    inhoud = canoniek(
        volgnummer=volgnummer,
        tijd=tijd,
        gebruiker_id=gebruiker_id,
        gebruikersnaam=naam,
        actie=actie,
        object_type=object_type,
        object_id=oid,
        ip=ip,
    )
    nieuwe_hash = keten_hash(vorige_hash, inhoud)
    entry = AuditEntry.objects.create(
        volgnummer=volgnummer,
        tijd=tijd,
        gebruiker_id=gebruiker_id,
        gebruikersnaam=naam,
        actie=actie,
        object_type=object_type,
        object_id=oid,
        ip=ip,
        vorige_hash=vorige_hash,
        hash=nieuwe_hash,
    )
    AuditKop.objects.filter(pk=1).update(hash=nieuwe_hash)
    return entry


@dataclass(frozen=True)
class Verificatie:
    aantal: int
    eerste_fout: int | None  # volgnummer of the first broken entry
    reden: str = ""

    @property
    def in_orde(self) -> bool:
        return self.eerste_fout is None


def _entries(batch: int) -> Iterator[tuple[object, ...]]:
    velden = (
        "volgnummer",
        "tijd",
        "gebruiker_id",
        "gebruikersnaam",
        "actie",
        "object_type",
        "object_id",
        "ip",
        "vorige_hash",
        "hash",
    )
    laatste = 0
    while True:
        rijen = list(
            AuditEntry.objects.filter(volgnummer__gt=laatste)
            .order_by("volgnummer")
            .values_list(*velden)[:batch]
        )
        if not rijen:
            return
        yield from rijen
        laatste = int(rijen[-1][0])  # type: ignore[call-overload]


def audit_verifieren(*, batch: int = 5000) -> Verificatie:
    """Recompute the chain from the start; report the first entry that does not fit."""
    vorige = NUL_HASH
    verwacht = 1
    aantal = 0
    for n, tijd, uid, naam, actie, otype, oid, ip, vorige_hash, opgeslagen in _entries(batch):
        aantal += 1
        if n != verwacht:
            return Verificatie(aantal, int(n), f"volgnummer {verwacht} ontbreekt")  # type: ignore[arg-type]
        if vorige_hash != vorige:
            return Verificatie(aantal, int(n), "verwijzing naar vorige regel klopt niet")  # type: ignore[arg-type]
        inhoud = canoniek(
            volgnummer=n,
            tijd=tijd,
            gebruiker_id=uid,
            gebruikersnaam=naam,  # type: ignore[arg-type]
            actie=actie,
            object_type=otype,
            object_id=oid,
            ip=ip,  # type: ignore[arg-type]
        )
        if keten_hash(vorige, inhoud) != opgeslagen:
            return Verificatie(aantal, int(n), "inhoud van de regel is gewijzigd")  # type: ignore[arg-type]
        vorige = str(opgeslagen)
        verwacht += 1
    kop = AuditKop.objects.filter(pk=1).first()
    if kop is not None and (kop.volgnummer != aantal or kop.hash != vorige):
        return Verificatie(aantal, aantal + 1, "laatste regels ontbreken (kop wijkt af)")
    return Verificatie(aantal, None)
