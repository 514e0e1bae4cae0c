"""Security checks that run with the suite: deploy check, static security rules, headers.

The dependency audit (pip-audit) needs a vulnerability service; it runs in
scripts/security.sh, which says plainly when the service cannot be reached.
"""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.test import Client
from django.urls import get_resolver

from bench.discover import url_patterns

from .flow import DjangoFlowClient, casus_doorlopen

ROOT = Path(__file__).resolve().parents[2]
MODI = ["prive", "organisatie"]


def _productie_env(tmp_path: Path, modus: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MELDWIJZER_", "DJANGO_"))}
    env.pop("DATABASE_URL", None)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "meldwijzer.web.settings",
            "MELDWIJZER_PRODUCTION": "1",
            "MELDWIJZER_MODE": modus,
            "MELDWIJZER_SECRET_KEY": secrets.token_urlsafe(48),
            "MELDWIJZER_ALLOWED_HOSTS": "meldwijzer.example.nl",
            "MELDWIJZER_DATA_DIR": str(tmp_path),
            # organisation mode refuses to pass without these (meldwijzer/web/org/checks.py)
            "MELDWIJZER_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
            "MELDWIJZER_AUDIT_KEY": secrets.token_urlsafe(32),
            "MELDWIJZER_AUDIT_CHECKPOINTS": str(tmp_path / "audit-controlepunten.jsonl"),
        }
    )
    return env


def test_check_deploy_faalt_in_de_organisatiemodus_zonder_sleutels(tmp_path: Path) -> None:
    env = _productie_env(tmp_path, "organisatie")
    env.pop("MELDWIJZER_ENCRYPTION_KEYS")
    done = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "meldwijzer.E001" in done.stdout + done.stderr


@pytest.mark.parametrize("modus", MODI)
def test_check_deploy_is_schoon_met_productie_instellingen(tmp_path: Path, modus: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=_productie_env(tmp_path, modus),
        capture_output=True,
        text=True,
        timeout=120,
    )
    uitvoer = done.stdout + done.stderr
    assert done.returncode == 0, uitvoer
    assert "no issues" in uitvoer, uitvoer


def test_check_deploy_vindt_een_onveilige_instelling_wel(tmp_path: Path) -> None:
    # Guards the check above: with HSTS switched off the deploy check must complain.
    env = _productie_env(tmp_path, "prive") | {"MELDWIJZER_HSTS_SECONDS": "0"}
    done = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "security.W004" in done.stdout + done.stderr


