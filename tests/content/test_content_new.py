"""`meldwijzer content new NAAM`: a skeleton with every blank marked, that `content check`
reports blank by blank and that loads once the blanks are filled."""

from __future__ import annotations

from pathlib import Path

import pytest

from meldwijzer.cli import main
from meldwijzer.content.loader import load_pack

from .skelet_invullen import BLANK, invullen


def _regel_van(pad: Path, regel: int) -> str:
    return pad.read_text(encoding="utf-8").splitlines()[regel - 1]


def test_een_nieuw_skelet_meldt_elke_lege_plek_met_bestand_en_regel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doel = tmp_path / "onderwijs"
    assert main(["content", "new", str(doel)]) == 0
    assert sorted(p.name for p in doel.iterdir()) == sorted(
        [
            "pack.yaml",
            "stappen.yaml",
            "definities.yaml",
            "afwegingen.yaml",
            "melding.yaml",
            "scope.yaml",
            "faq.yaml",
        ]
    )
    capsys.readouterr()
    assert main(["content", "check", str(doel)]) == 1
    uit = capsys.readouterr()
    regels = uit.out.strip().splitlines()
    plekken = sum(len(BLANK.findall(p.read_text(encoding="utf-8"))) for p in doel.glob("*.yaml"))
    assert plekken > 50
    # One line per blank, each pointing at the line that holds it, and nothing else: the
    # placeholder's own type errors (a text where true/false belongs) are not reported.
    assert len(regels) == plekken
    for regel in regels:
        bestand, nummer, _sleutel, melding = regel.split(":", 3)
        assert melding.startswith(" nog in te vullen: "), regel
        assert "<<INVULLEN" in _regel_van(Path(bestand), int(nummer)), regel
    assert f"{plekken} problemen (waarvan {plekken} nog in te vullen)" in uit.err
    assert "meta.id" not in uit.out  # the id comes from the folder name


def test_met_alle_plekken_ingevuld_laadt_het_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doel = tmp_path / "onderwijs"
    assert main(["content", "new", str(doel)]) == 0
    assert invullen(doel) > 50
    capsys.readouterr()
    assert main(["content", "check", str(doel)]) == 0, capsys.readouterr().out
    pack = load_pack(doel)
    assert pack.meta.id == "onderwijs"
    assert [b.value for b in pack.meta.beroepsgroepen] == ["onderwijs"]
    # The step titles and the five questions are the government's, quoted from seed 004.
    assert pack.stap(3).titel == "Gesprek met de betrokkene(n)."
    assert pack.afweging("duurzame_veiligheid").vraag == "De hulp leidt tot duurzame veiligheid."


def test_een_half_ingevuld_skelet_noemt_alleen_de_resterende_plek(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doel = tmp_path / "kinderopvang"
    main(["content", "new", str(doel)])
    invullen(doel)
    scope = doel / "scope.yaml"
    scope.write_text(
        scope.read_text(encoding="utf-8").replace(
            "    binnen_meldcode: true",
            '    binnen_meldcode: "<<INVULLEN: true of false>>"',
            1,
        ),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["content", "check", str(doel)]) == 1
    assert capsys.readouterr().out.strip() == (
        f"{scope}:6: scope.0.binnen_meldcode: nog in te vullen: true of false"
    )


@pytest.mark.parametrize(
    ("naam", "melding"),
    [("9-onderwijs", "kan geen meta.id worden"), ("Onderwijs!", "kan geen meta.id worden")],
)
def test_een_naam_die_geen_id_kan_worden_is_een_gebruiksfout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], naam: str, melding: str
) -> None:
    assert main(["content", "new", str(tmp_path / naam)]) == 2
    assert melding in capsys.readouterr().err
    assert not (tmp_path / naam).exists()


def test_een_bestaande_map_wordt_niet_overschreven(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doel = tmp_path / "onderwijs"
    doel.mkdir()
    (doel / "pack.yaml").write_text("meta: {}\n", encoding="utf-8")
    assert main(["content", "new", str(doel)]) == 2
    assert "bestaat al" in capsys.readouterr().err
    assert (doel / "pack.yaml").read_text(encoding="utf-8") == "meta: {}\n"
    assert main(["content", "new"]) == 2
