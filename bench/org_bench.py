"""Benchmark of organisation mode on PostgreSQL at the scale of issue 6 ('Speed, measured').

Fills PostgreSQL with 100,000 casussen over 2,000 users and 5,000,000 audit entries (COPY, a
valid hash chain), then measures with concurrent HTTP clients against a real gunicorn on
loopback: the user's own overview, opening a casus, saving a step of the flow (server
store, with its audit entry); and the rate of `audit_verify` over the whole chain. It prints
p50/p95/p99 per request next to the goal (p95 < 50 ms for the overview and a casus,
< 80 ms for a save) and whether it was met; it asserts nothing and exits 0.

    bash -c 'source scripts/pg.sh; DATABASE_URL=$TEST_DATABASE_URL \\
        .venv/bin/python bench/org_bench.py'

Clients. Each client is its own process (no GIL shared with the others), logged in as a
different medewerker, and repeats without pauses: her overview, open one of her casussen,
save step 1 of it (a closed loop: the next request leaves when the answer is in). The
default measures 1, 4 and 8 such clients in turn, each level with the goals beside it:

- 1 client: the time of each request on an otherwise idle server (service time);
- 4 clients: around 100 requests/s. That is more than 2,000 users ask at a busy moment:
  with 10% of them at work at once and a click every 10-30 s each, 7-20 requests/s;
- 8 clients: overload. On a 2-core machine that also runs PostgreSQL and the clients,
  every request waits for those of the others (latency = clients / throughput).

Per level it also prints where the CPU went (gunicorn, PostgreSQL, clients, per request)
and, at the start and the end, a fixed piece of Python ('ijking') that shows how fast the
machine was: other virtual machines on the same host slow it down without showing in the
load average.

Options: --casussen, --gebruikers, --audit, --clients, --rondes, --workers, --skip-fill.
A filled database is reused (the fill is skipped when casussen exist).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import http.client
import multiprocessing as mp
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SECRET = "bench-" + "k" * 60
DOELEN = {"overzicht": 50.0, "casus": 50.0, "opslaan": 80.0}  # p95 in ms (issue 6)


def _omgeving() -> None:
    os.environ.setdefault("MELDWIJZER_MODE", "organisatie")
    os.environ.setdefault("MELDWIJZER_PRODUCTION", "1")
    os.environ.setdefault("MELDWIJZER_SSL_REDIRECT", "0")  # plain http on loopback
    os.environ.setdefault("MELDWIJZER_SECRET_KEY", SECRET)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meldwijzer.web.settings")
    os.environ.setdefault("MELDWIJZER_DATA_DIR", "/tmp/meldwijzer-bench")
    sys.path.insert(0, str(ROOT))


def _database_maken(url: str) -> None:
    import psycopg

    deel = urllib.parse.urlsplit(url)
    naam = deel.path.lstrip("/")
    beheer = deel._replace(path="/postgres").geturl().replace("postgres://", "postgresql://", 1)
    with psycopg.connect(beheer, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [naam]).fetchone():
            conn.execute(f'CREATE DATABASE "{naam}"')


def _casus_json() -> str:
    from meldwijzer.engine.casus import Casus, Consultatie, ConsultatieMet, Signaal

    casus = Casus(
        signalen=[
            Signaal(id=f"s{i}", tekst=f"Observatie {i}: " + "feitelijke beschrijving " * 8)
            for i in range(4)
        ],
        consultaties=[Consultatie(id="c1", met=ConsultatieMet.COLLEGA, advies="advies " * 20)],
    )
    casus.afwegingen.vermoeden.antwoord = "ja"  # type: ignore[assignment]
    return casus.model_dump_json()


def _gebruikers(n_users: int) -> tuple[list[int], list[int]]:
    """Users u00000... with profiles: every 20th an aandachtsfunctionaris, one a beslisser."""
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import User

    from meldwijzer.web.org.models import Profiel, Rol

    wachtwoord = make_password("bench-wachtwoord-1234")
    User.objects.bulk_create(
        [User(username=f"u{i:05d}", password=wachtwoord) for i in range(n_users)], batch_size=2000
    )
    users = list(
        User.objects.filter(username__startswith="u").order_by("id").values_list("id", flat=True)
    )
    rollen = []
    for i, uid in enumerate(users):
        rol = (
            Rol.AANDACHTSFUNCTIONARIS
            if i % 20 == 1
            else Rol.BESLISSER
            if i % 20 == 2
            else Rol.MEDEWERKER
        )
        rollen.append(Profiel(gebruiker_id=uid, rol=rol))
    Profiel.objects.bulk_create(rollen, batch_size=2000)
    afs = [p.gebruiker_id for p in rollen if p.rol == Rol.AANDACHTSFUNCTIONARIS]
    return users, afs


def _casussen(raw: Any, n_casus: int, users: list[int], afs: list[int]) -> list[uuid.UUID]:
    """Casussen round-robin over the users (50 each at full scale), every 10th shared with an
    aandachtsfunctionaris, every 5th with a report to Veilig Thuis, every 10th with a plan."""
    from psycopg.copy import QueuedLibpqWriter

    from meldwijzer.web.org import crypto

    blob = _casus_json()
    nu = dt.datetime.now(dt.UTC)
    vandaag = dt.date.today()
    ids = [uuid.uuid4() for _ in range(n_casus)]
    cur = raw.cursor()
    with cur.copy(
        "COPY org_storedcasus (id, eigenaar_id, dossier_ref, status, afsluit_reden,"
        " afgesloten_op, aangemaakt, gewijzigd, version, data) FROM STDIN",
        writer=QueuedLibpqWriter(cur),
    ) as copy:
        for i, cid in enumerate(ids):
            gewijzigd = nu - dt.timedelta(minutes=i % 90_000)
            copy.write_row(
                (
                    cid,
                    users[i % len(users)],
                    f"D-{i:07d}",
                    "open",
                    "",
                    None,
                    gewijzigd,
                    gewijzigd,
                    1,
                    crypto.versleutel(blob),  # each its own token, as in real use
                )
            )
    with raw.cursor().copy(
        "COPY org_deling (casus_id, gebruiker_id, rol, gedeeld_door_id, aangemaakt) FROM STDIN"
    ) as copy:
        for i in range(0, n_casus, 10):
            copy.write_row(
                (ids[i], afs[(i // 10) % len(afs)], "consult", users[i % len(users)], nu)
            )
    with raw.cursor().copy(
        "COPY org_veiligthuiscontact (casus_id, soort, datum, vraag, advies, wijze,"
        " referentie, veiligheidsoordeel, vervolgstap, vastgelegd_door_id,"
        " aangemaakt) FROM STDIN"
    ) as copy:
        for i in range(0, n_casus, 5):
            copy.write_row(
                (
                    ids[i],
                    "melding",
                    vandaag - dt.timedelta(days=i % 20),
                    "",
                    "",
                    "telefonisch",
                    crypto.versleutel(f"VT-{i}"),
                    "",
                    "",
                    users[i % len(users)],
                    nu,
                )
            )
    with raw.cursor().copy(
        "COPY org_hulpplan (casus_id, doelen, afspraken, evaluatiedatum, gewijzigd) FROM STDIN"
    ) as copy:
        for i in range(3, n_casus, 10):
            copy.write_row(
                (
                    ids[i],
                    crypto.versleutel("doelen"),
                    "",
                    vandaag + dt.timedelta(days=(i % 60) - 30),
                    nu,
                )
            )
    return ids


def _audit(raw: Any, n_audit: int, users: list[int], ids: list[uuid.UUID]) -> str:
    """A valid chain of `n_audit` 'casus_bekeken' entries over the last year, written as COPY
    text in large chunks (the hash of each entry needs the one before, so this is one
    sequential loop; the product's own `canoniek` and `keten_hash` make the hashes)."""
    from psycopg.copy import QueuedLibpqWriter

    from meldwijzer.web.org.audit import NUL_HASH, canoniek, keten_hash, tijd_tekst

    t0 = time.perf_counter()
    vorige = NUL_HASH
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=365)
    stap = dt.timedelta(microseconds=6_000)
    namen = [f"u{i:05d}" for i in range(len(users))]
    oids = [str(c) for c in ids]
    regels: list[str] = []
    cur = raw.cursor()
    with cur.copy(
        "COPY org_auditentry (volgnummer, tijd, gebruiker_id, gebruikersnaam, actie,"
        " object_type, object_id, ip, vorige_hash, hash) FROM STDIN",
        writer=QueuedLibpqWriter(cur),  # sends from a thread: PostgreSQL works meanwhile
    ) as copy:
        tijd = start
        for n in range(1, n_audit + 1):
            tijd += stap
            t = tijd_tekst(tijd)  # PostgreSQL reads this ISO text as a timestamptz
            k = n % len(users)
            oid = oids[n % len(oids)]
            inhoud = canoniek(
                volgnummer=n,
                tijd=t,
                gebruiker_id=users[k],
                gebruikersnaam=namen[k],
                actie="casus_bekeken",
                object_type="casus",
                object_id=oid,
                ip="10.0.0.1",
            )
            h = keten_hash(vorige, inhoud)
            # Only plain ASCII without tabs or backslashes: no COPY escaping needed.
            regels.append(
                f"{n}\t{t}\t{users[k]}\t{namen[k]}\tcasus_bekeken\tcasus\t{oid}\t10.0.0.1"
                f"\t{vorige}\t{h}\n"
            )
            vorige = h
            if len(regels) == 20_000:
                copy.write("".join(regels))
                regels.clear()
            if n % 1_000_000 == 0:
                print(f"  audit {n:,} ({time.perf_counter() - t0:.0f} s)", flush=True)
        copy.write("".join(regels))
    return vorige


