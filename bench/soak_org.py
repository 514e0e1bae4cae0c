"""The soak in organisation mode: every save the server acknowledged is there afterwards.

`python -m bench.soak --modus organisatie` runs this. On the PostgreSQL server it is given it
creates its own database (`meldwijzer_soak_<random>`, dropped at the end, so it never meets a
test database or real data), migrates it and creates one medewerker per simulated user with
a password and a confirmed TOTP device whose key the bench keeps. Gunicorn serves
organisation mode with production settings (plain http on loopback, like the private soak).

Each simulated professional logs in through the real pages (password, then a TOTP code made
from her key: one login, as a device accepts each code only once), creates a casus on her
overview, opens it in the steps and works through every page the navigation offers, with
think time, then starts the next casus until the time is up. She types a marker into the
free-text fields that the casus keeps (`MARKEER`). A save counts as acknowledged when the
page that comes back carries the pointer to the next version of her casus (the server
renders it only after the transaction with the audit entry committed, see org/store.py).
Anything else is either a validation message on the page or an error: a 5xx, an unexpected
4xx, a redirect (session lost), a conflict (409: nobody else edits her casus, so none may
happen), a socket error, or a page that neither saved nor said why.

Afterwards the database is read through the project's own selector (`casus_voor` as the
owner, decrypting with the same keys): a save is found when the casus reached its version
and every marker of it that no later save replaced is in the stored casus. The audit trail
must hold one entry per acknowledged save, and its hash chain must be intact.

The logins are spread over the first sixth of the run (at most 20 s): a password check
(Argon2) costs a quarter of a second of CPU on purpose, and a hundred people do not log in
in the same second. Their requests are timed apart (`inloggen_*`); p50-max are those of the
work itself. `machine_bezet_pct` is how busy the whole machine was, and
`waarvan_andere_processen_pct` the part that was neither gunicorn, PostgreSQL nor the bench
(another job on the same machine: then the latencies say little).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import random
import re
import secrets
import tempfile
import threading
import time
import urllib.parse
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import flowclient as fc
from bench._common import DEFAULT_WORKERS, gunicorn, pct_ms, tegelijk

#: Free-text fields whose text the casus keeps as typed, by field name. True: each save adds
#: an item (a signal, a consultation, a conversation), so every marker stays; False: the
#: field is overwritten, so only the marker of the last save that posted it stays.
MARKEER: dict[str, bool] = {
    "sig_tekst": True,
    "con_advies": True,
    "ges_inhoud": True,
    "toelichting": False,
    "weging_notitie": False,
    "vermoeden_motivatie": False,
    "onveiligheid_motivatie": False,
    "hulp_bieden_motivatie": False,
    "medewerking_motivatie": False,
    "duurzame_veiligheid_motivatie": False,
    "m_afspraken": False,
}
WACHTWOORD = "soak-wachtwoord-2026"  # the test accounts of a throwaway database


def database_url(gegeven: str | None) -> str:
    """The PostgreSQL server to use: --database-url, else MELDWIJZER_SOAK_DATABASE_URL, else
    DATABASE_URL; empty when the first of them that is set is not a PostgreSQL URL."""
    url = (
        gegeven
        or os.environ.get("MELDWIJZER_SOAK_DATABASE_URL")
        or os.environ.get("DATABASE_URL")
        or ""
    )
    return url if url.startswith(("postgres://", "postgresql://")) else ""


def _beheer_url(url: str) -> str:
    deel = urllib.parse.urlsplit(url)
    return deel._replace(scheme="postgresql", path="/postgres").geturl()


class GeenDatabase(Exception):
    """The PostgreSQL server cannot be reached, or refuses to create a database."""


@contextlib.contextmanager
def eigen_database(server_url: str) -> Iterator[str]:
    """A fresh database on the server of `server_url`, dropped again afterwards."""
    import psycopg

    naam = f"meldwijzer_soak_{secrets.token_hex(5)}"
    try:
        with psycopg.connect(_beheer_url(server_url), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{naam}"')
    except psycopg.Error as exc:
        raise GeenDatabase(str(exc).strip()) from exc
    try:
        yield urllib.parse.urlsplit(server_url)._replace(path=f"/{naam}").geturl()
    finally:
        from django.db import connections

        connections.close_all()
        with psycopg.connect(_beheer_url(server_url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')


@dataclass(frozen=True)
class Medewerker:
    nummer: int
    naam: str
    sleutel: str  # hex key of her TOTP device


def medewerkers_maken(aantal: int) -> list[Medewerker]:
    """One medewerker per simulated user, each with a confirmed TOTP device (the bench keeps
    the key, as her authenticator app would)."""
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import User
    from django.db import transaction
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from meldwijzer.web.org.models import Profiel, Rol

    wachtwoord = make_password(WACHTWOORD)  # one Argon2 hash for all: setup stays quick
    with transaction.atomic():
        users = User.objects.bulk_create(
            [User(username=f"soak{i:03d}", password=wachtwoord) for i in range(aantal)]
        )
        Profiel.objects.bulk_create([Profiel(gebruiker=u, rol=Rol.MEDEWERKER) for u in users])
        apparaten = TOTPDevice.objects.bulk_create(
            [TOTPDevice(user=u, name="authenticator", confirmed=True) for u in users]
        )
    return [
        Medewerker(nummer=i, naam=u.username, sleutel=d.key)
        for i, (u, d) in enumerate(zip(users, apparaten, strict=True))
    ]


_STAAT = re.compile(r'<input type="hidden" name="staat" value="([^"]*)"')


def versie_in(html: str) -> tuple[str, int] | None:
    """(casus id, version) of the signed pointer the page carries. The signature keeps it
    from being forged, not from being read: its payload is base64 JSON (org/store.py)."""
    gevonden = _STAAT.search(html)
    if gevonden is None or not gevonden.group(1):
        return None
    payload = gevonden.group(1).split(":", 1)[0]
    try:
        ruw = base64.urlsafe_b64decode(payload.lstrip(".") + "=" * (-len(payload) % 4))
        if payload.startswith("."):
            ruw = zlib.decompress(ruw)
        gegevens = json.loads(ruw)
        return str(gegevens["i"]), int(gegevens["v"])
    except (binascii.Error, zlib.error, ValueError, KeyError, TypeError):
        return None


@dataclass
class Opslag:
    """One acknowledged save: the version it made and the markers it typed."""

    casus_id: str
    versie: int
    markeringen: dict[str, str]
    velden: frozenset[str]


@dataclass
class Telling:
    casussen: int = 0
    afgerond: int = 0
    validatiefouten: int = 0
    conflicten: int = 0
    fouten: list[str] = field(default_factory=list)
    duur: list[float] = field(default_factory=list)
    inloggen: list[float] = field(default_factory=list)
    opslagen: list[Opslag] = field(default_factory=list)
    eigenaar: dict[str, str] = field(default_factory=dict)  # casus id -> user name
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Client(fc.Client):
    """Times every request: those of logging in apart (Argon2 is slow on purpose)."""

    def __init__(self, base_url: str, telling: Telling) -> None:
        super().__init__(base_url)
        self._telling = telling
        self.inloggen = False

    def request(self, *args: Any, **kwargs: Any) -> fc.Antwoord:
        t0 = time.perf_counter()
        antwoord = super().request(*args, **kwargs)
        with self._telling.lock:
            (self._telling.inloggen if self.inloggen else self._telling.duur).append(
                time.perf_counter() - t0
            )
        return antwoord


class Markeerder:
    """The `fc.Waarnemer` of one casus: types the markers, keeps the acknowledged saves."""

    def __init__(self, *, wie: Medewerker, casus_nr: int, casus_id: str, versie: int) -> None:
        self.wie = wie
        self.casus_nr = casus_nr
        self.casus_id = casus_id
        self.versie = versie
        self.opslagen: list[Opslag] = []
        self._n = 0
        self._open: dict[str, str] = {}

    def invullen(self, form: fc.Formulier, data: list[tuple[str, str]]) -> list[tuple[str, str]]:
        self._n += 1
        self._open = {}
        soort = {v.name: v for v in form.velden}
        uit = []
        for naam, waarde in data:
            veld = soort.get(naam)
            if naam in MARKEER and veld is not None and veld.kind in {"text", "textarea"}:
                markering = f"[soak {self.wie.naam}/{self.casus_nr}/{self._n} {naam}]"
                tekst = f"{markering} {waarde}".strip()
                if veld.maxlength is None or veld.maxlength > len(markering):
                    waarde = tekst[: veld.maxlength] if veld.maxlength else tekst
                    self._open[naam] = markering
            uit.append((naam, waarde))
        return uit

    def beantwoord(
        self, form: fc.Formulier, data: list[tuple[str, str]], antwoord: fc.Antwoord
    ) -> None:
        wijzer = versie_in(antwoord.body)
        if wijzer is not None and wijzer[0] != self.casus_id:
            raise fc.FlowFout(f"{antwoord.url}: de pagina wijst naar een andere casus")
        if antwoord.status == 200 and wijzer is not None and wijzer[1] == self.versie + 1:
            self.versie += 1
            self.opslagen.append(
                Opslag(
                    casus_id=self.casus_id,
                    versie=self.versie,
                    markeringen=dict(self._open),
                    velden=frozenset(naam for naam, _ in data),
                )
            )
            return
        if antwoord.status == 400 or 'aria-invalid="true"' in antwoord.body:
            return  # a validation message: nothing saved, and she is told so
        gevonden = "geen" if wijzer is None else f"versie {wijzer[1]}"
        raise fc.FlowFout(
            f"{antwoord.url}: niet opgeslagen en geen melding (verwacht versie "
            f"{self.versie + 1}, pagina heeft {gevonden})"
        )


_FORMACTIE = re.compile(r'href="(/org/casussen/[0-9a-f-]{36}/stappen/)"')


def _verwacht(antwoord: fc.Antwoord, status: int, waarheen: str = "") -> fc.Antwoord:
    locatie = antwoord.headers.get("location", "")
    if antwoord.status != status or not locatie.startswith(waarheen):
        raise fc.FlowFout(
            f"{antwoord.url}: HTTP {antwoord.status}"
            + (f" naar {locatie}" if locatie else "")
            + f" (verwacht {status}{' naar ' + waarheen if waarheen else ''})"
        )
    return antwoord


def _formulier(antwoord: fc.Antwoord, actie: str) -> fc.Formulier:
    for form in fc.formulieren(antwoord.body):
        if form.method == "post" and form.action == actie:
            return form
    raise fc.FlowFout(f"{antwoord.url}: geen formulier naar {actie}")


def _invullen(form: fc.Formulier, **waarden: str) -> list[tuple[str, str]]:
    data = [(v.name, v.value) for v in form.velden if v.kind == "hidden"]
    return data + list(waarden.items())


def inloggen(client: fc.Client, wie: Medewerker) -> None:
    """Password on the login page, then the current code of her authenticator."""
    from django_otp.oath import totp

    pagina = _verwacht(client.get("/org/inloggen/"), 200)
    form = _formulier(pagina, "")
    _verwacht(
        client.post("/org/inloggen/", _invullen(form, username=wie.naam, password=WACHTWOORD)),
        302,
        "/org/tweede-stap/",
    )
    pagina = _verwacht(client.get("/org/tweede-stap/"), 200)
    form = _formulier(pagina, "")
    code = f"{totp(bytes.fromhex(wie.sleutel)):06d}"
    _verwacht(client.post("/org/tweede-stap/", _invullen(form, token=code)), 302, "/org/casussen/")


def casus_beginnen(client: fc.Client, dossier: str) -> tuple[str, fc.Antwoord]:
    """A new casus on her overview, opened in the steps: (casus id, the flow's overview)."""
    overzicht = _verwacht(client.get("/org/casussen/"), 200)
    form = _formulier(overzicht, "/org/casussen/nieuw/")
    antwoord = _verwacht(
        client.post(form.action, _invullen(form, dossier_ref=dossier)), 302, "/org/casussen/"
    )
    pad = urllib.parse.urlsplit(antwoord.headers["location"]).path
    casus = _verwacht(client.get(pad), 200)
    link = _FORMACTIE.search(casus.body)
    if link is None:
        raise fc.FlowFout(f"{pad}: geen link naar de stappen")
    # The stored casus opens in the flow's own overview (/overzicht/?casus=<id>).
    naar = _verwacht(client.get(link.group(1)), 302, "/overzicht/?casus=").headers["location"]
    return pad.rstrip("/").rsplit("/", 1)[-1], _verwacht(client.get(naar), 200)


def professional(
    base_url: str,
    *,
    wie: Medewerker,
    einde: float,
    telling: Telling,
    denktijd: tuple[float, float],
    aanloop: float,
) -> None:
    rng = random.Random(wie.nummer)
    client = _Client(base_url, telling)
    try:
        time.sleep(rng.uniform(0, aanloop))  # they arrive one by one, not all at once
        client.inloggen = True
        try:
            inloggen(client, wie)
        except (fc.FlowFout, OSError) as error:
            with telling.lock:
                telling.fouten.append(f"inloggen {wie.naam}: {type(error).__name__}: {error}")
            return
        client.inloggen = False
        nr = 0
        while time.monotonic() < einde:
            nr += 1
            verloop = fc.Verloop()
            markeerder: Markeerder | None = None
            try:
                casus_id, stappen = casus_beginnen(client, f"SOAK-{wie.nummer:03d}-{nr:03d}")
                verloop.laatste = stappen
                wijzer = versie_in(stappen.body)
                if wijzer is None or wijzer[0] != casus_id:
                    raise fc.FlowFout(f"{stappen.url}: de stappen dragen geen verwijzing")
                markeerder = Markeerder(wie=wie, casus_nr=nr, casus_id=casus_id, versie=wijzer[1])
                with telling.lock:
                    telling.casussen += 1
                    telling.eigenaar[casus_id] = wie.naam
                form = fc.hoofdformulier(stappen.body)
                fc.pagina_doorlopen(
                    client,
                    verloop,
                    huidig=form.action if form else "/overzicht/",
                    rng=rng,
                    profiel=fc.Profiel(vast={"noodsituatie": ""}),
                    herhalingen=rng.randint(1, 3),
                    denktijd=denktijd,
                    tot=einde,
                    waarnemer=markeerder,
                    streng=True,
                    eerst=("/scope/",),  # a new casus: first the situation, as on the start page
                )
                if time.monotonic() < einde:
                    with telling.lock:
                        telling.afgerond += 1
            except (fc.FlowFout, OSError) as error:
                with telling.lock:
                    if " 409" in str(error):
                        telling.conflicten += 1
                    telling.fouten.append(f"{type(error).__name__}: {error}")
            finally:
                with telling.lock:
                    telling.validatiefouten += verloop.validatiefouten
                    if markeerder is not None:
                        telling.opslagen += markeerder.opslagen
    finally:
        client.close()


def controleren(telling: Telling) -> dict[str, Any]:
    """Read every casus back through the owner's selector and look for each acknowledged
    save: its version reached, its markers present unless a later save replaced them."""
    from django.contrib.auth.models import User

    from meldwijzer.web.org import selectors
    from meldwijzer.web.org.audit import audit_verifieren
    from meldwijzer.web.org.models import AuditEntry

    per_casus: dict[str, list[Opslag]] = {}
    for opslag in telling.opslagen:
        per_casus.setdefault(opslag.casus_id, []).append(opslag)
    users = {u.username: u for u in User.objects.filter(username__in=telling.eigenaar.values())}
    teruggevonden = 0
    markeringen = 0
    kwijt: list[str] = []
    audit_verschil = 0
    for casus_id, naam in telling.eigenaar.items():
        opslagen = sorted(per_casus.get(casus_id, []), key=lambda o: o.versie)
        stored = selectors.casus_voor(users[naam], casus_id, recht=selectors.WIJZIGEN)
        tekst = selectors.casus_lezen(stored).model_dump_json()
        for i, opslag in enumerate(opslagen):
            later = set().union(*(o.velden for o in opslagen[i + 1 :]))
            verwacht = [
                m for veld, m in opslag.markeringen.items() if MARKEER[veld] or veld not in later
            ]
            markeringen += len(verwacht)
            ontbreekt = [m for m in verwacht if m not in tekst]
            if stored.version >= opslag.versie and not ontbreekt:
                teruggevonden += 1
            else:
                kwijt.append(
                    f"{casus_id} versie {opslag.versie} (opgeslagen: {stored.version})"
                    + (f", ontbreekt {ontbreekt[0]}" if ontbreekt else "")
                )
        geaudit = AuditEntry.objects.filter(
            object_type="casus", object_id=casus_id, actie="casus_opgeslagen"
        ).count()
        audit_verschil += abs(geaudit - len(opslagen))
    keten = audit_verifieren()
    return {
        "bevestigde_opslagen": len(telling.opslagen),
        "teruggevonden": teruggevonden,
        "kwijt": len(kwijt),
        "kwijtvoorbeelden": kwijt[:5],
        "markeringen_gecontroleerd": markeringen,
        "auditregels_verschil": audit_verschil,
        "auditketen_in_orde": keten.in_orde,
    }


def _django(url: str, sleutel: str, geheim: str, data_dir: str) -> dict[str, str]:
    """Configure Django in this process exactly as the server will be (the same database
    and encryption keys), to set up the accounts and to read the casussen back."""
    env = {
        "MELDWIJZER_MODE": "organisatie",
        "DATABASE_URL": url,
        "MELDWIJZER_ENCRYPTION_KEYS": sleutel,
        "MELDWIJZER_SECRET_KEY": geheim,
        "DJANGO_SETTINGS_MODULE": "meldwijzer.web.settings",
    }
    os.environ.update(env)
    # Never the user's own data folder (the server gets its own from `gunicorn`).
    os.environ["MELDWIJZER_DATA_DIR"] = data_dir
    import django

    django.setup()
    return env


def _cpu(server_pid: int) -> tuple[float, ...]:
    """CPU seconds so far: the machine (busy, all), the gunicorn master and its workers,
    PostgreSQL, this process (the simulated professionals). Linux /proc; zeros elsewhere."""
    tik = os.sysconf("SC_CLK_TCK")
    eigen = os.times()
    try:
        velden = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:8]]
    except (OSError, ValueError):
        return 0.0, 0.0, 0.0, 0.0, eigen.user + eigen.system
    server = postgres = 0.0
    for proc in Path("/proc").iterdir():
        with contextlib.suppress(OSError, ValueError, IndexError):
            if proc.name.isdigit():
                stat = (proc / "stat").read_text()
                v = stat[stat.rindex(")") + 2 :].split()
                sec = (int(v[11]) + int(v[12])) / tik
                if int(proc.name) == server_pid or int(v[1]) == server_pid:
                    server += sec
                elif stat[stat.index("(") + 1 : stat.rindex(")")] == "postgres":
                    # with the backends that ended (one per connection), reaped by postmaster
                    postgres += sec + (int(v[13]) + int(v[14])) / tik
    bezet = sum(velden) - velden[3] - velden[4]  # all but idle and iowait
    return bezet / tik, sum(velden) / tik, server, postgres, eigen.user + eigen.system


