"""GET pages in private mode are rendered once and served with each visitor's own CSRF token."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.test import Client, override_settings

from .conftest import Wandeling, tekst_van

#: The shim `paginas` (meldwijzer.web.snel) on, whatever MELDWIJZER_SNELLE_WEERGAVE says.
AAN = override_settings(SNELLE_WEERGAVE=settings.SNELLE_SHIMS)

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]*)"')
PADEN = ["/", "/scope/", "/overzicht/", "/stap/1/", "/stap/4/", "/stap/5/", "/acuut-gevaar/"]
MET_FORMULIER = [p for p in PADEN if p != "/acuut-gevaar/"]  # the emergency page has no form


def _zonder_token(html: str) -> str:
    return TOKEN.sub('name="csrfmiddlewaretoken" value=""', html)


@pytest.mark.parametrize("pad", MET_FORMULIER)
def test_elke_bezoeker_krijgt_een_eigen_geldig_token(pad: str) -> None:
    tokens = []
    for _ in range(2):
        client = Client(enforce_csrf_checks=True)
        pagina = tekst_van(client.get(pad))
        assert "csrfplek" not in pagina
        gevonden = TOKEN.findall(pagina)
        assert gevonden, "de pagina heeft een formulier met token"
        tokens.append(gevonden[0])
        antwoord = client.post(
            "/scope/", {"csrfmiddlewaretoken": gevonden[0], "pagina": "start", "label": "T-9"}
        )
        assert antwoord.status_code == 200
        assert "verlopen" not in tekst_van(antwoord)
    assert tokens[0] != tokens[1]


@AAN
@pytest.mark.parametrize("pad", PADEN)
def test_de_bewaarde_pagina_is_gelijk_aan_een_verse(pad: str, client: Client) -> None:
    from meldwijzer.web import snel

    client.get(pad)  # fills the cache
    assert pad in snel._ZONDER_CASUS
    bewaard = _zonder_token(tekst_van(client.get(pad)))
    snel._ZONDER_CASUS.clear()
    vers = _zonder_token(tekst_van(client.get(pad)))
    assert bewaard == vers
    with override_settings(SNELLE_WEERGAVE=frozenset()):  # stock Django: the same page
        assert _zonder_token(tekst_van(client.get(pad))) == vers
        assert snel._ZONDER_CASUS == {}


def test_een_casus_komt_nooit_in_een_get_pagina(wandeling: Wandeling, client: Client) -> None:
    client.get("/stap/1/")
    wandeling.nieuw(label="GEHEIM-LABEL-77")
    wandeling.post("/stap/1/", pagina="stap1", sig_soort="observatie", sig_tekst="GEHEIME-TEKST-88")
    assert "GEHEIME-TEKST-88" in wandeling.tekst
    for pad in PADEN:
        pagina = tekst_van(Client().get(pad))
        assert "GEHEIM-LABEL-77" not in pagina
        assert "GEHEIME-TEKST-88" not in pagina


@AAN
def test_instellingen_wijzigen_leegt_de_bewaarde_paginas(client: Client) -> None:
    from meldwijzer.web import snel

    client.get("/")
    assert "/" in snel._ZONDER_CASUS
    with override_settings(MAIL_ENABLED=not settings.MAIL_ENABLED):
        assert snel._ZONDER_CASUS == {}