def _vullen(n_casus: int, n_users: int, n_audit: int) -> None:
    from django.db import connection, transaction

    from meldwijzer.web.org.models import AuditKop

    t_begin = time.perf_counter()
    with transaction.atomic():
        users, afs = _gebruikers(n_users)
    print(f"gebruikers: {len(users):,} in {time.perf_counter() - t_begin:.1f} s", flush=True)
    with connection.cursor() as cur:
        raw = cur.connection
        t0 = time.perf_counter()
        with transaction.atomic():
            ids = _casussen(raw, n_casus, users, afs)
        print(
            f"casussen: {n_casus:,} (met delingen, contacten, plannen) in"
            f" {time.perf_counter() - t0:.1f} s",
            flush=True,
        )
        t0 = time.perf_counter()
        with transaction.atomic():
            kop = _audit(raw, n_audit, users, ids)
            AuditKop.objects.update_or_create(pk=1, defaults={"volgnummer": n_audit, "hash": kop})
        print(f"auditregels: {n_audit:,} in {time.perf_counter() - t0:.1f} s", flush=True)
        t0 = time.perf_counter()
        cur.execute("VACUUM ANALYZE")
        print(f"VACUUM ANALYZE in {time.perf_counter() - t0:.1f} s", flush=True)
    print(f"vullen totaal: {time.perf_counter() - t_begin:.1f} s", flush=True)


