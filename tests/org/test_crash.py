"""Kill -9 the app in the middle of a burst of saves: every acknowledged save is there, no
casus is half-written, and the audit chain is intact (issue 6, 'proven').

A real gunicorn serves organisation mode on a free loopback port against a file SQLite
database; client threads log in (password + TOTP) and save; the server is killed with
SIGKILL while requests are in flight, then the database is read back by a fresh process.
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
GUNICORN = Path(PY).parent / "gunicorn"


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _database_url(tmp: Path) -> str:
    """A file SQLite database, or a fresh PostgreSQL database when the run uses PostgreSQL."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return f"sqlite:///{tmp / 'crash.sqlite3'}"
    import psycopg

    deel = urllib.parse.urlsplit(url)
    naam = f"meldwijzer_crash_{os.getpid()}"
    beheer = deel._replace(path="/postgres").geturl().replace("postgres://", "postgresql://", 1)
    with psycopg.connect(beheer, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {naam}")
        conn.execute(f"CREATE DATABASE {naam}")
    return deel._replace(path=f"/{naam}").geturl()


def _database_weg(url: str) -> None:
    if not url.startswith("postgres"):
        return
    import psycopg

    deel = urllib.parse.urlsplit(url)
    beheer = deel._replace(path="/postgres").geturl().replace("postgres://", "postgresql://", 1)
    with psycopg.connect(beheer, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {deel.path.lstrip('/')} WITH (FORCE)")


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MELDWIJZER_")}
    env.update(
        {
            "MELDWIJZER_MODE": "organisatie",
            "MELDWIJZER_DATA_DIR": str(tmp),
            "MELDWIJZER_SECRET_KEY": "crash-test-" + "x" * 60,
            "DATABASE_URL": _database_url(tmp),
            "DJANGO_SETTINGS_MODULE": "meldwijzer.web.settings",
            "PYTHONPATH": str(ROOT),
        }
    )
    return env


def _helper(env: dict[str, str], opdracht: str) -> dict[str, object]:
    out = subprocess.run(
        [PY, str(Path(__file__).with_name("crash_helper.py")), opdracht],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


class Sessie:
    """A browser-like client: cookies, CSRF token from the form, no redirects followed."""

    def __init__(self, basis: str) -> None:
        self.basis = basis
        self.jar = http.cookiejar.CookieJar()

        class GeenRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args: object, **kwargs: object) -> None:
                return None

        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), GeenRedirect
        )

    def _csrf(self) -> str:
        for c in self.jar:
            if c.name == "csrftoken":
                return str(c.value)
        return ""

    def get(self, pad: str) -> tuple[int, str]:
        try:
            with self.opener.open(self.basis + pad, timeout=20) as r:
                return int(r.status), r.read().decode()
        except urllib.error.HTTPError as e:
            return int(e.code), e.read().decode()

    def post(self, pad: str, data: dict[str, str]) -> int:
        data = {**data, "csrfmiddlewaretoken": self._csrf()}
        req = urllib.request.Request(  # noqa: S310 - our own loopback server
            self.basis + pad,
            urllib.parse.urlencode(data).encode(),
            headers={"Referer": self.basis + pad},
        )
        try:
            with self.opener.open(req, timeout=20) as r:
                return int(r.status)
        except urllib.error.HTTPError as e:
            return int(e.code)


def _inloggen(basis: str, key: str) -> Sessie:
    from django_otp.oath import totp

    s = Sessie(basis)
    s.get("/org/inloggen/")
    assert (
        s.post("/org/inloggen/", {"username": "crash", "password": "een-lang-wachtwoord-42"}) == 302
    )
    s.get("/org/tweede-stap/")
    code = f"{totp(bytes.fromhex(key)):06d}"
    assert s.post("/org/tweede-stap/", {"token": code}) == 302
    return s