def test_ruff_beveiligingsregels_zijn_schoon() -> None:
    ruff = Path(sys.executable).with_name("ruff")
    done = subprocess.run(
        [str(ruff), "check", "--select", "S", "--output-format", "concise", "meldwijzer", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout


NOQA_S = re.compile(r"#\s*noqa:\s*((?:S\d{3}[,\s]*)+)(.*)$")


def test_elke_uitzondering_op_een_beveiligingsregel_heeft_een_reden() -> None:
    zonder_reden = []
    for map_ in ("meldwijzer", "bench", "scripts"):
        for pad in sorted((ROOT / map_).rglob("*.py")):
            for nummer, regel in enumerate(pad.read_text(encoding="utf-8").splitlines(), 1):
                gevonden = NOQA_S.search(regel)
                if gevonden and len(gevonden.group(2).strip(" -–:")) < 3:
                    zonder_reden.append(f"{pad.relative_to(ROOT)}:{nummer}")
    assert not zonder_reden, f"noqa: S### zonder reden: {zonder_reden}"


# --- Response headers on every page ----------------------------------------------------------

CSP_NODIG = {"default-src", "script-src", "style-src", "frame-ancestors", "object-src", "base-uri"}


def _koppen_kloppen(pad: str, headers: dict[str, str], *, pagina: bool = True) -> list[str]:
    fout = []
    csp = headers.get("content-security-policy", "")
    directieven = {d.split()[0]: d for d in (x.strip() for x in csp.split(";")) if d}
    if not CSP_NODIG <= set(directieven):
        fout.append(f"{pad}: CSP mist {sorted(CSP_NODIG - set(directieven))}")
    if "unsafe-inline" in csp or "unsafe-eval" in csp:
        fout.append(f"{pad}: CSP staat unsafe-inline/unsafe-eval toe")
    if directieven.get("frame-ancestors") != "frame-ancestors 'none'":
        fout.append(f"{pad}: CSP frame-ancestors is niet 'none'")
    if headers.get("referrer-policy") != "same-origin":  # as the pages' meta tag
        fout.append(f"{pad}: Referrer-Policy is {headers.get('referrer-policy')!r}")
    if headers.get("x-content-type-options") != "nosniff":
        fout.append(f"{pad}: X-Content-Type-Options ontbreekt")
    if pagina and headers.get("x-frame-options") != "DENY":
        fout.append(f"{pad}: X-Frame-Options is niet DENY")
    if pagina and "no-store" not in headers.get("cache-control", ""):
        fout.append(f"{pad}: Cache-Control zonder no-store ({headers.get('cache-control')!r})")
    return fout


def _flow_paden() -> list[str]:
    get_resolver()  # the URLconf is importable in this process
    return [p.path for p in url_patterns() if p.namespace == "flow" and not p.heeft_argumenten]


@pytest.fixture(scope="module")
def doorlopen_casus() -> tuple[DjangoFlowClient, list[tuple[str, str]]]:
    client, verloop = casus_doorlopen()
    form = verloop.laatste_formulier()
    assert form is not None
    staat = [(v.name, v.value) for v in form.velden if v.name in {"staat", "csrfmiddlewaretoken"}]
    assert any(naam == "staat" and waarde for naam, waarde in staat)
    return client, staat


def test_elke_pagina_zonder_casus_heeft_de_beveiligingskoppen() -> None:
    client = DjangoFlowClient()
    fouten = []
    paden = _flow_paden()
    assert "/" in paden and len(paden) > 5
    for pad in paden:
        antwoord = client.get(pad)
        fouten += _koppen_kloppen(f"GET {pad} ({antwoord.status})", antwoord.headers)
    assert not fouten, "\n".join(fouten)


def test_elke_pagina_met_casus_heeft_de_beveiligingskoppen(
    doorlopen_casus: tuple[DjangoFlowClient, list[tuple[str, str]]],
) -> None:
    client, staat = doorlopen_casus
    fouten = []
    for pad in _flow_paden():
        if pad in {"/schrijfcheck/"}:
            continue
        antwoord = client.post(pad, [*staat, ("actie", "herstel")])
        assert antwoord.status < 500, pad
        fouten += _koppen_kloppen(f"POST {pad} ({antwoord.status})", antwoord.headers)
    assert not fouten, "\n".join(fouten)


def test_foutpaginas_hebben_de_beveiligingskoppen(
    doorlopen_casus: tuple[DjangoFlowClient, list[tuple[str, str]]],
) -> None:
    client, staat = doorlopen_casus
    fouten = []
    niet_gevonden = client.get("/bestaat-niet/")
    assert niet_gevonden.status == 404
    fouten += _koppen_kloppen("404", niet_gevonden.headers)
    geknoeid = client.post("/stap/1/", [("staat", "geknoeid:abc"), ("pagina", "stap1")])
    assert geknoeid.status == 400
    fouten += _koppen_kloppen("staat geknoeid", geknoeid.headers)
    streng = DjangoFlowClient(Client(enforce_csrf_checks=True))
    zonder_csrf = streng.post("/stap/1/", [s for s in staat if s[0] == "staat"])
    assert zonder_csrf.status == 403
    fouten += _koppen_kloppen("csrf", zonder_csrf.headers)
    assert not fouten, "\n".join(fouten)


def test_statische_bestanden_hebben_nosniff_en_csp() -> None:
    client = DjangoFlowClient()
    start = client.get("/")
    bestanden = re.findall(r'(?:href|src)="(/static/[^"]+)"', start.body)
    assert bestanden, "de startpagina laadt geen eigen CSS of JS"
    for pad in bestanden:
        antwoord = client.get(pad)
        assert antwoord.status == 200, pad
        assert not _koppen_kloppen(pad, antwoord.headers, pagina=False)


def test_downloads_van_de_casus_worden_nergens_bewaard(
    doorlopen_casus: tuple[DjangoFlowClient, list[tuple[str, str]]],
) -> None:
    from meldwijzer.verslag import FORMATEN

    client, staat = doorlopen_casus
    fouten = []
    gelukt = 0
    for pad in [*(f"/verslag/{f}/" for f in FORMATEN), "/bewaren/"]:
        antwoord = client.post(pad, staat)
        if antwoord.status != 200:
            continue  # e.g. no concept-melding when no report is at stake
        gelukt += 1
        fouten += _koppen_kloppen(f"POST {pad}", antwoord.headers)
        if "attachment" not in antwoord.headers.get("content-disposition", ""):
            fouten.append(f"{pad}: geen Content-Disposition: attachment")
    assert gelukt >= 3, "te weinig downloads gelukt om iets te toetsen"
    assert not fouten, "\n".join(fouten)
