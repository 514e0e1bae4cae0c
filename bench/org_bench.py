"""Benchmark of organisation mode on PostgreSQL (issue 6, 'Speed, measured').

Fills PostgreSQL with 100,000 casussen over 2,000 users and 5,000,000 audit entries (COPY,
a valid hash chain), then measures with concurrent HTTP clients (threads) against a real
gunicorn on loopback: the user's overview, opening a casus, saving a step of the flow
(server store); and the audit verification rate. It prints figures; it asserts nothing.

    bash -c 'source scripts/pg.sh; DATABASE_URL=$TEST_DATABASE_URL \
        .venv/bin/python bench/org_bench.py'

Options: --casussen, --gebruikers, --audit, --clients, --rondes, --workers, --skip-fill.
The step save goes through the flow's pages with the org server store put in place by
`wsgi_app()` below (the same seam the flow will use in organisation mode).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SECRET = "bench-" + "k" * 60


def _omgeving() -> None:
    os.environ.setdefault("MELDWIJZER_MODE", "organisatie")
    os.environ.setdefault("MELDWIJZER_SECRET_KEY", SECRET)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meldwijzer.web.settings")
    os.environ.setdefault("MELDWIJZER_DATA_DIR", "/tmp/meldwijzer-bench")
    sys.path.insert(0, str(ROOT))


def wsgi_app() -> Any:
    """gunicorn 'bench.org_bench:wsgi_app()': the app with the flow on the server store."""
    _omgeving()
    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()  # sets Django up before the imports below
    from meldwijzer.web.flow import views as flow_views
    from meldwijzer.web.org import store

    flow_views.store_voor = store.store_voor  # type: ignore[assignment]
    return application


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


def _vullen(n_casus: int, n_users: int, n_audit: int) -> None:
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import User
    from django.db import connection

    from meldwijzer.web.org import crypto
    from meldwijzer.web.org.audit import NUL_HASH, canoniek, keten_hash
    from meldwijzer.web.org.models import AuditKop, Profiel, Rol

    t0 = time.perf_counter()
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
    print(f"gebruikers: {len(users)} in {time.perf_counter() - t0:.1f} s", flush=True)

    t0 = time.perf_counter()
    blob = _casus_json()
    nu = dt.datetime.now(dt.UTC)
    ids: list[uuid.UUID] = []
    with (
        connection.cursor() as cur,
        cur.connection.cursor().copy(
            "COPY org_storedcasus (id, eigenaar_id, dossier_ref, status, afsluit_reden,"
            " afgesloten_op, aangemaakt, gewijzigd, version, data) FROM STDIN"
        ) as copy,
    ):
        for i in range(n_casus):
            cid = uuid.uuid4()
            ids.append(cid)
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
                    crypto.versleutel(blob),
                )
            )
    print(f"casussen: {n_casus} in {time.perf_counter() - t0:.1f} s", flush=True)

    t0 = time.perf_counter()
    vandaag = dt.date.today()
    with connection.cursor() as cur:
        raw = cur.connection
        with raw.cursor().copy(
            "COPY org_deling (casus_id, gebruiker_id, rol, gedeeld_door_id, aangemaakt) FROM STDIN"
        ) as copy:
            for i in range(0, n_casus, 10):
                copy.write_row((ids[i], afs[i % len(afs)], "consult", users[i % len(users)], nu))
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
    print(f"delingen, contacten, plannen in {time.perf_counter() - t0:.1f} s", flush=True)

    t0 = time.perf_counter()
    vorige = NUL_HASH
    start = nu - dt.timedelta(days=365)
    with (
        connection.cursor() as cur,
        cur.connection.cursor().copy(
            "COPY org_auditentry (volgnummer, tijd, gebruiker_id, gebruikersnaam, actie,"
            " object_type, object_id, ip, vorige_hash, hash) FROM STDIN"
        ) as copy,
    ):
        for n in range(1, n_audit + 1):
            tijd = start + dt.timedelta(microseconds=n * 6_000)
            uid = users[n % len(users)]
            naam = f"u{n % len(users):05d}"
            oid = str(ids[n % len(ids)])
            inhoud = canoniek(
                volgnummer=n,
                tijd=tijd,
                gebruiker_id=uid,
                gebruikersnaam=naam,
                actie="casus_bekeken",
                object_type="casus",
                object_id=oid,
                ip="10.0.0.1",
            )
            h = keten_hash(vorige, inhoud)
            copy.write_row(
                (n, tijd, uid, naam, "casus_bekeken", "casus", oid, "10.0.0.1", vorige, h)
            )
            vorige = h
            if n % 1_000_000 == 0:
                print(f"  audit {n:,} ({time.perf_counter() - t0:.0f} s)", flush=True)
    AuditKop.objects.update_or_create(pk=1, defaults={"volgnummer": n_audit, "hash": vorige})
    print(f"auditregels: {n_audit:,} in {time.perf_counter() - t0:.1f} s", flush=True)
    with connection.cursor() as cur:
        cur.execute("ANALYZE")


def _sessies(aantal: int) -> list[dict[str, Any]]:
    """Logged-in, OTP-verified sessions for a sample of medewerkers, made in the database."""
    from django.contrib.auth.models import User
    from django.contrib.sessions.backends.db import SessionStore
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from meldwijzer.web.org import store
    from meldwijzer.web.org.models import StoredCasus

    users = list(User.objects.filter(org_profiel__rol="medewerker").order_by("?")[:aantal])
    uit = []
    for user in users:
        device, _ = TOTPDevice.objects.get_or_create(
            user=user, name="bench", defaults={"confirmed": True}
        )
        s = SessionStore()
        s["_auth_user_id"] = str(user.pk)
        s["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        s["_auth_user_hash"] = user.get_session_auth_hash()
        s["otp_device_id"] = device.persistent_id
        s.create()
        casussen = list(StoredCasus.objects.filter(eigenaar=user).values_list("pk", "version")[:20])
        uit.append(
            {
                "sessie": s.session_key,
                "csrf": secrets.token_hex(16),
                "user": user.pk,
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


class _GeenRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _verzoek(
    basis: str, sessie: dict[str, Any], pad: str, data: dict[str, str] | None = None
) -> tuple[int, str, float]:
    opener = urllib.request.build_opener(_GeenRedirect)
    headers = {"Cookie": f"sessionid={sessie['sessie']}; csrftoken={sessie['csrf']}"}
    body = None
    if data is not None:
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": sessie["csrf"]}).encode()
    req = urllib.request.Request(basis + pad, body, headers=headers)
    t = time.perf_counter()
    try:
        with opener.open(req, timeout=30) as r:
            tekst = r.read().decode()
            status = int(r.status)
    except urllib.error.HTTPError as e:
        tekst, status = e.read().decode(), int(e.code)
    return status, tekst, (time.perf_counter() - t) * 1000


def _meten(basis: str, sessies: list[dict[str, Any]], rondes: int) -> dict[str, list[float]]:
    tijden: dict[str, list[float]] = {"overzicht": [], "casus": [], "opslaan": []}
    fouten: list[str] = []
    slot = threading.Lock()

    def client(sessie: dict[str, Any]) -> None:
        for r in range(rondes):
            casus_id, staat = sessie["casussen"][r % len(sessie["casussen"])]
            s1, _, t1 = _verzoek(basis, sessie, "/org/casussen/")
            s2, _, t2 = _verzoek(basis, sessie, f"/org/casussen/{casus_id}/")
            s3, html, t3 = _verzoek(
                basis,
                sessie,
                "/stap/1/",
                {
                    "staat": staat,
                    "pagina": "stap1",
                    "actie": "opslaan",
                    "sig_soort": "observatie",
                    "sig_tekst": f"Bench-signaal {r}",
                    "sig_bron": "",
                    "sig_datum": "",
                    "ci_tekst": "",
                    "ci_datum": "",
                },
            )
            m = re.search(r'name="staat" value="([^"]+)"', html)
            if m:
                sessie["casussen"][r % len(sessie["casussen"])] = (casus_id, m.group(1))
            with slot:
                for naam, status, t in (
                    ("overzicht", s1, t1),
                    ("casus", s2, t2),
                    ("opslaan", s3, t3),
                ):
                    if status == 200:
                        tijden[naam].append(t)
                    else:
                        fouten.append(f"{naam}:{status}")

    threads = [threading.Thread(target=client, args=(s,)) for s in sessies]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if fouten:
        print(f"LET OP: {len(fouten)} mislukte verzoeken, bijv. {fouten[:5]}")
    return tijden


def _p(waarden: list[float], q: int) -> float:
    if len(waarden) < 2:
        return float("nan")
    return statistics.quantiles(waarden, n=100, method="inclusive")[q - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--casussen", type=int, default=100_000)
    parser.add_argument("--gebruikers", type=int, default=2_000)
    parser.add_argument("--audit", type=int, default=5_000_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rondes", type=int, default=40)
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 2) * 2)
    parser.add_argument("--skip-fill", action="store_true")
    parser.add_argument(
        "--verify-limit",
        type=int,
        default=0,
        help="verify only the first N audit entries (0 = all)",
    )
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        print("Zet DATABASE_URL op een PostgreSQL-database (zie de docstring).", file=sys.stderr)
        return 2
    _omgeving()
    _database_maken(url)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from meldwijzer.web.org.models import StoredCasus

    if not args.skip_fill and not StoredCasus.objects.exists():
        _vullen(args.casussen, args.gebruikers, args.audit)
    print(f"database: {StoredCasus.objects.count():,} casussen", flush=True)

    sessies = _sessies(args.clients)
    poort = _vrije_poort()
    basis = f"http://127.0.0.1:{poort}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "--bind",
            f"127.0.0.1:{poort}",
            "--workers",
            str(args.workers),
            "bench.org_bench:wsgi_app()",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open("/tmp/meldwijzer-bench-gunicorn.log", "wb"),
        start_new_session=True,
    )
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(basis + "/org/inloggen/", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        _meten(basis, sessies, 3)  # warm-up (connections, caches)
        t0 = time.perf_counter()
        tijden = _meten(basis, sessies, args.rondes)
        duur = time.perf_counter() - t0
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    print(
        f"\nHTTP via gunicorn ({args.workers} workers) op loopback, {args.clients} clients, "
        f"{duur:.1f} s, {sum(len(v) for v in tijden.values()) / duur:.0f} verzoeken/s"
    )
    doelen = {"overzicht": 50, "casus": 50, "opslaan": 80}
    for naam, waarden in tijden.items():
        print(
            f"  {naam:10s} n={len(waarden):5d}  p50={_p(waarden, 50):6.1f} ms  "
            f"p95={_p(waarden, 95):6.1f} ms  p99={_p(waarden, 99):6.1f} ms  "
            f"(doel p95 < {doelen[naam]} ms)"
        )

    from meldwijzer.web.org import audit

    t0 = time.perf_counter()
    if args.verify_limit:
        aantal = 0
        for _ in audit._entries(5000):
            aantal += 1
            if aantal >= args.verify_limit:
                break
        uitslag_tekst = f"{aantal:,} regels gelezen (zonder hashen)"
    else:
        uitslag = audit.audit_verifieren(batch=20_000)
        aantal = uitslag.aantal
        uitslag_tekst = f"{aantal:,} regels, keten {'in orde' if uitslag.in_orde else 'GEBROKEN'}"
    duur = time.perf_counter() - t0
    print(f"\nauditverificatie: {uitslag_tekst} in {duur:.1f} s = {aantal / duur:,.0f} regels/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