def _wacht_op(basis: str, proces: subprocess.Popen[bytes]) -> None:
    for _ in range(200):
        if proces.poll() is not None:
            raise AssertionError("gunicorn stopte meteen")
        try:
            urllib.request.urlopen(basis + "/org/inloggen/", timeout=1).close()  # noqa: S310
            return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.1)
    raise AssertionError("gunicorn kwam niet op")


@pytest.mark.slow
def test_kill_9_tijdens_opslaan_verliest_niets_wat_bevestigd_was(tmp_path: Path) -> None:
    env = _env(tmp_path)
    try:
        _draai(env)
    except BaseException:
        _database_weg(env["DATABASE_URL"])
        raise


def _draai(env: dict[str, str]) -> None:
    subprocess.run(
        [PY, "-m", "django", "migrate", "-v0"], env=env, cwd=ROOT, check=True, timeout=300
    )
    gegevens = _helper(env, "setup")
    casus_id, keys = str(gegevens["casus"]), list(gegevens["keys"])  # type: ignore[call-overload]
    poort = _vrije_poort()
    basis = f"http://127.0.0.1:{poort}"
    server = subprocess.Popen(
        [
            str(GUNICORN),
            "--bind",
            f"127.0.0.1:{poort}",
            "--workers",
            "2",
            "--timeout",
            "30",
            "meldwijzer.web.wsgi:application",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    bevestigd: list[str] = []
    plannen: list[int] = []
    anders: list[int] = []  # any other answer (e.g. 5xx) before the kill
    slot = threading.Lock()
    stop = threading.Event()
    try:
        _wacht_op(basis, server)
        sessies = [_inloggen(basis, str(key)) for key in keys]

        def burst(nr: int, sessie: Sessie) -> None:
            i = 0
            while not stop.is_set():
                i += 1
                ref = f"REF-{nr}-{i:05d}"
                try:
                    if i % 3 == 0:
                        status = sessie.post(
                            f"/org/casussen/{casus_id}/hulpplan/",
                            {
                                "doelen": f"doel {ref}",
                                "afspraken": "x" * 2000,
                                "evaluatiedatum": "2030-01-01",
                            },
                        )
                        if status == 302:
                            with slot:
                                plannen.append(i)
                        continue
                    status = sessie.post(
                        f"/org/casussen/{casus_id}/veilig-thuis/",
                        {
                            "soort": "adviesvraag",
                            "datum": "2026-01-05",
                            "vraag": "v" * 3000,
                            "advies": "a",
                            "referentie": ref,
                        },
                    )
                except (OSError, urllib.error.URLError):
                    return  # the server is gone: this save was never acknowledged
                if status == 302:  # acknowledged: the redirect after a committed save
                    with slot:
                        bevestigd.append(ref)
                else:
                    with slot:
                        anders.append(status)

        threads = [threading.Thread(target=burst, args=(n, s)) for n, s in enumerate(sessies)]
        for t in threads:
            t.start()
        while len(bevestigd) < 40:
            time.sleep(0.01)
        os.killpg(server.pid, signal.SIGKILL)  # master and workers, mid-burst
        server.wait(timeout=10)
        stop.set()
        for t in threads:
            t.join(timeout=30)
    finally:
        stop.set()
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)

    try:
        uitslag = _helper(env, "check")
    finally:
        _database_weg(env["DATABASE_URL"])
    print(f"bevestigd={len(bevestigd)} opgeslagen={len(uitslag['referenties'])} anders={anders}")
    opgeslagen = set(uitslag["referenties"])  # type: ignore[arg-type]
    assert len(bevestigd) >= 40
    assert set(bevestigd) <= opgeslagen, "een bevestigde opslag ontbreekt"
    # Every stored contact has its audit entry and vice versa: no half-written save.
    assert uitslag["vt_audit"] == len(opgeslagen)
    assert uitslag["keten_ok"] is True
    assert uitslag["casussen"] and uitslag["casussen"][0]["id"] == casus_id  # type: ignore[index]
    assert int(uitslag["plan_audit"]) >= len(plannen)  # type: ignore[call-overload]
    assert re.fullmatch(r"[0-9a-f-]{36}", casus_id)
