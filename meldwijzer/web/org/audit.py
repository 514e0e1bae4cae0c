"""The append-only, hash-chained audit trail (issue 6: every view, change, export, share and
decision; who, when, what, from where — never content).

The chain is keyed (issue 14, item 4): each entry's hash is an HMAC-SHA256 over the previous
hash and the entry, with `settings.MELDWIJZER_AUDIT_KEY`, a key the database does not hold.
Whoever owns the tables can delete or rewrite rows, but cannot compute the hashes of a
rewritten tail. Cutting off the tail (and moving the head back) is found by comparing with
the newest signed checkpoint, a file outside the database (`checkpoint_schrijven`).
Entries written before the key existed (plain SHA-256) are still read, but only before the
first keyed entry.

`audit_schrijven` must run inside the caller's `transaction.atomic()` so the entry commits
with the change it records. The chain head (`AuditKop`, one row: last number and hash) is
locked first — `SELECT ... FOR UPDATE` on PostgreSQL, a no-op UPDATE (the write lock) on
SQLite — and held until commit, so concurrent writers (threads or processes) append one
after the other and never fork the chain. An append is two statements on PostgreSQL (lock
and read the head; insert the entry and advance the head in one statement), plain SQL
without model instances, since every view of a casus writes one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Iterator
from dataclasses import dataclass
from json.encoder import encode_basestring_ascii as _json_str
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.http import HttpRequest
from django.utils import timezone

from meldwijzer.web.org.models import AuditEntry, AuditKop, kolomnaam

NUL_HASH = "0" * 64


def client_ip(request: HttpRequest | None) -> str:
    """REMOTE_ADDR only: a forwarded header is set by whoever sends the request."""
    if request is None:
        return ""
    return str(request.META.get("REMOTE_ADDR", ""))[:45]


def tijd_tekst(tijd: dt.datetime) -> str:
    """The time of an entry as it is hashed: UTC, microseconds, 'Z' (for years 1000-9999 the
    same text as strftime('%Y-%m-%dT%H:%M:%S.%fZ'))."""
    return tijd.astimezone(dt.UTC).isoformat(timespec="microseconds")[:-6] + "Z"


def canoniek(
    *,
    volgnummer: int,
    tijd: dt.datetime | str,
    gebruiker_id: int | None,
    gebruikersnaam: str,
    actie: str,
    object_type: str,
    object_id: str,
    ip: str,
    detail: str = "",
) -> bytes:
    """The hashed form of an entry: exactly the bytes of

        json.dumps({"n": volgnummer, "t": tijd_tekst(tijd), "u": gebruiker_id,
                    "un": gebruikersnaam, "a": actie, "ot": object_type, "oi": object_id,
                    "ip": ip}, sort_keys=True, separators=(",", ":"), ensure_ascii=True)

    written out by hand (keys in sorted order, strings through json's own ASCII encoder),
    three times faster; verifying millions of entries is mostly this function. `tijd` may be
    given as `tijd_tekst` already. tests/org/test_audit.py checks it against json.dumps.
    A non-empty `detail` (e.g. the sha256 of an imported file, a mail recipient) is hashed
    under the key "d"; an empty one is left out, so entries written before it existed keep
    their hash."""
    t = tijd if isinstance(tijd, str) else tijd_tekst(tijd)
    u = "null" if gebruiker_id is None else int.__repr__(gebruiker_id)
    d = f'"d":{_json_str(detail)},' if detail else ""
    return (
        f'{{"a":{_json_str(actie)},{d}"ip":{_json_str(ip)},"n":{int.__repr__(volgnummer)},'
        f'"oi":{_json_str(object_id)},"ot":{_json_str(object_type)},"t":{_json_str(t)},'
        f'"u":{u},"un":{_json_str(gebruikersnaam)}}}'
    ).encode("ascii")


def audit_sleutel() -> bytes:
    """The chain key: MELDWIJZER_AUDIT_KEY (env or _FILE), else one derived from SECRET_KEY
    (development; `check --deploy` refuses that in organisation mode)."""
    eigen = str(getattr(settings, "MELDWIJZER_AUDIT_KEY", "") or "")
    if eigen:
        return eigen.encode("utf-8")
    return hashlib.sha256(b"meldwijzer-audit\x00" + settings.SECRET_KEY.encode("utf-8")).digest()


def keten_hash(vorige: str, inhoud: bytes, *, sleutel: bytes | None = None) -> str:
    """HMAC-SHA256(key, previous hash + canonical entry)."""
    sleutel = audit_sleutel() if sleutel is None else sleutel
    return hmac.new(sleutel, vorige.encode("ascii") + inhoud, hashlib.sha256).hexdigest()


def oude_keten_hash(vorige: str, inhoud: bytes) -> str:
    """The unkeyed hash of entries written before the chain was keyed."""
    return hashlib.sha256(vorige.encode("ascii") + inhoud).hexdigest()


_VELDEN = (
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
    "detail",
)


def _sql(conn: BaseDatabaseWrapper) -> tuple[str, str, str]:
    """(lock the head, append the entry, advance the head) for this database. Table and
    column names come from the models' _meta, never from input."""
    q = conn.ops.quote_name
    kop = q(AuditKop._meta.db_table)
    entry = q(AuditEntry._meta.db_table)
    kolommen = ", ".join(q(kolomnaam(AuditEntry, v)) for v in _VELDEN)
    plekken = ", ".join(["%s"] * len(_VELDEN))
    invoegen = f"INSERT INTO {entry} ({kolommen}) VALUES ({plekken})"  # noqa: S608 - names from _meta
    if conn.vendor == "postgresql":
        # A row lock without writing a row version; entry and head in one round trip.
        return (
            f"SELECT volgnummer, hash FROM {kop} WHERE id = 1 FOR UPDATE",  # noqa: S608 - names from _meta
            f"WITH e AS ({invoegen}) UPDATE {kop} SET volgnummer = %s, hash = %s WHERE id = 1",  # noqa: S608 - names from _meta
            "",
        )
    # SQLite (and anything else): a no-op write first, so the write lock is taken before the
    # read also when transactions start deferred; RETURNING needs SQLite 3.35+.
    return (
        f"UPDATE {kop} SET volgnummer = volgnummer WHERE id = 1 RETURNING volgnummer, hash",  # noqa: S608 - names from _meta
        invoegen,
        f"UPDATE {kop} SET volgnummer = %s, hash = %s WHERE id = 1",  # noqa: S608 - names from _meta
    )


def audit_schrijven(
    *,
    actie: str,
    gebruiker: object | None = None,
    object_type: str = "",
    object_id: object = "",
    request: HttpRequest | None = None,
    detail: str = "",
) -> int:
    """Append one entry and return its number. Call inside `transaction.atomic()` together
    with the change, as late as possible: the head of the chain stays locked until commit."""
    conn = transaction.get_connection()
    if not conn.in_atomic_block:
        raise RuntimeError("audit_schrijven hoort binnen transaction.atomic()")
    gebruiker_id = getattr(gebruiker, "pk", None)
    naam = str(getattr(gebruiker, "username", "") or "")[:150]
    oid = str(object_id)[:64]
    detail = str(detail)[:120]
    ip = client_ip(request)
    vergrendel, invoegen, kop_bij = _sql(conn)
    sleutel = audit_sleutel()
    with conn.cursor() as cur:
        cur.execute(vergrendel)
        rij = cur.fetchone()
        if rij is None:  # first entry ever (or a flushed test database)
            AuditKop.objects.get_or_create(pk=1)
            cur.execute(vergrendel)
            rij = cur.fetchone()
        volgnummer, vorige_hash = int(rij[0]) + 1, str(rij[1])
        tijd = timezone.now()  # read under the lock: times rise with the numbers
        inhoud = canoniek(
            volgnummer=volgnummer,
            tijd=tijd,
            gebruiker_id=gebruiker_id,
            gebruikersnaam=naam,
            actie=actie,
            object_type=object_type,
            object_id=oid,
            ip=ip,
            detail=detail,
        )
        nieuwe_hash = keten_hash(vorige_hash, inhoud, sleutel=sleutel)
        waarden = [
            volgnummer,
            AuditEntry._meta.get_field("tijd").get_db_prep_value(tijd, conn),
            gebruiker_id,
            naam,
            actie,
            object_type,
            oid,
            ip,
            vorige_hash,
            nieuwe_hash,
            detail,
        ]
        if kop_bij:
            cur.execute(invoegen, waarden)
            cur.execute(kop_bij, [volgnummer, nieuwe_hash])
        else:
            cur.execute(invoegen, [*waarden, volgnummer, nieuwe_hash])
    return volgnummer


@dataclass(frozen=True)
class Verificatie:
    aantal: int
    eerste_fout: int | None  # volgnummer of the first broken entry
    reden: str = ""

    @property
    def in_orde(self) -> bool:
        return self.eerste_fout is None


# On PostgreSQL the server writes the time as `tijd_tekst` would: parsing millions of
# timestamps in Python was half the time of a verification. (A different text could only
# make a good entry fail, never let a changed one pass: the text is exact to the
# microsecond, the resolution of the column.)
_PG_TIJD = "to_char(tijd AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"


def _entries(batch: int, tot: int | None) -> Iterator[tuple[Any, ...]]:
    """Entries in order of number (up to `tot`), read in keyset batches on the unique index."""
    conn = connections[AuditEntry.objects.db]
    laatste = 0
    while True:
        if conn.vendor == "postgresql":
            kolommen = ", ".join(_PG_TIJD if v == "tijd" else v for v in _VELDEN)
            tabel = conn.ops.quote_name(AuditEntry._meta.db_table)
            with conn.cursor() as cur:
                cur.execute(
                    f"SELECT {kolommen} FROM {tabel} WHERE volgnummer > %s AND volgnummer <= %s"  # noqa: S608 - names from _meta
                    " ORDER BY volgnummer LIMIT %s",
                    [laatste, tot if tot is not None else 2**63 - 1, batch],
                )
                rijen = cur.fetchall()
        else:
            qs = AuditEntry.objects.filter(volgnummer__gt=laatste)
            if tot is not None:
                qs = qs.filter(volgnummer__lte=tot)
            rijen = list(qs.order_by("volgnummer").values_list(*_VELDEN)[:batch])
        if not rijen:
            return
        yield from rijen
        laatste = int(rijen[-1][0])


def audit_verifieren(*, batch: int = 20_000, checkpoints: Path | str | None = None) -> Verificatie:
    """Recompute the chain from the start; report the first entry that does not fit.

    The head is read first and the chain is checked up to its number: entries appended
    while this runs (the app keeps working) are not counted as missing, and cutting off the
    last entries still shows, because the head then points past the end. An absent head
    with entries (or a checkpoint) is an error. The chain must pass through the newest
    signed checkpoint (`checkpoints`, default settings.MELDWIJZER_AUDIT_CHECKPOINTS) with
    the same hash: that finds a tail cut off together with the head, an emptied table, and
    a chain rewritten from the start."""
    pad = checkpoints if checkpoints is not None else _checkpoint_pad()
    punt = laatste_checkpoint(pad) if pad else None
    kop = AuditKop.objects.filter(pk=1).first()
    if isinstance(punt, Verificatie):
        return punt
    sleutel = audit_sleutel()
    vorige = NUL_HASH
    verwacht = 1
    aantal = 0
    gesleuteld = False  # after the first keyed entry, every entry must be keyed
    for rij in _entries(batch, kop.volgnummer if kop is not None else None):
        n, tijd, uid, naam, actie, otype, oid, ip, vorige_hash, opgeslagen, detail = rij
        aantal += 1
        if n != verwacht:
            return Verificatie(aantal, int(n), f"volgnummer {verwacht} ontbreekt")
        if vorige_hash != vorige:
            return Verificatie(aantal, int(n), "verwijzing naar vorige regel klopt niet")
        inhoud = canoniek(
            volgnummer=n,
            tijd=tijd,
            gebruiker_id=uid,
            gebruikersnaam=naam,
            actie=actie,
            object_type=otype,
            object_id=oid,
            ip=ip,
            detail=detail,
        )
        if hmac.compare_digest(keten_hash(vorige, inhoud, sleutel=sleutel), str(opgeslagen)):
            gesleuteld = True
        elif gesleuteld or oude_keten_hash(vorige, inhoud) != opgeslagen:
            return Verificatie(aantal, int(n), "inhoud van de regel is gewijzigd")
        vorige = str(opgeslagen)
        if punt is not None and n == punt.volgnummer and vorige != punt.hash:
            return Verificatie(aantal, int(n), "wijkt af van het laatste controlepunt")
        verwacht += 1
    if kop is None and aantal:
        return Verificatie(aantal, aantal + 1, "de kop van het auditlog ontbreekt")
    if kop is not None and (kop.volgnummer != aantal or kop.hash != vorige):
        return Verificatie(aantal, aantal + 1, "laatste regels ontbreken (kop wijkt af)")
    if punt is not None and aantal < punt.volgnummer:
        return Verificatie(
            aantal,
            aantal + 1,
            f"regels ontbreken: het laatste controlepunt noemt regel {punt.volgnummer}",
        )
    return Verificatie(aantal, None)


# --- checkpoints outside the database ------------------------------------------------------


@dataclass(frozen=True)
class Checkpoint:
    volgnummer: int
    hash: str
    tijd: str


def _checkpoint_pad() -> Path | None:
    pad = str(getattr(settings, "MELDWIJZER_AUDIT_CHECKPOINTS", "") or "")
    return Path(pad) if pad else None


def _handtekening(volgnummer: int, hash_: str, tijd: str) -> str:
    bericht = f"meldwijzer-audit-checkpoint:{volgnummer}:{hash_}:{tijd}".encode("ascii")
    return hmac.new(audit_sleutel(), bericht, hashlib.sha256).hexdigest()


def laatste_checkpoint(pad: Path | str) -> Checkpoint | Verificatie | None:
    """The newest checkpoint in the file (one JSON object per line), None without any; a
    Verificatie with the reason when a line is not signed with the audit key."""
    pad = Path(pad)
    if not pad.exists():
        return None
    laatste = None
    for regel in pad.read_text(encoding="ascii").splitlines():
        if not regel.strip():
            continue
        try:
            d = json.loads(regel)
            punt = Checkpoint(volgnummer=int(d["n"]), hash=str(d["hash"]), tijd=str(d["tijd"]))
            handtekening = str(d["sig"])
        except (ValueError, KeyError, TypeError):
            return Verificatie(0, 0, "controlepuntenbestand is onleesbaar")
        if not hmac.compare_digest(
            _handtekening(punt.volgnummer, punt.hash, punt.tijd), handtekening
        ):
            return Verificatie(
                0, punt.volgnummer, "controlepunt is niet ondertekend met de sleutel"
            )
        if laatste is None or punt.volgnummer >= laatste.volgnummer:
            laatste = punt
    return laatste


def checkpoint_schrijven(pad: Path | str | None = None) -> Checkpoint:
    """Verify the chain (against the previous checkpoint) and append the current head,
    signed with the audit key, to the operator's checkpoint file. Raises ValueError when
    the chain is broken: a broken chain is never endorsed."""
    pad = Path(pad) if pad is not None else _checkpoint_pad()
    if pad is None:
        raise ValueError("MELDWIJZER_AUDIT_CHECKPOINTS is niet ingesteld")
    kop = AuditKop.objects.filter(pk=1).first()
    uitslag = audit_verifieren(checkpoints=pad)
    if not uitslag.in_orde:
        raise ValueError(f"Auditlog gebroken bij regel {uitslag.eerste_fout}: {uitslag.reden}")
    n, h = (kop.volgnummer, kop.hash) if kop is not None else (0, NUL_HASH)
    if uitslag.aantal < n:
        raise ValueError("Auditlog korter dan zijn kop")
    tijd = tijd_tekst(timezone.now())
    punt = Checkpoint(volgnummer=n, hash=h, tijd=tijd)
    regel = json.dumps(
        {"n": n, "hash": h, "tijd": tijd, "sig": _handtekening(n, h, tijd)}, sort_keys=True
    )
    pad.parent.mkdir(parents=True, exist_ok=True)
    with pad.open("a", encoding="ascii") as f:
        f.write(regel + "\n")
    return punt
