"""`meldwijzer check-tekst`: Dutch output or JSON, exit 0 on findings, exit 2 on a bad file."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from meldwijzer.cli import main

MELDWIJZER = Path(sys.executable).parent / "meldwijzer"
TEKST = "Moeder is agressief. Volgens de buren drinkt vader. Sam heeft ADHD.\n"


def test_json_uitvoer_is_een_lijst_met_de_afgesproken_velden(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(TEKST))
    assert main(["check-tekst", "-", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and data
    for item in data:
        assert set(item) == {"categorie", "begin", "eind", "tekst", "uitleg", "suggestie"}
        assert TEKST[item["begin"] : item["eind"]] == item["tekst"]
    assert [d["categorie"] for d in data] == [
        "interpretatie",
        "bron_ontbreekt",
        "identificerend",
        "diagnose",
    ]


def test_leest_een_bestand_en_meldt_in_het_nederlands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pad = tmp_path / "notitie.txt"
    pad.write_text("Het kind komt vaak te laat.\n", encoding="utf-8")
    assert main(["check-tekst", str(pad)]) == 0
    out = capsys.readouterr().out
    assert "regel 1, kolom 15: Vaag: “vaak”" in out
    assert "advies, geen blokkade" in out


def test_soort_hypothese_laat_voorbehoud_toe(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Het kind komt vaak te laat."))
    assert main(["check-tekst", "--soort", "hypothese", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_een_concrete_tekst_geeft_een_geruststellende_regel(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Het kind had een blauwe plek van 3 cm."))
    assert main(["check-tekst"]) == 0
    assert "Geen bevindingen" in capsys.readouterr().out


def test_een_ontbrekend_bestand_geeft_exit_2_met_nederlandse_melding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check-tekst", str(tmp_path / "weg.txt")]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_een_bestand_dat_geen_utf8_is_geeft_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pad = tmp_path / "kapot.txt"
    pad.write_bytes(b"\xff\xfe\x00kapot")
    assert main(["check-tekst", str(pad)]) == 2
    assert "geen UTF-8" in capsys.readouterr().err


def test_een_onbekende_soort_geeft_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check-tekst", "--soort", "mening"])
    assert exc.value.code == 2


def test_het_commando_werkt_als_los_proces(tmp_path: Path) -> None:
    proc = subprocess.run(
        [str(MELDWIJZER), "check-tekst", "-", "--json"],
        input=TEKST,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert {d["categorie"] for d in json.loads(proc.stdout)} == {
        "interpretatie",
        "bron_ontbreekt",
        "identificerend",
        "diagnose",
    }
    kapot = subprocess.run(
        [str(MELDWIJZER), "check-tekst", str(tmp_path / "weg.txt")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert kapot.returncode == 2
    assert "check-tekst: bestand" in kapot.stderr
