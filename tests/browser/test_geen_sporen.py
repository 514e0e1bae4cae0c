"""After a full walk in private mode, nothing of the casus is on the server.

Unique marker strings go into every kind of field; afterwards they are searched in every
table of the database (the session table included), in everything logged while the walk
ran (all loggers, DEBUG and up, the live server's thread included) and in the cache.
"""

from __future__ import annotations

import logging
import pickle
from typing import Any

import pytest
from django.core.cache import caches
from django.db import connection

from .walk import afweging, ga_naar, klik, nieuwe_casus, signaal

pytestmark = pytest.mark.browser

MARKERS = [f"SPOOR-{n}-QX7" for n in range(1, 12)]


def _database_bevat(tekst: str) -> list[str]:
    gevonden = []
    with connection.cursor() as cursor:
        for tabel in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{tabel}"')  # noqa: S608 - table names from introspection
            for rij in cursor.fetchall():
                if any(tekst in str(waarde) for waarde in rij):
                    gevonden.append(tabel)
    return gevonden


def _cache_bevat(tekst: str) -> bool:
    from django.core.cache.backends import locmem

    for naam in caches:
        caches[naam]
    for opslag in locmem._caches.values():
        for waarde in opslag.values():
            if tekst.encode() in (waarde if isinstance(waarde, bytes) else pickle.dumps(waarde)):
                return True
    return False


def test_na_een_volledige_wandeling_staat_er_niets_van_de_casus_op_de_server(
    page: Any, caplog: pytest.LogCaptureFixture, transactional_db: None
) -> None:
    page.on("dialog", lambda d: d.accept())
    m = MARKERS
    with caplog.at_level(logging.DEBUG):
        nieuwe_casus(page, m[0], leeftijd="12")
        ga_naar(page, "1. Signalen")
        signaal(page, "observatie", f"Waarneming {m[1]}")
        signaal(page, "derden", f"Verteld {m[2]}", bron=f"bron {m[3]}")
        page.fill("#id_visie_kinderen", f"Visie {m[4]}")
        ga_naar(page, "2. Overleg")
        page.check("input[name=con_met][value=aandachtsfunctionaris]")
        page.fill("#id_con_advies", f"Advies {m[5]}")
        klik(page, "Overleg opslaan")
        ga_naar(page, "3. Gesprek")
        page.check("input[name=ges_met][value=client]")
        page.fill("#id_ges_inhoud", f"Gesprek {m[6]}")
        ga_naar(page, "4. Wegen")
        afweging(page, "vermoeden", "ja", f"Motivatie {m[7]}")
        afweging(page, "onveiligheid", "twijfel", f"Motivatie {m[8]}")
        ga_naar(page, "5. Beslissen")
        page.check("input[name=melden_keuze][value=ja]")
        page.fill("#id_m_afspraken", f"Afspraak {m[9]}")
        ga_naar(page, "Samenvatting")
        page.get_by_text("Casus bewaren als bestand, om later verder te werken").click()
        page.fill("#id_export_wachtwoord", f"wachtwoord {m[10]}")
        with page.expect_download():
            page.get_by_role("button", name="Verslag als PDF").click()
        with page.expect_download():
            page.get_by_role("button", name="Casus bewaren als bestand").click()
        klik(page, "Wissen")
        assert page.locator("#nieuw").is_visible()  # back at the start, tab emptied
        page.goto("/bestaat-niet-LOGPROEF/")  # a request the server does log (404 + path)
    assert "LOGPROEF" in caplog.text  # so the live server's log lines are captured here
    for marker in m:
        assert _database_bevat(marker) == [], marker
        assert marker not in caplog.text, marker
        assert not _cache_bevat(marker), marker
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM django_session")
        assert cursor.fetchone()[0] == 0


def test_de_sporenzoeker_vindt_wat_er_wel_staat(transactional_db: None) -> None:
    """Guard for the test above: the search finds a marker that is in the database."""
    from django.contrib.auth.models import Group

    Group.objects.create(name="SPOOR-CONTROLE")
    assert _database_bevat("SPOOR-CONTROLE") == ["auth_group"]
    caches["default"].set("x", {"tekst": "SPOOR-CACHE"})
    assert _cache_bevat("SPOOR-CACHE")
    caches["default"].clear()
