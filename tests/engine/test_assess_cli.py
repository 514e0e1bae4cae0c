"""`meldwijzer assess`: JSON in, advice out; bad input → Dutch message naming the field, exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from meldwijzer.cli import main


def run_assess(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, invoer: str
) -> tuple[int, str, str]:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(invoer))
    code = main(["assess", "-"])
    out, err = capsys.readouterr()
    return code, out, err


def test_assess_geeft_de_stabiele_velden(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run_assess(
        capsys,
        monkeypatch,
        json.dumps(
            {
                "afwegingen": {
                    "vermoeden": "ja",
                    "onveiligheid": "nee",
                    "hulp_bieden": "ja",
                    "medewerking": "ja",
                    "duurzame_veiligheid": "ja",
                },
                "client": {"leeftijd": 14, "woont_thuis": True},
                "relevantie": {"relevant": False},
            }
        ),
    )
    assert code == 0
    advies = json.loads(out)
    assert advies["beslissing_melden"] == "niet_noodzakelijk"
    # Fields added for issue 12 are present beside the old ones.
    assert advies["acuut"] is False
    assert (
        advies["melden_open_wegens"] == [] and advies["afweging5_historie"][0]["antwoord"] == "ja"
    )
    assert advies["beslissing_hulp"] == "mogelijk"
    codes = {a["code"] for a in advies["adviezen"]}
    assert {"gesprek_client", "gesprek_ouders", "meldrecht"} <= codes
    assert all(set(a) >= {"code", "tekst"} for a in advies["adviezen"])


def test_assess_leest_een_bestand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pad = tmp_path / "casus.json"
    pad.write_text(json.dumps({"situatie": "tussen_leerlingen"}), encoding="utf-8")
    assert main(["assess", str(pad)]) == 0
    assert [a["code"] for a in json.loads(capsys.readouterr().out)["adviezen"]] == [
        "buiten_meldcode"
    ]


@pytest.mark.parametrize(
    ("invoer", "veld"),
    [
        ("{niet json", "JSON"),
        ("[]", "JSON-object"),
        ('{"afwegingen": {"vermoeden": "misschien"}}', "afwegingen.vermoeden"),
        ('{"client": {"leeftijd": -1}}', "client.leeftijd"),
        ('{"client": {"leeftijd": "tien"}}', "client.leeftijd"),
        ('{"client": {"woont_thuis": "soms"}}', "client.woont_thuis"),
        ('{"situatie": "school"}', "situatie"),
        ('{"vormen": ["vgv", "stalking"]}', "vormen[1]"),
        ('{"naam": "Jan"}', "naam: onbekend veld"),
        ('{"afwegingen": {"vermoeden": "ja", "extra": "ja"}}', "afwegingen.extra"),
    ],
)
def test_slechte_invoer_geeft_exit_2_en_noemt_het_veld(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, invoer: str, veld: str
) -> None:
    code, out, err = run_assess(capsys, monkeypatch, invoer)
    assert code == 2
    assert out == ""
    assert veld in err
    assert "Traceback" not in err


def test_onbekend_bestand_geeft_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["assess", str(tmp_path / "weg.json")]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_als_echt_commando_zonder_traceback() -> None:
    exe = Path(sys.executable).with_name("meldwijzer")
    proc = subprocess.run(
        [str(exe), "assess"],
        input='{"client": {"leeftijd": -4}}',
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "client.leeftijd" in proc.stderr and "Traceback" not in proc.stderr
    ok = subprocess.run(
        [str(exe), "assess", "-"],
        input='{"afwegingen": {"onveiligheid": "ja"}}',
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ok.returncode == 0 and json.loads(ok.stdout)["beslissing_melden"] == "noodzakelijk"


def test_help_noemt_de_opdrachten(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    uit = capsys.readouterr().out
    for opdracht in ("start", "assess", "content", "verslag", "check-tekst"):
        assert opdracht in uit


def test_onbekende_opdracht_geeft_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["vliegen"])
    assert exc.value.code == 2
    assert "onbekende opdracht" in capsys.readouterr().err


def test_diep_geneste_json_geeft_exit_2_zonder_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bestand = tmp_path / "diep.json"
    bestand.write_text("[" * 100_000, encoding="utf-8")
    assert main(["assess", str(bestand)]) == 2
    assert "te diep genest" in capsys.readouterr().err
