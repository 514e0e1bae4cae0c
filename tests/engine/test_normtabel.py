"""docs/norm.md is generated from the engine and never drifts from it (issue 12)."""

from __future__ import annotations

from pathlib import Path

from meldwijzer.engine import normtabel

DOC = Path(__file__).resolve().parents[2] / "docs" / "norm.md"


def test_docs_norm_md_is_gelijk_aan_wat_de_engine_nu_genereert() -> None:
    assert DOC.read_text(encoding="utf-8") == normtabel.document(), (
        "docs/norm.md is verouderd: python -m meldwijzer.engine.normtabel -o docs/norm.md"
    )


def test_check_faalt_op_een_gewijzigd_bestand(tmp_path: Path) -> None:
    kopie = tmp_path / "norm.md"
    kopie.write_text(normtabel.document().replace("**open**", "**niet_noodzakelijk**", 1))
    assert normtabel.main(["--check", str(kopie)]) == 1
    kopie.write_text(normtabel.document())
    assert normtabel.main(["--check", str(kopie)]) == 0


def test_de_tabel_bevat_elke_combinatie_van_de_vijf_afwegingen() -> None:
    tekst = normtabel.document()
    assert tekst.count("### Afweging 1 ") == 16  # 4 answers on afweging 1 × 4 on afweging 2
    # Finding 1 in one look: doubt on afweging 2 after afweging 1 nee is never "afsluiten: ja".
    blok = tekst.split("### Afweging 1 nee, afweging 2 twijfel")[1].split("###")[0]
    assert "| **open** |" in blok and "| **ja** |" not in blok
