"""`meldwijzer verslag FILE.json --format ... -o OUT`: exit 0, or exit 2 with a Dutch message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from meldwijzer.verslag import casus_naar_json, versleutel

from .factories import volle_casus
from .lezen import docx_tekst, pdf_tekst


def _run(*args: str, invoer: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "meldwijzer", "verslag", *args],
        input=invoer,
        capture_output=True,
        check=False,
        timeout=120,
    )


@pytest.fixture
def casusbestand(tmp_path: Path) -> Path:
    pad = tmp_path / "casus.json"
    pad.write_bytes(casus_naar_json(volle_casus()))
    return pad


@pytest.mark.parametrize(
    ("formaat", "begin"),
    [
        ("pdf", b"%PDF"),
        ("docx", b"PK"),
        ("txt", b"VERSLAG"),
        ("html", b"<!DOCTYPE html>"),
        ("concept", b"Concept-melding"),
    ],
)
def test_elk_formaat_wordt_geschreven(
    casusbestand: Path, tmp_path: Path, formaat: str, begin: bytes
) -> None:
    uit = tmp_path / f"uit.{formaat}"
    resultaat = _run(str(casusbestand), "--format", formaat, "-o", str(uit))
    assert resultaat.returncode == 0, resultaat.stderr.decode()
    assert uit.read_bytes().startswith(begin)


def test_pdf_en_word_van_de_opdrachtregel_bevatten_de_casus(
    casusbestand: Path, tmp_path: Path
) -> None:
    _run(str(casusbestand), "--format", "pdf", "-o", str(tmp_path / "v.pdf"))
    _run(str(casusbestand), "--format", "docx", "-o", str(tmp_path / "v.docx"))
    assert "Observatie 12" in pdf_tekst((tmp_path / "v.pdf").read_bytes())
    assert "Consultatieadvies 5" in docx_tekst((tmp_path / "v.docx").read_bytes())


def test_tekst_naar_standaarduitvoer(casusbestand: Path) -> None:
    resultaat = _run(str(casusbestand), "--format", "txt")
    assert resultaat.returncode == 0
    assert "Casus café-één" in resultaat.stdout.decode("utf-8")


def test_alleen_de_controlekopie_drukt_de_schrijftips_af(tmp_path: Path) -> None:
    """Issue 15: the dossier copy has no writing-check findings; --controlekopie adds them."""
    casus = volle_casus()
    casus.signalen[0].tekst = "Vader is koppig en voelt zich afgewezen."
    pad = tmp_path / "casus.json"
    pad.write_bytes(casus_naar_json(casus))
    dossier = _run(str(pad), "--format", "txt").stdout.decode("utf-8")
    controle = _run(str(pad), "--format", "txt", "--controlekopie").stdout.decode("utf-8")
    assert "koppig" in dossier and "schrijfcheck" not in dossier.lower()
    assert "Controlekopie" in controle and "oordeel" in controle


def test_beveiligd_bestand_met_wachtwoord_via_stdin(tmp_path: Path) -> None:
    pad = tmp_path / "casus.mwz"
    pad.write_bytes(versleutel(casus_naar_json(volle_casus()), "geheim één"))
    uit = tmp_path / "v.txt"
    goed = _run(
        str(pad),
        "--format",
        "txt",
        "-o",
        str(uit),
        "--wachtwoord-stdin",
        invoer="geheim één\n".encode(),
    )
    assert goed.returncode == 0, goed.stderr.decode()
    assert "Observatie 01" in uit.read_text(encoding="utf-8")
    fout = _run(str(pad), "--format", "txt", "--wachtwoord-stdin", invoer=b"verkeerd\n")
    assert fout.returncode == 2
    assert "wachtwoord klopt niet" in fout.stderr.decode()
    zonder = _run(str(pad), "--format", "txt")
    assert zonder.returncode == 2
    assert "--wachtwoord-stdin" in zonder.stderr.decode()


@pytest.mark.parametrize(
    ("inhoud", "args", "bericht"),
    [
        (None, ("--format", "pdf"), "bestaat niet"),
        (b"geen json", ("--format", "pdf"), "geen meldwijzer-bestand"),
        (b'{"client": {"leeftijd": -1}}', ("--format", "pdf"), "client.leeftijd"),
        (b'{"formaat": 1}', ("--format", "odt"), "onbekend formaat 'odt'"),
        (b'{"formaat": 1}', ("--format", "concept"), "geen concept-melding"),
    ],
)
def test_fout_geeft_exit_2_en_een_nederlandse_melding_zonder_traceback(
    tmp_path: Path, inhoud: bytes | None, args: tuple[str, ...], bericht: str
) -> None:
    pad = tmp_path / "casus.json"
    if inhoud is not None:
        pad.write_bytes(inhoud)
    resultaat = _run(str(pad), *args, "-o", str(tmp_path / "uit"))
    fouttekst = resultaat.stderr.decode("utf-8")
    assert resultaat.returncode == 2
    assert bericht.lower() in fouttekst.lower()
    assert "Traceback" not in fouttekst
    assert not (tmp_path / "uit").exists()
