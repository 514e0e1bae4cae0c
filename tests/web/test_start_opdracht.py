"""`meldwijzer start` and `meldwijzer manage`."""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from meldwijzer.commands import manage, start


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_migreren_slaat_over_als_de_database_bij_is(db: None) -> None:
    assert start.migreer_indien_nodig() == 0


def test_bezette_poort_geeft_een_nederlandse_melding(
    db: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as bezet:
        bezet.bind(("127.0.0.1", 0))
        bezet.listen()
        poort = bezet.getsockname()[1]
        args = argparse.Namespace(host="127.0.0.1", port=poort, workers=1, threads=1)
        assert start.run(args) == 1
    assert f"poort {poort} op 127.0.0.1 is al in gebruik" in capsys.readouterr().err


def test_ongeldige_poort_wordt_geweigerd(capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(host="127.0.0.1", port=70000, workers=1, threads=1)
    assert start.run(args) == 2
    assert "tussen 1 en 65535" in capsys.readouterr().err


def test_manage_geeft_de_opdracht_door_aan_django(capsys: pytest.CaptureFixture[str]) -> None:
    assert manage.run(argparse.Namespace(opdracht=["check", "--tag", "templates"])) == 0
    assert "System check identified no issues" in capsys.readouterr().out


def test_start_serveert_de_startpagina_en_noemt_het_adres(tmp_path: Path) -> None:
    poort = _vrije_poort()
    env = dict(os.environ, MELDWIJZER_DATA_DIR=str(tmp_path / "data"))
    env.pop("DATABASE_URL", None)
    proces = subprocess.Popen(
        [sys.executable, "-m", "meldwijzer", "start", "--port", str(poort)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        inhoud = b""
        for _ in range(300):
            try:
                inhoud = urllib.request.urlopen(f"http://127.0.0.1:{poort}/", timeout=2).read()
                break
            except OSError:
                time.sleep(0.05)
        assert "Nieuwe casus" in inhoud.decode()
        assert (tmp_path / "data" / "meldwijzer.sqlite3").exists()
    finally:
        proces.terminate()
        uitvoer, _ = proces.communicate(timeout=15)
    assert f"http://127.0.0.1:{poort}/" in uitvoer
