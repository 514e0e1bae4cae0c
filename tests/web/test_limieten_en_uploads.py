"""Limits per address and uploads that never touch the disk (issue 14, items 3 and 6, low)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings

from meldwijzer.engine.casus import Casus
from meldwijzer.verslag import casus_naar_json


def _open(client: Client, inhoud: bytes, **extra: str) -> object:
    return client.post(
        "/openen/", {"bestand": SimpleUploadedFile("c.json", inhoud), "wachtwoord": ""}, **extra
    )


def test_openen_is_per_adres_beperkt(db: None) -> None:
    client = Client()
    inhoud = casus_naar_json(Casus(label="L-1"))
    for _ in range(20):
        assert _open(client, inhoud).status_code == 200
    r = _open(client, inhoud)
    assert r.status_code == 429
    assert "Wacht een paar minuten" in r.content.decode()
    assert r["Retry-After"]
    assert _open(client, inhoud, REMOTE_ADDR="10.1.2.3").status_code == 200  # another address


def test_een_groot_bestand_komt_nooit_in_een_tijdelijk_bestand(
    db: None, monkeypatch: pytest.MonkeyPatch, settings: object
) -> None:
    """Above FILE_UPLOAD_MAX_MEMORY_SIZE Django would write the upload to a temporary file
    (a plain casus export on the server's disk). It stays in memory, and beyond the largest
    casus file it is dropped unread, with a Dutch message."""
    from django.core.files import uploadedfile

    def nooit(*args: object, **kwargs: object) -> None:
        raise AssertionError("tijdelijk bestand aangemaakt")

    monkeypatch.setattr(uploadedfile.TemporaryUploadedFile, "__init__", nooit)
    groot = b" " * (settings.FILE_UPLOAD_MAX_MEMORY_SIZE + 1000)  # type: ignore[attr-defined]
    r = _open(Client(), casus_naar_json(Casus(label="GROOT")) + groot)
    assert r.status_code == 200
    assert "GROOT" in r.content.decode()  # read from memory: the casus opened
    te_groot = b" " * (settings.MAX_BESTAND_BYTES + 10)  # type: ignore[attr-defined]
    r = _open(Client(), casus_naar_json(Casus(label="TEGROOT")) + te_groot)
    assert "te groot voor een casus" in r.content.decode()
    assert "TEGROOT" not in r.content.decode()


@override_settings(MODE="organisatie")
def test_mislukte_inlogpogingen_zijn_per_adres_beperkt(db: None) -> None:
    """axes locks an account after 5 failures; someone trying many accounts from one
    address is stopped after 20, with a Dutch message."""
    client = Client()
    for i in range(20):
        r = client.post("/org/inloggen/", {"username": f"iemand{i}", "password": "fout"})
        assert r.status_code == 401
    r = client.post("/org/inloggen/", {"username": "nog-iemand", "password": "fout"})
    assert r.status_code == 429
    assert "vanaf dit adres" in r.content.decode()
    assert Client(REMOTE_ADDR="10.9.9.9").get("/org/inloggen/").status_code == 200