def _sessies(aantal: int) -> list[dict[str, Any]]:
    """Logged-in, OTP-verified sessions of `aantal` different medewerkers (spread over all
    users, the same ones every run), each with the signed pointers to 20 of her casussen."""
    from django.contrib.auth.models import User
    from django.contrib.sessions.backends.db import SessionStore
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from meldwijzer.web.org import store
    from meldwijzer.web.org.models import StoredCasus

    kandidaten = list(User.objects.filter(org_profiel__rol="medewerker").order_by("id"))
    stap = max(1, len(kandidaten) // max(aantal, 1))
    uit = []
    for user in kandidaten[::stap][:aantal]:
        device, _ = TOTPDevice.objects.get_or_create(
            user=user, name="bench", defaults={"confirmed": True}
        )
        s = SessionStore()
        s["_auth_user_id"] = str(user.pk)
        s["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        s["_auth_user_hash"] = user.get_session_auth_hash()
        s["otp_device_id"] = device.persistent_id
        s.create()
        casussen = list(
            StoredCasus.objects.filter(eigenaar=user)
            .order_by("pk")
            .values_list("pk", "version")[:20]
        )
        uit.append(
            {
                "sessie": s.session_key,
                "csrf": uuid.uuid4().hex,
                "casussen": [
                    (str(pk), store.staat_maken(casus_id=pk, versie=v, user_id=user.pk))
                    for pk, v in casussen
                ],
            }
        )
    return uit


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _verzoek(
    poort: int, sessie: dict[str, Any], pad: str, data: dict[str, str] | None = None
) -> tuple[int, str, float]:
    """One request on a fresh connection (gunicorn's sync workers close each one)."""
    headers = {
        "Host": "127.0.0.1",
        "Accept-Encoding": "gzip",  # as a browser does: the pages are sent compressed
        "Cookie": f"sessionid={sessie['sessie']}; csrftoken={sessie['csrf']}",
    }
    body = None
    if data is not None:
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": sessie["csrf"]})
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    t = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", poort, timeout=60)
    try:
        conn.request("POST" if body is not None else "GET", pad, body=body, headers=headers)
        antwoord = conn.getresponse()
        inhoud = antwoord.read()
        status = antwoord.status
        gzipt = antwoord.getheader("Content-Encoding") == "gzip"
    finally:
        conn.close()
    ms = (time.perf_counter() - t) * 1000
    if data is None:
        return status, "", ms
    return status, (gzip.decompress(inhoud) if gzipt else inhoud).decode(), ms


_STAAT = re.compile(r'name="staat" value="([^"]+)"')


def _client(poort: int, sessie: dict[str, Any], rondes: int, start: Any, uit: Any, nr: int) -> None:
    """One user: overview, open a casus, save step 1 of it; again, without pauses."""
    metingen: list[tuple[str, int, float]] = []
    start.wait()
    for r in range(rondes):
        i = r % len(sessie["casussen"])
        casus_id, staat = sessie["casussen"][i]
        s1, _, t1 = _verzoek(poort, sessie, "/org/casussen/")
        s2, _, t2 = _verzoek(poort, sessie, f"/org/casussen/{casus_id}/")
        velden = {
            "staat": staat,
            "pagina": "stap1",
            "actie": "opslaan",
            "sig_soort": "observatie",
            "sig_tekst": f"Bench-signaal {r}",
            "sig_bron": "",
            "sig_datum": "",
            "ci_tekst": "",
            "ci_datum": "",
        }
        s3, html, t3 = _verzoek(poort, sessie, "/stap/1/", velden)
        m = _STAAT.search(html)
        if m:  # the next save of this casus carries the new version
            sessie["casussen"][i] = (casus_id, m.group(1))
        metingen += [("overzicht", s1, t1), ("casus", s2, t2), ("opslaan", s3, t3)]
    uit.put((nr, metingen, sessie))


def _meten(
    poort: int, alle: list[dict[str, Any]], clients: int, rondes: int
) -> tuple[dict[str, list[float]], list[str], float]:
    """Run the first `clients` sessions, one process each, at the same time; the sessions
    get the new pointers of the casussen they saved."""
    sessies = alle[:clients]
    ctx = mp.get_context("fork")
    start = ctx.Barrier(len(sessies) + 1)
    uit = ctx.Queue()
    procs = [
        ctx.Process(target=_client, args=(poort, s, rondes, start, uit, nr))
        for nr, s in enumerate(sessies)
    ]
    for p in procs:
        p.start()
    start.wait()
    t0 = time.perf_counter()
    resultaten = [uit.get(timeout=3600) for _ in procs]
    duur = time.perf_counter() - t0
    for p in procs:
        p.join()
    tijden: dict[str, list[float]] = {naam: [] for naam in DOELEN}
    fouten: list[str] = []
    for nr, metingen, sessie in resultaten:
        alle[nr] = sessie
        for naam, status, ms in metingen:
            if status == 200:
                tijden[naam].append(ms)
            else:
                fouten.append(f"{naam}:{status}")
    return tijden, fouten, duur


def _p(waarden: list[float], q: int) -> float:
    if len(waarden) < 2:
        return float("nan")
    return statistics.quantiles(waarden, n=100, method="inclusive")[q - 1]


def _cpu(server_pid: int) -> dict[str, float]:
    """CPU seconds so far: the whole machine (busy, steal, all), the gunicorn processes, the
    PostgreSQL processes (Linux /proc; zeros elsewhere)."""
    tick = os.sysconf("SC_CLK_TCK")
    uit = {"machine": 0.0, "steal": 0.0, "totaal": 0.0, "server": 0.0, "postgres": 0.0}
    try:
        velden = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return uit
    idle = velden[3] + velden[4]
    uit["totaal"] = sum(velden[:8]) / tick
    uit["machine"] = (sum(velden[:8]) - idle - velden[7]) / tick
    uit["steal"] = velden[7] / tick
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            stat = (proc / "stat").read_text()
            cmd = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        v = stat[stat.rindex(")") + 2 :].split()
        sec = (int(v[11]) + int(v[12])) / tick
        if int(v[2]) == server_pid:  # process group of gunicorn (start_new_session)
            uit["server"] += sec
        elif cmd.startswith(b"postgres"):
            uit["postgres"] += sec
    return uit


def _ijking() -> float:
    """A fixed piece of pure Python (ms, best of 5): how fast this machine is right now, so
    runs on a busy host can be compared (other virtual machines' load shows up here, hardly
    as steal)."""
    import json

    data = {"n": 1, "t": "2026-01-01T00:00:00.000000Z", "a": "casus_bekeken", "u": None}
    beste = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        for i in range(20_000):
            data["n"] = i
            json.dumps(data, sort_keys=True)
        beste = min(beste, time.perf_counter() - t)
    return beste * 1000


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def _server(poort: int, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MELDWIJZER_ALLOWED_HOSTS": "127.0.0.1"}
    return subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "--bind",
            f"127.0.0.1:{poort}",
            "--workers",
            str(workers),
            "--backlog",
            "256",
            "meldwijzer.web.wsgi:application",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open("/tmp/meldwijzer-bench-gunicorn.log", "wb"),
        start_new_session=True,
    )


def _tabel(tijden: dict[str, list[float]]) -> list[str]:
    regels = [
        f"  {'verzoek':10s} {'n':>5s} {'p50':>7s} {'p95':>7s} {'p99':>7s} {'max':>7s}"
        "   doel p95   gehaald"
    ]
    for naam, waarden in tijden.items():
        p95 = _p(waarden, 95)
        regels.append(
            f"  {naam:10s} {len(waarden):5d} {_p(waarden, 50):7.1f} {p95:7.1f}"
            f" {_p(waarden, 99):7.1f} {max(waarden, default=float('nan')):7.1f}"
            f"   < {DOELEN[naam]:3.0f} ms   {'ja' if p95 < DOELEN[naam] else 'NEE'}"
        )
    return regels


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--casussen", type=int, default=100_000)
    parser.add_argument("--gebruikers", type=int, default=2_000)
    parser.add_argument("--audit", type=int, default=5_000_000)
    parser.add_argument(
        "--clients",
        default="1,4,8",
        help="concurrent clients; a comma list measures each level in turn",
    )
    parser.add_argument("--rondes", type=int, default=40, help="rounds of 3 requests per client")
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 2,
        help="gunicorn sync workers (default one per core: the pages are CPU-bound)",
    )
    parser.add_argument("--skip-fill", action="store_true")
    args = parser.parse_args()
    niveaus = [int(c) for c in str(args.clients).split(",") if c.strip()]
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        print("Zet DATABASE_URL op een PostgreSQL-database (zie de docstring).", file=sys.stderr)
        return 2
    _omgeving()
    _database_maken(url)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connections

    call_command("migrate", verbosity=0)
    from meldwijzer.web.org.models import AuditEntry, StoredCasus

    print(
        f"load vooraf: {_load()}  ({os.cpu_count()} cores); ijking {_ijking():.0f} ms",
        flush=True,
    )
    if not args.skip_fill and not StoredCasus.objects.exists():
        _vullen(args.casussen, args.gebruikers, args.audit)
    print(
        f"database: {StoredCasus.objects.count():,} casussen,"
        f" {AuditEntry.objects.count():,} auditregels",
        flush=True,
    )

    alle_sessies = _sessies(max(niveaus))
    connections.close_all()  # nothing open across fork
    poort = _vrije_poort()
    server = _server(poort, args.workers)
    uitslagen = []
    try:
        for _ in range(300):
            try:
                _verzoek(poort, alle_sessies[0], "/org/inloggen/")
                break
            except OSError:
                time.sleep(0.1)
        _meten(
            poort, alle_sessies, len(alle_sessies), 3
        )  # warm-up: imports, connections, caches per worker
        for clients in niveaus:
            load = _load()
            cpu_voor, kind_voor = _cpu(server.pid), os.times()
            tijden, fouten, duur = _meten(poort, alle_sessies, clients, args.rondes)
            cpu_na, kind_na = _cpu(server.pid), os.times()
            cpu = {k: cpu_na[k] - cpu_voor[k] for k in cpu_na}
            cpu["clients"] = (kind_na.children_user + kind_na.children_system) - (
                kind_voor.children_user + kind_voor.children_system
            )
            uitslagen.append((clients, tijden, fouten, duur, load, _load(), cpu))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    for clients, tijden, fouten, duur, load_voor, load_na, cpu in uitslagen:
        aantal = sum(len(v) for v in tijden.values()) + len(fouten)
        print(
            f"\nHTTP via gunicorn ({args.workers} sync workers) op loopback: {clients} clients"
            f" zonder pauze, {args.rondes} rondes, {duur:.1f} s, {aantal / duur:.0f} verzoeken/s"
            f" (load voor {load_voor}, na {load_na})"
        )
        print("\n".join(_tabel(tijden)))
        if cpu["totaal"] > 0:
            per = 1000 / max(aantal, 1)
            overig = cpu["machine"] - cpu["server"] - cpu["postgres"] - cpu["clients"]
            print(
                f"  CPU: machine {cpu['machine'] / cpu['totaal']:.0%} bezet"
                f" (steal {cpu['steal'] / cpu['totaal']:.0%}); per verzoek: server"
                f" {cpu['server'] * per:.1f} ms, PostgreSQL {cpu['postgres'] * per:.1f} ms,"
                f" clients {cpu['clients'] * per:.1f} ms, overig {overig * per:.1f} ms"
            )
        if fouten:
            print(f"  LET OP: {len(fouten)} mislukte verzoeken, bijv. {fouten[:5]}")

    from meldwijzer.web.org import audit

    t0 = time.perf_counter()
    uitslag = audit.audit_verifieren()
    aantal = uitslag.aantal
    uitslag_tekst = f"{aantal:,} regels, keten {'in orde' if uitslag.in_orde else 'GEBROKEN'}"
    duur = time.perf_counter() - t0
    print(f"\nauditverificatie: {uitslag_tekst} in {duur:.1f} s = {aantal / duur:,.0f} regels/s")
    print(f"load na afloop: {_load()}; ijking {_ijking():.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
