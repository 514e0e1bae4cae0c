"""A walk through the flow with Django's test client, carrying the casus as the browser does.

These tests use no database fixture on purpose: private mode must not touch the database,
and pytest-django fails any test that does.
"""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from django.http import HttpResponse
from django.test import Client

from meldwijzer.engine.casus import Casus
from meldwijzer.web.flow.store import staat_lezen

STAAT = re.compile(r'name="staat" value="([^"]*)"')


class Wandeling:
    """Posts pages like the browser: the hidden state of the last page goes with every form."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.staat = ""
        self.response: HttpResponse | None = None

    @property
    def tekst(self) -> str:
        assert self.response is not None
        return self.response.content.decode("utf-8")

    @property
    def casus(self) -> Casus:
        return staat_lezen(self.staat).casus

    def post(self, url: str, *, pagina: str, actie: str = "opslaan", **velden: Any) -> HttpResponse:
        data = {"pagina": pagina, "actie": actie, "staat": self.staat, **velden}
        self.response = self.client.post(url, data)
        gevonden = STAAT.search(self.tekst)
        if gevonden and gevonden.group(1):
            self.staat = html.unescape(gevonden.group(1))
        return self.response

    def nieuw(self, label: str = "T-1", **scope: Any) -> HttpResponse:
        self.post("/scope/", pagina="start", label=label)
        velden = {"situatie": "huiselijke_kring", **scope}
        return self.post("/overzicht/", pagina="scope", **velden)


@pytest.fixture
def wandeling(client: Client) -> Wandeling:
    return Wandeling(client)


def tekst_van(response: HttpResponse) -> str:
    return response.content.decode("utf-8")
