"""`meldwijzer meldcode maken PROFIEL -o OUT`: all three formats; exit 2 naming the field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from meldwijzer.cli import main

from .helpers import docx_tekst, pdf_tekst, profiel_data


@pytest.fixture
def profielbestand(tmp_path: Path) -> Path:
    pad = tmp_path / "profiel.yaml"
    pad.write_text(yaml.safe_dump(profiel_data(), allow_unicode=True), encoding="utf-8")
    return pad


def test_maakt_pdf_word_en_html_volgens_de_extensie(profielbestand: Path, tmp_path: Path) -> None:
    for ext in ("pdf", "docx", "html"):
        assert (
            main(["meldcode", "maken", str(profielbestand), "-o", str(tmp_path / f"m.{ext}")]) == 0
        )
    assert "Stichting Zonnebloemveld" in pdf_tekst((tmp_path / "m.pdf").read_bytes())
    assert "De teamleider Wielewaal" in docx_tekst((tmp_path / "m.docx").read_bytes())
    assert "Utrecht-Oost" in (tmp_path / "m.html").read_text(encoding="utf-8")


def test_format_gaat_voor_de_extensie(profielbestand: Path, tmp_path: Path) -> None:
    uit = tmp_path / "meldcode.bin"
    assert main(["meldcode", "maken", str(profielbestand), "-o", str(uit), "--format", "pdf"]) == 0
    assert uit.read_bytes().startswith(b"%PDF")


def test_het_voorbeeldprofiel_in_docs_werkt(tmp_path: Path) -> None:
    voorbeeld = Path(__file__).resolve().parents[2] / "docs/voorbeelden/meldcode-profiel.yaml"
    assert main(["meldcode", "maken", str(voorbeeld), "-o", str(tmp_path / "m.pdf")]) == 0


@pytest.mark.parametrize(
    ("inhoud", "verwacht"),
    [
        ("naam: [onaf", "geen geldige YAML"),
        ("- een\n- lijst\n", "lijst van velden"),
        (yaml.safe_dump({**profiel_data(), "beslisser": ""}), "Wie beslist in stap 5 (beslisser)"),
        (yaml.safe_dump({**profiel_data(), "sector": "horeca"}), "Sector (sector): kies"),
    ],
)
def test_een_kapot_profiel_geeft_exit_2_en_noemt_het_veld(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], inhoud: str, verwacht: str
) -> None:
    pad = tmp_path / "kapot.yaml"
    pad.write_text(inhoud, encoding="utf-8")
    assert main(["meldcode", "maken", str(pad), "-o", str(tmp_path / "m.pdf")]) == 2
    fout = capsys.readouterr().err
    assert verwacht in fout
    assert "Traceback" not in fout
    assert not (tmp_path / "m.pdf").exists()


def test_onbekend_formaat_en_ontbrekend_bestand_geven_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], profielbestand: Path
) -> None:
    assert main(["meldcode", "maken", str(profielbestand), "-o", str(tmp_path / "m.txt")]) == 2
    assert "onbekend formaat 'txt'" in capsys.readouterr().err
    assert (
        main(["meldcode", "maken", str(tmp_path / "weg.yaml"), "-o", str(tmp_path / "m.pdf")]) == 2
    )
    assert "bestaat niet" in capsys.readouterr().err
