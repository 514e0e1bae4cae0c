"""PostgreSQL unreachable while she is logged in (issue 14, low): the emergency page still
answers, and the error page of organisation mode does not claim that nothing is kept on
the server. The connection is pointed at a closed port, as when the server is stopped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.db import connections
from django.test import Client, override_settings

from .conftest import Cast, ingelogd


@pytest.fixture
def database_weg(transactional_db: None) -> Iterator[None]:
    conn = connections["default"]
    if conn.vendor != "postgresql":
        pytest.skip("alleen op PostgreSQL (een SQLite-testdatabase in het geheugen gaat mee weg)")
    bewaard = dict(conn.settings_dict)
    conn.close()
    conn.settings_dict.update({"HOST": "127.0.0.1", "PORT": "1"})
    yield
    conn.close()
    conn.settings_dict.clear()
    conn.settings_dict.update(bewaard)


@override_settings(MODE="organisatie", DEBUG_PROPAGATE_EXCEPTIONS=False)
def test_acuut_gevaar_werkt_zonder_database_ook_ingelogd(
    cast: Cast, request: pytest.FixtureRequest
) -> None:
    client = ingelogd(cast.medewerker)
    assert client.get("/acuut-gevaar/").status_code == 200
    request.getfixturevalue("database_weg")
    client.raise_request_exception = False
    r = client.get("/acuut-gevaar/")
    assert r.status_code == 200
    assert "112" in r.content.decode()
    anoniem = Client(raise_request_exception=False)
    assert anoniem.get("/acuut-gevaar/").status_code == 200
    fout = client.get("/org/casussen/")
    assert fout.status_code == 500
    tekst = fout.content.decode()
    assert "niet op de server bewaard" not in tekst
    assert "misschien niet bewaard" in tekst
