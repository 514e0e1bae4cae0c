from __future__ import annotations

import json
import logging

import pytest
from django.test import Client


def _post(client: Client, body: object) -> object:
    return client.post("/schrijfcheck/", data=json.dumps(body), content_type="application/json")


def test_schrijfcheck_geeft_bevindingen_als_json(client: Client) -> None:
    r = _post(client, {"tekst": "Moeder is agressief", "soort": "observatie"})
    assert r.status_code == 200
    data = r.json()
    assert any(
        b["tekst"] == "agressief" and b["categorie"] == "interpretatie" for b in data["bevindingen"]
    )


def test_schrijfcheck_weigert_onbekende_soort_en_kapotte_json(client: Client) -> None:
    assert _post(client, {"tekst": "x", "soort": "roddel"}).status_code == 400
    r = client.post("/schrijfcheck/", data=b"{kapot", content_type="application/json")
    assert r.status_code == 400
    assert _post(client, {"tekst": "x" * 20_001}).status_code == 400
    diep = client.post("/schrijfcheck/", data=b"[" * 100_000, content_type="application/json")
    assert diep.status_code == 400


def test_schrijfcheck_vraagt_een_csrf_token() -> None:
    streng = Client(enforce_csrf_checks=True)
    r = streng.post(
        "/schrijfcheck/", data=json.dumps({"tekst": "x"}), content_type="application/json"
    )
    assert r.status_code == 403


def test_schrijfcheck_schrijft_de_tekst_niet_in_het_logboek(
    client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        _post(client, {"tekst": "UNIEK-LOGTEST-4711 is agressief", "soort": "observatie"})
        _post(client, {"tekst": "UNIEK-LOGTEST-4711", "soort": "roddel"})
    assert "UNIEK-LOGTEST-4711" not in caplog.text


def test_een_hypothese_mag_interpreteren_hetzelfde_als_feit_niet(client: Client) -> None:
    """Issue 15 (Bijlage 1b, stap 1): a signal typed 'hypothese' is not flagged as an
    interpretation; the same sentence typed as an observation is."""
    tekst = "Vader is koppig en voelt zich afgewezen."

    def categorieen(soort: str) -> set[str]:
        r = _post(client, {"tekst": tekst, "soort": soort})
        assert r.status_code == 200
        return {b["categorie"] for b in r.json()["bevindingen"]}

    assert "interpretatie" not in categorieen("hypothese")
    assert "interpretatie" in categorieen("observatie")
