"""A pack made with `meldwijzer content new` and filled in works in the web flow, the way a
beroepsorganisatie's policy officer tests it before publishing (MELDWIJZER_CONTENT_PACK)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from content.skelet_invullen import invullen  # tests/ is on sys.path (rootdir conftest)

from meldwijzer.cli import main
from meldwijzer.content.loader import ENV_VAR, clear_cache

from .conftest import Wandeling


@pytest.fixture
def eigen_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    doel = tmp_path / "onderwijs"
    assert main(["content", "new", str(doel)]) == 0
    invullen(doel, tekst="Uit ons eigen kader.")
    monkeypatch.setenv(ENV_VAR, str(doel))
    clear_cache()
    yield doel
    clear_cache()


def test_een_ingevuld_skelet_loopt_door_de_flow_tot_de_samenvatting(
    eigen_pack: Path, wandeling: Wandeling
) -> None:
    wandeling.nieuw()
    assert wandeling.casus.content_pack == "onderwijs@Uit ons eigen kader."
    wandeling.post("/stap/3/", pagina="overzicht")
    assert "Gesprek met de betrokkene(n)." in wandeling.tekst
    assert "Uit ons eigen kader." in wandeling.tekst
    wandeling.post(
        "/stap/5/",
        pagina="stap4",
        vermoeden_antwoord="ja",
        vermoeden_motivatie="Zelf gezien.",
        onveiligheid_antwoord="nee",
        onveiligheid_motivatie="Geen acuut gevaar.",
    )
    assert wandeling.response is not None and wandeling.response.status_code == 200
    assert "De hulp leidt tot duurzame veiligheid." in wandeling.tekst
    wandeling.post("/samenvatting/", pagina="stap5")
    assert wandeling.response.status_code == 200
    assert wandeling.casus.afwegingen.vermoeden.antwoord == "ja"
