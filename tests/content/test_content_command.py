"""`meldwijzer content check PAD`: OK line and exit 0, one line per problem and exit 1, usage 2."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from meldwijzer.cli import main
from meldwijzer.content.loader import ENV_VAR, SHIPPED_PACK, clear_cache, default_pack


def test_de_meegeleverde_pack_is_in_orde(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "check", str(SHIPPED_PACK)]) == 0
    uit = capsys.readouterr().out.strip()
    assert uit == (
        "OK: Afwegingskader psychologen, pedagogen, (psycho)therapeuten en sociaal werkers "
        "2019.1: 5 stappen, 45 hulpvragen, 8 voorbeelden, 29 FAQ"
    )


def test_een_kapotte_pack_geeft_elk_probleem_als_bestand_regel_sleutel(
    kopie: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    faq = kopie / "faq.yaml"
    faq.write_text(
        faq.read_text(encoding="utf-8").replace("id: andere_vraag", "id: gezinsvoogd"),
        encoding="utf-8",
    )
    (kopie / "definities.yaml").unlink()
    assert main(["content", "check", str(kopie)]) == 1
    regels = capsys.readouterr().out.strip().splitlines()
    regel_faq = next(
        i
        for i, r in enumerate(faq.read_text(encoding="utf-8").splitlines(), 1)
        if "id: gezinsvoogd" in r and i > 100
    )
    assert regels == [
        f"{kopie / 'definities.yaml'}:0: (bestand): bestand ontbreekt",
        f"{kopie / 'faq.yaml'}:{regel_faq}: faq.28.id: dubbele id 'gezinsvoogd' (ook bij item 13)",
    ]


def test_een_map_die_niet_bestaat_is_een_gebruiksfout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["content", "check", str(tmp_path / "weg")]) == 2
    assert "bestaat niet" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argumenten", "melding"),
    [
        (["content"], "geef een actie op"),
        (["content", "controleer", "x"], "onbekende actie 'controleer'"),
        (["content", "check"], "geef de map van het content pack op"),
    ],
)
def test_zonder_actie_of_pad_is_het_een_gebruiksfout_in_het_nederlands(
    argumenten: list[str], melding: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argumenten) == 2
    fout = capsys.readouterr().err
    assert melding in fout and "gebruik: meldwijzer content check PAD" in fout


def test_een_extra_argument_is_een_gebruiksfout() -> None:
    with pytest.raises(SystemExit) as uitgang:
        main(["content", "check", "a", "b"])
    assert uitgang.value.code == 2


def test_default_pack_is_de_meegeleverde_pack_en_wordt_bewaard(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    eerste = default_pack()
    assert eerste.meta.id == "bpsw"
    assert default_pack() is eerste


def test_default_pack_volgt_de_omgevingsvariabele(
    kopie: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack_yaml = kopie / "pack.yaml"
    pack_yaml.write_text(
        pack_yaml.read_text(encoding="utf-8").replace('"2019.1"', '"eigen-1"'), encoding="utf-8"
    )
    monkeypatch.setenv(ENV_VAR, os.fspath(kopie))
    clear_cache()
    assert default_pack().label == "bpsw@eigen-1"
