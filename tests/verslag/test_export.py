"""Save and resume: JSON round trip, passphrase protection, clear errors, never half-loaded."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings

from meldwijzer.engine.casus import Casus
from meldwijzer.verslag import (
    ExportFout,
    casus_naar_json,
    casus_uit_json,
    lees_casusbestand,
    ontsleutel,
    versleutel,
)
from meldwijzer.verslag.export import CONTROLE_LENGTE, KOP_LENGTE, MAGIE

from .factories import volle_casus
from .strategies import casussen

WACHTWOORD = "paard-batterij-nietje-één"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(casussen())
def test_json_export_geeft_na_inlezen_dezelfde_casus(casus: Casus) -> None:
    assert casus_uit_json(casus_naar_json(casus)) == casus


def test_volle_casus_komt_identiek_terug_en_de_export_is_stabiel() -> None:
    casus = volle_casus()
    data = casus_naar_json(casus)
    assert casus_uit_json(data) == casus
    assert casus_naar_json(casus_uit_json(data)) == data
    inhoud = json.loads(data)
    assert inhoud["formaat"] == 1
    assert list(inhoud) == sorted(inhoud)
    assert "één" in data.decode("utf-8")  # UTF-8, not \\u escapes


def test_meldwijzer_assess_leest_de_json_export(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bestand = tmp_path / "casus.json"
    bestand.write_bytes(casus_naar_json(volle_casus()))
    uitvoer = subprocess.run(
        [sys.executable, "-m", "meldwijzer", "assess", str(bestand)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert uitvoer.returncode == 0, uitvoer.stderr
    assert json.loads(uitvoer.stdout)["beslissing_melden"] == "noodzakelijk"


def test_versleutelen_en_ontsleutelen_geeft_dezelfde_bytes_terug() -> None:
    data = casus_naar_json(volle_casus())
    geheim = versleutel(data, WACHTWOORD)
    assert geheim.startswith(MAGIE)
    assert b"Observatie" not in geheim
    assert ontsleutel(geheim, WACHTWOORD) == data
    assert lees_casusbestand(geheim, WACHTWOORD) == volle_casus()


def test_twee_keer_versleutelen_geeft_verschillende_bestanden() -> None:
    data = b'{"formaat": 1}'
    assert versleutel(data, WACHTWOORD) != versleutel(data, WACHTWOORD)


def test_verkeerd_wachtwoord_geeft_een_duidelijke_melding() -> None:
    geheim = versleutel(casus_naar_json(volle_casus()), WACHTWOORD)
    with pytest.raises(ExportFout, match="Het wachtwoord klopt niet"):
        lees_casusbestand(geheim, "fout wachtwoord")


def test_beveiligd_bestand_zonder_wachtwoord_vraagt_om_het_wachtwoord() -> None:
    geheim = versleutel(b'{"formaat": 1}', WACHTWOORD)
    with pytest.raises(ExportFout, match="beveiligd met een wachtwoord"):
        lees_casusbestand(geheim)


def test_leeg_wachtwoord_wordt_geweigerd() -> None:
    with pytest.raises(ExportFout, match="Kies een wachtwoord"):
        versleutel(b"{}", "")


@pytest.mark.parametrize("lengte", [0, 10, KOP_LENGTE, KOP_LENGTE + 20, -1])
def test_afgekapt_bestand_heet_beschadigd(lengte: int) -> None:
    geheim = versleutel(casus_naar_json(volle_casus()), WACHTWOORD)
    afgekapt = geheim[:lengte] if lengte >= 0 else geheim[:-1]
    if len(afgekapt) < len(MAGIE):
        afgekapt = MAGIE + afgekapt  # keep it recognisable as ours
    with pytest.raises(ExportFout, match="beschadigd"):
        lees_casusbestand(afgekapt, WACHTWOORD)


@pytest.mark.parametrize(
    "positie", [len(MAGIE) + 1, len(MAGIE) + 5, KOP_LENGTE + 3, -CONTROLE_LENGTE - 2, -3]
)
def test_een_omgedraaide_byte_heet_beschadigd(positie: int) -> None:
    geheim = bytearray(versleutel(casus_naar_json(volle_casus()), WACHTWOORD))
    geheim[positie] ^= 0x01
    with pytest.raises(ExportFout, match="beschadigd"):
        lees_casusbestand(bytes(geheim), WACHTWOORD)


def test_een_omgedraaide_byte_met_bijgewerkte_controlesom_wordt_toch_geweigerd() -> None:
    import hashlib

    geheim = bytearray(versleutel(b'{"formaat": 1}', WACHTWOORD))
    geheim[KOP_LENGTE + 2] ^= 0x01
    inhoud = bytes(geheim[:-CONTROLE_LENGTE])
    vervalst = inhoud + hashlib.sha256(inhoud).digest()
    with pytest.raises(ExportFout):
        lees_casusbestand(vervalst, WACHTWOORD)


def test_beschadigde_kopregel_wordt_herkend() -> None:
    geheim = bytearray(versleutel(b'{"formaat": 1}', WACHTWOORD))
    geheim[12] ^= 0x20
    with pytest.raises(ExportFout, match="beschadigd"):
        lees_casusbestand(bytes(geheim), WACHTWOORD)


@pytest.mark.parametrize(
    ("data", "bericht"),
    [
        (b"\x89PNG\r\n\x1a\n", "geen meldwijzer-bestand"),
        (b"[1, 2, 3]", "geen meldwijzer-bestand"),
        (b'{"naam": "x"}', "geen meldwijzer-bestand"),
        (b"", "geen meldwijzer-bestand"),
    ],
)
def test_ander_bestand_heet_geen_meldwijzer_bestand(data: bytes, bericht: str) -> None:
    with pytest.raises(ExportFout, match=bericht):
        lees_casusbestand(data)


def test_ongeldige_casus_noemt_het_veld() -> None:
    data = json.loads(casus_naar_json(volle_casus()))
    data["client"]["leeftijd"] = -3
    with pytest.raises(ExportFout, match=r"Ongeldige casus: client\.leeftijd"):
        lees_casusbestand(json.dumps(data).encode())
    data = json.loads(casus_naar_json(volle_casus()))
    data["signalen"][2]["soort"] = "gerucht"
    with pytest.raises(ExportFout, match=r"signalen\[2\]\.soort"):
        casus_uit_json(json.dumps(data).encode())


def test_ongeldige_casus_in_een_beveiligd_bestand_noemt_het_veld() -> None:
    geheim = versleutel(b'{"formaat": 1, "situatie": "op_school"}', WACHTWOORD)
    with pytest.raises(ExportFout, match="situatie"):
        lees_casusbestand(geheim, WACHTWOORD)


def test_diep_geneste_json_geeft_een_nette_fout() -> None:
    with pytest.raises(ExportFout, match="te diep genest"):
        lees_casusbestand(b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(ExportFout, match=r"te diep genest|Ongeldige casus|geen meldwijzer"):
        lees_casusbestand(b'{"label": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")


def test_leeg_object_is_de_lege_casus() -> None:
    assert lees_casusbestand(b"{}") == Casus()


def _met_parameters(data: bytes, log2_n: int, r: int, p: int) -> bytes:
    """The file with other scrypt parameters and a checksum that fits (a crafted file)."""
    import hashlib

    from meldwijzer.verslag import export

    plek = len(export.MAGIE)
    inhoud = data[: -export.CONTROLE_LENGTE]
    inhoud = inhoud[:plek] + bytes((log2_n, r, p)) + inhoud[plek + 3 :]
    return inhoud + hashlib.sha256(inhoud).digest()


@pytest.mark.parametrize(
    "parameters", [(20, 16, 1), (20, 8, 1), (16, 8, 1), (15, 8, 4), (14, 8, 1)]
)
def test_andere_scrypt_parameters_worden_geweigerd_voordat_er_een_sleutel_wordt_afgeleid(
    parameters: tuple[int, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14, item 3: a 200-byte file asked for N=2^20, r=16 (2 GiB, seconds of work).
    Only the parameters meldwijzer writes are read, so opening a file costs at most what
    `versleutel` costs (the key derivation is never reached for any other)."""
    from meldwijzer.verslag import export

    goed = versleutel(b"{}", "geheim")
    bestand = _met_parameters(goed, *parameters)
    afgeleid: list[tuple[int, int, int]] = []
    echt = export._sleutel
    monkeypatch.setattr(
        export, "_sleutel", lambda w, z, n, r, p: afgeleid.append((n, r, p)) or echt(w, z, n, r, p)
    )
    with pytest.raises(ExportFout, match="onbekende beveiligingsinstellingen"):
        lees_casusbestand(bestand, "geheim")
    assert afgeleid == []
    assert lees_casusbestand(goed, "geheim") == Casus()
    assert afgeleid == [(15, 8, 1)]


def test_het_geheugen_van_een_sleutelafleiding_is_begrensd() -> None:
    """scrypt needs 128 * r * N bytes; every accepted parameter set stays at 32 MiB."""
    from meldwijzer.verslag import export

    for log2_n, r, _p in export.TOEGESTANE_PARAMETERS:
        assert 128 * r * 2**log2_n <= 32 * 1024 * 1024