def soak_org(
    *,
    users: int,
    seconds: float,
    denktijd: tuple[float, float],
    server_url: str,
    workers: int = DEFAULT_WORKERS,
) -> dict[str, Any]:
    from cryptography.fernet import Fernet

    telling = Telling()
    aanloop = min(20.0, seconds / 6)  # logging in is spread over the first part of the run
    with (
        tempfile.TemporaryDirectory(prefix="meldwijzer-soak-") as data_dir,
        eigen_database(server_url) as url,
    ):
        env = _django(url, Fernet.generate_key().decode(), secrets.token_urlsafe(48), data_dir)
        ploeg: list[Medewerker] = []

        def voorbereiden(_: dict[str, str]) -> None:  # after migrate, before the server starts
            ploeg.extend(medewerkers_maken(users))

        with gunicorn(
            extra_env=env, workers=workers, probe="/org/inloggen/", before_start=voorbereiden
        ) as app:
            einde = time.monotonic() + seconds
            kwargs = [
                {
                    "base_url": app.url,
                    "wie": wie,
                    "einde": einde,
                    "telling": telling,
                    "denktijd": denktijd,
                    "aanloop": aanloop,
                }
                for wie in ploeg
            ]
            cpu_voor = _cpu(app.proc.pid)
            duur = tegelijk(professional, kwargs, join_timeout=seconds + 120)
            cpu = [na - voor for na, voor in zip(_cpu(app.proc.pid), cpu_voor, strict=True)]
            log = app.log.read_text(encoding="utf-8", errors="replace") if app.log.exists() else ""
        controle = controleren(telling)
    aantal = len(telling.duur) + len(telling.inloggen)
    return {
        "modus": "organisatie",
        "users": users,
        "seconds": round(duur, 1),
        "casussen": telling.casussen,
        "casussen_afgerond": telling.afgerond,
        "aanloop_s": round(aanloop, 1),
        "verzoeken": aantal,
        "verzoeken_per_s": round(aantal / duur, 1) if duur else 0,
        "p50_ms": pct_ms(telling.duur, 0.50),
        "p95_ms": pct_ms(telling.duur, 0.95),
        "p99_ms": pct_ms(telling.duur, 0.99),
        "max_ms": pct_ms(telling.duur, 1.0),
        "inlogverzoeken": len(telling.inloggen),
        "inloggen_p50_ms": pct_ms(telling.inloggen, 0.50),
        "inloggen_p95_ms": pct_ms(telling.inloggen, 0.95),
        "inloggen_max_ms": pct_ms(telling.inloggen, 1.0),
        "machine_bezet_pct": round(100 * cpu[0] / cpu[1]) if cpu[1] else "?",
        "waarvan_andere_processen_pct": round(100 * (cpu[0] - sum(cpu[2:])) / cpu[1])
        if cpu[1]
        else "?",
        "server_cpu_ms_per_verzoek": round(1000 * cpu[2] / max(1, aantal), 1),
        "postgres_cpu_ms_per_verzoek": round(1000 * cpu[3] / max(1, aantal), 1),
        "clients_cpu_ms_per_verzoek": round(1000 * cpu[4] / max(1, aantal), 1),
        "validatiefouten": telling.validatiefouten,
        "fouten": len(telling.fouten),
        "conflicten": telling.conflicten,
        "foutvoorbeelden": telling.fouten[:5],
        "tracebacks_in_serverlog": log.count("Traceback"),
        **controle,
    }
